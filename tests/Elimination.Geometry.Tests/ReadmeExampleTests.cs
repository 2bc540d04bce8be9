using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Geometry.Quadrics;

namespace Elimination.Geometry.Tests;

/// <summary>The library calls shown in docs/readme/geometry.md, with their results.</summary>
public class ReadmeExampleTests
{
    [Test]
    public void TwistedCubicWalkThrough()
    {
        var fp = new PrimeField(2147483647);
        var ring = new PolynomialRing<uint, PrimeField>(fp, new[] { "a", "b", "c", "d" });
        var cubic = Variety<uint, PrimeField>.Parse(ring, projective: true, "a*c - b^2", "b*d - c^2", "a*d - b*c");

        Assert.That(SingularLocus.Compute(cubic).Invariants.IsEmpty, Is.True);
        var bw = QuadraticForms.ToField<uint, PrimeField>(BombieriWeyl.ForTensorEntries(2, 3), fp);
        Assert.That(EdDegree.Compute(cubic, bw, new GeometryOptions { Seed = 1 }).Invariants.Degree, Is.EqualTo(3));
        Assert.That(EdDegree.Compute(cubic, QuadraticForms.RandomSymmetric<uint, PrimeField>(fp, 4, new Random(2))).Invariants.Degree, Is.EqualTo(7));

        var p = QuadraticForms.RandomSymmetric<uint, PrimeField>(fp, 4, new Random(5)).SelectRows(new[] { 0, 1 });
        var ram = Ramification.Compute(cubic, p);
        Assert.That(ram.RamificationInvariants.Degree, Is.EqualTo(4)); // Riemann–Hurwitz: 2·3 − 2

        var psd = QuadraticForms.ToField<uint, PrimeField>(QuadraticForms.RandomPsd(4, 2, new Random(3)), fp);
        var parts = DegenerateCritical.Decompose(cubic, psd, EdDegree.RandomVector<uint, PrimeField>(fp, 4, new Random(4)));
        Assert.That((parts.ZeroLoss.Degree, parts.Ramified.Degree, parts.Total.Degree), Is.EqualTo((3L, 4L, 7L)));
    }
}
