using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// A proof that k[x]/I is Cohen–Macaulay: k = dim I linear forms ℓ cut the homogeneous ideal to finite length
/// with I's h-vector. From 0 → (0:ℓ)(−1) → M(−1) → M → M/ℓM → 0, HS(M/ℓM) = (1 − t)·HS(M) + t·HS(0:ℓ),
/// so keeping the h-vector through all k cuts forces every 0:ℓ to vanish: the forms are a regular sequence
/// (a system of parameters, the cut having dimension 0), R/I is Cohen–Macaulay, and I is unmixed — every
/// associated prime is minimal of dimension k. A non-homogeneous I is tested through the ideal of the top-degree
/// forms of its grevlex basis: that is I^h + (x₀) modulo x₀, x₀ is regular on R/I^h, so it being Cohen–Macaulay
/// makes R/I^h and its dehomogenisation R/I so. Only the forms' choice is random: a false answer means "not shown"
/// (with generic forms, over a large field, it means not Cohen–Macaulay).
/// </summary>
public static class CohenMacaulay
{
    /// <summary>
    /// Whether the forms keep the h-vector of <paramref name="series"/> (the homogeneous ideal's own) and cut it to
    /// dimension 0; <paramref name="cut"/> is the cut's series, for the caller's evidence.
    /// </summary>
    public static bool KeepHVector<T, TField>(Ideal<T, TField> homogeneous, HilbertSeries series, IReadOnlyList<Polynomial<T, TField>> forms,
        out HilbertSeries cut) where TField : struct, IField<T>
    {
        cut = HilbertSeries.Of(homogeneous.Create(homogeneous.Ring, homogeneous.Generators.Concat(forms)));
        return cut.Dimension == 0 && forms.Count == series.Dimension && cut.ReducedNumerator.AsSpan().SequenceEqual(series.ReducedNumerator);
    }

    /// <summary>
    /// <paramref name="count"/> linear forms with coefficients 1..99 over ℚ (small, so the cut stays cheap) or
    /// uniform in F_p, drawn from <paramref name="rng"/> variable by variable.
    /// </summary>
    public static List<Polynomial<T, TField>> RandomForms<T, TField>(PolynomialRing<T, TField> ring, int count, Random rng)
        where TField : struct, IField<T>
    {
        int n = ring.VariableCount;
        var forms = new List<Polynomial<T, TField>>(count);
        for (int i = 0; i < count; i++)
        {
            var terms = new List<(T, int[])>(n);
            for (int v = 0; v < n; v++)
            {
                var e = new int[n];
                e[v] = 1;
                var c = ring.Field.Characteristic > 0 ? RandomScalars.Any<T, TField>(ring.Field, rng) : ring.Field.FromInteger(rng.Next(1, 100));
                terms.Add((c, e));
            }
            forms.Add(Polynomial<T, TField>.FromTerms(ring, terms));
        }
        return forms;
    }

    /// <summary>Whether k[x]/I is shown Cohen–Macaulay with seeded random forms (false for the unit ideal).</summary>
    public static bool Shown<T, TField>(Ideal<T, TField> ideal, int seed = 1) where TField : struct, IField<T>
    {
        var grevlex = ideal.RingFor(new GrevlexOrder(ideal.Ring.VariableCount));
        var basis = ideal.GroebnerBasis(grevlex.Order).Basis;
        var top = ideal.Create(grevlex, basis.Select(g => TopForm(grevlex, g)));
        var series = HilbertSeries.Of(top);
        if (series.Dimension < 0) return false;
        if (series.Dimension == 0) return true;
        return KeepHVector(top, series, RandomForms(grevlex, series.Dimension, new Random(seed)), out _);
    }

    /// <summary>The homogeneous component of highest degree (the grevlex leading term lies in it).</summary>
    private static Polynomial<T, TField> TopForm<T, TField>(PolynomialRing<T, TField> ring, Polynomial<T, TField> g) where TField : struct, IField<T>
    {
        var h = g.ToRing(ring);
        if (h.IsHomogeneous) return h;
        int d = h.Degree;
        return Polynomial<T, TField>.FromTerms(ring, h.Terms().Where(t => t.Exponents.Sum() == d));
    }
}
