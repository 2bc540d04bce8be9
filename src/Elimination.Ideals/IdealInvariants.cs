using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// Dimension, degree and (for zero-dimensional ideals) the quotient's monomial basis, read off
/// the leading monomials of a Gröbner basis.
/// </summary>
public static class IdealInvariants
{
    /// <summary>Krull dimension of k[x]/I (−1 for the unit ideal), by a largest independent set of in(I).</summary>
    public static int Dimension<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T> =>
        MonomialIdeal.Leading(ideal.Ring, ideal.GroebnerBasis().Basis).Dimension();

    /// <summary>
    /// The degree: for homogeneous I that of the projective variety (with multiplicities); for any
    /// I that of its projective closure, from in(I) for grevlex (a degree order, so the affine
    /// Hilbert function of I equals that of in(I)).
    /// </summary>
    public static System.Numerics.BigInteger Degree<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T> =>
        HilbertSeries.Of(ideal).Degree;

    /// <summary>Dimension and degree from one Hilbert series (−1 and 0 for the unit ideal).</summary>
    public static (int Dimension, System.Numerics.BigInteger Degree) DimensionAndDegree<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T>
    {
        var series = HilbertSeries.Of(ideal);
        return series.Dimension < 0 ? (-1, 0) : (series.Dimension, series.Degree);
    }

    /// <summary>
    /// dim_k k[x]/I for zero-dimensional I (0 for the unit ideal): the degree of the Hilbert series of the leading ideal,
    /// not a count of the standard monomials (10⁶ of them for a¹⁰, …, f¹⁰ took seconds; Singular's vdim, milliseconds).
    /// </summary>
    public static int VectorSpaceDimension<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T>
    {
        var order = new GrevlexOrder(ideal.Ring.VariableCount);
        var count = MonomialIdeal.Leading(ideal.RingFor(order), ideal.GroebnerBasis(order).Basis).StandardMonomialCount(ideal.Options.Cancellation);
        if (count > int.MaxValue) throw new ResourceLimitException($"the quotient has dimension {count}, above {int.MaxValue}");
        return (int)count;
    }

    /// <summary>
    /// The standard monomials (not divisible by any leading monomial of the basis in the ring's order),
    /// a k-basis of k[x]/I; throws for ideals that are not zero-dimensional.
    /// </summary>
    public static List<Polynomial<T, TField>> QuotientBasis<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T>
    {
        var ring = ideal.Ring;
        var lead = MonomialIdeal.Leading(ring, ideal.GroebnerBasis().Basis);
        var list = lead.StandardMonomials(ideal.Options.Cancellation)
            .Select(e => Polynomial<T, TField>.Monomial(ring, ring.Field.One, e)).ToList();
        list.Sort((a, b) => ring.Order.Compare(a.LeadingMonomial, b.LeadingMonomial));
        return list;
    }
}
