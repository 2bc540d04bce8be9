using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Geometry.Tests;

/// <summary>
/// δ-invariants by blowing up, and genera of plane curves. Local values are the classical ones (A_k, D_k, E_k:
/// Greuel–Lossen–Shustin, <i>Introduction to Singularities and Deformations</i>, I.3); genera are checked
/// against Singular's genus (normal.lib) and, at every point, Milnor's formula μ = 2δ − r + 1.
/// </summary>
public class PlaneCurveGenusTests
{
    private static readonly PolynomialRing<Rational, RationalField> Q = new(new RationalField(), new[] { "x", "y" });
    private static readonly PolynomialRing<uint, PrimeField> P = new(new PrimeField(32003), new[] { "x", "y" });

    private static LocalInvariants AtOrigin(string f) =>
        DeltaInvariant.At(Q.Parse(f), Ideal<Rational, RationalField>.Parse(Q, "x", "y"));

    [TestCase("y^2-x^2-x^3", 2, 1, 2, 1, TestName = "node A1")]
    [TestCase("y^2-x^3", 2, 1, 1, 1, TestName = "cusp A2")]
    [TestCase("y^2-x^4", 2, 2, 2, 1, TestName = "tacnode A3")]
    [TestCase("y^2-x^7", 2, 3, 1, 1, TestName = "A6")]
    [TestCase("x^2+y^2", 2, 1, 2, 2, TestName = "node with conjugate branches")]
    [TestCase("x*(x^2-y^3)", 3, 4, 2, 1, TestName = "cusp and a line meeting it 3 times")]
    [TestCase("x^3-y^5", 3, 4, 1, 1, TestName = "E8")]
    [TestCase("x^4+y^4", 4, 6, 4, 4, TestName = "ordinary quadruple point, branches over Q(zeta8)")]
    [TestCase("(y^2-x^3)^2-4*x^5*y-x^7", 4, 8, 1, 1, TestName = "two Puiseux pairs (Singular: milnor 16, delta 8)")]
    [TestCase("(y^2-x^3)^2-x^7", 4, 9, 2, 1, TestName = "two cusps (Singular: milnor 17, delta 9)")]
    [TestCase("x^4+y^5+x^2*y^3", 4, 6, 1, 1, TestName = "W12 (Milnor 12)")]
    public void LocalInvariantsAtTheOrigin(string f, int m, int delta, int branches, int branchField) =>
        Assert.That(AtOrigin(f), Is.EqualTo(new LocalInvariants(m, delta, branches, branchField)));

    [Test]
    public void ConjugateNodesAreOneOrbit()
    {
        // (x^2 + y^2 − 1)(x^2 − y^3): six conjugate nodes, the orbit cut out by y^3 + y^2 − 1 and x^2 + y^2 − 1.
        var f = Q.Parse("(x^2+y^2-1)*(x^2-y^3)");
        var orbit = Ideal<Rational, RationalField>.Parse(Q, "y^3+y^2-1", "x^2+y^2-1");
        Assert.That(DeltaInvariant.At(f, orbit), Is.EqualTo(new LocalInvariants(2, 1, 2, 6)));
    }

    [TestCase("(x^2+y^2-1)*(x^2-y^3)")]
    [TestCase("(y^2-x^3)^2-x^7+y^9")]
    [TestCase("x^5-y^3+x^2*y^2*(x-1)")]
    [TestCase("(x^2+y^2)^3-4*x^2*y^2")]
    public void MilnorsFormulaHoldsAtEverySingularPoint(string text)
    {
        var f = Q.Parse(text);
        foreach (var point in MilnorNumber.AtSingularPoints(new Ideal<Rational, RationalField>(Q, new[] { f })))
        {
            var local = DeltaInvariant.At(f, point.Prime);
            Assert.That(2 * local.Delta - local.Branches + 1, Is.EqualTo(point.Milnor), point.Prime.ToString());
        }
    }

