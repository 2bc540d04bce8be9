using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

public class SingularLocusTests
{
    [Test]
    public void CuspIsSingularAtTheOriginOnly()
    {
        var x = Affine("x,y", "y^2 + x^3");
        var s = SingularLocus.Compute(x);
        Assert.That(s.Basis.Select(b => b.ToString()), Is.EqualTo(new[] { "y", "x^2" }));
        Assert.That(s.Invariants.GeometricDimension, Is.EqualTo(0));
        Assert.That(s.Invariants.Degree, Is.EqualTo(2)); // the origin, with multiplicity 2 in the Jacobian ideal
    }

    [Test]
    public void SmoothCircleHasEmptySingularLocus()
    {
        var s = SingularLocus.Compute(Affine("x,y", "x^2 + y^2 - 1"));
        Assert.That(s.Invariants.IsEmpty, Is.True);
        Assert.That(s.Basis.Select(b => b.ToString()), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void NodalCubicProjectiveHasOneSingularPoint()
    {
        var s = SingularLocus.Compute(Projective("x,y,z", "y^2*z - x^3 - x^2*z"));
        Assert.That(s.Invariants.GeometricDimension, Is.EqualTo(0));
        Assert.That(s.Invariants.Degree, Is.EqualTo(1));
    }

    [Test]
    public void TwistedCubicConeIsSingularOnlyAtTheVertex()
    {
        var s = SingularLocus.Compute(Projective("a,b,c,d", "a*c - b^2", "b*d - c^2", "a*d - b*c"));
        Assert.That(s.Codimension, Is.EqualTo(2));
        Assert.That(s.Invariants.IsEmpty, Is.True); // the projective curve is smooth
    }

    [Test]
    public void WhitneyUmbrellaIsSingularAlongALine()
    {
        var s = SingularLocus.Compute(Affine("x,y,z", "x^2 - y^2*z"));
        Assert.That(s.Invariants.GeometricDimension, Is.EqualTo(1));
        Assert.That(s.Basis.Select(b => b.ToString()), Is.EqualTo(new[] { "x", "y*z", "y^2" }));
    }

    [Test]
    public void ComponentsOfMixedDimension()
    {
        // Cone ∪ plane: singular at the vertex (a point) and along the circle where they meet (a curve).
        var s = SingularLocus.Compute(Affine("x,y,z", "(x^2 + y^2 - z^2)*(z - 5)"), Options(3), components: true);
        TestContext.Out.WriteLine(string.Join("; ", s.Components!));
        Assert.That(s.Invariants.GeometricDimension, Is.EqualTo(1));
        Assert.That(s.Components!.Select(c => (c.GeometricDimension, c.Degree)), Is.EquivalentTo(new[] { (1, 2L), (0, 1L) }));
    }
}
