using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Signed integers of a fixed number of 64-bit limbs in two's complement (least significant limb
/// first), stored side by side in flat arrays so that a working polynomial's coefficients need no
/// allocation and no GC write barriers. All arithmetic is modulo 2^(64·limbs); callers keep every
/// value below 2^(64·limbs − 1) in absolute value (by bit-length bounds), so results are exact.
/// Magnitudes (unsigned, any limb count) are the other operand of products.
/// </summary>
internal static class FixedWidthIntegers
{
    /// <summary>
    /// acc ← acc ± x·y for a two's complement acc and magnitudes x, y, modulo 2^(64·acc.Length):
    /// one pass per limb of y, no product buffer (the callers keep the result in range).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MultiplyAdd(Span<ulong> acc, ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, bool subtract)
    {
        for (int j = 0; j < y.Length && j < acc.Length; j++)
            if (y[j] != 0) MultiplyAdd(acc[j..], x, y[j], subtract);
    }

    /// <summary>acc ← acc ± x·y for one limb y (see the overload).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MultiplyAdd(Span<ulong> acc, ReadOnlySpan<ulong> x, ulong y, bool subtract)
    {
        int n = Math.Min(x.Length, acc.Length), i = 0;
        ulong carry = 0;
        if (!subtract)
        {
            for (; i < n; i++)
            {
                // x·y + acc + carry < 2^128.
                UInt128 t = Math.BigMul(x[i], y) + acc[i] + carry;
                acc[i] = (ulong)t;
                carry = (ulong)(t >> 64);
            }
            for (; carry != 0 && i < acc.Length; i++)
            {
                ulong a = acc[i] + carry;
                carry = a < carry ? 1UL : 0UL;
                acc[i] = a;
            }
        }
        else
        {
            for (; i < n; i++)
            {
                UInt128 t = Math.BigMul(x[i], y) + carry; // what to take from this limb, and the next
                ulong a = acc[i], lo = (ulong)t;
                acc[i] = a - lo;
                carry = (ulong)(t >> 64) + (a < lo ? 1UL : 0UL);
            }
            for (; carry != 0 && i < acc.Length; i++)
            {
                ulong a = acc[i];
                acc[i] = a - carry;
                carry = a < carry ? 1UL : 0UL;
            }
        }
    }

    /// <summary>dst ← src·s for a two's complement src and s = ±sMag (dst and src of equal width, distinct).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Scale(ReadOnlySpan<ulong> src, ReadOnlySpan<ulong> sMag, bool sNegative, Span<ulong> dst)
    {
        int L = dst.Length;
        for (int t = 0; t < L; t++) dst[t] = 0;
        for (int i = 0; i < sMag.Length && i < L; i++)
        {
            ulong si = sMag[i], carry = 0;
            if (si == 0) continue;
            for (int j = 0; i + j < L; j++)
            {
                UInt128 t = Math.BigMul(si, src[j]) + dst[i + j] + carry;
                dst[i + j] = (ulong)t;
                carry = (ulong)(t >> 64);
            }
        }
        if (sNegative) Negate(dst);
    }

    /// <summary>dst ← src for a few limbs or monomial words (Span.CopyTo calls memmove: slow for a few words).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyWords(ReadOnlySpan<ulong> src, Span<ulong> dst)
    {
        for (int t = 0; t < src.Length; t++) dst[t] = src[t];
    }

    public static void Negate(Span<ulong> x)
    {
        ulong carry = 1;
        for (int i = 0; i < x.Length; i++)
        {
            ulong t = ~x[i] + carry;
            carry = t == 0 && carry == 1 ? 1UL : 0UL;
            x[i] = t;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZero(ReadOnlySpan<ulong> x)
    {
        for (int i = 0; i < x.Length; i++) if (x[i] != 0) return false;
        return true;
    }

    /// <summary>An upper bound on the bit length of |x| (exact except one too high at −2^k).</summary>
    public static int BitLengthBound(ReadOnlySpan<ulong> x)
    {
        ulong sign = (ulong)((long)x[^1] >> 63);
        for (int i = x.Length - 1; i >= 0; i--)
        {
            ulong v = x[i] ^ sign;
            if (v != 0) return 64 * i + 64 - BitOperations.LeadingZeroCount(v) + (sign != 0 ? 1 : 0);
        }
        return sign != 0 ? 1 : 0;
    }

    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> x) => new(MemoryMarshal.AsBytes(x), isUnsigned: false, isBigEndian: false);

    /// <summary>dst ← v in two's complement; v must fit.</summary>
    public static void FromBigInteger(BigInteger v, Span<ulong> dst)
    {
        dst.Fill(v.Sign < 0 ? ulong.MaxValue : 0UL);
        if (!v.TryWriteBytes(MemoryMarshal.AsBytes(dst), out _, isUnsigned: false, isBigEndian: false))
            throw new InvalidOperationException("internal error: integer does not fit its fixed width");
    }

    /// <summary>Writes |v| into mag (cleared first) and returns its limb count (at least 1).</summary>
    public static int WriteMagnitude(BigInteger v, Span<ulong> mag)
    {
        int limbs = Math.Max(1, (int)((BigInteger.Abs(v).GetBitLength() + 63) / 64));
        mag[..limbs].Clear();
        if (!BigInteger.Abs(v).TryWriteBytes(MemoryMarshal.AsBytes(mag[..limbs]), out _, isUnsigned: true, isBigEndian: false))
            throw new InvalidOperationException("internal error: magnitude does not fit");
        return limbs;
    }

    /// <summary>Limbs needed for values of at most this many bits, with the sign bit.</summary>
    public static int LimbsFor(long bits) => (int)(bits / 64 + 1);
}
