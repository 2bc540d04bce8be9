using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Geometry.Tests;

/// <summary>
/// Real points of plane curves (the `plot` command's geometry): singular points exactly where they are,
/// classified by the Hessian, and traced polylines that lie on the curve.
/// </summary>
public class RealPlaneCurveTests
{
    private static RealPlaneCurve Curve(string f, string vars = "x,y") =>
        RealPlaneCurve.Of(new PolynomialRing<Rational, RationalField>(default, vars.Split(',')).Parse(f));

    private static (double, double, RealSingularPointKind)[] Points(RealPlaneCurve c) =>
        c.SingularPoints.Select(p => (Math.Round(p.X, 9), Math.Round(p.Y, 9), p.Kind)).ToArray();

    [TestCase("y^2 - x^3", RealSingularPointKind.Cusp)]
    [TestCase("y^2 - x^2*(x + 1)", RealSingularPointKind.Node)]
    [TestCase("y^2 - x^2*(x - 1)", RealSingularPointKind.IsolatedPoint)]
    [TestCase("y^2 - x^4", RealSingularPointKind.Cusp)]          // a tacnode: Hessian zero too
    [TestCase("x^3 - 3*x*y^2", RealSingularPointKind.Cusp)]      // an ordinary triple point
    public void TheOriginIsClassified(string f, RealSingularPointKind kind) =>
        Assert.That(Points(Curve(f)), Is.EqualTo(new[] { (0.0, 0.0, kind) }));

    [Test]
    public void TheDeltoidHasThreeCuspsTwoOfThemIrrational()
    {
        var c = Curve("(x^2 + y^2)^2 + 18*(x^2 + y^2) - 27 - 8*(x^3 - 3*x*y^2)");
        var s = Math.Round(1.5 * Math.Sqrt(3), 9);
        Assert.That(Points(c), Is.EqualTo(new[]
        {
            (-1.5, -s, RealSingularPointKind.Cusp), (-1.5, s, RealSingularPointKind.Cusp), (3.0, 0.0, RealSingularPointKind.Cusp),
        }));
    }

    [Test]
    public void SingularPointsOnOneVerticalLineNeedTheShear()
    {
        // x (y² − 1): the line x = 0 meets y = ±1 in two nodes with the same x-coordinate.
        var c = Curve("x*(y^2 - 1)");
        Assert.That(Points(c).OrderBy(p => p.Item2), Is.EqualTo(new[] { (0.0, -1.0, RealSingularPointKind.Node), (0.0, 1.0, RealSingularPointKind.Node) }));
    }

    [Test]
    public void ComplexSingularPointsAreNotDrawn()
    {
        // (x² + 1)(y² + 1) − … : x² + y² + 1 = 0 has no real points; the two lines y = ±i x meet at the origin.
        Assert.That(Curve("x^2 + y^2").SingularPoints, Has.Count.EqualTo(1).And.All.Property("Kind").EqualTo(RealSingularPointKind.IsolatedPoint));
        Assert.That(Curve("x^2 + y^2 - 1").SingularPoints, Is.Empty);
        // Two nodes at (±i, 0): singular but not real.
        Assert.That(Curve("(x^2 + 1)*y").SingularPoints, Is.Empty);
    }

    [Test]
    public void TheTraceLiesOnTheCurveAndClosesTheCircle()
    {
        var c = Curve("(x^2 + y^2 - 1)^2");
        Assert.That(c.Squarefree.ToString(), Is.EqualTo("x^2+y^2-1"), "the double circle is drawn as the circle");
        var lines = c.Trace(new PlaneBox(-2, 2, -2, 2), 200);
        Assert.That(lines, Has.Count.EqualTo(1), "one closed loop");
        var loop = lines[0];
        Assert.That(loop.First(), Is.EqualTo(loop.Last()));
        Assert.That(loop.Length, Is.GreaterThan(100));
        foreach (var (x, y) in loop) Assert.That(Math.Sqrt(x * x + y * y), Is.EqualTo(1).Within(2e-3));
    }

    [Test]
    public void AHomogeneousCubicIsDrawnInTheChartZEqualsOne() =>
        Assert.That(Points(Curve("y^2*z - x^3", "x,y,z")), Is.EqualTo(new[] { (0.0, 0.0, RealSingularPointKind.Cusp) }));

    [Test]
    public void BadInputIsAClearError()
    {
        Assert.Throws<InvalidInputException>(() => Curve("x + y*z - 1", "x,y,z"));
        Assert.Throws<InvalidInputException>(() => Curve("3"));
        Assert.Throws<InvalidInputException>(() => Curve("x - y").Trace(new PlaneBox(1, 0, 0, 1)));
    }
}
