using Elimination.Core.LinearAlgebra;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Geometry.Quadrics;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

/// <summary>Inputs that used to give silent wrong answers (issue 15 item 5) are refused or answered correctly.</summary>
public class DegenerateInputTests
{
    private const long P = 2147483647;

    [Test]
    public void EntryEqualToThePrimeIsRefusedNotDegenerated()
    {
        // diag(p,1,1,1) has rank 4 over ℚ but rank 3 mod p: mapping it would silently change the problem.
        var spec = new QuadricSpec($"diag({P},1,1,1)");
        Assert.Throws<UnluckyPrimeException>(() => spec.Build<uint, PrimeField>(Fp, 4, new Random(1)));
        var q = spec.Build<uint, PrimeField>(new PrimeField(2147483629), 4, new Random(1));
        Assert.That(q.Rank, Is.EqualTo(4));
        var cone = Variety<uint, PrimeField>.Parse(new Core.Polynomials.PolynomialRing<uint, PrimeField>(new PrimeField(2147483629), new[] { "a", "b", "c", "d" }),
            true, "a*c - b^2", "b*d - c^2", "a*d - b*c");
        Assert.That(EdDegree.Compute(cone, q, Options(1)).Invariants.Degree, Is.EqualTo(7));
    }

    [Test]
    public void DenominatorDivisibleByThePrimeIsRefused()
    {
        var m = new FieldMatrix<Rational, RationalField>(new RationalField(), 1, 1);
        m[0, 0] = new Rational(1, P);
        Assert.Throws<UnluckyPrimeException>(() => QuadraticForms.ToField<uint, PrimeField>(m, Fp));
        Assert.That(QuadraticForms.ToField<Rational, RationalField>(m, new RationalField())[0, 0], Is.EqualTo(new Rational(1, P)));
    }

    [Test]
    public void ZeroFormIsRefused()
    {
        var e = Assert.Throws<InvalidInputException>(() => new QuadricSpec("diag(0,0)").Build<uint, PrimeField>(Fp, 2, new Random(1)));
        Assert.That(e!.Message, Does.Contain("Q = 0"));
    }

    [Test]
    public void DegenerateIndefiniteFormIsRefusedWhereTheSplitAssumesPsd()
    {
        var spec = new QuadricSpec("diag(1,-1,0)");
        Assert.Throws<InvalidInputException>(() => spec.Build<uint, PrimeField>(Fp, 3, new Random(1), requirePsdIfDegenerate: true));
        Assert.That(spec.Build<uint, PrimeField>(Fp, 3, new Random(1)).Rank, Is.EqualTo(2));
        Assert.That(new QuadricSpec("diag(1,2,0)").Build<uint, PrimeField>(Fp, 3, new Random(1), requirePsdIfDegenerate: true).Rank, Is.EqualTo(2));
        // Non-degenerate indefinite forms are fine for the ED count.
        Assert.That(new QuadricSpec("diag(1,-1,3)").Build<uint, PrimeField>(Fp, 3, new Random(1), requirePsdIfDegenerate: true).Rank, Is.EqualTo(3));
    }

    [TestCase("1,0;0,1", true)]
    [TestCase("1,1;1,1", true)]
    [TestCase("0,0;0,0", true)]
    [TestCase("1,2;2,1", false)]
    [TestCase("0,1;1,0", false)]
    [TestCase("0,0;0,-1", false)]
    [TestCase("2,-1,0;-1,2,-1;0,-1,2", true)]
    [TestCase("1,1,0;1,1,1;0,1,1", false)]
    public void PositiveSemidefiniteTest(string matrix, bool psd) =>
        Assert.That(QuadraticForms.IsPositiveSemidefinite(IO.MatrixText.Parse(matrix, "Q")), Is.EqualTo(psd));

    [Test]
    public void ZeroProjectionIsRefused()
    {
        var x = Affine("x,y", "x^4 + y^4 + 3*x^2*y - 2*x*y^2 + x - 7*y + 1");
        var p = new FieldMatrix<uint, PrimeField>(Fp, 1, 2);
        Assert.Throws<InvalidInputException>(() => Ramification.Compute(x, p, Options(5)));
    }
}
