using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Polynomials;

/// <summary>
/// The primitive integer representative of a rational polynomial: scaled by a rational so that its
/// coefficients are coprime integers and its leading coefficient is positive. It generates the same
/// ideal and is unique, so factorisation and modular reduction both start from it.
/// </summary>
public static class PrimitivePart
{
    public static Polynomial<Rational, RationalField> Of(Polynomial<Rational, RationalField> f)
    {
        var lcm = Factorisation.DenseInteger.CommonDenominator(f.Coefficients);
        var gcd = BigInteger.Zero;
        foreach (var c in f.Coefficients) gcd = BigInteger.GreatestCommonDivisor(gcd, c.Numerator * (lcm / c.Denominator));
        if (gcd.IsZero) return f;
        if (f.LeadingCoefficient.Sign < 0) gcd = -gcd;
        return f.Scale(new Rational(lcm, gcd));
    }
}
