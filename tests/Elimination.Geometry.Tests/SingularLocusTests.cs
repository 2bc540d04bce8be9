using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry.LinearAlgebra;
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

/// <summary>
/// <see cref="JacobianIdeal"/>'s incremental reduction against the plain basis of all minors (the oracle): the same
/// reduced basis, and the minors that had to be added are few.
/// </summary>
public class JacobianIdealTests
{
    private static string[] RationalNormalCurve(int d) =>
        (from i in Enumerable.Range(0, d - 1)
         from j in Enumerable.Range(i + 1, d - 1 - i)
         select $"x{i}*x{j + 1}-x{i + 1}*x{j}").ToArray();

    [TestCase(5)]
    [TestCase(6)]
    public void RationalNormalCurveConeAgreesWithAllMinors(int d)
    {
        var vars = string.Join(",", Enumerable.Range(0, d + 1).Select(i => "x" + i));
        var x = Affine(vars, RationalNormalCurve(d));
        int c = d + 1 - x.Dimension;
        var (ideal, minors, added) = JacobianIdeal.Compute(x, c, GeometryOptions.Default);
        var all = x.JacobianMinors();
        var oracle = GeometryOptions.Default.IdealOf(x.Ring, x.Generators.Concat(all));
        Assert.That(ideal.GroebnerBasis().Basis, Is.EqualTo(oracle.GroebnerBasis().Basis));
        Assert.That(minors, Is.GreaterThanOrEqualTo(all.Count));
        Assert.That(added, Is.LessThan(minors / 20));
        // The cone over a smooth curve is singular at its vertex only.
        Assert.That(ideal.Dimension(), Is.EqualTo(0));
    }

