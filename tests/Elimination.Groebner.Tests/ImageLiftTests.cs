using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.F4;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary><see cref="ImageLift"/>: bases computed by the caller modulo primes, lifted to ℚ.</summary>
public class ImageLiftTests
{
    private static Func<uint, IReadOnlyList<Polynomial<uint, PrimeField>>?> F4Images(List<Polynomial<Rational, RationalField>> polys, HashSet<uint>? skip = null) => p =>
    {
        if (skip is not null && skip.Contains(p)) return null;
        return new F4Engine().Compute(TestSystems.ModP(polys, p)).Basis;
    };

    [TestCase("katsura4-qq", 1)]
    [TestCase("cyclic5-qq", 2)]
    public void F4ImagesLiftToTheReducedBasis(string name, int threads)
    {
        var (ring, polys) = TestSystems.Rationals(name);
        var lifted = ImageLift.Lift(ring, F4Images(polys), threads);
        Assert.That(ReducedBasis.AreEqual(lifted, new BuchbergerEngine().Compute(polys).Basis), Is.True);
    }

    [Test]
    public void SkippedPrimesAreNotUsed()
    {
        var (ring, polys) = TestSystems.Rationals("katsura4-qq");
        var skipped = Primes.DescendingFrom(int.MaxValue).Take(5).ToHashSet();
        var lifted = ImageLift.Lift(ring, F4Images(polys, skipped));
        Assert.That(ReducedBasis.AreEqual(lifted, new BuchbergerEngine().Compute(polys).Basis), Is.True);
    }

    /// <summary>
    /// Images that are wrong below 2³¹ − 10⁶ (where the random primes of the check lie, but not the first primes of the lift):
    /// without the check the lift takes the first primes' answer; with it every candidate is refused and the lift gives up.
    /// </summary>
    [Test]
    public void RandomPrimesRefuseALiftTheirImagesContradict()
    {
        var (ring, polys) = TestSystems.Rationals("katsura4-qq");
        var right = F4Images(polys);
        Func<uint, IReadOnlyList<Polynomial<uint, PrimeField>>?> image = p =>
            p > int.MaxValue - 1_000_000 ? right(p) : new F4Engine().Compute(TestSystems.ModP(polys.Skip(1).ToList(), p)).Basis;
        Assert.That(ReducedBasis.AreEqual(ImageLift.Lift(ring, image), new BuchbergerEngine().Compute(polys).Basis), Is.True);
        Assert.That(ReducedBasis.AreEqual(ImageLift.Lift(ring, right, randomCheck: new Random(3)), new BuchbergerEngine().Compute(polys).Basis), Is.True);
        Assert.Throws<ResourceLimitException>(() => ImageLift.Lift(ring, image, maxPrimes: 60, randomCheck: new Random(3)));
    }

    /// <summary>Images that never agree (a coefficient random modulo each prime) end in a resource-limit error, not a loop.</summary>
    [Test]
    public void ImagesThatNeverAgreeStopAtTheLimit()
    {
        var (ring, _) = TestSystems.Rationals("katsura4-qq");
        var rng = new Random(7);
        Assert.Throws<ResourceLimitException>(() => ImageLift.Lift(ring, p =>
        {
            var rp = new PolynomialRing<uint, PrimeField>(new PrimeField(p), ring.Variables, ring.Order);
            uint c;
            lock (rng) c = (uint)rng.Next(1, int.MaxValue) % p;
            return new[] { rp.Parse("x0") + Polynomial<uint, PrimeField>.Constant(rp, c) };
        }, maxPrimes: 40));
    }
}
