using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Geometry.Tests;

/// <summary>Milnor and Tjurina numbers per singular point; expected values from Singular's milnor/tjurina (sing.lib, local ring ds).</summary>
public class MilnorNumberTests
{
    private static readonly PolynomialRing<Rational, RationalField> Q = new(new RationalField(), new[] { "x", "y" });

    private static IReadOnlyList<SingularPoint<Rational, RationalField>> Points(string f) =>
        MilnorNumber.AtSingularPoints(Ideal<Rational, RationalField>.Parse(Q, f));

    [Test]
    public void MilnorAndTjurinaDifferForANonQuasihomogeneousSingularity()
    {
        // x^4 + y^5 + x^2 y^3 at the origin: Singular gives milnor 12, tjurina 11.
        var points = Points("x^4+y^5+x^2*y^3");
        Assert.That(points.Select(p => (p.Points, p.Milnor ?? -1, p.Tjurina)), Is.EqualTo(new[] { (1, 12, 11) }));
        Assert.That(points[0].Prime, Is.EqualTo(Ideal<Rational, RationalField>.Parse(Q, "x", "y")));
    }

    [Test]
    public void InCharacteristicThreeTheCubeHasInfiniteMilnorNumberButFiniteTjurina()
    {
        // x^3 + y^4 over GF(3): ∂f/∂x = 0, so the critical points form the line y = 0; Singular: milnor -1, tjurina 9.
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(3), new[] { "x", "y" });
        var points = MilnorNumber.AtSingularPoints(Ideal<uint, PrimeField>.Parse(ring, "x^3+y^4"));
        Assert.That(points.Select(p => (p.Points, p.Milnor, p.Tjurina)), Is.EqualTo(new[] { (1, (int?)null, 9) }));
    }

    [Test]
    public void CuspAndSixConjugateNodes()
    {
        // (x^2 + y^2 − 1)(x^2 − y^3): a cusp at the origin (μ = τ = 2) and the six intersection points of the two
        // curves, one Galois orbit (y^3 + y^2 − 1 = 0, x^2 + y^2 − 1 = 0), nodes (μ = τ = 1); Singular: vdim(std(f, jacob f)) = 8.
        var points = Points("(x^2+y^2-1)*(x^2-y^3)");
        Assert.That(points.Select(p => (p.Points, p.Milnor ?? -1, p.Tjurina)), Is.EquivalentTo(new[] { (1, 2, 2), (6, 1, 1) }));
        var f = Ideal<Rational, RationalField>.Parse(Q, "(x^2+y^2-1)*(x^2-y^3)");
        Assert.That(points.Sum(p => p.Points * p.Milnor), Is.EqualTo(MilnorNumber.TotalAtSingularPoints(f)));
    }

    /// <summary>
    /// A 4×4 grid of lines over GF(7): 16 nodes. Each point's primary part saturated by a product of random elements of the
    /// 15 other primes, and one of them fell in P with chance 1/7, so 10 redraws all failed (exit 1, exploratory testing).
    /// </summary>
    [TestCase(7u, 1)]
    [TestCase(11u, 1)]
    [TestCase(7u, 5)]
    public void ManyPointsOverASmallFieldAllGetTheirNumbers(uint prime, int seed)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(prime), new[] { "x", "y" });
        var points = MilnorNumber.AtSingularPoints(Ideal<uint, PrimeField>.Parse(ring, "x*(x-1)*(x-2)*(x-3)*y*(y-1)*(y-2)*(y-3)"), seed);
        Assert.That(points.Select(p => (p.Points, p.Milnor, p.Tjurina)), Is.EqualTo(Enumerable.Repeat((1, (int?)1, 1), 16)));
    }

    [Test]
    public void SmoothCurveHasNoSingularPoints() => Assert.That(Points("x^2+y^2-1"), Is.Empty);
}
