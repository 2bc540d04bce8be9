using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// An MLP with σ = x^r (biases or not) whose first layers fill their output space, with those layers replaced by
/// free forms. If the prefix
/// W_l ∘ σ ∘ … ∘ W_1 (2 ≤ l &lt; L) is filling — its outputs h_1, …, h_{d_l} reach a dense subset of the space of
/// their coefficient vectors — then the network's image is dense in the image of h ↦ W_L σ(… σ(W_{l+1} σ(h))) over
/// free h, so both have the same Zariski closure and the same ideal. The reduced parametrisation has fewer
/// parameters and a lower degree: (2,2,1,1) x³ becomes w·h³ for a free binary cubic h (5 parameters of degree 4
/// instead of 7 of degree 13), its 260 quartics 2.5 s → 0.06 s.
/// <para>
/// Filling is proved, not sampled: the prefix's Jacobian rank mod p at a random point is a lower bound on its rank
/// over ℚ (<see cref="BackpropagationDimension"/>), so a rank equal to the ambient dimension means the prefix fills
/// over ℚ and over its algebraic closure. Only over ℚ: the rank mod one prime says nothing about the fibre of
/// another prime's field. The longest filling prefix is taken; l = 1 (a linear layer) would change nothing.
/// </para>
/// </summary>
internal static class FillingPrefix
{
    /// <summary>The reduced parametrisation: parameter ring, coordinate polynomials (in the architecture's coordinate order) and a note.</summary>
    internal sealed record Reduced(PolynomialRing<Rational, RationalField> Ring, Polynomial<Rational, RationalField>[] Coordinates,
        int Layers, string Note);

    /// <summary>The parametrisation with the longest filling prefix replaced by free forms, or null when no prefix of two or more layers fills.</summary>
    public static Reduced? TryReduce(PolynomialMlp mlp, CancellationToken cancellation = default)
    {
        // σ = x^r only, the case tested (the argument holds for any σ).
        if (!mlp.Activation.IsMonomial) return null;
        var widths = mlp.LayerWidths;
        int L = widths.Count - 1;
        for (int l = L - 1; l >= 2; l--)
        {
            cancellation.ThrowIfCancellationRequested();
            var prefix = new PolynomialMlp(widths.Take(l + 1).ToArray(), mlp.Activation, mlp.HasBias);
            var rank = BackpropagationDimension.Compute(prefix);
            if (!rank.Filling) continue;
            return Build(mlp, prefix, l, rank, cancellation);
        }
        return null;
    }

    private static Reduced Build(PolynomialMlp mlp, PolynomialMlp prefix, int l, DimensionResult rank, CancellationToken cancellation)
    {
        var qq = new RationalField();
        int n = mlp.InputCount;
        // Free forms h_j = Σ c_{j,e} x^e over the prefix's coordinates (output j, exponent e), then the network's
        // parameters of layers l+1..L (parameters are numbered layer by layer, so they are the last ones).
        var names = new List<string>();
        var prefixCoordinates = prefix.Coordinates;
        for (int k = 0; k < prefixCoordinates.Count; k++)
            names.Add($"h{prefixCoordinates[k].Output}_{string.Join("_", prefixCoordinates[k].Exponents)}"); // h0_3_0: x0^3 in h_0
        int forms = names.Count, firstKept = mlp.WeightIndex(l + 1, 0, 0);
        names.AddRange(mlp.ParameterNames.Skip(firstKept));
        int P = names.Count;
        var full = new PolynomialRing<Rational, RationalField>(qq, names.Concat(mlp.InputNames).ToArray());

        var h = Enumerable.Range(0, prefix.OutputCount).Select(_ => full.Zero).ToArray();
        for (int k = 0; k < prefixCoordinates.Count; k++)
        {
            var e = new int[P + n];
            Array.Copy(prefixCoordinates[k].Exponents, 0, e, P, n);
            e[k] = 1;
            h[prefixCoordinates[k].Output] += Polynomial<Rational, RationalField>.FromTerms(full, new[] { (Rational.One, e) });
        }
        var activated = h.Select(p => mlp.Activation.Apply(p)).ToArray();
        var outputs = mlp.Forward(full, activated, l + 1, p => p >= firstKept
            ? full.Variable(forms + p - firstKept)
            : throw new InvalidOperationException("internal error: a parameter of a replaced layer"));
        cancellation.ThrowIfCancellationRequested();

        var theta = new PolynomialRing<Rational, RationalField>(qq, names);
        var polys = Parametrisation.Coefficients(mlp, outputs, theta);
        var note = $"layers 1..{l} fill their {rank.Ambient} coordinates (Jacobian rank {rank.Dimension} mod {rank.Prime}, a lower bound " +
                   $"over QQ), so they are replaced by free forms: {P} parameters instead of {mlp.ParameterCount}";
        return new Reduced(theta, polys, l, note);
    }
}
