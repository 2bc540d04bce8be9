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
        int n = mlp.InputCount, L = mlp.Depth;
        // Free forms h_j = Σ c_{j,e} x^e over the prefix's coordinates (output j, exponent e), then layers l+1..L.
        var names = new List<string>();
        var prefixCoordinates = prefix.Coordinates;
        for (int k = 0; k < prefixCoordinates.Count; k++)
            names.Add($"h{prefixCoordinates[k].Output}_{string.Join("_", prefixCoordinates[k].Exponents)}"); // h0_3_0: x0^3 in h_0
        var kept = new List<int>(); // the network's parameters of layers l+1..L, by index
        for (int p = 0; p < mlp.ParameterCount; p++)
            if (LayerOf(mlp, p) > l) kept.Add(p);
        names.AddRange(kept.Select(p => mlp.ParameterNames[p]));
        int P = names.Count, forms = P - kept.Count;
        var full = new PolynomialRing<Rational, RationalField>(qq, names.Concat(mlp.InputNames).ToArray());

        var h = Enumerable.Range(0, prefix.OutputCount).Select(_ => full.Zero).ToArray();
        for (int k = 0; k < prefixCoordinates.Count; k++)
        {
            var e = new int[P + n];
            Array.Copy(prefixCoordinates[k].Exponents, 0, e, P, n);
            e[k] = 1;
            h[prefixCoordinates[k].Output] += Polynomial<Rational, RationalField>.FromTerms(full, new[] { (Rational.One, e) });
        }
        var a = h;
        for (int m = l + 1; m <= L; m++)
        {
            var activated = a.Select(p => mlp.Activation.Apply(p)).ToArray();
            var z = new Polynomial<Rational, RationalField>[mlp.LayerWidths[m]];
            for (int i = 0; i < z.Length; i++)
            {
                var s = mlp.HasBias ? Variable(full, forms, kept, mlp.BiasIndex(m, i)) : full.Zero;
                for (int j = 0; j < activated.Length; j++) s += Variable(full, forms, kept, mlp.WeightIndex(m, i, j)) * activated[j];
                z[i] = s;
            }
            a = z;
            cancellation.ThrowIfCancellationRequested();
        }

        var theta = new PolynomialRing<Rational, RationalField>(qq, names);
        var index = new Dictionary<(int, string), int>();
        var coordinates = mlp.Coordinates;
        for (int k = 0; k < coordinates.Count; k++) index[(coordinates[k].Output, string.Join(",", coordinates[k].Exponents))] = k;
        var terms = Enumerable.Range(0, coordinates.Count).Select(_ => new List<(Rational, int[])>()).ToArray();
        for (int o = 0; o < a.Length; o++)
            foreach (var (c, e) in a[o].Terms())
            {
                if (!index.TryGetValue((o, string.Join(",", e[P..])), out int k))
                    throw new InvalidOperationException($"output {o} has a monomial outside the coordinates of {mlp.Description}");
                terms[k].Add((c, e[..P]));
            }
        var polys = terms.Select(t => Polynomial<Rational, RationalField>.FromTerms(theta, t)).ToArray();
        var note = $"layers 1..{l} fill their {rank.Ambient} coordinates (Jacobian rank {rank.Dimension} mod {rank.Prime}, a lower bound " +
                   $"over QQ), so they are replaced by free forms: {P} parameters instead of {mlp.ParameterCount}";
        return new Reduced(theta, polys, l, note);
    }

    /// <summary>The variable of a kept parameter: after the free forms' coefficients, in the network's order.</summary>
    private static Polynomial<Rational, RationalField> Variable(PolynomialRing<Rational, RationalField> ring, int forms, List<int> kept, int parameter)
    {
        int v = kept.IndexOf(parameter);
        if (v < 0) throw new InvalidOperationException("internal error: a parameter of a replaced layer");
        return ring.Variable(forms + v);
    }

    /// <summary>The layer (1..L) of parameter p.</summary>
    private static int LayerOf(PolynomialMlp mlp, int p)
    {
        for (int m = mlp.Depth; m >= 1; m--)
            if (p >= mlp.WeightIndex(m, 0, 0)) return m;
        return 1;
    }
}
