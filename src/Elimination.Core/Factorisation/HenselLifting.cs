using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Factorisation;

/// <summary>
/// Linear Hensel lifting of a factorisation f ≡ lc(f)·u1···ur (mod p), the ui monic and pairwise
/// coprime mod p, to the same shape mod p^k. Factors are split off one at a time:
/// f ≡ u1·h1, then h1 ≡ u2·h2, … with each pair lifted by δg = t·c rem g, δh = s·c + (t·c quo g)·h.
/// </summary>
internal static class HenselLifting
{
    /// <summary>The lifted monic factors mod p^k, coefficients in [0, p^k).</summary>
    public static List<BigInteger[]> Lift(BigInteger[] f, List<uint[]> factors, PrimeField field, int k)
    {
        BigInteger p = field.P;
        var modulus = BigInteger.Pow(p, k);
        var target = Reduce(f, modulus);
        var lifted = new List<BigInteger[]>();
        for (int i = 0; i < factors.Count - 1; i++)
        {
            var g = factors[i];
            var h = DenseModP.Scale(Product(factors, i + 1, field), field.FromInteger(f[^1]), field);
            var (gLift, hLift) = LiftPair(target, g, h, field, k, modulus);
            lifted.Add(gLift);
            target = hLift;
        }
        // The last factor is what remains, made monic mod p^k.
        var inv = BigInteger.ModPow(Mod(target[^1], modulus), Totient(p, k) - 1, modulus);
        lifted.Add(Reduce(DenseInteger.Scale(target, inv), modulus));
        return lifted;
    }

    private static BigInteger Totient(BigInteger p, int k) => BigInteger.Pow(p, k - 1) * (p - 1);

    private static uint[] Product(List<uint[]> factors, int from, PrimeField field)
    {
        var r = DenseModP.One;
        for (int j = from; j < factors.Count; j++) r = DenseModP.Mul(r, factors[j], field);
        return r;
    }

    /// <summary>Lifts f ≡ g·h (mod p), g monic, lc(h) = lc(f) mod p, to mod p^k; h keeps lc(f) exactly.</summary>
    private static (BigInteger[] G, BigInteger[] H) LiftPair(BigInteger[] f, uint[] g0, uint[] h0, PrimeField field, int k, BigInteger modulus)
    {
        var (one, s, t) = DenseModP.ExtendedGcd(g0, h0, field);
        if (!DenseModP.IsOne(one)) throw new InvalidOperationException("Hensel lifting needs coprime factors mod p");
        BigInteger p = field.P;
        var g = ToInteger(g0);
        var h = ToInteger(h0);
        h[^1] = Mod(f[^1], modulus); // the exact leading coefficient, so f − g·h loses its top term
        BigInteger pj = p;
        for (int j = 1; j < k; j++)
        {
            var e = Reduce(DenseInteger.Sub(f, DenseInteger.Mul(g, h)), modulus);
            var c = new uint[e.Length];
            for (int i = 0; i < e.Length; i++) c[i] = field.FromInteger(e[i] / pj);
            c = DenseModP.Trim(c);
            if (c.Length > 0)
            {
                var (q, dg) = DenseModP.DivRem(DenseModP.Mul(t, c, field), g0, field);
                var dh = DenseModP.Add(DenseModP.Mul(s, c, field), DenseModP.Mul(q, h0, field), field);
                g = AddShifted(g, dg, pj, modulus);
                h = AddShifted(h, dh, pj, modulus);
            }
            pj *= p;
        }
        return (g, h);
    }

    private static BigInteger[] AddShifted(BigInteger[] a, uint[] d, BigInteger scale, BigInteger modulus)
    {
        var r = new BigInteger[Math.Max(a.Length, d.Length)];
        for (int i = 0; i < r.Length; i++)
            r[i] = Mod((i < a.Length ? a[i] : 0) + (i < d.Length ? scale * d[i] : 0), modulus);
        return DenseInteger.Trim(r);
    }

    private static BigInteger[] ToInteger(uint[] a)
    {
        var r = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++) r[i] = a[i];
        return r;
    }

    public static BigInteger Mod(BigInteger a, BigInteger m)
    {
        var r = BigInteger.Remainder(a, m);
        return r.Sign < 0 ? r + m : r;
    }

    public static BigInteger[] Reduce(BigInteger[] a, BigInteger m)
    {
        var r = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++) r[i] = Mod(a[i], m);
        return DenseInteger.Trim(r);
    }

    /// <summary>Symmetric representatives in (−m/2, m/2].</summary>
    public static BigInteger[] Symmetric(BigInteger[] a, BigInteger m)
    {
        var half = m / 2;
        var r = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++) { var c = Mod(a[i], m); r[i] = c > half ? c - m : c; }
        return DenseInteger.Trim(r);
    }
}
