using System.Numerics;
using System.Text;

namespace Elimination.Ideals;

/// <summary>Small helpers for univariate integer polynomials as coefficient arrays (index = power of t).</summary>
public static class IntegerPolynomial
{
    public static BigInteger[] Trim(BigInteger[] p)
    {
        int n = p.Length;
        while (n > 0 && p[n - 1].IsZero) n--;
        return n == p.Length ? p : p[..n];
    }

    public static BigInteger[] Add(BigInteger[] a, BigInteger[] b)
    {
        var r = new BigInteger[Math.Max(a.Length, b.Length)];
        for (int i = 0; i < a.Length; i++) r[i] += a[i];
        for (int i = 0; i < b.Length; i++) r[i] += b[i];
        return Trim(r);
    }

    /// <summary>t^k · a.</summary>
    public static BigInteger[] Shift(BigInteger[] a, int k)
    {
        if (a.Length == 0) return a;
        var r = new BigInteger[a.Length + k];
        Array.Copy(a, 0, r, k, a.Length);
        return r;
    }

    /// <summary>a · (1 − t^d).</summary>
    public static BigInteger[] TimesOneMinusPower(BigInteger[] a, int d)
    {
        var r = new BigInteger[a.Length + d];
        for (int i = 0; i < a.Length; i++) { r[i] += a[i]; r[i + d] -= a[i]; }
        return Trim(r);
    }

    public static BigInteger Evaluate(BigInteger[] a, BigInteger x)
    {
        BigInteger s = 0;
        for (int i = a.Length - 1; i >= 0; i--) s = s * x + a[i];
        return s;
    }

    /// <summary>Divides by (1 − t) as often as it goes; returns the quotient and the count.</summary>
    public static (BigInteger[] Quotient, int Times) DivideOutOneMinusT(BigInteger[] a)
    {
        int times = 0;
        a = Trim(a);
        while (a.Length > 0 && Evaluate(a, 1).IsZero)
        {
            // a = (1 − t)·q  ⇔  q_i = a_0 + … + a_i.
            var q = new BigInteger[a.Length - 1];
            BigInteger run = 0;
            for (int i = 0; i < q.Length; i++) { run += a[i]; q[i] = run; }
            a = Trim(q);
            times++;
        }
        return (a, times);
    }

    public static string Format(BigInteger[] a, string variable = "t")
    {
        if (a.Length == 0) return "0";
        var sb = new StringBuilder();
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i].IsZero) continue;
            var c = BigInteger.Abs(a[i]);
            sb.Append(sb.Length == 0 ? (a[i].Sign < 0 ? "-" : "") : (a[i].Sign < 0 ? " - " : " + "));
            if (i == 0) sb.Append(c);
            else
            {
                if (!c.IsOne) sb.Append(c).Append('*');
                sb.Append(variable);
                if (i > 1) sb.Append('^').Append(i);
            }
        }
        return sb.ToString();
    }
}
