namespace Elimination.Core.Fields;

/// <summary>Primality and the supply of word-size primes for modular algorithms.</summary>
public static class Primes
{
    /// <summary>Deterministic Miller–Rabin for all 64-bit n (bases of Sinclair / Jaeschke).</summary>
    public static bool IsPrime(ulong n)
    {
        if (n < 2) return false;
        foreach (ulong sp in stackalloc ulong[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 })
        {
            if (n == sp) return true;
            if (n % sp == 0) return false;
        }
        ulong d = n - 1;
        int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        // Below 4 759 123 141 the bases 2, 7, 61 suffice (Jaeschke 1993): every word prime's PrimeField checks its
        // characteristic, and the seven 64-bit bases with 128-bit products were 8 % of a decomposition over ℚ.
        ReadOnlySpan<ulong> bases = n < 4_759_123_141UL ? stackalloc ulong[] { 2, 7, 61 } : stackalloc ulong[] { 2, 325, 9375, 28178, 450775, 9780504, 1795265022 };
        foreach (ulong a in bases)
        {
            ulong x = PowMod(a % n, d, n);
            if (x == 0 || x == 1 || x == n - 1) continue;
            bool composite = true;
            for (int r = 1; r < s; r++)
            {
                x = MulMod(x, x, n);
                if (x == n - 1) { composite = false; break; }
            }
            if (composite) return false;
        }
        return true;
    }

    /// <summary>a·b mod m for a, b &lt; m; 64-bit arithmetic when the product fits.</summary>
    public static ulong MulMod(ulong a, ulong b, ulong m) => m <= uint.MaxValue ? a * b % m : (ulong)((UInt128)a * b % m);

    public static ulong PowMod(ulong a, ulong e, ulong m)
    {
        ulong r = 1 % m;
        a %= m;
        while (e > 0)
        {
            if ((e & 1) != 0) r = MulMod(r, a, m);
            a = MulMod(a, a, m);
            e >>= 1;
        }
        return r;
    }

    /// <summary>The primes below 2^31, largest first, starting below <paramref name="start"/>.</summary>
    public static IEnumerable<uint> DescendingFrom(uint start = int.MaxValue)
    {
        for (ulong p = start; p > 2; p--)
            if (IsPrime(p)) yield return (uint)p;
    }
}
