using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.F4;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary><see cref="TracedPrimeRuns"/>: a full run first, replays after it, each the basis a full run gives.</summary>
public class TracedPrimeRunsTests
{
    [TestCase("katsura6-qq")]
    [TestCase("cyclic5-qq")]
    public void ReplaysGiveTheFullRunsBasis(string name)
    {
        var (_, polys) = TestSystems.Rationals(name, null);
        var runs = new TracedPrimeRuns();
        var primes = new uint[] { 2147483647, 2147483629, 2147483587, 2147483579, 1000000007 };
        for (int k = 0; k < primes.Length; k++)
        {
            var input = TestSystems.ModP(polys, primes[k]);
            var result = runs.Compute(input, GroebnerOptions.Default, out bool replayed);
            Assert.That(replayed, Is.EqualTo(k > 0), $"prime {primes[k]}");
            Assert.That(result.Basis, Is.EqualTo(new F4Engine().ComputePrime(input).Basis), $"prime {primes[k]}");
        }
        runs.Disable();
        runs.Compute(TestSystems.ModP(polys, 1000000009), GroebnerOptions.Default, out bool after);
        Assert.That(after, Is.False, "disabled: full runs");
    }
}
