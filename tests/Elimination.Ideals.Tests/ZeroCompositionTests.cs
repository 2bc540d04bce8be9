using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>
/// <see cref="ZeroComposition"/>: f(φ) = 0 decided modulo primes up to a coefficient bound, exactly — including a
/// composition that is zero modulo the first prime (2^31 − 1) but not over ℚ, and rational coefficients on both sides.
/// </summary>
public class ZeroCompositionTests
{
    private static (List<Polynomial<Rational, RationalField>> Fs, List<Polynomial<Rational, RationalField>> Images) Parse(
        string[] parameters, string[] images, params string[] fs)
    {
        var (target, phi) = Map(parameters, images);
        return (fs.Select(f => target.Parse(f)).ToList(), phi);
    }

    [TestCase("y1^2 - y0*y2", true)]
    [TestCase("y1^2 - y0*y2 + 1", false)]
    [TestCase("y0*y2 - y1^2, y1*y2 - 7/2*y0*y3", true)]
    [TestCase("y0*y2 - y1^2, y1*y2 - 2/7*y0*y3", false)]
    public void TwistedCubicWithRationalCoefficients(string fs, bool vanishes)
    {
        var (f, phi) = Parse(new[] { "s", "t" }, new[] { "s^3", "s^2*t", "s*t^2", "2/7*t^3" }, fs.Split(", "));
        Assert.That(ZeroComposition.AllVanish(f, phi), Is.EqualTo(vanishes));
        Assert.That(f.All(g => g.Substitute(phi).IsZero), Is.EqualTo(vanishes));
    }

    /// <summary>y0 − 2^31·y1 at y0 = y1 = s is −(2^31 − 1)·s: zero modulo the first prime, so a second one must decide.</summary>
    [Test]
    public void ZeroModuloTheFirstPrimeIsNotEnough()
    {
        var (f, phi) = Parse(new[] { "s" }, new[] { "s", "s" }, "y0 - 2147483648*y1");
        Assert.That(ZeroComposition.Bound(f[0], phi), Is.EqualTo(new BigInteger(2147483649)));
        Assert.That(ZeroComposition.AllVanish(f, phi), Is.False);
        var (g, psi) = Parse(new[] { "s" }, new[] { "s", "s" }, "2147483648*y0 - 2147483648*y1");
        Assert.That(ZeroComposition.AllVanish(g, psi), Is.True);
    }

    /// <summary>An inhomogeneous map: its implicit equation composes to zero, a perturbed one does not.</summary>
    [Test]
    public void InhomogeneousSurface()
    {
        var (f, phi) = Parse(new[] { "s", "t" }, new[] { "s^2 + t", "s*t", "t^2" }, "y1^4 - 2*y0*y1^2*y2 + y0^2*y2^2 - y2^3",
            "y1^4 - 2*y0*y1^2*y2 + y0^2*y2^2 - y2^3 + 1/3*y0");
        Assert.That(f[0].Substitute(phi).IsZero, Is.True);
        Assert.That(ZeroComposition.AllVanish(f.Take(1).ToList(), phi), Is.True);
        Assert.That(ZeroComposition.AllVanish(f, phi), Is.False);
    }
}
