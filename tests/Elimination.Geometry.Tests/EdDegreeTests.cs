using Elimination.Core.LinearAlgebra;
using Elimination.Core.Fields;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Geometry.Quadrics;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

public class EdDegreeTests
{
    private static FieldMatrix<uint, PrimeField> ToFp(FieldMatrix<Rational, RationalField> q) => QuadraticForms.ToField<uint, PrimeField>(q, Fp);

    [Test]
    public void CircleWithEuclideanFormHasEdDegreeTwo()
    {
        var r = EdDegree.Compute(Affine("x,y", "x^2 + y^2 - 1"), ToFp(QuadraticForms.Identity(2)), Options(11));
        Assert.That(r.Invariants.Dimension, Is.EqualTo(0));
        Assert.That(r.Invariants.Degree, Is.EqualTo(2));
    }

    [Test]
    public void CircleWithWeightedFormHasEdDegreeFour()
    {
        var r = EdDegree.Compute(Affine("x,y", "x^2 + y^2 - 1"), ToFp(QuadraticForms.Diagonal(4, 1)), Options(12));
        Assert.That(r.Invariants.Degree, Is.EqualTo(4));
    }

    [TestCase(2, 2, 4)]
    [TestCase(2, 3, 9)]
    [TestCase(3, 2, 6)]
    [TestCase(2, 4, 16)]
    [TestCase(3, 3, 21)]
    [TestCase(4, 2, 8)]
    public void GenericHypersurface(int n, int d, int expected)
    {
        // d · Σ_{i<n} (d−1)^i
        Assert.That(d * Enumerable.Range(0, n).Sum(i => (int)Math.Pow(d - 1, i)), Is.EqualTo(expected));
        int seed = 100 * n + d;
        var rng = new Random(seed);
        var vars = Enumerable.Range(1, n).Select(i => "x" + i).ToArray();
        var ring = Ring(vars);
        var x = new Variety<uint, PrimeField>(ring, new[] { RandomPolynomial(ring, d, rng) });
        var r = EdDegree.Compute(x, ToFp(QuadraticForms.Identity(n)), Options(seed));
        TestContext.Out.WriteLine($"{r.Seconds:F2}s; {r.ProbabilityNote}");
        Assert.That(r.Invariants.Dimension, Is.EqualTo(0));
        Assert.That(r.Invariants.Degree, Is.EqualTo(expected));
    }

    [Test]
    public void RankOneTwoByTwoMatricesEckartYoung()
    {
        var r = EdDegree.Compute(Affine("a,b,c,d", "a*d - b*c"), ToFp(QuadraticForms.Identity(4)), Options(21));
        Assert.That(r.Invariants.Degree, Is.EqualTo(2));
    }

    [Test]
    public void RankOneTwoByThreeMatricesEckartYoung()
    {
        var x = Affine("a,b,c,d,e,f", "a*e - b*d", "a*f - c*d", "b*f - c*e");
        var r = EdDegree.Compute(x, ToFp(QuadraticForms.Identity(6)), Options(22));
        TestContext.Out.WriteLine($"{r.Seconds:F2}s, {r.MinorCount} minors");
        Assert.That(r.Invariants.Degree, Is.EqualTo(2));
    }

    private static Variety<uint, PrimeField> TwistedCubicCone() =>
        Projective("a,b,c,d", "a*c - b^2", "b*d - c^2", "a*d - b*c");

    [Test]
    public void TwistedCubicConeGenericFormHasEdDegreeSeven()
    {
        var rng = new Random(31);
        var q = QuadraticForms.RandomSymmetric<uint, PrimeField>(Fp, 4, rng);
        var r = EdDegree.Compute(TwistedCubicCone(), q, Options(31));
        TestContext.Out.WriteLine($"{r.Seconds:F2}s");
        Assert.That(r.Invariants.Degree, Is.EqualTo(7));
    }

    [Test]
    public void TwistedCubicConeBombieriWeylHasEdDegreeThree()
    {
        var q = ToFp(BombieriWeyl.ForTensorEntries(2, 3));
        Assert.That(q.ToString(), Is.EqualTo("[1, 0, 0, 0]\n[0, 3, 0, 0]\n[0, 0, 3, 0]\n[0, 0, 0, 1]"));
        var r = EdDegree.Compute(TwistedCubicCone(), q, Options(32));
        Assert.That(r.Invariants.Degree, Is.EqualTo(3));
    }

    [Test]
    public void TwistedCubicConeEuclideanHasEdDegreeSeven()
    {
        // Q = I is generic enough for the rational normal curve in these coordinates: 3d − 2 = 7.
        var r = EdDegree.Compute(TwistedCubicCone(), ToFp(QuadraticForms.Identity(4)), Options(33));
        Assert.That(r.Invariants.Degree, Is.EqualTo(7));
    }

