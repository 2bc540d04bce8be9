using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Geometry.Internal;

/// <summary>
/// The few ideal operations the geometry modules need (Gröbner basis, dimension and degree,
/// saturation by one polynomial, elimination), written privately here while the ideal toolkit
/// (Elimination.Ideals) is being built; to be replaced by its Ideal type once it lands.
/// </summary>
internal static class IdealTools
{
    public static List<Polynomial<T, TField>> Basis<T, TField>(IEnumerable<Polynomial<T, TField>> generators, GeometryOptions options)
        where TField : struct, IField<T>
    {
        var gens = generators.Where(g => !g.IsZero).ToList();
        if (gens.Count == 0) return gens;
        var engine = options.ResolveEngine<T, TField>(gens[0].Ring.Field);
        return engine.Compute(gens, options.Groebner).Basis.ToList();
    }

    public static bool IsUnit<T, TField>(IReadOnlyList<Polynomial<T, TField>> basis) where TField : struct, IField<T> =>
        basis.Count == 1 && basis[0].IsConstant && !basis[0].IsZero;

    /// <summary>The ring with the same variables ordered by grevlex (degree-compatible: affine Hilbert function of the lead ideal).</summary>
    public static PolynomialRing<T, TField> Grevlex<T, TField>(PolynomialRing<T, TField> ring) where TField : struct, IField<T> =>
        ring.Order is GrevlexOrder ? ring : ring.WithOrder(new GrevlexOrder(ring.VariableCount));

    /// <summary>Krull dimension and (affine) degree of k[x]/I, from a grevlex Gröbner basis.</summary>
    public static (int Dimension, long Degree, List<Polynomial<T, TField>> Basis) Invariants<T, TField>(
        PolynomialRing<T, TField> ring, IEnumerable<Polynomial<T, TField>> generators, GeometryOptions options)
        where TField : struct, IField<T>
    {
        var g = Grevlex(ring);
        var basis = Basis(generators.Select(p => p.ToRing(g)), options);
        var (d, deg) = InvariantsOfBasis(basis, ring.VariableCount);
        return (d, deg, basis);
    }

    /// <summary>Krull dimension and degree of k[x]/M for a monomial ideal M (−1 and 0 for the unit ideal), by the toolkit's Hilbert series.</summary>
    public static (int Dimension, long Degree) DimensionDegree(IReadOnlyList<int[]> monomials, int variables)
    {
        var series = new Elimination.Ideals.HilbertSeries(variables, new Elimination.Ideals.MonomialIdeal(variables, monomials).HilbertNumerator(),
            homogeneous: true, Elimination.Ideals.Provenance.Given);
        return series.Dimension < 0 ? (-1, 0) : (series.Dimension, (long)series.Degree);
    }

    public static (int Dimension, long Degree) InvariantsOfBasis<T, TField>(IReadOnlyList<Polynomial<T, TField>> grevlexBasis, int variables)
        where TField : struct, IField<T>
    {
        if (grevlexBasis.Count == 0) return (variables, 1);
        return DimensionDegree(grevlexBasis.Select(b => b.LeadingExponents).ToList(), variables);
    }

    /// <summary>
    /// I : g^∞ by the Rabinowitsch trick: eliminate t from I + (1 − t·g). Returns a reduced
    /// grevlex basis in <paramref name="ring"/> (with its variables).
    /// </summary>
    public static List<Polynomial<T, TField>> Saturate<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, Polynomial<T, TField> g, GeometryOptions options)
        where TField : struct, IField<T>
    {
        var target = Grevlex(ring);
        if (g.IsZero) return new List<Polynomial<T, TField>> { target.One };
        if (g.IsConstant) return Basis(generators.Select(p => p.ToRing(target)), options);
        var t = Rings.FreshName(ring.Variables, "tsat");
        int n = ring.VariableCount;
        var ext = Rings.Extend(ring, Array.Empty<string>(), new[] { t }, BlockOrder.Elimination(n + 1, new[] { n }));
        var gens = generators.Select(p => Rings.Map(p, ext)).ToList();
        gens.Add(ext.One - ext.Variable(n) * Rings.Map(g, ext));
        var basis = Basis(gens, options);
        var free = basis.Where(p => Rings.IsFreeOf(p, new[] { n })).Select(p => Rings.Map(p, target)).ToList();
        return Basis(free, options);
    }

    /// <summary>Saturation by several polynomials in turn.</summary>
    public static List<Polynomial<T, TField>> Saturate<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, IEnumerable<Polynomial<T, TField>> gs, GeometryOptions options)
        where TField : struct, IField<T>
    {
        var current = generators.ToList();
        bool any = false;
        foreach (var g in gs)
        {
            current = Saturate(ring, current, g, options);
            any = true;
            if (IsUnit(current)) break;
        }
        return any ? current : Basis(current.Select(p => p.ToRing(Grevlex(ring))), options);
    }

    /// <summary>
    /// dim_k k[x]/(I : g^∞) computed as dim_k k[x,t]/(I + (1 − t·g)) — the localisation at g, which
    /// equals the saturation's quotient whenever that is zero-dimensional; no elimination order needed.
    /// Also returns the Krull dimension of the localisation (= that of I : g^∞).
    /// </summary>
    public static (int Dimension, long Degree) LocalizedInvariants<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, Polynomial<T, TField> g, GeometryOptions options)
        where TField : struct, IField<T>
    {
        if (g.IsZero) return (-1, 0);
        var t = Rings.FreshName(ring.Variables, "tsat");
        int n = ring.VariableCount;
        var ext = Rings.Extend(ring, Array.Empty<string>(), new[] { t });
        var gens = generators.Select(p => Rings.Map(p, ext)).ToList();
        gens.Add(ext.One - ext.Variable(n) * Rings.Map(g, ext));
        var basis = Basis(gens, options);
        var (d, deg) = InvariantsOfBasis(basis, n + 1);
        return (d, deg);
    }

    /// <summary>I ∩ k[keep]: the generators of the elimination ideal, in a grevlex ring on the kept variables.</summary>
    public static (PolynomialRing<T, TField> Ring, List<Polynomial<T, TField>> Basis) Eliminate<T, TField>(
        PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IReadOnlyList<int> eliminate, GeometryOptions options)
        where TField : struct, IField<T>
    {
        var elimRing = ring.WithOrder(BlockOrder.Elimination(ring.VariableCount, eliminate));
        var basis = Basis(generators.Select(p => p.ToRing(elimRing)), options);
        var keep = Enumerable.Range(0, ring.VariableCount).Except(eliminate).Select(i => ring.Variables[i]).ToArray();
        var sub = Rings.Subring(ring, keep);
        var free = basis.Where(p => Rings.IsFreeOf(p, eliminate)).Select(p => Rings.Map(p, sub)).ToList();
        return (sub, Basis(free, options));
    }

    /// <summary>Σ c_i·f_i with random non-zero c_i (zero when the list is empty).</summary>
    public static Polynomial<T, TField> RandomCombination<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> fs, Random rng) where TField : struct, IField<T>
    {
        var sum = ring.Zero;
        foreach (var f in fs) sum = sum.AddScaled(f.ToRing(ring), RandomScalars.NonZero<T, TField>(ring.Field, rng));
        return sum;
    }
}
