using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.RealRoots;

namespace Elimination.Core.Tests.RealRoots;

/// <summary>Sturm-sequence real-root isolation: exact counts, intervals that hold their root, signs at roots.</summary>
public class RealRootIsolationTests
{
    private static readonly Rational Width = new(1, 1 << 30);

    private static Rational[] P(params long[] coefficients) => coefficients.Select(c => (Rational)c).ToArray();

    [Test]
    public void SquareRootOfTwoIsIsolatedOnBothSides()
    {
        var roots = RealRootIsolation.Roots(P(-2, 0, 1), Width);
        Assert.That(roots, Has.Count.EqualTo(2));
        Assert.That(roots[0].Approximation, Is.EqualTo(-Math.Sqrt(2)).Within(1e-8));
        Assert.That(roots[1].Approximation, Is.EqualTo(Math.Sqrt(2)).Within(1e-8));
        foreach (var r in roots)
        {
            Assert.That((r.High - r.Low).CompareTo(Width), Is.LessThanOrEqualTo(0));
            // x² − 2 changes sign across the interval: the root really is inside.
            Assert.That((r.Low * r.Low - 2).Sign * (r.High * r.High - 2).Sign, Is.EqualTo(-1));
        }
    }

    [Test]
    public void RationalRootsAndRepeatedRootsCountOnce()
    {
        // (x − 1)² (x + 3) (2x − 1) = 2x⁴ + x³ − 11x² + 11x − 3: distinct roots −3, 1/2, 1.
        var roots = RealRootIsolation.Roots(P(-3, 11, -11, 1, 2), Width);
        Assert.That(roots.Select(r => r.Approximation), Is.EqualTo(new[] { -3.0, 0.5, 1.0 }).Within(1e-8));
        Assert.That(RealRootIsolation.CountRoots(P(-3, 11, -11, 1, 2), 0, 1), Is.EqualTo(2), "(0, 1] holds 1/2 and 1");
        Assert.That(RealRootIsolation.CountRoots(P(-3, 11, -11, 1, 2), new Rational(1, 2), 1), Is.EqualTo(1), "the half-open interval leaves out 1/2");
    }

    [Test]
    public void NoRealRootsAndConstants()
    {
        Assert.That(RealRootIsolation.Roots(P(1, 0, 1), Width), Is.Empty);
        Assert.That(RealRootIsolation.Roots(P(5), Width), Is.Empty);
        Assert.Throws<InvalidInputException>(() => RealRootIsolation.Roots(P(0, 0), Width));
        Assert.Throws<InvalidInputException>(() => RealRootIsolation.Roots(P(1, 1), Rational.Zero));
    }

    [Test]
    public void ClusteredRootsAreSeparated()
    {
        // (1000x − 1)(1000x − 2)(x − 1000): roots 0.001, 0.002 and 1000 with a Cauchy bound near 1000.
        var q = Multiply(Multiply(P(-1, 1000), P(-2, 1000)), P(-1000, 1));
        var roots = RealRootIsolation.Roots(q, Width);
        Assert.That(roots.Select(r => r.Approximation), Is.EqualTo(new[] { 0.001, 0.002, 1000.0 }).Within(1e-7));
    }

    [Test]
    public void SignAtARootIsExact()
    {
        var p = P(-2, 0, 1);                       // roots ±√2
        var roots = RealRootIsolation.Roots(p, new Rational(1, 2));
        var positive = roots[1];
        Assert.That(RealRootIsolation.SignAt(P(-3, 2), p, positive), Is.EqualTo(-1), "2√2 − 3 < 0 although the coarse interval straddles 3/2");
        Assert.That(RealRootIsolation.SignAt(P(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), p, positive), Is.EqualTo(1), "√2¹² − 1 = 63");
        Assert.That(RealRootIsolation.SignAt(P(-4, 0, 0, 0, 1), p, positive), Is.EqualTo(0), "x⁴ − 4 vanishes at √2");
        Assert.That(RealRootIsolation.SignAt(P(0, -1), p, roots[0]), Is.EqualTo(1), "−x at −√2");
    }

    private static Rational[] Multiply(Rational[] a, Rational[] b)
    {
        var r = Enumerable.Repeat(Rational.Zero, a.Length + b.Length - 1).ToArray();
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < b.Length; j++) r[i + j] += a[i] * b[j];
        return r;
    }
}