    /// <summary>
    /// X not equidimensional: each part counted with its own codimension (the top codimension alone found only the
    /// larger part's points). Plane ∪ line: 1 + 1; line ∪ point: 1 + 1; plane x = 0 ∪ line y = z = 0: 1 + 1; a conic
    /// ∪ a point off it with the weighted form: 4 + 1. Singular's count of each part's critical ideal agrees.
    /// </summary>
    [TestCase("x,y,z", "x*z; y*z", 2)]
    [TestCase("x,y", "x*(x-1); x*y", 2)]
    [TestCase("x,y,z", "x*y; x*z", 2)]
    [TestCase("x,y", "(x^2 + 4*y^2 - 1)*(x - 3); (x^2 + 4*y^2 - 1)*y", 5)]
    public void MixedDimensionsAreSummedOverTheirParts(string vars, string equations, int expected)
    {
        var x = Affine(vars, equations.Split(';'));
        int n = x.AmbientVariables;
        var q = ToFp(QuadraticForms.Identity(n));
        var r = EdDegree.Compute(x, q, Options(5));
        Assert.That(r.Invariants.Dimension, Is.EqualTo(0));
        Assert.That(r.Invariants.Degree, Is.EqualTo(expected));
        Assert.That(r.ProbabilityNote, Does.Contain("not equidimensional"));
        var u = EdDegree.RandomVector<uint, PrimeField>(Fp, n, new Random(6));
        var full = EdDegree.CriticalIdeal(x, q, u, Options(6));
        Assert.That(full.Invariants.Degree, Is.EqualTo(expected));
    }

    [Test]
    public void CriticalIdealAgreesWithLocalisedCount()
    {
        var x = Affine("x,y", "x^2 + y^2 - 1");
        var q = ToFp(QuadraticForms.Diagonal(4, 1));
        var rng = new Random(41);
        var u = EdDegree.RandomVector<uint, PrimeField>(Fp, 2, rng);
        var full = EdDegree.CriticalIdeal(x, q, u, Options(41));
        var count = EdDegree.Count(x, q, u, Options(41));
        Assert.That(full.Invariants, Is.EqualTo(count.Invariants));
        Assert.That(full.Basis!.Count, Is.GreaterThan(0));
    }

    [Test]
    public void BadInputIsRefusedClearly()
    {
        var x = Affine("x,y", "x^2 + y^2 - 1");
        var ex = Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => EdDegree.Compute(x, ToFp(QuadraticForms.Identity(3))));
        Assert.That(ex!.Message, Does.Contain("Q must be 2×2"));
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => Variety<uint, PrimeField>.Parse(Ring("x", "y"), true, "x^2 + y"));
    }
}

public class EdDegreeLagrangeTests
{
    private static Elimination.Core.LinearAlgebra.FieldMatrix<uint, Elimination.Core.Fields.PrimeField> Identity(int n) =>
        Quadrics.QuadraticForms.ToField<uint, Elimination.Core.Fields.PrimeField>(Quadrics.QuadraticForms.Identity(n), Fp);

    [Test]
    public void LagrangeAgreesWithMinorsOnTwistedCubic()
    {
        var x = Projective("a,b,c,d", "a*c - b^2", "b*d - c^2", "a*d - b*c");
        var bw = Quadrics.QuadraticForms.ToField<uint, Elimination.Core.Fields.PrimeField>(Quadrics.BombieriWeyl.ForTensorEntries(2, 3), Fp);
        Assert.That(EdDegree.CountLagrange(x, Identity(4), null, Options(51)).Invariants.Degree, Is.EqualTo(7));
        Assert.That(EdDegree.CountLagrange(x, bw, null, Options(52)).Invariants.Degree, Is.EqualTo(3));
    }

    [Test]
    public void LagrangeRankOneThreeByThreeEckartYoung()
    {
        // Rank ≤ 1 3×3 matrices: codimension 4, nine 2×2 minors — 31752 (c+1)-minors, so Lagrange is chosen.
        var x = Affine("a,b,c,d,e,f,g,h,i", "a*e - b*d", "a*f - c*d", "b*f - c*e", "a*h - b*g", "a*i - c*g", "b*i - c*h", "d*h - e*g", "d*i - f*g", "e*i - f*h");
        Assert.That(EdDegree.PrefersLagrange(x), Is.True);
        var r = EdDegree.Compute(x, Identity(9), Options(53));
        TestContext.Out.WriteLine($"{r.Seconds:F2}s");
        Assert.That(r.Invariants.Degree, Is.EqualTo(3));
    }
}
