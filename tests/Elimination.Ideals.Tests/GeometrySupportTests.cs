using Elimination.Core.Fields;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>The operations moved here from Geometry: split, independent sets, saturation by each, dimension and degree together.</summary>
public class GeometrySupportTests
{
    [Test]
    public void IndependentSetIsTheFirstInLexicographicOrder()
    {
        var m = new MonomialIdeal(3, new[] { new[] { 1, 0, 1 }, new[] { 0, 1, 1 } });   // (xz, yz)
        Assert.That(m.IndependentSet(2), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(m.IndependentSet(1), Is.EqualTo(new[] { 0 }));
        Assert.That(m.IndependentSet(3), Is.Null);
        Assert.That(new MonomialIdeal(2, new[] { new[] { 0, 0 } }).IndependentSet(0), Is.Null);
    }

    [Test]
    public void PlaneAndLineSplitIntoTwoParts()
    {
        // V(xz, yz) = {z = 0} ∪ {x = y = 0}.
        var parts = Ideal(Fp("x", "y", "z"), "x*z", "y*z").EquidimensionalParts(seed: 3);
        Assert.That(parts.Select(p => (p.Dimension, (long)p.Part.Degree())), Is.EqualTo(new[] { (2, 1L), (1, 1L) }));
        Assert.That(parts[0].Part.GroebnerBasis().Basis.Select(p => p.ToString()), Is.EqualTo(new[] { "z" }));
    }

    [Test]
    public void SaturationByEachIsSaturationByTheProduct()
    {
        var r = Fp("x", "y", "z");
        var i = Ideal(r, "x^2*y*z - x*y*z", "x*y^2*z^2");
        var byEach = i.Saturation(new[] { r.Parse("x"), r.Parse("y*z + z") });
        var byProduct = i.Saturation(r.Parse("x*(y*z + z)"));
        Assert.That(byEach.Equals(byProduct), Is.True, byEach.GroebnerBasis().Basis.Count + ": " + string.Join(", ", byEach.GroebnerBasis().Basis) + " vs " + string.Join(", ", byProduct.GroebnerBasis().Basis));
        Assert.That(byEach.Equals(Ideal(r, "y^2", "x*y - y")), Is.True, byEach.ToString());
        Assert.That(Ideal(r, "x*y").Saturation(new[] { r.Parse("x"), r.Parse("y") }).IsUnit, Is.True);
    }

    [Test]
    public void DimensionAndDegreeTogether()
    {
        var r = QQ("a", "b", "c", "d");
        Assert.That(Ideal(r, "a*c - b^2", "b*d - c^2", "a*d - b*c").DimensionAndDegree(), Is.EqualTo((2, new System.Numerics.BigInteger(3))));
        Assert.That(Ideal(r, "a", "a - 1").DimensionAndDegree(), Is.EqualTo((-1, System.Numerics.BigInteger.Zero)));
        Assert.That(Ideal(r).DimensionAndDegree(), Is.EqualTo((4, System.Numerics.BigInteger.One)));
    }

    [Test]
    public void ResolveSupportedFallsBackToTheDefault()
    {
        var fp = new PrimeField(32003);
        Assert.That(IdealEngine.ResolveSupported<uint, PrimeField>(null, fp).Supports<uint, PrimeField>(fp), Is.True);
        var qqOnly = Elimination.Groebner.GroebnerEngines.Default<Rational, RationalField>(new RationalField());
        var resolved = IdealEngine.ResolveSupported<uint, PrimeField>(qqOnly, fp);
        Assert.That(resolved.Supports<uint, PrimeField>(fp), Is.True);
    }
}
