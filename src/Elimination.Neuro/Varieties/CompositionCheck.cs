using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// Whether polynomials in the coordinates y vanish on the neurovariety, i.e. lie in its ideal:
/// f ∈ I(V) exactly when f(c_1(θ), …, c_n(θ)) is the zero polynomial in ℚ[θ]. Decided symbolically
/// when the expansion is small enough (a proof); otherwise by evaluation at random integer points
/// (Schwartz–Zippel: a non-member passes t points in [−2^29, 2^29)^P with probability ≤ (D/2^30)^t,
/// D = deg f · max deg c_k).
/// </summary>
public static class CompositionCheck
{
    /// <summary>Default cap on the term products of the symbolic expansion (about a minute of work).</summary>
    public const long DefaultTermBudget = 20_000_000;

    /// <summary>Points for the probabilistic fallback.</summary>
    public const int RandomPoints = 2;

    /// <summary>The verdict: <paramref name="AllVanish"/> for all of them; <paramref name="Exact"/> when decided symbolically.</summary>
    public sealed record Outcome(bool AllVanish, bool Exact, int FirstFailure, double FailureProbability, string Note);

    public static Outcome Run(Parametrisation map, IReadOnlyList<Polynomial<Rational, RationalField>> equations,
        long termBudget = DefaultTermBudget, int seed = 1, CancellationToken cancellation = default)
    {
        var c = map.CoordinatePolynomials;
        if (equations.Count == 0) return new Outcome(true, true, -1, 0, "no equations to check");
        foreach (var f in equations)
            if (f.Ring.VariableCount != c.Count) throw new ArgumentException("the equations must be in the coordinate ring of the parametrisation");
        return Cost(c, equations) <= termBudget
            ? Symbolic(map, equations, cancellation)
            : AtRandomPoints(map, equations, seed, cancellation);
    }

    /// <summary>Σ over the terms of Π |c_k|^{e_k}: the term products a naive expansion would do.</summary>
    public static double Cost(IReadOnlyList<Polynomial<Rational, RationalField>> coordinates, IReadOnlyList<Polynomial<Rational, RationalField>> equations)
    {
        double total = 0;
        foreach (var f in equations)
            foreach (var (_, e) in f.Terms())
            {
                double t = 1;
                for (int k = 0; k < e.Length; k++)
                    for (int j = 0; j < e[k]; j++) t *= coordinates[k].Length;
                total += t;
            }
        return total;
    }

    private static Outcome Symbolic(Parametrisation map, IReadOnlyList<Polynomial<Rational, RationalField>> equations, CancellationToken cancellation)
    {
        var c = map.CoordinatePolynomials;
        // Images of monomials y^e, each built from a shared one of lower degree: y^e = y^(e − u_v) · c_v.
        var images = new Dictionary<int[], Polynomial<Rational, RationalField>>(GradedMonomials.ExponentComparer.Instance);
        Polynomial<Rational, RationalField> Image(int[] e)
        {
            if (images.TryGetValue(e, out var known)) return known;
            int v = e.Length - 1;
            while (v >= 0 && e[v] == 0) v--;
            if (v < 0) return map.Ring.One;
            var lower = (int[])e.Clone();
            lower[v]--;
            var image = Image(lower) * c[v];
            images[e] = image;
            return image;
        }

        for (int i = 0; i < equations.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var sum = new TermAccumulator<Rational, RationalField>(map.Ring);
            foreach (var (a, e) in equations[i].Terms())
            {
                var image = Image(e);
                for (int t = 0; t < image.Length; t++) sum.Add(image.MonomialAt(t), a * image.CoefficientAt(t));
            }
            var composed = sum.ToPolynomial();
            if (!composed.IsZero)
                return new Outcome(false, true, i, 0, $"equation {i + 1} composed with the parametrisation is not zero ({composed.Length} terms)");
        }
        return new Outcome(true, true, -1, 0, "each equation composed with the exact parametrisation over QQ is the zero polynomial (proof)");
    }

    private static Outcome AtRandomPoints(Parametrisation map, IReadOnlyList<Polynomial<Rational, RationalField>> equations, int seed, CancellationToken cancellation)
    {
        var c = map.CoordinatePolynomials;
        var rng = new Random(seed);
        int P = map.Ring.VariableCount;
        var theta = new Rational[P];
        var y = new Rational[c.Count];
        for (int t = 0; t < RandomPoints; t++)
        {
            for (int j = 0; j < P; j++) theta[j] = new Rational(new BigInteger(rng.NextInt64(-(1L << 29), 1L << 29)));
            for (int k = 0; k < c.Count; k++) y[k] = c[k].Evaluate(theta);
            for (int i = 0; i < equations.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                if (!equations[i].Evaluate(y).IsZero)
                    return new Outcome(false, false, i, 0, $"equation {i + 1} does not vanish at a point of the variety (certain)");
            }
        }
        int degreeTheta = c.Max(p => p.IsZero ? 0 : p.Degree);
        int degree = equations.Max(f => f.Degree) * degreeTheta;
        double bound = equations.Count * Math.Pow(degree / Math.Pow(2, 30), RandomPoints);
        return new Outcome(true, false, -1, bound,
            $"symbolic expansion too large: each equation vanishes at {RandomPoints} random points phi(theta), theta in [-2^29, 2^29)^{P}; " +
            $"one outside the ideal passes with probability <= {bound:G3}");
    }
}
