using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Modular;

/// <summary>
/// Incremental Chinese remaindering of one integer with word-size primes: given x mod M and y mod p, the
/// unique z mod M·p. (Whole vectors of coefficients go through <see cref="ResidueVector"/>, in mixed radix.)
/// </summary>
public static class ChineseRemainder
{
    /// <summary>z ≡ x (mod M), z ≡ y (mod p), 0 ≤ z &lt; M·p; <paramref name="modulusInverse"/> = M⁻¹ mod p.</summary>
    public static BigInteger Combine(BigInteger x, BigInteger modulus, uint y, uint p, ulong modulusInverse) =>
        Combine(x, modulus, y, new PrimeField(p), modulusInverse);

    /// <summary>As above with the field built once per prime (Barrett, no <c>%</c>).</summary>
    public static BigInteger Combine(BigInteger x, BigInteger modulus, uint y, in PrimeField field, ulong modulusInverse)
    {
        uint p = field.P;
        uint xModP = (uint)(x % p);
        uint t = field.Mul(field.Sub(y, xModP), (uint)modulusInverse);
        return t == 0 ? x : x + modulus * t;
    }

    /// <summary>z mod M·p for the residue pair; the general form for a single coefficient.</summary>
    public static BigInteger Combine(BigInteger x, BigInteger modulus, uint y, uint p) =>
        Combine(Normalize(x, modulus), modulus, y, p, InverseOf(modulus, p));

    /// <summary>M⁻¹ mod p; throws when p divides M (the same prime used twice).</summary>
    public static ulong InverseOf(BigInteger modulus, uint p)
    {
        uint a = (uint)BigInteger.Remainder(modulus, p);
        if (a == 0) throw new ArgumentException($"prime {p} divides the modulus: each prime may be used once");
        return ModularInverse.Of(a, p);
    }

    /// <summary>The representative in [0, M).</summary>
    public static BigInteger Normalize(BigInteger x, BigInteger modulus)
    {
        var r = BigInteger.Remainder(x, modulus);
        return r.Sign < 0 ? r + modulus : r;
    }

    /// <summary>The representative in (−M/2, M/2].</summary>
    public static BigInteger Symmetric(BigInteger x, BigInteger modulus)
    {
        var r = Normalize(x, modulus);
        return r > modulus >> 1 ? r - modulus : r;
    }
}
