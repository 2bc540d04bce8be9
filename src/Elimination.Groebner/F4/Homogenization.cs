using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// Lex and block orders on input that is not (weighted-)homogeneous go through the homogenised
/// ideal: F4 on ⟨f₁ʰ,…,fₛʰ⟩ in the <see cref="DegreeRefinedOrder"/>, then h = 1. For f ∈ I some
/// hᵏ·fʰ lies in the homogenised ideal, so its leading monomial — hᵏ times that of fʰ — is divisible
/// by a basis element's, and dehomogenising keeps leading monomials: the images form a Gröbner
/// basis of I. Each step then holds one degree, whereas direct F4 lets reducers' tails grow in the
/// degree the order does not bound (cyclic-5 in lex, and a random 3-variable elim(x1,x2) ideal,
/// seed 80473 of the differential tests, overflowed the 16-bit exponents).
/// </summary>
internal static class Homogenization
{
    public static bool Applies(MonomialOrder order, IReadOnlyList<Polynomial<uint, PrimeField>> generators)
    {
        if (order is not (LexOrder or BlockOrder)) return false;
        bool homogeneous = true;
        foreach (var f in generators) if (!f.IsHomogeneous) { homogeneous = false; break; }
        // Weighted-homogeneous input (implicitisation systems y − f(θ)) keeps every step in one
        // weighted degree already, and the homogenised run was 2.7–6× slower on the mlp eliminations.
        return !homogeneous && SugarWeights.Find(order, generators) is null;
    }

    public static PolynomialRing<uint, PrimeField> Ring(PolynomialRing<uint, PrimeField> ring)
    {
        string h = "h";
        for (int k = 0; ring.Variables.Contains(h); k++) h = "h" + k;
        return new PolynomialRing<uint, PrimeField>(ring.Field, ring.Variables.Append(h).ToList(), new DegreeRefinedOrder(ring.Order));
    }

    public static Polynomial<uint, PrimeField> Homogenize(Polynomial<uint, PrimeField> f, PolynomialRing<uint, PrimeField> ringH)
    {
        int n = f.Ring.VariableCount, d = f.Degree;
        var e = new int[n + 1];
        var packed = new ulong[ringH.Words];
        var acc = new TermAccumulator<uint, PrimeField>(ringH);
        for (int k = 0; k < f.Length; k++)
        {
            PackedMonomial.Unpack(f.MonomialAt(k), e.AsSpan(0, n));
            e[n] = d - PackedMonomial.Degree(f.MonomialAt(k));
            PackedMonomial.Pack(e, packed);
            acc.Add(packed, f.CoefficientAt(k));
        }
        return acc.ToPolynomial();
    }

    public static Polynomial<uint, PrimeField> Dehomogenize(Polynomial<uint, PrimeField> g, PolynomialRing<uint, PrimeField> ring)
    {
        int n = ring.VariableCount;
        var e = new int[n + 1];
        var packed = new ulong[ring.Words];
        var acc = new TermAccumulator<uint, PrimeField>(ring);
        for (int k = 0; k < g.Length; k++)
        {
            PackedMonomial.Unpack(g.MonomialAt(k), e);
            PackedMonomial.Pack(e.AsSpan(0, n), packed);
            acc.Add(packed, g.CoefficientAt(k));
        }
        return acc.ToPolynomial().MakeMonic();
    }
}
