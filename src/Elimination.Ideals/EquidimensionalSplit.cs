using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// Splits V(J) into equidimensional parts (unions of irreducible components of one dimension)
/// by the independent-set localisation of Gianni–Trager–Zacharias: for a maximal independent
/// set U of the lead ideal, E = J : h^∞ (h the product of the leading coefficients of a Gröbner
/// basis in k(U)[rest]) is the union of the components on which U is independent, all of dimension |U|;
/// the rest of V(J) lies in V(J + h). Components of E inside a part already found are removed by
/// saturating with a random element of that part's ideal (correct with probability ≥ 1 − (#components)/p).
/// Degrees are those of the (possibly non-radical) part ideals, i.e. counted with multiplicity.
/// </summary>
public static class EquidimensionalSplit
{
    public sealed record Part<T, TField>(int Dimension, long Degree, List<Polynomial<T, TField>> Basis) where TField : struct, IField<T>;

    public static (List<Part<T, TField>> Parts, string Note) Split<T, TField>(Ideal<T, TField> ideal, int seed, int maxSteps = 32)
        where TField : struct, IField<T>
    {
        var g = ideal.Ring.Order is GrevlexOrder ? ideal.Ring : ideal.Ring.WithOrder(new GrevlexOrder(ideal.Ring.VariableCount));
        var rng = new Random(seed);
        var parts = new List<Part<T, TField>>();
        var jIdeal = ideal.MapTo(g);
        int n = g.VariableCount;
        int steps = 0;
        while (!jIdeal.IsUnit && steps++ < maxSteps)
        {
            var j = jIdeal.GroebnerBasis().Basis;
            if (j.Count == 0)
            {
                parts.Add(new Part<T, TField>(n, 1, new List<Polynomial<T, TField>>()));
                break;
            }
            int d = jIdeal.Dimension();
            var u = MonomialIdeal.Leading(g, j).IndependentSet(d)
                ?? throw new InvalidOperationException("no independent set of the dimension's size (internal error)");
            var rest = Enumerable.Range(0, n).Where(v => !u.Contains(v)).ToArray();
            var bb = jIdeal.GroebnerBasis(new BlockOrder(n, new[] { rest, u })).Basis;
            var h = g.One;
            foreach (var p in bb) h *= LeadingCoefficient(p, rest, g);
            var e = jIdeal.Saturation(h);
            foreach (var earlier in parts)
            {
                if (e.IsUnit) break;
                e = e.Saturation(RandomScalars.Combination(g, earlier.Basis, rng));
            }
            if (!e.IsUnit)
            {
                var (de, dege) = e.DimensionAndDegree();
                parts.Add(new Part<T, TField>(de, (long)dege, e.GroebnerBasis().Basis.ToList()));
            }
            if (h.IsConstant) break;
            jIdeal = jIdeal.Create(g, j.Append(h));
        }
        var note = $"equidimensional parts by independent-set localisation (GTZ), seed {seed}; degrees with multiplicity";
        if (steps > maxSteps) note += $"; stopped after {maxSteps} steps, lower-dimensional parts may be missing";
        return (parts, note);
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
