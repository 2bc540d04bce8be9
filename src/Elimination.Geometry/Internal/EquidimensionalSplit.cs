using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Geometry.Internal;

/// <summary>
/// Splits V(J) into equidimensional parts (unions of irreducible components of one dimension)
/// by the independent-set localisation of Gianni–Trager–Zacharias: for a maximal independent
/// set U of the lead ideal, E = J : h^∞ (h the product of the leading coefficients of a Gröbner
/// basis in k(U)[rest]) is the union of the components on which U is independent, all of dimension |U|;
/// the rest of V(J) lies in V(J + h). Components of E inside a part already found are removed by
/// saturating with a random element of that part's ideal (correct with probability ≥ 1 − (#components)/p).
/// Degrees are those of the (possibly non-radical) part ideals, i.e. counted with multiplicity.
/// </summary>
internal static class EquidimensionalSplit
{
    public sealed record Part<T, TField>(int Dimension, long Degree, List<Polynomial<T, TField>> Basis) where TField : struct, IField<T>;

    public static (List<Part<T, TField>> Parts, string Note) Split<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, GeometryOptions options, int maxSteps = 32)
        where TField : struct, IField<T>
    {
        var g = IdealTools.Grevlex(ring);
        var rng = new Random(options.Seed);
        var parts = new List<Part<T, TField>>();
        var j = IdealTools.Basis(generators.Select(p => p.ToRing(g)), options);
        int n = ring.VariableCount;
        int steps = 0;
        while (!IdealTools.IsUnit(j) && steps++ < maxSteps)
        {
            var (d, _) = IdealTools.InvariantsOfBasis(j, n);
            if (j.Count == 0)
            {
                parts.Add(new Part<T, TField>(n, 1, j));
                break;
            }
            var u = IndependentSet(j.Select(p => p.LeadingExponents).ToList(), n, d);
            var rest = Enumerable.Range(0, n).Where(v => !u.Contains(v)).ToArray();
            var block = g.WithOrder(new BlockOrder(n, new[] { rest, u }));
            var bb = IdealTools.Basis(j.Select(p => p.ToRing(block)), options);
            var h = g.One;
            foreach (var p in bb) h *= LeadingCoefficient(p, rest, g);
            var e = IdealTools.Saturate(g, j, h, options);
            foreach (var earlier in parts)
            {
                if (IdealTools.IsUnit(e)) break;
                e = IdealTools.Saturate(g, e, IdealTools.RandomCombination(g, earlier.Basis, rng), options);
            }
            if (!IdealTools.IsUnit(e))
            {
                var (de, dege) = IdealTools.InvariantsOfBasis(e, n);
                parts.Add(new Part<T, TField>(de, dege, e));
            }
            if (h.IsConstant) break;
            j = IdealTools.Basis(j.Append(h), options);
        }
        var note = $"equidimensional parts by independent-set localisation (GTZ), seed {options.Seed}; degrees with multiplicity";
        if (steps > maxSteps) note += $"; stopped after {maxSteps} steps, lower-dimensional parts may be missing";
        return (parts, note);
    }

    /// <summary>A set of d variables no lead monomial lives in (exists since d is the dimension).</summary>
    private static int[] IndependentSet(List<int[]> leads, int n, int d)
    {
        foreach (var mask in LinearAlgebra.Minors.Subsets(n, d))
        {
            bool ok = true;
            foreach (var m in leads)
            {
                bool inside = true;
                for (int v = 0; v < n && inside; v++) if (m[v] > 0 && (mask & (1UL << v)) == 0) inside = false;
                if (inside) { ok = false; break; }
            }
            if (ok) return Enumerable.Range(0, n).Where(v => (mask & (1UL << v)) != 0).ToArray();
        }
        if (d == 0) return Array.Empty<int>();
        throw new InvalidOperationException("no independent set of the expected size (internal error)");
    }

    /// <summary>The coefficient in k[U] of the leading rest-monomial of p.</summary>
    private static Polynomial<T, TField> LeadingCoefficient<T, TField>(Polynomial<T, TField> p, int[] rest, PolynomialRing<T, TField> target)
        where TField : struct, IField<T>
    {
        var lead = p.ExponentsAt(0);
        var terms = new List<(T, int[])>();
        for (int t = 0; t < p.Length; t++)
        {
            var e = p.ExponentsAt(t);
            bool same = true;
            foreach (var v in rest) if (e[v] != lead[v]) { same = false; break; }
            if (!same) continue;
            foreach (var v in rest) e[v] = 0;
            terms.Add((p.CoefficientAt(t), e));
        }
        return Polynomial<T, TField>.FromTerms(target, terms);
    }
}
