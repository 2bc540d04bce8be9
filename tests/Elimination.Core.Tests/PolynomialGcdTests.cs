using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

/// <summary>Exact division and gcds: known cases, and seeded products a·b, a·c whose gcd must be a·gcd(b, c).</summary>
public class PolynomialGcdTests
{
    private static readonly PolynomialRing<Rational, RationalField> Q = new(new RationalField(), new[] { "x", "y", "z" });
    private static readonly PolynomialRing<uint, PrimeField> F5 = new(new PrimeField(5), new[] { "x", "y", "z" });

    [Test]
    public void ExactDivision()
    {
        var q = Polynomials.ExactDivision.Divide(Q.Parse("x^3 - y^3"), Q.Parse("x - y"));
        Assert.That(q.Equals(Q.Parse("x^2 + x*y + y^2")), Is.True);
        Assert.Throws<ArgumentException>(() => Polynomials.ExactDivision.Divide(Q.Parse("x^2 + 1"), Q.Parse("x - y")));
    }

    [TestCase("x^2-y^2", "x^2-2*x*y+y^2", "x-y")]
    [TestCase("x*y", "x*z", "x")]
    [TestCase("x^3*y^2*z", "x*y^5", "x*y^2")]
    [TestCase("(x+y+z)^3*(x*y-z)", "(x+y+z)^2*(x-z)*(y+1)", "(x+y+z)^2")]
    [TestCase("(y^2+1)*(x-z)", "(y^2+1)*(x+z)", "y^2+1")]
    [TestCase("2*x+2", "3*x+3", "x+1")]
    [TestCase("x^2+1", "y", "1")]
    [TestCase("0", "2*x*y+4", "x*y+2")]
    [TestCase("0", "0", "0")]
    public void KnownGcdsOverQ(string f, string g, string expected)
    {
        Assert.That(PolynomialGcd.Gcd(Q.Parse(f), Q.Parse(g)), Is.EqualTo(Q.Parse(expected)));
        Assert.That(PolynomialGcd.Gcd(Q.Parse(g), Q.Parse(f)), Is.EqualTo(Q.Parse(expected)), "symmetric");
    }

    [Test]
    public void GcdOverGF5OfAPthPowerAndItsDerivative()
    {
        // ∂f/∂x = g⁵·∂h/∂x for f = g⁵·h in characteristic 5, so gcd(f, ∂f/∂x) = g⁵·gcd(h, ∂h/∂x) = g⁵.
        var g = F5.Parse("4*y*z+3*x^5+2*x*y*z");
        var h = F5.Parse("3*x*y+4*z^4");
        var f = g.Pow(5) * h;
        Assert.That(PolynomialGcd.Gcd(f, f.Derivative(0)), Is.EqualTo(g.Pow(5).MakeMonic()));
        Assert.That(PolynomialGcd.Lcm(g, h), Is.EqualTo((g * h).MakeMonic()));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void RandomProductsShareExactlyTheirCommonFactor(int seed)
    {
        var random = new Random(seed);
        foreach (var ring in new[] { F5, new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "x", "y", "z" }) })
        {
            Polynomial<uint, PrimeField> Random(int terms, int degree)
            {
                var t = new List<(uint, int[])>();
                for (int i = 0; i < terms; i++)
                    t.Add(((uint)random.Next(1, (int)ring.Field.P), new[] { random.Next(degree + 1), random.Next(degree + 1), random.Next(degree + 1) }));
                var p = Polynomial<uint, PrimeField>.FromTerms(ring, t);
                return p.IsZero ? Random(terms, degree) : p;
            }
            var (a, b, c) = (Random(3, 3), Random(3, 2), Random(4, 2));
            var gcd = PolynomialGcd.Gcd(a * b, a * c);
            // a divides the gcd, and the cofactors are coprime: the gcd is a·gcd(b, c) whatever b and c share.
            Assert.That(PolynomialGcd.Gcd(Polynomials.ExactDivision.Divide(a * b, gcd), Polynomials.ExactDivision.Divide(a * c, gcd)).IsConstant, Is.True);
            Assert.That(gcd, Is.EqualTo((a * PolynomialGcd.Gcd(b, c)).MakeMonic()));
        }
    }
}
