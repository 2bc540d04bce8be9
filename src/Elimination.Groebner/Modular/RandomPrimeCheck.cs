using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// The cheap check of a lifted candidate G (<see cref="VerificationMode.Probabilistic"/>): the
/// reduced basis of F modulo a few random primes q ∈ [2^30, 2^31), none used by the lift, must be
/// G mod q. It costs as many F4 runs as primes, against the exact check's rational reductions of
/// every critical pair. A wrong G passes a prime only if q divides the numerator N of a difference
/// between a coefficient of G and the true one (or q is unlucky in a way that yields exactly G mod q,
/// which also makes q divide a fixed nonzero integer); at most log₂N/30 of the ≈5.0·10^7 primes
/// in the range do, so k independent primes let a wrong G through with probability ≤ (B/30 / 5.0·10^7)^k,
/// B the bit size of N.
/// </summary>
internal static class RandomPrimeCheck
{
    /// <summary>Primes in [2^30, 2^31): about 5.0·10^7 (π(2^31) − π(2^30)).</summary>
    public const double PrimesInRange = 5.0e7;

    public const int Primes = 2;

    public static VerificationOutcome Check(
        IReadOnlyList<Polynomial<Rational, RationalField>> candidate, IReadOnlyList<Polynomial<Rational, RationalField>> inputs,
        Func<List<uint>, ModularImage[]> imagesOf, Random random, IReadOnlyCollection<uint> avoid) =>
        Check(candidate, inputs, imagesOf, random, avoid, out _);

    /// <summary>The check, also giving the random primes it used.</summary>
    public static VerificationOutcome Check(
        IReadOnlyList<Polynomial<Rational, RationalField>> candidate, IReadOnlyList<Polynomial<Rational, RationalField>> inputs,
        Func<List<uint>, ModularImage[]> imagesOf, Random random, IReadOnlyCollection<uint> avoid, out List<uint> chosen)
    {
        chosen = new List<uint>(Primes);
        while (chosen.Count < Primes) chosen.Add(RandomPrime(candidate, inputs, random, avoid, chosen));
        foreach (var image in imagesOf(chosen))
            if (!image.IsImageOf(candidate))
                return new(false, false, $"rejected: the reduced basis modulo the random prime {image.Prime} differs from the lift", 0, 0);
        return new(true, false,
            $"probabilistic: the reduced bases modulo the random primes {string.Join(", ", chosen)} (not used by the lift) equal the lift; " +
            $"a wrong lift passes with probability at most (B/30/{PrimesInRange:0.0e0})^{Primes}, B the bit size of the numerator of a " +
            "difference between a lifted coefficient and the true one", 0, 0);
    }

    /// <summary>A uniformly random prime in [2^30, 2^31) dividing no denominator of G, no leading coefficient of F, not already taken.</summary>
    private static uint RandomPrime(
        IReadOnlyList<Polynomial<Rational, RationalField>> candidate, IReadOnlyList<Polynomial<Rational, RationalField>> inputs,
        Random random, IReadOnlyCollection<uint> avoid, List<uint> chosen)
    {
        while (true)
        {
            uint q = (uint)random.NextInt64(1L << 30, 1L << 31);
            if (!Core.Fields.Primes.IsPrime(q) || chosen.Contains(q) || avoid.Contains(q)) continue;
            if (!Rings.DefinedModulo(candidate, q)) continue;
            bool badLead = false;
            foreach (var f in inputs)
                if ((f.LeadingCoefficient.Numerator % q).IsZero) { badLead = true; break; }
            if (!badLead) return q;
        }
    }
}
