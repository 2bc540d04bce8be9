using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

/// <summary>
/// Critical values of parametrisations against the singular loci of their images: equal for the cusp and for linear
/// networks (determinantal varieties), and the two documented gaps — a crossing (node, Whitney umbrella's handle) is
/// singular without being a critical value, and a critical value can be smooth (t ↦ t³, the product of 2×2 matrices).
/// </summary>
public class CriticalValuesTests
{
    private static (IReadOnlyList<Polynomial<T, TField>> Images, string[] Targets) Map<T, TField>(TField field, string parameters, params string[] images)
        where TField : struct, IField<T>
    {
        var ring = new PolynomialRing<T, TField>(field, parameters.Split(','));
        return (images.Select(ring.Parse).ToList(), Enumerable.Range(0, images.Length).Select(i => "y" + i).ToArray());
    }

    /// <summary>The product map (A, B) ↦ A·B of a linear network with widths (n, w, n): n·w + w·n parameters, n² coordinates.</summary>
    private static (IReadOnlyList<Polynomial<uint, PrimeField>> Images, string[] Targets) LinearNetwork(int n, int w)
    {
        var names = new List<string>();
        for (int i = 0; i < n; i++) for (int k = 0; k < w; k++) names.Add($"a{i}{k}");
        for (int k = 0; k < w; k++) for (int j = 0; j < n; j++) names.Add($"b{k}{j}");
        var images = new List<string>();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                images.Add(string.Join(" + ", Enumerable.Range(0, w).Select(k => $"a{i}{k}*b{k}{j}")));
        return Map<uint, PrimeField>(Fp, string.Join(",", names), images.ToArray());
    }

    private static string[] Basis<T, TField>(IReadOnlyList<Polynomial<T, TField>> basis) where TField : struct, IField<T> =>
        basis.Select(b => b.ToString()).ToArray();

    [Test]
    public void TheCuspsCriticalValueIsItsSingularPoint()
    {
        var (images, targets) = Map<Rational, RationalField>(QQ, "t", "t^2", "t^3");
        var c = CriticalValues.Compute(images, targets);
        Assert.That(c.Rank, Is.EqualTo(1));
        Assert.That(Basis(c.CriticalBasis), Is.EqualTo(new[] { "t" }));
        Assert.That(Basis(c.ValueBasis), Is.EqualTo(new[] { "y1", "y0" }));
        var singular = SingularLocus.Compute(Affine("y0,y1", "y1^2 - y0^3"));
        Assert.That(singular.Invariants.GeometricDimension, Is.EqualTo(c.ValueInvariants.GeometricDimension));
        Assert.That(c.RankErrorBound, Is.LessThan(1e-10));
    }

    [Test]
    public void ANodeIsACrossingNotACriticalValue()
    {
        // t ↦ (t² − 1, t³ − t) is an immersion: no critical value, yet the image y1² = y0²(y0 + 1) has a node at 0.
        var (images, targets) = Map<uint, PrimeField>(Fp, "t", "t^2 - 1", "t^3 - t");
        var c = CriticalValues.Compute(images, targets);
        Assert.That(c.ValueInvariants.IsEmpty, Is.True);
        Assert.That(Basis(c.ValueBasis), Is.EqualTo(new[] { "1" }));
        Assert.That(SingularLocus.Compute(Affine("y0,y1", "y1^2 - y0^3 - y0^2")).Invariants.GeometricDimension, Is.EqualTo(0));
    }

    [Test]
    public void ACriticalValueCanBeSmooth()
    {
        var (images, targets) = Map<uint, PrimeField>(Fp, "t", "t^3");
        var c = CriticalValues.Compute(images, targets);
        Assert.That(Basis(c.ValueBasis), Is.EqualTo(new[] { "y0" })); // the image is the whole (smooth) line
    }

    [Test]
    public void TheWhitneyUmbrellasHandleIsACrossing()
    {
        // (u, v) ↦ (uv, u, v²) onto y0² = y1²·y2: singular along the y2-axis, but only its origin is critical —
        // the other points of the axis are the images of two points (0, ±v).
        var (images, targets) = Map<uint, PrimeField>(Fp, "u,v", "u*v", "u", "v^2");
        var c = CriticalValues.Compute(images, targets);
        Assert.That(Basis(c.ValueBasis), Is.EqualTo(new[] { "y2", "y1", "y0" }));
        Assert.That(SingularLocus.Compute(Affine("y0,y1,y2", "y0^2 - y1^2*y2")).Invariants.GeometricDimension, Is.EqualTo(1));
    }

    [Test]
    public void RankOneLinearNetworkIsCriticalAtTheOrigin()
    {
        // (3,1,3): X = 3×3 matrices of rank ≤ 1 (the cone over P² × P²), singular only at 0 — the critical value.
        var (images, targets) = LinearNetwork(3, 1);
        var c = CriticalValues.Compute(images, targets);
        Assert.That(c.Rank, Is.EqualTo(5));
        Assert.That(c.ValueInvariants.GeometricDimension, Is.EqualTo(0));
        Assert.That(c.ValueBasis, Has.Count.EqualTo(9));
        Assert.That(c.CriticalInvariants.GeometricDimension, Is.EqualTo(3)); // a = 0 or b = 0: two 3-planes
    }

