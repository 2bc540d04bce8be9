using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>
/// Equidimensionality by its cheapest proof, and the Cohen–Macaulay test behind the middle one. Expected answers
/// are textbook: the twisted cubic is arithmetically Cohen–Macaulay; two planes meeting in a point of A⁴ are
/// equidimensional but not Cohen–Macaulay (Hartshorne's connectedness: removing the point disconnects them);
/// a plane with a line through it, or away from it, is not equidimensional.
/// </summary>
public class EquidimensionalityTests
{
    [TestCase(new[] { "x*z-y^2", "y*w-z^2", "x*w-y*z" }, true)] // twisted cubic cone
    [TestCase(new[] { "y-x^2", "z-x^3" }, true)] // affine twisted cubic: a complete intersection
    [TestCase(new[] { "x*z-y^2", "y-x^2*w", "x^3-w^2" }, true)] // affine, not homogeneous: tested through its top forms
    [TestCase(new[] { "x*z", "x*w", "y*z", "y*w" }, false)] // two planes through the origin of A⁴
    [TestCase(new[] { "x*z", "y*z" }, false)] // plane ∪ line
    [TestCase(new[] { "x^2", "x*y" }, false)] // an embedded point
    public void CohenMacaulayTestIsExactOnTextbookIdeals(string[] gens, bool cohenMacaulay)
    {
        var ring = QQ("x", "y", "z", "w");
        Assert.That(Ideal(ring, gens).IsCohenMacaulay(), Is.EqualTo(cohenMacaulay));
        var p = Fp("x", "y", "z", "w");
        Assert.That(Ideal(p, gens).IsCohenMacaulay(seed: 5), Is.EqualTo(cohenMacaulay));
    }

    [TestCase(new[] { "x^2+y^2+z^2-1" }, true, "complete intersection")]
    [TestCase(new[] { "x*z-y^2", "y*w-z^2", "x*w-y*z" }, true, "Cohen-Macaulay")]
    [TestCase(new[] { "x*z", "x*w", "y*z", "y*w" }, true, "minimal primes all have dimension 2")]
    [TestCase(new[] { "x^2", "x*y", "x*z", "x*w" }, true, "only minimal prime has dimension 3")]
    [TestCase(new[] { "x*z", "y*z" }, false, "dimensions 3, 2")]
    [TestCase(new[] { "z*(y^2-x^3)", "z*(z-1)" }, false, "dimensions 3, 2")]
    public void DecidedByTheCheapestProof(string[] gens, bool equidimensional, string reason)
    {
        var e = Ideal(QQ("x", "y", "z", "w"), gens).Equidimensionality();
        Assert.That(e.Equidimensional, Is.EqualTo(equidimensional), e.Reason);
        Assert.That(e.Reason, Does.Contain(reason));
        Assert.That(e.Primes is null, Is.EqualTo(!reason.Contains("dimension")));
    }

    [Test]
    public void AHypersurfaceWithALineIsEquidimensionalExactlyWhenItContainsTheLine()
    {
        // Seeded: V(f·L) = V(f) ∪ line, of dimensions 3 and 1 in A⁴ unless the line lies on V(f).
        var rng = new Random(2026_12_05);
        var ring = QQ("x", "y", "z", "w");
        int contained = 0;
        for (int trial = 0; trial < 6; trial++)
        {
            var line = Ideal(ring, "x-y", "z", "w");
            var g = RandomPolynomial(ring, rng, 2, 4) + ring.Variable(0);
            // Even trials put the line on V(f) by construction.
            var f = trial % 2 == 0 ? line.Generators[0] * g + line.Generators[1] * RandomPolynomial(ring, rng, 1, 3) + line.Generators[2] : g + ring.One;
            var e = new Ideal<Rational, RationalField>(ring, line.Generators.Select(l => l * f), null, null).Equidimensionality();
            bool onLine = line.Contains(f);
            if (onLine) contained++;
            Assert.That(e.Equidimensional, Is.EqualTo(onLine), $"f = {f}: {e.Reason}");
        }
        TestContext.Out.WriteLine($"{contained} of 6 hypersurfaces contained the line");
    }
}
