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
    /// <summary>r ← x·y for magnitudes; r needs x.Length + y.Length limbs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MultiplyMagnitudes(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, Span<ulong> r)
    {
        for (int t = x.Length + y.Length - 1; t >= 0; t--) r[t] = 0; // (Span.Clear calls memset: slow for a few limbs)
        for (int i = 0; i < x.Length; i++)
        {
            ulong xi = x[i], carry = 0;
            if (xi == 0) continue;
            for (int j = 0; j < y.Length; j++)
            {
                ulong hi = Math.BigMul(xi, y[j], out ulong lo);
                lo += carry;
                if (lo < carry) hi++;
                ulong t = r[i + j] + lo;
                if (t < lo) hi++;
                r[i + j] = t;
                carry = hi;
            }
            r[i + y.Length] = carry;
        }
    }

    /// <summary>acc ← acc ± mag (two's complement acc; the limbs of mag beyond acc's width must be zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddMagnitude(Span<ulong> acc, ReadOnlySpan<ulong> mag, bool subtract)
    {
        int n = Math.Min(acc.Length, mag.Length);
        int i = 0;
        if (!subtract)
        {
            ulong carry = 0;
            for (; i < n; i++)
            {
                ulong a = acc[i], s = a + mag[i];
                ulong c = s < a ? 1UL : 0UL;
                ulong t = s + carry;
                if (t < s) c++;
                acc[i] = t;
                carry = c;
            }
            for (; carry != 0 && i < acc.Length; i++) carry = ++acc[i] == 0 ? 1UL : 0UL;
        }
        else
        {
            ulong borrow = 0;
            for (; i < n; i++)
            {
                ulong a = acc[i], b = mag[i];
                ulong d = a - b;
                ulong c = a < b ? 1UL : 0UL;
                ulong t = d - borrow;
                if (d < borrow) c++;
                acc[i] = t;
                borrow = c;
            }
            for (; borrow != 0 && i < acc.Length; i++) borrow = acc[i]-- == 0 ? 1UL : 0UL;
        }
    }

    /// <summary>dst ← ±mag, sign-extended to dst's width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetMagnitude(Span<ulong> dst, ReadOnlySpan<ulong> mag, bool negative)
    {
        for (int t = 0; t < dst.Length; t++) dst[t] = 0;
        AddMagnitude(dst, mag, negative);
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
                ulong hi = Math.BigMul(si, src[j], out ulong lo);
                lo += carry;
                if (lo < carry) hi++;
                ulong t = dst[i + j] + lo;
                if (t < lo) hi++;
                dst[i + j] = t;
                carry = hi;
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
