using Elimination.Core.Fields;
using Elimination.Geometry.Internal;
using Elimination.Ideals;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

/// <summary>The private helpers (to be unified with Elimination.Ideals) agree with the toolkit.</summary>
public class ToolkitAgreementTests
{
    [TestCase("x,y,z", new[] { "x*z", "y*z" })]
    [TestCase("a,b,c,d", new[] { "a*c - b^2", "b*d - c^2", "a*d - b*c" })]
    [TestCase("x,y,z", new[] { "x^2 - y^2*z", "x", "y*z" })]
    [TestCase("x,y", new[] { "x^3 + y^2 - 1", "x*y - 2" })]
    public void DimensionAndDegreeAgree(string vars, string[] gens)
    {
        var ring = Ring(vars.Split(','));
        var polys = gens.Select(ring.Parse).ToList();
        var (d, deg, _) = IdealTools.Invariants(ring, polys, GeometryOptions.Default);
        var ideal = new Ideal<uint, PrimeField>(ring, polys);
        Assert.That(d, Is.EqualTo(ideal.Dimension()));
        Assert.That(deg, Is.EqualTo((long)ideal.Degree()));
    }

    [Test]
    public void SaturationAgrees()
    {
        var ring = Ring("x", "y");
        var polys = new[] { ring.Parse("x^2*y - x*y"), ring.Parse("x*y^2") };
        var g = ring.Parse("x");
        var mine = IdealTools.Saturate(ring, polys, g, GeometryOptions.Default);
        var theirs = IdealSaturation.Compute(new Ideal<uint, PrimeField>(ring, polys), g).GroebnerBasis().Basis;
        Assert.That(mine.Select(p => p.ToString()), Is.EqualTo(theirs.Select(p => p.ToString())));
    }
}
