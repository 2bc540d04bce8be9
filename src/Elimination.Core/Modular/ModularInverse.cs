namespace Elimination.Core.Modular;

/// <summary>Inverses modulo a word-size modulus by the extended Euclidean algorithm: the one copy used by F_p and by CRT.</summary>
public static class ModularInverse
{
    /// <summary>a⁻¹ mod m for 0 &lt; a &lt; m &lt; 2^32 with gcd(a, m) = 1 (not checked: a prime m makes it hold).</summary>
    public static uint Of(uint a, uint m)
    {
        long t = 0, newT = 1, r = m, newR = a;
        while (newR != 0)
        {
            long q = r / newR;
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        return (uint)(t < 0 ? t + m : t);
    }
}
