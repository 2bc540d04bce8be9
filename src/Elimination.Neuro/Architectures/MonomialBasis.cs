namespace Elimination.Neuro;

/// <summary>Exponent vectors of monomials, in the order used for coordinates: degree descending, then lex descending.</summary>
public static class MonomialBasis
{
    /// <summary>All exponent vectors of total degree exactly <paramref name="degree"/> in n variables, lex descending.</summary>
    public static List<int[]> OfDegree(int variables, int degree)
    {
        var result = new List<int[]>();
        var e = new int[variables];
        Fill(e, 0, degree, result);
        return result;
    }

    /// <summary>All exponent vectors of total degree ≤ degree, degree descending.</summary>
    public static List<int[]> UpToDegree(int variables, int degree)
    {
        var result = new List<int[]>();
        for (int d = degree; d >= 0; d--) result.AddRange(OfDegree(variables, d));
        return result;
    }

    private static void Fill(int[] e, int i, int remaining, List<int[]> result)
    {
        if (e.Length == 0) { if (remaining == 0) result.Add(Array.Empty<int>()); return; }
        if (i == e.Length - 1)
        {
            e[i] = remaining;
            result.Add((int[])e.Clone());
            e[i] = 0;
            return;
        }
        for (int k = remaining; k >= 0; k--)
        {
            e[i] = k;
            Fill(e, i + 1, remaining - k, result);
        }
        e[i] = 0;
    }

    /// <summary>binom(n, k) as a long, saturating at long.MaxValue.</summary>
    public static long Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        k = Math.Min(k, n - k);
        long b = 1;
        for (int i = 1; i <= k; i++)
        {
            var next = (System.Numerics.BigInteger)b * (n - k + i) / i;
            if (next > long.MaxValue) return long.MaxValue;
            b = (long)next;
        }
        return b;
    }

    /// <summary>Number of monomials of degree exactly d in n variables: binom(n+d−1, d).</summary>
    public static long CountOfDegree(int variables, int degree) => variables == 0 ? (degree == 0 ? 1 : 0) : Binomial(variables + degree - 1, degree);
}
