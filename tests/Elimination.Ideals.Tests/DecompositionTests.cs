using Elimination.Core.Errors;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>Zero-dimensional radical and distinct points; expected numbers are Singular's vdim(std(I)) and vdim(std(radical(I))) (primdec.lib).</summary>
public class DecompositionTests
{
    [TestCase(new[] { "x^2-y^3", "x^3-y^2" }, 9, 6)]
    [TestCase(new[] { "(x^2+y^2-1)^2", "x-y" }, 4, 2)]
    [TestCase(new[] { "4*x^3+2*x*y^2", "5*y^4+2*x^2*y" }, 12, 3)]
    public void DistinctPointsOverQ(string[] gens, int vdim, int points)
    {
        var ideal = Ideal(QQ("x", "y"), gens);
        Assert.That(IdealInvariants.VectorSpaceDimension(ideal), Is.EqualTo(vdim));
        Assert.That(ideal.DistinctPoints(), Is.EqualTo(points));
        var radical = ideal.ZeroDimensionalRadical();
        Assert.That(ideal.IsSubsetOf(radical), Is.True);
        Assert.That(radical.ZeroDimensionalRadical(), Is.EqualTo(radical), "the radical is radical");
        foreach (var g in radical.Generators) Assert.That(ideal.RadicalContains(g), Is.True, $"{g} lies in the radical");
    }

    /// <summary>
    /// Radical over ℚ decided by one reduction mod p (D distinct points mod p ⇒ D over ℚ̄): katsura-4 (16 simple points) is
    /// its own radical at once; the second ideal's 3 distinct of 4 points (a double one) take the eliminant route.
    /// </summary>
    [TestCase(new[] { "x0+2*x1+2*x2+2*x3+2*x4-1", "x0^2+2*x1^2+2*x2^2+2*x3^2+2*x4^2-x0", "2*x0*x1+2*x1*x2+2*x2*x3+2*x3*x4-x1",
                      "x1^2+2*x0*x2+2*x1*x3+2*x2*x4-x2", "2*x1*x2+2*x0*x3+2*x1*x4-x3" }, 16, 16)]
    [TestCase(new[] { "x0*(x0-1)*(x0-2)^2", "x1-x0", "x2-x0^2", "x3", "x4-1" }, 4, 3)]
    public void RadicalityOverQIsDecidedModOnePrime(string[] gens, int vdim, int points)
    {
        var ideal = Ideal(QQ("x0", "x1", "x2", "x3", "x4"), gens);
        Assert.That(IdealInvariants.VectorSpaceDimension(ideal), Is.EqualTo(vdim));
        var radical = ideal.ZeroDimensionalRadical();
        Assert.That(IdealInvariants.VectorSpaceDimension(radical), Is.EqualTo(points));
        Assert.That(ReferenceEquals(radical, ideal), Is.EqualTo(vdim == points), "a radical ideal is returned as it is");
        Assert.That(ideal.IsSubsetOf(radical) && radical.ZeroDimensionalRadical().Equals(radical), Is.True);
    }

    [Test]
    public void DistinctPointsOverGF32003()
    {
        var ideal = Ideal(Fp("x", "y", "z"), "x^2-y^3", "x^3-y^2", "z^2-x*y");
        Assert.That(IdealInvariants.VectorSpaceDimension(ideal), Is.EqualTo(18));
        Assert.That(ideal.DistinctPoints(), Is.EqualTo(11));
    }

    [Test]
    public void CharacteristicSevenNeedsPthRoots()
    {
        // x^7 − 1 = (x − 1)^7 in GF(7): one point, with multiplicity 21.
        var ring = new Elimination.Core.Polynomials.PolynomialRing<uint, Elimination.Core.Fields.PrimeField>(new Elimination.Core.Fields.PrimeField(7), new[] { "x", "y" });
        var ideal = Ideal<uint, Elimination.Core.Fields.PrimeField>.Parse(ring, "x^7-1", "(y-x)^3");
        Assert.That(IdealInvariants.VectorSpaceDimension(ideal), Is.EqualTo(21));
        Assert.That(ideal.DistinctPoints(), Is.EqualTo(1));
        Assert.That(ideal.ZeroDimensionalRadical(), Is.EqualTo(Ideal<uint, Elimination.Core.Fields.PrimeField>.Parse(ring, "x-1", "y-1")));
    }

    [Test]
    public void PositiveDimensionIsRejected() =>
        Assert.Throws<InvalidInputException>(() => Ideal(QQ("x", "y"), "x*y").ZeroDimensionalRadical());

    [Test]
    public void UnitIdealHasNoPoints() => Assert.That(Ideal(QQ("x", "y"), "x", "x-1").DistinctPoints(), Is.EqualTo(0));
}
