using System.Numerics;

namespace Elimination.Core.Factorisation;

/// <summary>Dense univariate polynomials over ℤ as <c>BigInteger[]</c> (coefficient i of x^i), trimmed.</summary>
internal static class DenseInteger
{
    public static int Degree(BigInteger[] a) => a.Length - 1;

    /// <summary>The least common multiple of the denominators: multiplying by it makes every coefficient integral.</summary>
    public static BigInteger CommonDenominator(ReadOnlySpan<Fields.Rational> coefficients)
    {
        var den = BigInteger.One;
        foreach (var c in coefficients) den = den / BigInteger.GreatestCommonDivisor(den, c.Denominator) * c.Denominator;
        return den;
    }

    public static BigInteger[] Trim(BigInteger[] a)
    {
        int n = a.Length;
        while (n > 0 && a[n - 1].IsZero) n--;
        return n == a.Length ? a : a[..n];
    }

    public static BigInteger[] Mul(BigInteger[] a, BigInteger[] b)
    {
        if (a.Length == 0 || b.Length == 0) return Array.Empty<BigInteger>();
        var r = new BigInteger[a.Length + b.Length - 1];
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i].IsZero) continue;
            for (int j = 0; j < b.Length; j++) r[i + j] += a[i] * b[j];
        }
        return Trim(r);
    }

    public static BigInteger[] Sub(BigInteger[] a, BigInteger[] b)
    {
        var r = new BigInteger[Math.Max(a.Length, b.Length)];
        for (int i = 0; i < r.Length; i++) r[i] = (i < a.Length ? a[i] : 0) - (i < b.Length ? b[i] : 0);
        return Trim(r);
    }

    public static BigInteger[] Scale(BigInteger[] a, BigInteger c)
    {
        if (c.IsZero) return Array.Empty<BigInteger>();
        var r = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++) r[i] = a[i] * c;
        return r;
    }

    public static BigInteger Content(BigInteger[] a)
    {
        var g = BigInteger.Zero;
        foreach (var c in a) { g = BigInteger.GreatestCommonDivisor(g, c); if (g.IsOne) break; }
        return g;
    }

    /// <summary>a divided by its content, with positive leading coefficient.</summary>
    public static BigInteger[] Primitive(BigInteger[] a)
    {
        if (a.Length == 0) return a;
        var c = Content(a);
        if (a[^1].Sign < 0) c = -c;
        if (c.IsOne) return a;
        var r = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++) r[i] = a[i] / c;
        return r;
    }

    /// <summary>a / b when b divides a in ℤ[x]; null otherwise.</summary>
    public static BigInteger[]? ExactDivide(BigInteger[] a, BigInteger[] b)
    {
        if (b.Length == 0) throw new DivideByZeroException("division by the zero polynomial");
        if (a.Length == 0) return a;
        if (a.Length < b.Length) return null;
        var r = (BigInteger[])a.Clone();
        var q = new BigInteger[a.Length - b.Length + 1];
        var lc = b[^1];
        int db = b.Length - 1;
        for (int k = a.Length - 1; k >= db; k--)
        {
            if (r[k].IsZero) continue;
            var c = BigInteger.DivRem(r[k], lc, out var rem);
            if (!rem.IsZero) return null;
            q[k - db] = c;
            for (int j = 0; j <= db; j++) r[k - db + j] -= c * b[j];
        }
        for (int i = 0; i < db; i++) if (!r[i].IsZero) return null;
        return Trim(q);
    }

    /// <summary>Primitive remainder of a by b after scaling a by lc(b)^(deg a − deg b + 1).</summary>
    private static BigInteger[] PseudoRemainder(BigInteger[] a, BigInteger[] b)
    {
        var r = (BigInteger[])a.Clone();
        var lc = b[^1];
        int db = b.Length - 1;
        for (int k = r.Length - 1; k >= db; k--)
        {
            var c = r[k];
            if (c.IsZero) continue;
            for (int i = 0; i < k; i++) r[i] *= lc;
            r[k] = 0;
            for (int j = 0; j < db; j++) r[k - db + j] -= c * b[j];
        }
        return Primitive(Trim(r[..Math.Min(r.Length, db)]));
    }

    /// <summary>Primitive gcd with positive leading coefficient (primitive remainder sequence).</summary>
    public static BigInteger[] Gcd(BigInteger[] a, BigInteger[] b)
    {
        a = Primitive(a);
        b = Primitive(b);
        if (a.Length < b.Length) (a, b) = (b, a);
        while (b.Length > 0)
        {
            if (b.Length == 1) return new BigInteger[] { 1 };
            (a, b) = (b, PseudoRemainder(a, b));
        }
        return a;
    }

    public static BigInteger[] Derivative(BigInteger[] a)
    {
        if (a.Length <= 1) return Array.Empty<BigInteger>();
        var r = new BigInteger[a.Length - 1];
        for (int i = 1; i < a.Length; i++) r[i - 1] = a[i] * i;
        return r;
    }

    /// <summary>Squarefree decomposition of a primitive polynomial of positive degree (Yun): a = ∏ part_i^i.</summary>
    public static List<(BigInteger[] Part, int Multiplicity)> Squarefree(BigInteger[] a)
    {
        // gcd(a, a') over ℤ divides gcd modulo a prime p ∤ lc(a), degree for degree: a constant one modulo p proves a
        // squarefree, without the remainder sequence over ℤ (a degree-16 eliminant with large coefficients: 10 s of a
        // decomposition in Yun's gcds).
        if (SquarefreeModuloAPrime(a)) return new List<(BigInteger[], int)> { (a, 1) };
        var result = new List<(BigInteger[], int)>();
        var da = Derivative(a);
        var c = Gcd(a, da);
        var w = ExactDivide(a, c)!;
        var y = ExactDivide(da, c)!;
        int i = 1;
        while (w.Length > 1)
        {
            var z = Sub(y, Derivative(w));
            var g = z.Length == 0 ? w : Gcd(w, z);
            if (g.Length > 1) result.Add((Primitive(g), i));
            w = ExactDivide(w, g)!;
            y = z.Length == 0 ? Array.Empty<BigInteger>() : ExactDivide(z, g)!;
            i++;
        }
        return result;
    }

    private static bool SquarefreeModuloAPrime(BigInteger[] a)
    {
        if (a.Length <= 2) return true;
        foreach (uint p in Fields.Primes.DescendingFrom(int.MaxValue))
        {
            if ((a[^1] % p).IsZero) continue;
            var field = new Fields.PrimeField(p);
            var ap = new uint[a.Length];
            for (int i = 0; i < a.Length; i++) ap[i] = field.FromInteger(a[i]);
            return DenseModP.Gcd(ap, DenseModP.Derivative(ap, field), field).Length == 1;
        }
        return false;
    }

    public static BigInteger MaxNorm(BigInteger[] a)
    {
        var m = BigInteger.Zero;
        foreach (var c in a) m = BigInteger.Max(m, BigInteger.Abs(c));
        return m;
    }
}
