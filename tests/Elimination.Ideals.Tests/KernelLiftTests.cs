using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Groebner.Buchberger;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>
/// <see cref="KernelLift"/>: the kernel of a graded map lifted alone equals the graph's elimination ideal computed by
/// an independent engine (Buchberger over ℚ), carries its proof, and declines maps it cannot prove.
/// </summary>
public class KernelLiftTests
{
    /// <summary>The graph's elimination ideal with the Buchberger engine (the path KernelLift replaces).</summary>
    private static Ideal<Rational, RationalField> Eliminated(PolynomialRing<Rational, RationalField> target,
        IReadOnlyList<Polynomial<Rational, RationalField>> images)
    {
        var p = images[0].Ring;
        var map = new RationalMap<Rational, RationalField>(p, target.Variables.ToArray(), images.ToArray(), null,
            new[] { Enumerable.Range(0, images.Count).ToArray() });
        return Implicitization.Compute(map, new ImplicitizationOptions { Engine = new BuchbergerEngine() }).Ideal;
    }

    /// <summary>The same for the affine map (no homogenising blocks): the graph's elimination as it is.</summary>
    private static Ideal<Rational, RationalField> AffineEliminated(PolynomialRing<Rational, RationalField> target,
        IReadOnlyList<Polynomial<Rational, RationalField>> images)
    {
        var map = new RationalMap<Rational, RationalField>(images[0].Ring, target.Variables.ToArray(), images.ToArray(), null, null);
        return Implicitization.Compute(map, new ImplicitizationOptions { Engine = new BuchbergerEngine() }).Ideal;
    }

    [Test]
    public void TwistedCubicIsTheIdealOfMinorsWithItsProof()
    {
        var (target, images) = Map(new[] { "s", "t" }, new[] { "s^3", "s^2*t", "s*t^2", "t^3" });
        var kernel = KernelLift.TryCompute(target, images);
        Assert.That(kernel, Is.Not.Null);
        Assert.That(kernel!.Equals(Ideal(target, "y1^2 - y0*y2", "y1*y2 - y0*y3", "y2^2 - y1*y3")), Is.True);
        var gb = kernel.GroebnerBasis();
        Assert.That(gb.Engine, Is.EqualTo("kernel-lift"));
        Assert.That(gb.Verified, Is.True);
        Assert.That(gb.Primes, Is.Not.Empty);
    }

    /// <summary>The F4 runs mod p report their steps to the caller's progress (a long lift is not silent).</summary>
    [Test]
    public void ReportsTheStepsOfItsModularRuns()
    {
        var (target, images) = Map(new[] { "s", "t" }, new[] { "s^3", "s^2*t", "s*t^2", "t^3" });
        var steps = new List<GroebnerProgress>();
        var kernel = KernelLift.TryCompute(target, images, new GroebnerOptions { Progress = new Synchronous(steps.Add) });
        Assert.That(kernel, Is.Not.Null);
        Assert.That(steps, Is.Not.Empty);
    }

    private sealed class Synchronous(Action<GroebnerProgress> report) : IProgress<GroebnerProgress>
    {
        public void Report(GroebnerProgress value) => report(value);
    }

    /// <summary>Coefficients with large numerators and denominators need several primes before reconstruction.</summary>
    [Test]
    public void LargeRationalCoefficientsNeedSeveralPrimes()
    {
        var (target, images) = Map(new[] { "s", "t" },
            new[] { "s^2", "123456789/1000003*s*t + 987654321/77*t^2", "t^2 - 55555555555/3*s^2" });
        var kernel = KernelLift.TryCompute(target, images);
        Assert.That(kernel, Is.Not.Null);
        Assert.That(kernel!.GroebnerBasis().Primes.Count, Is.GreaterThan(1));
        Assert.That(kernel.Equals(Eliminated(target, images)), Is.True);
    }

    /// <summary>Seeded random graded maps: the lifted kernel is the eliminated one.</summary>
    [Test]
    public void RandomGradedMapsAgreeWithElimination([Values(1, 2, 3, 4, 5, 6)] int seed)
    {
        var random = new Random(seed);
        var p = QQ("a", "b", "c");
        int degree = 1 + seed % 2, count = 4 + seed % 3;
        var images = Enumerable.Range(0, count).Select(_ => RandomPolynomial(p, random, degree, 3, homogeneous: true))
            .Where(f => !f.IsZero).ToList();
        var target = QQ(Enumerable.Range(0, images.Count).Select(i => "y" + i).ToArray());
        var expected = Eliminated(target, images);
        var kernel = KernelLift.TryCompute(target, images);
        Log($"seed {seed}: {string.Join(", ", images)} -> {(kernel is null ? "declined" : string.Join(", ", kernel.GroebnerBasis().Basis))}");
        if (expected.IsZero)
            Assert.That(kernel, Is.Null, "a dominant map is left to the caller");
        else
            Assert.That(kernel!.Equals(expected), Is.True, $"seed {seed}: eliminated {string.Join(", ", expected.GroebnerBasis().Basis)}");
    }

