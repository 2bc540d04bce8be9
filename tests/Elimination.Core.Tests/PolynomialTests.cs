using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

public class PolynomialTests
{
    private static readonly PolynomialRing<Rational, RationalField> Q = new(new RationalField(), new[] { "x", "y", "z" });
    private static readonly PolynomialRing<uint, PrimeField> Fp = new(new PrimeField(32003), new[] { "x", "y", "z" });

    [Test]
    public void DegreesPerVariable()
    {
        var f = Q.Parse("x^3*y + y^5 - 2*x*z^2 + 7");
        Assert.That((f.DegreeIn(0), f.DegreeIn(1), f.DegreeIn(2)), Is.EqualTo((3, 5, 2)));
        Assert.That(f.Degrees(), Is.EqualTo(new[] { 3, 5, 2 }));
        Assert.That(Q.Zero.Degrees(), Is.EqualTo(new[] { 0, 0, 0 }));
    }

    [Test]
    public void UnivariateDenseAndBack()
    {
        var p = Q.Parse("3*y^4 - y^2/2 + 7");
        var a = p.UnivariateCoefficients(1);
        Assert.That(a, Is.EqualTo(new Rational[] { 7, 0, new(-1, 2), 0, 3 }));
        Assert.That(Polynomial<Rational, RationalField>.Univariate(Q, 1, a), Is.EqualTo(p));
        Assert.That(Q.Zero.UnivariateCoefficients(2), Is.EqualTo(new[] { Rational.Zero }));
        Assert.That(Polynomial<uint, PrimeField>.Univariate(Fp, 2, new uint[] { 0, 0, 0 }).IsZero, Is.True);
        Assert.Throws<ArgumentException>(() => Q.Parse("x*y + 1").UnivariateCoefficients(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Polynomial<Rational, RationalField>.Univariate(Q, 3, a));
    }

    [Test]
    public void ParseAndPrintRoundTrip()
    {
        var p = Q.Parse("x^2*y - 3/2*z + 7");
        Assert.That(p.ToString(), Is.EqualTo("x^2*y-3/2*z+7"));
        Assert.That(Q.Parse(p.ToString()), Is.EqualTo(p));
        Assert.That(Q.Parse("(x+y)^3").ToString(), Is.EqualTo("x^3+3*x^2*y+3*x*y^2+y^3"));
        Assert.That(Q.Parse("-(x - 1)*(x + 1)"), Is.EqualTo(Q.Parse("1 - x**2")));
        Assert.That(Q.Parse("0.25*x + 1.5"), Is.EqualTo(Q.Parse("x/4 + 3/2")));
        Assert.That(Fp.Parse("x - 1").ToString(), Is.EqualTo("x-1"));
        Assert.That(Fp.Parse("x + 32002").ToString(), Is.EqualTo("x-1"));
    }

    [Test]
    public void TermsAreSortedByTheRingOrder()
    {
        var lex = Q.WithOrder(new LexOrder(3));
        Assert.That(lex.Parse("y^3 + x*z^2").ToString(), Is.EqualTo("x*z^2+y^3"));
        Assert.That(Q.Parse("y^3 + x*z^2").ToString(), Is.EqualTo("y^3+x*z^2"));
        Assert.That(Q.Parse("y^3 + x*z^2").ToRing(lex).ToString(), Is.EqualTo("x*z^2+y^3"));
    }

    [Test]
    public void RingIdentitiesOnRandomPolynomials()
    {
        const int seed = 99;
        var rng = new Random(seed);
        Polynomial<uint, PrimeField> Random3()
        {
            var terms = Enumerable.Range(0, rng.Next(1, 6)).Select(_ => ((uint)rng.Next(0, 32003), new[] { rng.Next(3), rng.Next(3), rng.Next(3) }));
            return Polynomial<uint, PrimeField>.FromTerms(Fp, terms);
        }
        for (int k = 0; k < 300; k++)
        {
            var (a, b, c) = (Random3(), Random3(), Random3());
            Assert.That((a + b) * c, Is.EqualTo(a * c + b * c), $"seed {seed}");
            Assert.That((a * b) * c, Is.EqualTo(a * (b * c)));
            Assert.That(a - a, Is.EqualTo(Fp.Zero));
            Assert.That((a * b).Derivative(1), Is.EqualTo(a.Derivative(1) * b + a * b.Derivative(1)));
            var point = new[] { (uint)rng.Next(32003), (uint)rng.Next(32003), (uint)rng.Next(32003) };
            var f = Fp.Field;
            Assert.That((a * b).Evaluate(point), Is.EqualTo(f.Mul(a.Evaluate(point), b.Evaluate(point))));
            if (k >= 30) continue; // substitution blows up degrees; a few cases suffice
            var images = new[] { b, c, a };
            Assert.That((a * b).Substitute(images), Is.EqualTo(a.Substitute(images) * b.Substitute(images)));
        }
    }

    [Test]
    public void NormalFormAndSPolynomial()
    {
        var f = Q.Parse("x^2*y - 1");
        var g = Q.Parse("x*y^2 - x");
        Assert.That(Reduction.SPolynomial(f, g).ToString(), Is.EqualTo("x^2-y"));
        // Reduction by x - 1, y - 2 evaluates at (1,2,z).
        var lin = new[] { Q.Parse("x - 1"), Q.Parse("y - 2") };
        Assert.That(Reduction.NormalForm(Q.Parse("x^3*y + z*y^2"), lin).ToString(), Is.EqualTo("4*z+2"));
    }

    /// <summary>Membership stops at the first irreducible term; it must agree with the full normal form, short and long (heap) dividends.</summary>
    [Test]
    public void MembershipAgreesWithTheNormalForm()
    {
        // A Gröbner basis (grevlex) of the twisted cubic's ideal.
        var basis = new[] { Fp.Parse("y^2 - x*z"), Fp.Parse("x*y - z"), Fp.Parse("x^2 - y") };
        var rng = new Random(170001);
        for (int trial = 0; trial < 200; trial++)
        {
            var f = Fp.Zero;
            int terms = trial % 2 == 0 ? 4 : 90;
            for (int t = 0; t < terms; t++)
                f += Fp.Parse($"{rng.Next(1, 32003)}*x^{rng.Next(5)}*y^{rng.Next(5)}*z^{rng.Next(5)}");
            var member = trial % 3 == 0 ? f : f * basis[trial % 3] + Fp.Parse("z") * basis[(trial + 1) % 3];
            Assert.That(Reduction.IsMember(member, basis), Is.EqualTo(Reduction.NormalForm(member, basis).IsZero), $"trial {trial}");
        }
        Assert.That(Reduction.IsMember(Fp.Parse("x^3 - z"), basis), Is.True);
        Assert.That(Reduction.IsMember(Fp.Parse("x^3 - z + 1"), basis), Is.False);
    }

    [Test]
    public void HomogeneityDegreeAndConstants()
    {
        Assert.That(Q.Parse("x*y + z^2").IsHomogeneous, Is.True);
        Assert.That(Q.Parse("x*y + z").IsHomogeneous, Is.False);
        Assert.That(Q.Parse("x*y^2 + z").Degree, Is.EqualTo(3));
        Assert.That(Q.Zero.Degree, Is.EqualTo(-1));
        Assert.That(Q.Parse("5").IsConstant, Is.True);
    }

    [Test]
    public void RingsRejectBadVariables()
    {
        Assert.That(() => new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "x" }), Throws.InstanceOf<Elimination.Core.Errors.InvalidInputException>().With.Message.Contains("twice"));
        Assert.That(() => new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "2x" }), Throws.InstanceOf<Elimination.Core.Errors.InvalidInputException>());
        Assert.That(() => new PolynomialRing<Rational, RationalField>(new RationalField(), Array.Empty<string>()), Throws.InstanceOf<Elimination.Core.Errors.InvalidInputException>());
    }
}
