using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The parametrisation of an MLP with σ = x^r restricted to W_L[0, j] = 1 for every neuron j of the last hidden
/// layer — a slice through the rescaling of those neurons, for elimination.
/// <para>
/// Rescaling neuron j (its incoming row and bias by t, W_L's column j by t^(−r)) fixes the network's function, and over the
/// algebraic closure t^r = W_L[0, j] has a root whenever W_L[0, j] ≠ 0. So every point of the dense set where the
/// first row of W_L has no zero is reached on the slice: both images have the same Zariski closure and the kernel
/// of ℚ[y] → ℚ[θ] is the same ideal. Without biases the slice keeps each coordinate homogeneous in θ — output 0 one
/// degree lower than the others — so the kernel lift's graded proof applies to it with one weight per output. The
/// graph has d_{L−1} parameters fewer and its fibre those dimensions less: (2,2,2,2) x² 22 → 5.5 s, and with biases
/// (3,2,1) x² 2.1 → 0.18 s.
/// </para>
/// <para>
/// Only the last hidden layer is sliced: W_l[0, j] = 1 inside the network would mix degrees in the next σ, and a
/// slice of the first layer's incoming weights gained nothing measured ((3,2,1) x³).
/// </para>
/// </summary>
internal static class RescalingSlice
{
    /// <summary>The sliced ring and coordinates, or null when the network has no hidden layer or another σ.</summary>
    public static (PolynomialRing<Rational, RationalField> Ring, Polynomial<Rational, RationalField>[] Coordinates)? TryApply(
        PolynomialMlp mlp, PolynomialRing<Rational, RationalField> ring, IReadOnlyList<Polynomial<Rational, RationalField>> coordinates)
    {
        if (TrySubstitution(mlp, ring) is not { } slice) return null;
        return (slice[0].Ring, coordinates.Select(c => c.Substitute(slice)).ToArray());
    }

    /// <summary>The slice as a substitution: one image per variable of <paramref name="ring"/> (1 or a variable of the sliced ring); null as for <see cref="TryApply"/>.</summary>
    public static Polynomial<Rational, RationalField>[]? TrySubstitution(PolynomialMlp mlp, PolynomialRing<Rational, RationalField> ring)
    {
        int L = mlp.Depth;
        if (L < 2 || !mlp.Activation.IsMonomial || mlp.Activation.IsAffine) return null;
        var fixedNames = new HashSet<string>();
        for (int j = 0; j < mlp.LayerWidths[L - 1]; j++) fixedNames.Add(mlp.ParameterNames[mlp.WeightIndex(L, 0, j)]);
        return Fixing(ring, fixedNames);
    }

    /// <summary>
    /// A restriction for counting points of the image (<see cref="Elimination.Ideals.KernelCertificate"/>): the first
    /// incoming weight of every hidden neuron fixed at 1 — W_l[j, 0] for the layers after a filling prefix of
    /// <paramref name="prefixLayers"/> layers, the first coefficient of each free form of the prefix. A rescaling moves
    /// a neuron with that weight ≠ 0 onto the slice with character t, so only permutations and signs stay in the
    /// fibre ((3,2,1) x³: 2 points, against 18 with W_L[0, j] = 1). Null: no hidden layer, σ not a monomial, biases
    /// (the map is not homogeneous then) or parameters not the network's.
    /// </summary>
    public static Polynomial<Rational, RationalField>[]? TryCountingSubstitution(PolynomialMlp mlp, PolynomialRing<Rational, RationalField> ring,
        int prefixLayers)
    {
        int L = mlp.Depth;
        // σ = c·x^r only: for another σ a rescaling is no symmetry, and the slice could see a smaller variety.
        if (L < 2 || mlp.HasBias || !mlp.Activation.IsMonomial || mlp.Activation.IsAffine) return null;
        // The network's own normalisation (W_l[j, 0] of every hidden neuron), past the prefix: parameters are numbered
        // layer by layer.
        int firstKept = prefixLayers > 0 ? mlp.WeightIndex(prefixLayers + 1, 0, 0) : 0;
        var fixedNames = mlp.NormalisedParameters.Where(q => q >= firstKept).Select(q => mlp.ParameterNames[q]).ToHashSet();
        if (prefixLayers > 0)
            for (int j = 0; j < mlp.LayerWidths[prefixLayers]; j++)
                if (ring.Variables.FirstOrDefault(v => v.StartsWith($"h{j}_", StringComparison.Ordinal)) is { } first) fixedNames.Add(first);
        return Fixing(ring, fixedNames);
    }

    /// <summary>The substitution fixing the named variables at 1, the others renamed into the ring of the rest; null when a name is not the ring's.</summary>
    private static Polynomial<Rational, RationalField>[]? Fixing(PolynomialRing<Rational, RationalField> ring, HashSet<string> fixedNames)
    {
        var kept = ring.Variables.Where(v => !fixedNames.Contains(v)).ToArray();
        if (kept.Length != ring.VariableCount - fixedNames.Count) return null; // not this network's parameters
        var sliced = new PolynomialRing<Rational, RationalField>(ring.Field, kept);
        var images = new Polynomial<Rational, RationalField>[ring.VariableCount];
        for (int v = 0, k = 0; v < images.Length; v++)
            images[v] = fixedNames.Contains(ring.Variables[v]) ? sliced.One : sliced.Variable(k++);
        return images;
    }
}