    [TestCase("s^2, t^2", TestName = "A dominant map is declined")]
    [TestCase("s^2 + t, s*t + 1", TestName = "A dominant inhomogeneous map is declined")]
    public void DeclinesWhatItCannotProve(string images)
    {
        var (target, phi) = Map(new[] { "s", "t" }, images.Split(", "));
        Assert.That(KernelLift.TryCompute(target, phi), Is.Null);
    }

    /// <summary>
    /// Inhomogeneous images (a polynomial map of 𝔸²/𝔸³ with constant and linear terms): the filtered proof (pieces of
    /// degree ≤ d) gives the graph's elimination ideal, computed here by Buchberger over ℚ.
    /// </summary>
    [TestCase("s^2 + t, s*t, t^2")]
    [TestCase("s + t^2, s*t - 1, t^3 + s, s^2 - 3")]
    [TestCase("2*u + 4*t + 3*s, s^2 - 4*u + t*u, t^2 + s*u - 1, u^2 + 4*t - 2*s*t")]
    [TestCase("1/2*s^3 + t - 7/3, s*t^2 + 5, s^2 - t")]
    public void InhomogeneousImagesAgreeWithTheAffineElimination(string images)
    {
        var phi = images.Split(", ");
        var names = new[] { "s", "t", "u" }.Where(v => phi.Any(f => f.Contains(v))).ToArray();
        var (target, polys) = Map(names, phi);
        var kernel = KernelLift.TryCompute(target, polys);
        Assert.That(kernel, Is.Not.Null);
        var gb = kernel!.GroebnerBasis();
        Assert.That(gb.Verified, Is.True);
        Assert.That(gb.VerificationNote, Does.Contain("degree <= d"));
        var expected = AffineEliminated(target, polys);
        Assert.That(kernel.Equals(expected), Is.True, $"lifted {string.Join(", ", gb.Basis)}, eliminated {string.Join(", ", expected.GroebnerBasis().Basis)}");
        Assert.That(gb.Basis.All(g => g.Substitute(polys).IsZero), Is.True);
    }

    /// <summary>Seeded random inhomogeneous maps 𝔸² → 𝔸³ (a surface): the lifted kernel is the eliminated one.</summary>
    [Test]
    public void RandomInhomogeneousMapsAgreeWithElimination([Values(1, 2, 3, 4)] int seed)
    {
        var random = new Random(100 + seed);
        var p = QQ("s", "t");
        var images = Enumerable.Range(0, 3).Select(_ => RandomPolynomial(p, random, 2 + seed % 2, 4)).ToList();
        var target = QQ("y0", "y1", "y2");
        var map = new RationalMap<Rational, RationalField>(p, target.Variables.ToArray(), images.ToArray(), null, null);
        var expected = Implicitization.Compute(map, new ImplicitizationOptions { Engine = new BuchbergerEngine() }).Ideal;
        var kernel = KernelLift.TryCompute(target, images);
        Log($"seed {seed}: {string.Join(", ", images)} -> {(kernel is null ? "declined" : string.Join(", ", kernel.GroebnerBasis().Basis))}");
        if (expected.IsZero) Assert.That(kernel, Is.Null);
        else Assert.That(kernel!.Equals(expected), Is.True, $"seed {seed}: eliminated {string.Join(", ", expected.GroebnerBasis().Basis)}");
    }

    /// <summary>
    /// Large coefficients need several primes, all but the first batch F4 replays of the first prime's trace; and a
    /// first prime that divides a coefficient (2147483647, the first one tried) learns a trace of another ideal, which
    /// the other primes must not follow into a wrong answer. Either way the lift is the eliminated ideal.
    /// </summary>
    [TestCase("123456789/1000003*s^2 + t - 7, s*t + 987654321/77*t^2, t^2 - 55555555555/3*s + 1", 3)]
    [TestCase("s^2 + 2147483647*t, s*t - 1, t^3 + s", 1)]
    [TestCase("2147483647*s^2 + t, s*t - 4294967294*t^2 + 1, t^2 + s", 1)]
    public void ReplayedPrimesLiftTheEliminatedKernel(string images, int primes)
    {
        var (target, polys) = Map(new[] { "s", "t" }, images.Split(", "));
        var kernel = KernelLift.TryCompute(target, polys);
        Assert.That(kernel, Is.Not.Null);
        var gb = kernel!.GroebnerBasis();
        Assert.That(gb.Primes.Count, Is.GreaterThanOrEqualTo(primes));
        var expected = AffineEliminated(target, polys);
        Assert.That(kernel.Equals(expected), Is.True, $"lifted {string.Join(", ", gb.Basis)}, eliminated {string.Join(", ", expected.GroebnerBasis().Basis)}");
    }