    /// <summary>
    /// Over ℚ the minors are chosen modulo the prime 2³¹ − 1 and checked over ℚ. A row scaled by that prime vanishes
    /// modulo it, so every minor through that row looks redundant there; the check over ℚ must add them back. Both
    /// ideals equal the one of all 2×2 minors of the 5×7 matrix.
    /// </summary>
    [TestCase(1)]
    [TestCase(2147483647)]
    public void OverQTheMinorsAPrimeMissesAreAddedBack(long scale)
    {
        var vars = (from i in Enumerable.Range(0, 5) from j in Enumerable.Range(0, 7) select $"x{i}{j}").ToArray();
        var ring = new PolynomialRing<Rational, RationalField>(QQ, vars);
        var m = new PolynomialMatrix<Rational, RationalField>(ring, 5, 7);
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 7; j++) m[i, j] = ring.Variable(i * 7 + j).Scale(new Rational(i == 0 ? scale : 1));
        var none = Array.Empty<Polynomial<Rational, RationalField>>();
        var (ideal, minors, added) = JacobianIdeal.OfMinors(ring, none, m, 2, GeometryOptions.Default);
        var oracle = GeometryOptions.Default.IdealOf(ring, Minors.All(m, 2));
        Assert.That(minors, Is.EqualTo(210));
        Assert.That(ideal.GroebnerBasis().Basis, Is.EqualTo(oracle.GroebnerBasis().Basis));
        Assert.That(added, Is.EqualTo(210), "the 2x2 minors of a generic matrix are independent");
    }

    public static IEnumerable<TestCaseData> RandomCombinationCases()
    {
        yield return new TestCaseData("x,y", new[] { "y^2 + x^3" }, true).SetName("cusp");
        yield return new TestCaseData("x,y,z", new[] { "x^2 - y^2*z" }, true).SetName("Whitney umbrella");
        yield return new TestCaseData("x0,x1,x2,x3,x4,x5", RationalNormalCurve(5), true).SetName("cone over the rational normal quintic");
        // Over QQ the combinations' coefficients make this one slow (10 s): finite fields only.
        yield return new TestCaseData("a,b,c,d,e,f", new[] { "a*d - b*c", "a*f - b*e", "c*f - d*e", "a*c*e - b^2*f" }, false).SetName("a non-radical mixed ideal");
        yield return new TestCaseData("x,y,z,w", new[] { "x*y - z*w", "x^2 - y*w + z^2" }, true).SetName("complete intersection of two quadrics");
    }

    [TestCaseSource(nameof(RandomCombinationCases))]
    public void RandomCombinationsGiveTheIdealOfAllMinors(string vars, string[] equations, bool overRationals)
    {
        // Over GF(2^31 - 1) and GF(32003) (a smaller field needs more tests for the same bound) and QQ: the same reduced
        // basis as all minors, seeded, with the Schwartz-Zippel bound reported.
        var x = Affine(vars, equations);
        int c = x.AmbientVariables - x.Dimension;
        var exact = JacobianIdeal.Compute(x, c, GeometryOptions.Default).Ideal.GroebnerBasis().Basis;
        foreach (int seed in new[] { 1, 2 })
        {
            var (ideal, combinations, bound) = JacobianIdeal.ByRandomCombinations(x, c, Options(seed));
            Assert.That(ideal.GroebnerBasis().Basis, Is.EqualTo(exact), $"seed {seed}");
            Assert.That(bound, Is.LessThanOrEqualTo(1e-15));
            Assert.That(combinations, Is.GreaterThan(0));
        }
        var small = Variety<uint, PrimeField>.Parse(new PolynomialRing<uint, PrimeField>(new PrimeField(32003), vars.Split(',')), false, equations);
        var smallExact = JacobianIdeal.Compute(small, c, GeometryOptions.Default).Ideal.GroebnerBasis().Basis;
        var (smallIdeal, _, smallBound) = JacobianIdeal.ByRandomCombinations(small, c, Options(3));
        Assert.That(smallIdeal.GroebnerBasis().Basis, Is.EqualTo(smallExact));
        Assert.That(smallBound, Is.LessThanOrEqualTo(1e-15));
        if (!overRationals) return;
        var rational = Variety<Rational, RationalField>.Parse(new PolynomialRing<Rational, RationalField>(QQ, vars.Split(',')), false, equations);
        var rationalExact = JacobianIdeal.Compute(rational, c, GeometryOptions.Default).Ideal.GroebnerBasis().Basis;
        Assert.That(JacobianIdeal.ByRandomCombinations(rational, c, Options(4)).Ideal.GroebnerBasis().Basis, Is.EqualTo(rationalExact));
    }

    [Test]
    public void RandomCombinationsAreLabelledProbabilistic()
    {
        var x = Affine("x0,x1,x2,x3,x4,x5", RationalNormalCurve(5));
        var s = SingularLocus.Compute(x, new GeometryOptions { Criterion = JacobianCriterion.RandomCombinations, Seed = 5 });
        Assert.That(s.Method, Does.Contain("probabilistic"));
        Assert.That(s.ErrorBound, Is.Not.Null.And.LessThanOrEqualTo(1e-15));
        Assert.That(s.Invariants.GeometricDimension, Is.EqualTo(0));
        Assert.That(SingularLocus.Compute(x).ErrorBound, Is.Null);
    }

    [Test]
    public void SingularLocusSaysHowItWasObtained()
    {
        var x = Affine("x0,x1,x2,x3,x4,x5", RationalNormalCurve(5));
        var s = SingularLocus.Compute(x);
        Assert.That(s.Method, Does.StartWith("Jacobian criterion by incremental reduction"));
        Assert.That(s.Determinantal, Is.False);
    }

    // Singular's slocus (sing.lib) on the same ideals; the top codimension alone finds nothing on the lower component.
    [TestCase("x,y,z", new[] { "z*(y^2-x^3)", "z*(z-1)" }, new[] { "z-1", "y", "x^2" }, TestName = "Plane and a cusp curve away from it: the cusp")]
    [TestCase("x,y,z", new[] { "x*z", "y*z" }, new[] { "z", "y", "x" }, TestName = "Plane and a line through it: the point where they meet")]
    [TestCase("x,y,z", new[] { "z*(x^2+y^2-1)", "z*(z-2)" }, new[] { "1" }, TestName = "Plane and a circle away from it: smooth")]
    public void LowerDimensionalComponentsAreNotMissed(string vars, string[] gens, string[] locus)
    {
        var s = SingularLocus.Compute(Affine(vars, gens));
        Assert.That(s.Equidimensional, Does.StartWith("no:"));
        Assert.That(s.Method, Does.Contain("not equidimensional"));
        Assert.That(s.Basis.Select(b => b.ToString()), Is.EqualTo(locus));
    }

    [Test]
    public void EquidimensionalInputSaysWhy()
    {
        Assert.That(SingularLocus.Compute(Affine("x,y", "y^2 + x^3")).Equidimensional, Does.Contain("complete intersection"));
        Assert.That(SingularLocus.Compute(Projective("a,b,c,d", "a*c - b^2", "b*d - c^2", "a*d - b*c")).Equidimensional, Does.Contain("Cohen-Macaulay"));
    }
}