    [TestCase("y^2-x^3-x-1", 3, 1, 1, TestName = "smooth cubic")]
    [TestCase("y^2-x^2-x^3", 3, 1, 0, TestName = "nodal cubic")]
    [TestCase("x^4+y^4-1", 4, 3, 3, TestName = "Fermat quartic")]
    [TestCase("y^2-x^5-1", 5, 6, 2, TestName = "genus-2 quintic, E8 point at infinity")]
    [TestCase("y^2-x^6-1", 6, 10, 2, TestName = "genus-2 sextic, tacnode-like point at infinity")]
    [TestCase("(x^2+y^2)^2+3*x^2*y-y^3", 4, 3, 0, TestName = "trefoil: ordinary triple point")]
    [TestCase("(x^2+y^2)^3-4*x^2*y^2", 6, 10, 0, TestName = "quadrifolium-like rose")]
    [TestCase("x^2*y^2+x^2+y^2", 4, 3, 0, TestName = "quartic with nodes at infinity")]
    public void GeometricGenus(string f, int degree, int arithmetic, int geometric)
    {
        var r = PlaneCurveGenus.Compute(Ideal<Rational, RationalField>.Parse(Q, f));
        Assert.That((r.Degree, r.ArithmeticGenus, r.GeometricGenus, r.AbsolutelyIrreducible), Is.EqualTo((degree, arithmetic, (int?)geometric, true)));
        Assert.That(r.ArithmeticGenus - r.TotalDelta, Is.EqualTo(geometric));
    }

    /// <summary>Over GF(3) every vertical line meets y² = x³ − x doubly; a horizontal one finds the smooth point (Singular's genus: 1).</summary>
    [TestCase(3u, "y^2-x^3+x", 1)]
    [TestCase(5u, "y^2-x^3+x", 1)]
    [TestCase(3u, "y^2-x^5-1", 2)]
    public void GenusOverASmallField(uint p, string f, int genus)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(p), new[] { "x", "y" });
        var r = PlaneCurveGenus.Compute(Ideal<uint, PrimeField>.Parse(ring, f));
        Assert.That((r.AbsolutelyIrreducible, r.GeometricGenus), Is.EqualTo((true, (int?)genus)), r.Evidence);
    }

    [Test]
    public void GeometricGenusOverAPrimeField()
    {
        var r = PlaneCurveGenus.Compute(Ideal<uint, PrimeField>.Parse(P, "y^2-x^5-1"));
        Assert.That((r.ArithmeticGenus, r.GeometricGenus), Is.EqualTo((6, (int?)2)));
        Assert.That(r.SingularPoints.Select(p => (p.Chart, p.Points, p.Local)), Is.EqualTo(new[] { ("(0:1:0)", 1, new LocalInvariants(3, 4, 1, 1)) }));
    }

    [Test]
    public void ProjectiveInput()
    {
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        var r = PlaneCurveGenus.Compute(Ideal<Rational, RationalField>.Parse(ring, "x^3+y^3+z^3"));
        Assert.That((r.Degree, r.GeometricGenus, r.SingularPoints.Count), Is.EqualTo((3, (int?)1, 0)));
        Assert.Throws<InvalidInputException>(() => PlaneCurveGenus.Compute(Ideal<Rational, RationalField>.Parse(ring, "x^3+y^3+z")));
    }

    [Test]
    public void ConjugateLinesAreNotAbsolutelyIrreducible()
    {
        // x^2 + y^2 is irreducible over Q but is two lines over Q(i): p_a − δ = 0 − 1 is not a genus.
        var r = PlaneCurveGenus.Compute(Ideal<Rational, RationalField>.Parse(Q, "x^2+y^2"));
        Assert.That((r.AbsolutelyIrreducible, r.GeometricGenus, r.TotalDelta), Is.EqualTo((false, (int?)null, 1)));
        Assert.That(r.Evidence, Does.Contain("splits into 2 components"));
    }

    [Test]
    public void ReducibleCurvesHaveNoGeometricGenusAndNonReducedOnesAreRefused()
    {
        // x(y − 1): two lines meeting once, 1 − s + Σ g_i = 1 − 2 + 0 (Singular's genus gives −1 too).
        var lines = PlaneCurveGenus.Compute(Ideal<Rational, RationalField>.Parse(Q, "x*y-x"));
        Assert.That((lines.AbsolutelyIrreducible, lines.GeometricGenus, lines.NormalisationGenus), Is.EqualTo((false, (int?)null, -1)));
        Assert.That(lines.Evidence, Does.Contain("2 components"));
        var repeated = Assert.Throws<InvalidInputException>(() => PlaneCurveGenus.Compute(Ideal<Rational, RationalField>.Parse(Q, "(y-x^2)^2")));
        Assert.That(repeated!.Message, Does.Contain("repeated factor"));
    }
}