    /// <summary>Implicitization of an inhomogeneous polynomial map over ℚ takes the kernel lift, with the same ideal.</summary>
    [Test]
    public void ImplicitizationLiftsTheKernelOfAnInhomogeneousMap()
    {
        var map = RationalMap<Rational, RationalField>.Parse(new RationalField(), new[] { "s", "t" },
            new[] { "y0", "y1", "y2" }, new[] { "s + t^2", "s*t - 1", "t^3 + s" });
        var fast = Implicitization.Compute(map).Ideal;
        Assert.That(fast.GroebnerBasis().Engine, Is.EqualTo("kernel-lift"));
        var slow = Implicitization.Compute(map, new ImplicitizationOptions { Engine = new BuchbergerEngine() }).Ideal;
        Assert.That(fast.Equals(slow), Is.True, $"{string.Join(", ", fast.GroebnerBasis().Basis)} vs {string.Join(", ", slow.GroebnerBasis().Basis)}");
    }

    /// <summary>
    /// Images homogeneous of different degrees (weight D_i on y_i in the graph): the kernel of the affine map, as the
    /// graph's elimination without λ gives it. A sliced network's coordinates are of this kind (README, issue 14).
    /// </summary>
    [TestCase("s^2, s*t, t^3")]
    [TestCase("s^2, s*t^2, t^3, s^3*t")]
    [TestCase("a*s^2, a*s*t, a*t^2 + b*s*t, s^2 + t^2, b^2")]
    public void MixedDegreesAgreeWithTheAffineElimination(string images)
    {
        var phi = images.Split(", ");
        var names = new[] { "a", "b", "s", "t" }.Where(v => phi.Any(f => f.Contains(v))).ToArray();
        var (target, polys) = Map(names, phi);
        var kernel = KernelLift.TryCompute(target, polys);
        Assert.That(kernel, Is.Not.Null);
        var expected = AffineEliminated(target, polys);
        Assert.That(kernel!.Equals(expected), Is.True, $"lifted {string.Join(", ", kernel.GroebnerBasis().Basis)}, eliminated {string.Join(", ", expected.GroebnerBasis().Basis)}");
    }

    /// <summary>
    /// A coordinate with a parameter of its own (y3 = u, u in no other term) is free: the kernel is the others',
    /// and equals the whole map's elimination. Giving u a second term keeps it a full elimination (same answer).
    /// </summary>
    [TestCase("s^2, s*t, t^2, u", true)]
    [TestCase("s^3, s^2*t + u*s^2, s*t^2, t^3", false)]
    [TestCase("s, t, s + u, u + t", false)]
    [TestCase("a*s^2, a*s*t, a*t^2, b*s^2 + a*u^2, v", true)]
    public void FreeCoordinatesAreLeftOut(string images, bool free)
    {
        var phi = images.Split(", ");
        var names = new[] { "a", "b", "s", "t", "u", "v" }.Where(v => phi.Any(f => f.Contains(v))).ToArray();
        var (target, polys) = Map(names, phi);
        var kernel = KernelLift.TryCompute(target, polys);
        Assert.That(kernel, Is.Not.Null);
        Assert.That(kernel!.GroebnerBasis().VerificationNote, free ? Does.Contain("free") : Does.Not.Contain("free"));
        var expected = AffineEliminated(target, polys);
        Assert.That(kernel.Equals(expected), Is.True, $"lifted {string.Join(", ", kernel.GroebnerBasis().Basis)}, eliminated {string.Join(", ", expected.GroebnerBasis().Basis)}");
    }

    /// <summary>An affine map's constant denominators scale its images: x = s²/2 gives y² − 2xz, not y² − xz.</summary>
    [Test]
    public void ConstantDenominatorsOfAnAffineMapAreKept()
    {
        var map = RationalMap<Rational, RationalField>.Parse(new RationalField(), new[] { "s", "t" },
            new[] { "x", "y", "z" }, new[] { "s^2/(2)", "s*t", "t^2/(3)" });
        var fast = Implicitization.Compute(map).Ideal;
        Assert.That(fast.GroebnerBasis().Engine, Is.EqualTo("kernel-lift"));
        Assert.That(fast.Equals(Ideal(fast.Ring, "y^2 - 6*x*z")), Is.True, string.Join(", ", fast.GroebnerBasis().Basis));
        var slow = Implicitization.Compute(map, new ImplicitizationOptions { Engine = new BuchbergerEngine() }).Ideal;
        Assert.That(fast.Equals(slow), Is.True);
    }

    [Test]
    public void ImplicitizationTakesTheKernelLiftOnlyForTheDefaultEngine()
    {
        var map = RationalMap<Rational, RationalField>.Parse(new RationalField(), new[] { "s", "t" },
            new[] { "y0", "y1", "y2" }, new[] { "s^2", "s*t", "t^2" }, new[] { new[] { 0, 1, 2 } });
        Assert.That(Implicitization.Compute(map).Ideal.GroebnerBasis().Engine, Is.EqualTo("kernel-lift"));
        var chosen = Implicitization.Compute(map, new ImplicitizationOptions { Engine = new BuchbergerEngine() });
        Assert.That(chosen.Ideal.GroebnerBasis().Engine, Is.Not.EqualTo("kernel-lift"));
        Assert.That(chosen.Ideal.Equals(Implicitization.Compute(map).Ideal), Is.True);
    }
}
