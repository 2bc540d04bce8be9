using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.F4;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary>The zero-reduction trace: learnt from one or two primes, replayed on others, refused where it does not fit.</summary>
public class F4TraceTests
{
    private static F4Trace LearnFrom(List<Polynomial<Rational, RationalField>> polys, params uint[] primes)
    {
        var runs = primes.Select(_ => new F4Trace.Recording()).ToArray();
        for (int k = 0; k < primes.Length; k++) new F4Engine().ComputePrime(TestSystems.ModP(polys, primes[k]), GroebnerOptions.Default, runs[k], null);
        return F4Trace.Learn(runs) ?? throw new AssertionException("the learning runs differ");
    }

    [TestCase("katsura6-qq", null, 2)]
    [TestCase("cyclic5-qq", null, 2)]
    [TestCase("katsura5-qq", "lex", 2)]
    [TestCase("katsura6-qq", null, 1)]
    [TestCase("cyclic5-qq", null, 1)]
    public void ReplayGivesTheFullRunsBasisWithFewerRows(string name, string? order, int learning)
    {
        var (_, polys) = TestSystems.Rationals(name, order);
        var trace = LearnFrom(polys, new uint[] { 2147483647, 2147483629 }.Take(learning).ToArray());
        var input = TestSystems.ModP(polys, 2147483587);
        var full = new F4Engine().ComputePrime(input);
        var replay = new F4Engine().ComputePrime(input, GroebnerOptions.Default, null, trace);
        Assert.That(replay.Basis, Is.EqualTo(full.Basis));
        Assert.That(replay.Statistics.ZeroReductions, Is.LessThan(full.Statistics.ZeroReductions));
    }

    /// <summary>
    /// The first replay records each step's matrix layout; later replays build their matrices from it (no symbolic
    /// preprocessing) and give the full run's basis.
    /// </summary>
    [TestCase("katsura6-qq", null)]
    [TestCase("cyclic6-qq", null)]
    [TestCase("katsura5-qq", "lex")]
    public void LaidOutReplaysGiveTheFullRunsBasis(string name, string? order)
    {
        var (_, polys) = TestSystems.Rationals(name, order);
        var trace = LearnFrom(polys, 2147483647);
        Assert.That(trace.Layouts, Is.Null);
        var first = new F4Engine().ComputePrime(TestSystems.ModP(polys, 2147483629), GroebnerOptions.Default, null, trace);
        Assert.That(trace.Layouts, Has.Length.EqualTo(trace.Steps), "the first replay records the layouts");
        Assert.That(first.Statistics.PhaseSeconds.ContainsKey("layout"), Is.False);
        foreach (uint p in new uint[] { 2147483587, 2147483579, 1000000007 })
        {
            var input = TestSystems.ModP(polys, p);
            var laidOut = new F4Engine().ComputePrime(input, GroebnerOptions.Default, null, trace);
            Assert.That(laidOut.Statistics.PhaseSeconds.ContainsKey("layout"), Is.True);
            Assert.That(laidOut.Statistics.PhaseSeconds.ContainsKey("symbolic"), Is.False);
            Assert.That(laidOut.Basis, Is.EqualTo(new F4Engine().ComputePrime(input).Basis));
        }
    }

    /// <summary>
    /// A prime that divides a tail coefficient of an input gives that input another support than the layout's:
    /// the replay leaves the path instead of building a wrong matrix, and the modular engine's answer is unchanged.
    /// </summary>
    [Test]
    public void AnotherSupportLeavesTheLaidOutPath()
    {
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        var polys = new[] { "x^2 + 2147483587*y*z - z^2", "x*y - 3*z^2 + y", "y^2 - x*z + 5*x" }.Select(ring.Parse).ToList();
        var trace = LearnFrom(polys, 2147483647);
        new F4Engine().ComputePrime(TestSystems.ModP(polys, 2147483629), GroebnerOptions.Default, null, trace);
        Assert.That(trace.Layouts, Is.Not.Null);
        Assert.Throws<F4TraceMismatchException>(() => new F4Engine().ComputePrime(TestSystems.ModP(polys, 2147483587), GroebnerOptions.Default, null, trace));
        var traced = new ModularEngine { Seed = 1 }.Compute(polys, new GroebnerOptions { Threads = 1 });
        var untraced = new ModularEngine { Seed = 1 }.Compute(polys, new GroebnerOptions { Threads = 1, ModularInner = new F4Engine() });
        Assert.That(ReducedBasis.AreEqual(traced.Basis, untraced.Basis), Is.True);
    }

    [Test]
    public void AReplayOfAnotherIdealLeavesThePath()
    {
        var (_, katsura) = TestSystems.Rationals("katsura5-qq");
        var (_, cyclic) = TestSystems.Rationals("cyclic5-qq");
        var trace = LearnFrom(katsura, 2147483647, 2147483629);
        Assert.Throws<F4TraceMismatchException>(() => new F4Engine().ComputePrime(TestSystems.ModP(cyclic, 2147483587), GroebnerOptions.Default, null, trace));
        var a = new F4Trace.Recording();
        var b = new F4Trace.Recording();
        new F4Engine().ComputePrime(TestSystems.ModP(katsura, 2147483647), GroebnerOptions.Default, a, null);
        new F4Engine().ComputePrime(TestSystems.ModP(cyclic, 2147483647), GroebnerOptions.Default, b, null);
        Assert.That(F4Trace.Learn(a, b), Is.Null);
    }

    [TestCase("katsura6-qq", VerificationMode.Exact)]
    [TestCase("cyclic5-qq", VerificationMode.Probabilistic)]
    public void TracedModularEqualsUntraced(string name, VerificationMode mode)
    {
        var (_, polys) = TestSystems.Rationals(name);
        var traced = new ModularEngine { Seed = 3 }.Compute(polys, new GroebnerOptions { Threads = 2, Verification = mode });
        // A caller-supplied per-prime engine is never traced.
        var untraced = new ModularEngine { Seed = 3 }.Compute(polys, new GroebnerOptions { Threads = 2, Verification = mode, ModularInner = new F4Engine() });
        Assert.That(ReducedBasis.AreEqual(traced.Basis, untraced.Basis), Is.True);
        Assert.That(traced.Verified, Is.EqualTo(untraced.Verified));
    }
}
