using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner;

/// <summary>
/// Lex and block orders on input that is not (weighted-)homogeneous go through the homogenised
/// ideal: a Gröbner basis of ⟨f₁ʰ,…,fₛʰ⟩ in the <see cref="DegreeRefinedOrder"/>, then h = 1. For f ∈ I some
/// hᵏ·fʰ lies in the homogenised ideal, so its leading monomial — hᵏ times that of fʰ — is divisible
/// by a basis element's, and dehomogenising keeps leading monomials: the images form a Gröbner
/// basis of I. Each step then holds one degree, whereas the direct run lets reducers' tails grow in
/// the degree the order does not bound: F4 on cyclic-5 in lex and on a random 3-variable elim(x1,x2)
/// ideal (seed 80473 of the differential tests) overflowed the 16-bit exponents; Buchberger's sugar
/// ran past degree 1000 on 5 random cubics in 5 variables over GF(11), eliminating 4 (answer: degree 36).
/// </summary>
internal static class Homogenization
{
    public static bool Applies<T, TField>(MonomialOrder order, IReadOnlyList<Polynomial<T, TField>> generators)
        where TField : struct, IField<T>
    {
        if (order is not (LexOrder or BlockOrder)) return false;
        bool homogeneous = true;
        foreach (var f in generators) if (!f.IsHomogeneous) { homogeneous = false; break; }
        // Weighted-homogeneous input (implicitisation systems y − f(θ)) keeps every step in one
        // weighted degree already, and the homogenised run was 2.7–6× slower on the mlp eliminations.
        return !homogeneous && SugarWeights.Find(order, generators) is null;
    }

    public static PolynomialRing<T, TField> Ring<T, TField>(PolynomialRing<T, TField> ring)
        where TField : struct, IField<T>
    {
        string h = "h";
        for (int k = 0; ring.Variables.Contains(h); k++) h = "h" + k;
        return new PolynomialRing<T, TField>(ring.Field, ring.Variables.Append(h).ToList(), new DegreeRefinedOrder(ring.Order));
    }

    public static Polynomial<T, TField> Homogenize<T, TField>(Polynomial<T, TField> f, PolynomialRing<T, TField> ringH)
        where TField : struct, IField<T>
    {
        int n = f.Ring.VariableCount, d = f.Degree;
        var e = new int[n + 1];
        var packed = new ulong[ringH.Words];
        var acc = new TermAccumulator<T, TField>(ringH);
        for (int k = 0; k < f.Length; k++)
        {
            PackedMonomial.Unpack(f.MonomialAt(k), e.AsSpan(0, n));
            e[n] = d - PackedMonomial.Degree(f.MonomialAt(k));
            PackedMonomial.Pack(e, packed);
            acc.Add(packed, f.CoefficientAt(k));
        }
        return acc.ToPolynomial();
    }

    public static Polynomial<T, TField> Dehomogenize<T, TField>(Polynomial<T, TField> g, PolynomialRing<T, TField> ring)
        where TField : struct, IField<T>
    {
        int n = ring.VariableCount;
        var e = new int[n + 1];
        var packed = new ulong[ring.Words];
        if (g.IsHomogeneous)
        {
            // The terms share one degree, so h's exponent follows from the rest and the degree-refined order ranks them
            // by the inner order alone: dropping h keeps them distinct and in order (sorting them again through a
            // dictionary was 11 % of a decomposition over ℚ).
            int w = ring.Words;
            var exps = new ulong[g.Length * w];
            var coeffs = new T[g.Length];
            for (int k = 0; k < g.Length; k++)
            {
                PackedMonomial.Unpack(g.MonomialAt(k), e);
                PackedMonomial.Pack(e.AsSpan(0, n), exps.AsSpan(k * w, w));
                coeffs[k] = g.CoefficientAt(k);
            }
            return new Polynomial<T, TField>(ring, exps, coeffs, g.Length).MakeMonic();
        }
        var acc = new TermAccumulator<T, TField>(ring);
        for (int k = 0; k < g.Length; k++)
        {
            PackedMonomial.Unpack(g.MonomialAt(k), e);
            PackedMonomial.Pack(e.AsSpan(0, n), packed);
            acc.Add(packed, g.CoefficientAt(k));
        }
        return acc.ToPolynomial().MakeMonic();
    }
}
