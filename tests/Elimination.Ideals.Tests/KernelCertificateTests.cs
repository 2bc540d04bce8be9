using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>
/// <see cref="KernelCertificate"/>: proves J = ker G for Cohen–Macaulay kernels whose point count reaches deg J, and
/// declines — never proves — a smaller J of the same dimension, a kernel that is not Cohen–Macaulay, and maps of
/// mixed degrees.
/// </summary>
public class KernelCertificateTests
{
    [Test]
    public void TwistedCubicMinorsAreProvedToBeTheKernel()
    {
        var (target, images) = Map(new[] { "s", "t" }, new[] { "s^3", "s^2*t", "s*t^2", "t^3" });
        var minors = Ideal(target, "y1^2 - y0*y2", "y1*y2 - y0*y3", "y2^2 - y1*y3");
        var proof = KernelCertificate.Prove(minors, images);
        Assert.That(proof.Proved, Is.True, proof.Note);
        Assert.That(proof.Dimension, Is.EqualTo(2));
        Assert.That(proof.Degree, Is.EqualTo(new System.Numerics.BigInteger(3)));
        Assert.That(proof.DistinctPoints, Is.EqualTo(3));
    }

    [Test]
    public void TwoOfTheThreeMinorsAreNotProved()
    {
        // A complete intersection (Cohen–Macaulay, degree 4): the twisted cubic and a line. 3 points, not 4.
        var (target, images) = Map(new[] { "s", "t" }, new[] { "s^3", "s^2*t", "s*t^2", "t^3" });
        var proof = KernelCertificate.Prove(Ideal(target, "y1^2 - y0*y2", "y2^2 - y1*y3"), images);
        Assert.That(proof.Proved, Is.False);
        Assert.That(proof.Degree, Is.EqualTo(new System.Numerics.BigInteger(4)));
        Assert.That(proof.DistinctPoints, Is.EqualTo(3));
    }

    [Test]
    public void TheRationalQuarticIsNotCohenMacaulaySoItIsNotProved()
    {
        var (target, images) = Map(new[] { "s", "t" }, new[] { "s^4", "s^3*t", "s*t^3", "t^4" });
        var kernel = Ideal(target, "y1*y2 - y0*y3", "y2^3 - y1*y3^2", "y1^3 - y0^2*y2", "y0*y2^2 - y1^2*y3");
        var proof = KernelCertificate.Prove(kernel, images);
        Assert.That(proof.Proved, Is.False);
        Assert.That(proof.Note, Does.Contain("Cohen-Macaulay"));
    }

    [Test]
    public void SegreQuadricIsProvedThroughASlice()
    {
        // (a, b) ⊗ (c, d), counted on the slice a = 1: the image of the slice is dense, its fibre one point.
        var (target, images) = Map(new[] { "a", "b", "c", "d" }, new[] { "a*c", "a*d", "b*c", "b*d" });
        var slicing = QQ("b", "c", "d");
        var slice = new[] { slicing.One, slicing.Variable(0), slicing.Variable(1), slicing.Variable(2) };
        var proof = KernelCertificate.Prove(Ideal(target, "y0*y3 - y1*y2"), images, slice, seed: 7);
        Assert.That(proof.Proved, Is.True, proof.Note);
        Assert.That(proof.DistinctPoints, Is.EqualTo(2));
        // Without the slice the fibre is cut by a random hyperplane instead: the same verdict.
        Assert.That(KernelCertificate.Prove(Ideal(target, "y0*y3 - y1*y2"), images, seed: 7).Proved, Is.True);
    }

    [Test]
    public void VeroneseSurfaceIsProvedUnderEverySeed()
    {
        // The cone over the Veronese surface: symmetric 3x3 matrices of rank 1, six 2x2 minors, degree 4.
        var (target, images) = Map(new[] { "a", "b", "c" },
            new[] { "a^2", "a*b", "a*c", "b^2", "b*c", "c^2" });
        var minors = Ideal(target,
            "y0*y3 - y1^2", "y0*y4 - y1*y2", "y0*y5 - y2^2", "y1*y4 - y2*y3", "y1*y5 - y2*y4", "y3*y5 - y4^2");
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var proof = KernelCertificate.Prove(minors, images, seed: seed);
            Assert.That(proof.Proved, Is.True, $"seed {seed}: {proof.Note}");
            Assert.That(proof.Degree, Is.EqualTo(new System.Numerics.BigInteger(4)));
        }
    }

    [Test]
    public void MixedDegreesAreDeclined()
    {
        var (_, images) = Map(new[] { "s", "t" }, new[] { "s^2", "s*t", "t^3" });
        Assert.That(KernelCertificate.Applies(images), Is.False);
        var (target, homogeneous) = Map(new[] { "s", "t" }, new[] { "s^2", "s*t", "t^2" });
        Assert.That(KernelCertificate.Applies(homogeneous), Is.True);
        Assert.That(KernelCertificate.Prove(Ideal(target, "y0*y2 - y1^2"), homogeneous).Proved, Is.True);
    }
}
