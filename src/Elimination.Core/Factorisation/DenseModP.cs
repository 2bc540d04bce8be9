using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Factorisation;

/// <summary>
/// Dense univariate polynomials over F_p as <c>uint[]</c>, coefficient i of x^i, always trimmed
/// (no zero leading coefficient; the zero polynomial is the empty array).
/// </summary>
internal static class DenseModP
{
    public static int Degree(uint[] a) => a.Length - 1;

    public static uint[] Trim(uint[] a)
    {
        int n = a.Length;
        while (n > 0 && a[n - 1] == 0) n--;
        return n == a.Length ? a : a[..n];
    }

    public static uint[] One => new uint[] { 1 };
    public static bool IsOne(uint[] a) => a.Length == 1 && a[0] == 1;

    public static uint[] Add(uint[] a, uint[] b, PrimeField f)
    {
        var r = new uint[Math.Max(a.Length, b.Length)];
        for (int i = 0; i < r.Length; i++) r[i] = f.Add(i < a.Length ? a[i] : 0, i < b.Length ? b[i] : 0);
        return Trim(r);
    }

    public static uint[] Sub(uint[] a, uint[] b, PrimeField f)
    {
        var r = new uint[Math.Max(a.Length, b.Length)];
        for (int i = 0; i < r.Length; i++) r[i] = f.Sub(i < a.Length ? a[i] : 0, i < b.Length ? b[i] : 0);
        return Trim(r);
    }

    public static uint[] Scale(uint[] a, uint c, PrimeField f)
    {
        if (c == 0) return Array.Empty<uint>();
        var r = new uint[a.Length];
        for (int i = 0; i < a.Length; i++) r[i] = f.Mul(a[i], c);
        return r;
    }

    public static uint[] Mul(uint[] a, uint[] b, PrimeField f)
    {
        if (a.Length == 0 || b.Length == 0) return Array.Empty<uint>();
        // Accumulate unreduced 64-bit sums; reduce before they could overflow (products < 2^62).
        var acc = new ulong[a.Length + b.Length - 1];
        ulong limit = ulong.MaxValue - (ulong)f.P * f.P;
        for (int i = 0; i < a.Length; i++)
        {
            ulong ai = a[i];
            if (ai == 0) continue;
            for (int j = 0; j < b.Length; j++)
            {
                ulong s = acc[i + j] + ai * b[j];
                acc[i + j] = s > limit ? f.Reduce(s) : s;
            }
        }
        var r = new uint[acc.Length];
        for (int i = 0; i < r.Length; i++) r[i] = f.Reduce(acc[i]);
        return Trim(r);
    }

    /// <summary>Quotient and remainder of a by b ≠ 0.</summary>
    public static (uint[] Q, uint[] R) DivRem(uint[] a, uint[] b, PrimeField f)
    {
        if (b.Length == 0) throw new DivideByZeroException("division by the zero polynomial");
        if (a.Length < b.Length) return (Array.Empty<uint>(), a);
        var r = (uint[])a.Clone();
        var q = new uint[a.Length - b.Length + 1];
        uint inv = f.Inv(b[^1]);
        int db = b.Length - 1;
        for (int k = a.Length - 1; k >= db; k--)
        {
            uint c = r[k];
            if (c == 0) continue;
            c = f.Mul(c, inv);
            q[k - db] = c;
            for (int j = 0; j <= db; j++) r[k - db + j] = f.Sub(r[k - db + j], f.Mul(c, b[j]));
        }
        return (Trim(q), Trim(r[..db]));
    }

    public static uint[] Rem(uint[] a, uint[] b, PrimeField f) => DivRem(a, b, f).R;

    public static uint[] Monic(uint[] a, PrimeField f) => a.Length == 0 || a[^1] == 1 ? a : Scale(a, f.Inv(a[^1]), f);

    /// <summary>Monic gcd (zero when both are zero).</summary>
    public static uint[] Gcd(uint[] a, uint[] b, PrimeField f)
    {
        while (b.Length > 0) (a, b) = (b, Rem(a, b, f));
        return Monic(a, f);
    }

    /// <summary>Monic gcd g with s·a + t·b = g.</summary>
    public static (uint[] G, uint[] S, uint[] T) ExtendedGcd(uint[] a, uint[] b, PrimeField f)
    {
        uint[] r0 = a, r1 = b, s0 = One, s1 = Array.Empty<uint>(), t0 = Array.Empty<uint>(), t1 = One;
        while (r1.Length > 0)
        {
            var (q, r) = DivRem(r0, r1, f);
            (r0, r1) = (r1, r);
            (s0, s1) = (s1, Sub(s0, Mul(q, s1, f), f));
            (t0, t1) = (t1, Sub(t0, Mul(q, t1, f), f));
        }
        if (r0.Length == 0) return (r0, s0, t0);
        uint inv = f.Inv(r0[^1]);
        return (Scale(r0, inv, f), Scale(s0, inv, f), Scale(t0, inv, f));
    }

    public static uint[] Derivative(uint[] a, PrimeField f)
    {
        if (a.Length <= 1) return Array.Empty<uint>();
        var r = new uint[a.Length - 1];
        for (int i = 1; i < a.Length; i++) r[i - 1] = f.Mul(a[i], f.FromInteger((long)i));
        return Trim(r);
    }

    /// <summary>a^e mod m (square and multiply over the bits of e).</summary>
    public static uint[] PowMod(uint[] a, BigInteger e, uint[] m, PrimeField f)
    {
        var result = One;
        var b = Rem(a, m, f);
        long bits = (long)e.GetBitLength();
        for (long i = bits - 1; i >= 0; i--)
        {
            result = Rem(Mul(result, result, f), m, f);
            if (!(e >> (int)i).IsEven) result = Rem(Mul(result, b, f), m, f);
        }
        return Rem(result, m, f);
    }
}
