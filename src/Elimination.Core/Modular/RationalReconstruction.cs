using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Modular;

/// <summary>
/// Rational reconstruction: from u mod m find n/d with n ≡ d·u (mod m), |n| ≤ N, 0 &lt; d ≤ D.
/// Wang's algorithm (a half-run of the extended Euclidean algorithm on (m, u)). When 2·N·D &lt; m
/// the answer, if it exists, is unique, so a reconstruction that succeeds for two different
/// moduli and gives the same value is very likely the true coefficient.
/// </summary>
public static class RationalReconstruction
{
    /// <summary>Balanced bounds N = D = ⌊√((m−1)/2)⌋, which make the reconstruction unique.</summary>
    public static BigInteger BalancedBound(BigInteger modulus) => Sqrt((modulus - 1) / 2);

    /// <summary>Reconstruction with the balanced bounds; false when no fraction fits them.</summary>
    public static bool TryReconstruct(BigInteger residue, BigInteger modulus, out Rational value)
    {
        var bound = BalancedBound(modulus);
        return TryReconstruct(residue, modulus, bound, bound, out value);
    }

    /// <summary>
    /// Wang's reconstruction with bounds N (numerator) and D (denominator). Requires 2·N·D &lt; m
    /// for uniqueness (not checked: callers pick the bounds). False when no fraction fits.
    /// </summary>
    public static bool TryReconstruct(BigInteger residue, BigInteger modulus, BigInteger numeratorBound, BigInteger denominatorBound, out Rational value)
    {
        value = Rational.Zero;
        if (modulus.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(modulus), "modulus must be positive");
        var u = BigInteger.Remainder(residue, modulus);
        if (u.Sign < 0) u += modulus;
        if (u.IsZero) return true;
        // Invariant: r_i ≡ t_i·u (mod m). Stop at the first remainder within the numerator bound.
        BigInteger r0 = modulus, r1 = u, t0 = BigInteger.Zero, t1 = BigInteger.One;
        long stop = numeratorBound.GetBitLength() + LehmerMargin;
        while (r1.GetBitLength() > stop)
            if (!LehmerStep(ref r0, ref r1, ref t0, ref t1)) EuclidStep(ref r0, ref r1, ref t0, ref t1);
        while (r1 > numeratorBound) EuclidStep(ref r0, ref r1, ref t0, ref t1);
        if (r1.IsZero) return false;
        var d = BigInteger.Abs(t1);
        if (d > denominatorBound) return false;
        var n = t1.Sign < 0 ? -r1 : r1;
        // gcd(n, d) ≠ 1 means d is not invertible mod m: n/d is then not a preimage of u.
        if (!BigInteger.GreatestCommonDivisor(n, d).IsOne) return false;
        value = new Rational(n, d);
        return true;
    }

    /// <summary>
    /// The fraction n/d ≡ u (mod m) with log₂|n| + log₂ d ≤ log₂ m − <paramref name="margin"/>, whatever the split
    /// between numerator and denominator (Monagan's maximal-quotient idea with a fixed threshold). Along the Euclidean
    /// sequence r_i ≡ t_i·u, |t_{i+1}|·r_i + |t_i|·r_{i+1} = m, so a pair with r_i·|t_i| ≤ m/2^margin is followed by a
    /// quotient of at least 2^(margin−1): only the pairs before a large quotient are examined, and the batches stop
    /// in front of one. A residue that is no such fraction yields one with probability about (steps)·2^(1−margin).
    /// </summary>
    public static bool TryReconstructWithMargin(BigInteger residue, BigInteger modulus, int margin, out Rational value)
    {
        value = Rational.Zero;
        if (modulus.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(modulus), "modulus must be positive");
        var u = BigInteger.Remainder(residue, modulus);
        if (u.Sign < 0) u += modulus;
        if (u.IsZero) return true;
        long limit = modulus.GetBitLength() - margin;
        BigInteger r0 = modulus, r1 = u, t0 = BigInteger.Zero, t1 = BigInteger.One;
        while (!r1.IsZero)
        {
            if (r1.GetBitLength() > 64 && LehmerStep(ref r0, ref r1, ref t0, ref t1, LargeQuotient)) continue;
            var q = BigInteger.DivRem(r0, r1, out var r2);
            if (q >= LargeQuotient && r1.GetBitLength() + BigInteger.Abs(t1).GetBitLength() <= limit)
            {
                var d = BigInteger.Abs(t1);
                var n = t1.Sign < 0 ? -r1 : r1;
                if (!BigInteger.GreatestCommonDivisor(n, d).IsOne) return false;
                value = new Rational(n, d);
                return true;
            }
            (r0, r1) = (r1, r2);
            (t0, t1) = (t1, t0 - q * t1);
        }
        return false;
    }

    /// <summary>Quotients from here on end a Lehmer batch in <see cref="TryReconstructWithMargin"/>: the pair before them is examined.</summary>
    private const long LargeQuotient = 1L << 30;

    /// <summary>
    /// Bits kept above the numerator bound while steps are batched. A batch's matrix has determinant ±1 and entries
    /// below 2⁶², so r0 = |d|·r0' + |b|·r1' gives r0' &gt; r0 / 2⁶³: from 64 bits above the bound, the new r0 is still
    /// above it and the first remainder within the bound is never skipped.
    /// </summary>
    private const int LehmerMargin = 64;

    private static void EuclidStep(ref BigInteger r0, ref BigInteger r1, ref BigInteger t0, ref BigInteger t1)
    {
        var q = BigInteger.DivRem(r0, r1, out var r2);
        (r0, r1) = (r1, r2);
        (t0, t1) = (t1, t0 - q * t1);
    }

    /// <summary>
    /// Lehmer's batch (Knuth, TAOCP 4.5.2, Algorithm L): the Euclidean quotients of the leading 62 bits of r0, r1,
    /// kept while both bracketing quotients agree (so they are the true ones), applied at once as a 2×2 matrix to
    /// the remainders and cofactors — a few big-number products instead of one division per quotient.
    /// False when no quotient could be certified (a full division step is needed).
    /// </summary>
    private static bool LehmerStep(ref BigInteger r0, ref BigInteger r1, ref BigInteger t0, ref BigInteger t1, long stopAtQuotient = long.MaxValue)
    {
        int shift = (int)Math.Max(0, r0.GetBitLength() - 62);
        long x = (long)(r0 >> shift), y = (long)(r1 >> shift);
        long a = 1, b = 0, c = 0, d = 1;
        while (y + c != 0 && y + d != 0)
        {
            long q = (x + a) / (y + c);
            if (q != (x + b) / (y + d) || q >= stopAtQuotient) break;
            (a, c) = (c, a - q * c);
            (b, d) = (d, b - q * d);
            (x, y) = (y, x - q * y);
        }
        if (b == 0) return false;
        (r0, r1) = (a * r0 + b * r1, c * r0 + d * r1);
        (t0, t1) = (a * t0 + b * t1, c * t0 + d * t1);
        return true;
    }

    /// <summary>⌊√n⌋ for n ≥ 0 (Newton's iteration from above).</summary>
    public static BigInteger Sqrt(BigInteger n)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n), "square root of a negative number");
        if (n < 2) return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