    [Test]
    public void ProductsOfTwoByTwoMatricesAreCriticalOnTheDeterminant()
    {
        // (2,2,2) fills all 2×2 matrices (smooth), but A·B is critical exactly where A or B is singular.
        var (images, targets) = LinearNetwork(2, 2);
        var c = CriticalValues.Compute(images, targets, components: true);
        Assert.That(c.Rank, Is.EqualTo(4));
        Assert.That(Basis(c.ValueBasis), Is.EqualTo(new[] { "y1*y2-y0*y3" }));
        Assert.That(c.Components!.Select(p => (p.GeometricDimension, p.Degree)), Is.EqualTo(new[] { (3, 2L) }));
    }

    [Test]
    public void RandomCombinationsGiveTheSameCriticalValues()
    {
        // Small maps: a minors' ideal with many independent generators (the linear networks') needs as many random
        // combinations, each growth a new basis of dense polynomials — seconds where the 70 minors take milliseconds.
        foreach (var (images, targets) in new[]
                 {
                     Map<uint, PrimeField>(Fp, "u,v", "u*v", "u", "v^2"), Map<uint, PrimeField>(Fp, "t", "t^2", "t^3"),
                     Map<uint, PrimeField>(Fp, "t", "t^2 - 1", "t^3 - t"), Map<uint, PrimeField>(Fp, "s,t", "s^2", "s*t", "t^2", "s^3 + t^3"),
                 })
        {
            var exact = CriticalValues.Compute(images, targets);
            var random = CriticalValues.Compute(images, targets, new GeometryOptions { Criterion = JacobianCriterion.RandomCombinations, Seed = 7 });
            Assert.That(Basis(random.ValueBasis), Is.EqualTo(Basis(exact.ValueBasis)));
            Assert.That(Basis(random.CriticalBasis), Is.EqualTo(Basis(exact.CriticalBasis)));
            Assert.That(random.ErrorBound, Is.Not.Null.And.LessThan(1e-14));
            Assert.That(exact.ErrorBound, Is.Null);
        }
    }

    [Test]
    public void TargetsMustDifferFromParameters()
    {
        var (images, _) = Map<uint, PrimeField>(Fp, "t", "t^2");
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => CriticalValues.Compute(images, new[] { "t" }));
    }

    /// <summary>
    /// Over GF(3) every point can be special: two random points gave rank 0 for (s^4 + s^2, t^4 + t^2, st(s^2-1)(t^2-1))
    /// — its derivatives vanish at all of GF(3)^2 — and "empty" critical values. The rank is now proved by minors: 2,
    /// and the critical values are Singular's four points, for every seed.
    /// </summary>
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void OverASmallFieldTheGenericRankIsProvedByMinors(int seed)
    {
        var (images, targets) = Map<uint, PrimeField>(new PrimeField(3), "s,t", "s^4+s^2", "t^4+t^2", "s*t*(s^2-1)*(t^2-1)");
        var c = CriticalValues.Compute(images, targets, Options(seed));
        Assert.That((c.Rank, c.RankErrorBound), Is.EqualTo((2, 0.0)));
        Assert.That((c.ValueInvariants.Dimension, c.ValueInvariants.Degree), Is.EqualTo((0, 4L)));
        Assert.That(c.Method, Does.Contain("exact"));
    }

    /// <summary>t ↦ (t^6, t^9) over GF(3): dφ = 0, yet the image is the cuspidal cubic; refused, not "empty".</summary>
    [Test]
    public void AnInseparableMapIsRefused()
    {
        var (images, targets) = Map<uint, PrimeField>(new PrimeField(3), "t", "t^6", "t^9");
        var e = Assert.Throws<Elimination.Core.Errors.UnsupportedFieldException>(() => CriticalValues.Compute(images, targets, Options(1)))!;
        Assert.That(e.Message, Does.Contain("inseparable").And.Contain("rank 0").And.Contain("dimension 1"));
        var (separable, names) = Map<uint, PrimeField>(new PrimeField(5), "t", "t^2", "t^3");
        Assert.That(CriticalValues.Compute(separable, names, Options(1)).ValueInvariants.Dimension, Is.EqualTo(0), "the cusp of (t^2, t^3) over GF(5)");
    }

    [Test]
    public void RandomCombinationsOverGF3AreRefusedWithAMessage()
    {
        var (images, targets) = Map<uint, PrimeField>(new PrimeField(3), "s,t", "s^2", "t^2", "s*t");
        var options = new GeometryOptions { Seed = 1, Criterion = JacobianCriterion.RandomCombinations };
        var e = Assert.Throws<Elimination.Core.Errors.UnsupportedFieldException>(() => CriticalValues.Compute(images, targets, options))!;
        Assert.That(e.Message, Does.Contain("too small").And.Contain("--criterion minors"));
    }
}
