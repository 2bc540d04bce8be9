using System.Text.Json;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary><c>singular-locus --points</c> (issue #13.3): singular points and the locus' length.</summary>
public class SingularLocusPointsTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-slpoints-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    // Singular: vdim(std(radical(J))), vdim(std(J)) with J = (f, f_x, f_y), and tjurina(f) (sing.lib):
    // cusp y² − x³: 1 point, Tjurina 2; D4 triple point (x²+y²)² + 3x²y − y³: 1 point, Tjurina 4;
    // nodal cubic times a line through a smooth point: three points, lengths 1 + 1 + 1.
    // Milnor numbers (Singular: milnor(f) at 0, and for the product by vdim(std(jacob(f))) minus the
    // critical points off f = 0): cusp 2, D4 4, nodal cubic · line 1 + 1 + 1. A quasi-homogeneous
    // singularity has μ = τ; x⁴ + y⁵ + x²y² (not quasi-homogeneous at 0) has μ = 10 > τ = 9.
    [TestCase("y^2 - x^3", 1, 2, 2)]
    [TestCase("(x^2 + y^2)^2 + 3*x^2*y - y^3", 1, 4, 4)]
    [TestCase("(y^2 - x^2*(x + 1))*(x - 1)", 3, 3, 3)]
    [TestCase("x^4 + y^5 + x^2*y^2", 1, 9, 10)]
    public void CountsSingularPointsAndTjurinaNumber(string f, int points, int length, int milnor)
    {
        var path = WriteTemp(_dir, "c.sys", $"field: QQ\nvars: x, y\npolys:\n{f}\n");
        var r = Run("singular-locus", path, "--points", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.GetProperty("singular points").GetInt32(), Is.EqualTo(points));
        Assert.That(doc.RootElement.GetProperty("singular locus length").GetInt32(), Is.EqualTo(length));
        Assert.That(doc.RootElement.GetProperty("milnor number").GetInt32(), Is.EqualTo(milnor));
    }

    /// <summary>x³ + y⁴ over GF(3): ∂f/∂x = 0, so μ is infinite (Singular: milnor -1) while τ = 9 (Singular's tjurina).</summary>
    [Test]
    public void InfiniteMilnorNumberInCharacteristicThree()
    {
        var path = WriteTemp(_dir, "c.sys", "field: GF(3)\nvars: x, y\npolys:\nx^3 + y^4\n");
        var r = Run("singular-locus", path, "--points", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.GetProperty("milnor number").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(doc.RootElement.GetProperty("tjurina number").GetInt32(), Is.EqualTo(9));
        var text = Run("singular-locus", path, "--points", "-q");
        Assert.That(text.Out, Does.Contain("milnor number: infinite").And.Contain("milnor numbers: [infinite]"), text.ToString());
    }

    [Test]
    public void MilnorAndTjurinaPerOrbit()
    {
        // (x² + y² − 1)(x² − y³): a cusp at the origin (μ = τ = 2) and six conjugate nodes (y³ + y² − 1 = 0,
        // x² + y² − 1 = 0), as Singular's minAssGTZ and milnor/tjurina give; totals 8 and 8.
        var path = WriteTemp(_dir, "cn.sys", "field: QQ\nvars: x, y\npolys:\n(x^2+y^2-1)*(x^2-y^3)\n");
        var r = Run("singular-locus", path, "--points", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var root = JsonDocument.Parse(r.Out).RootElement;
        int[] Ints(string key) => root.GetProperty(key).EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.That(Ints("points per orbit"), Is.EqualTo(new[] { 1, 6 }));
        Assert.That(Ints("milnor numbers"), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(Ints("tjurina numbers"), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(root.GetProperty("tjurina number").GetInt32(), Is.EqualTo(8));
        Assert.That(root.GetProperty("singular point orbits")[0].EnumerateArray().Select(e => e.GetString()), Is.EquivalentTo(new[] { "x", "y" }));
    }

    /// <summary>
    /// Projective curves: points of P² are lines of the cone, so the vertex is not a singular point (a smooth conic counted
    /// 1, the twisted cubic 1 with length 5) and a nodal cubic's one point is counted (it was exit 2: the cone's locus has
    /// dimension 1). Singular: the saturated slocus — the whole ring for the smooth ones, one point of length 1 for the
    /// node (its Tjurina number); a cuspidal cubic's cusp has length 2. The vertex is no component either.
    /// </summary>
    [TestCase("x, y, z", "x^2 + y^2 - z^2", 0, 0)]
    [TestCase("x, y, z", "y^2*z - x^3 - x^2*z", 1, 1)]
    [TestCase("x, y, z", "y^2*z - x^3", 1, 2)]
    [TestCase("x, y, z", "(y^2*z - x^3 - x^2*z)*(x - 2*z)", 4, 4)]
    [TestCase("x, y, z, w", "x*z - y^2; y*w - z^2; x*w - y*z", 0, 0)]
    public void ProjectiveCurvesCountPointsOfProjectiveSpace(string vars, string equations, int points, int length)
    {
        var path = WriteTemp(_dir, "p.sys", $"field: QQ\nvars: {vars}\npolys:\n{equations.Replace("; ", "\n")}\n");
        var r = Run("singular-locus", path, "--projective", "--points", "--components", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.GetProperty("singular points").GetInt32(), Is.EqualTo(points));
        Assert.That(doc.RootElement.GetProperty("singular locus length").GetInt32(), Is.EqualTo(length));
        Assert.That(doc.RootElement.GetProperty("component dimensions").EnumerateArray().All(d => d.GetInt32() >= 0), Is.True);
    }

    [Test]
    public void PositiveDimensionalLocusIsAClearError()
    {
        var path = WriteTemp(_dir, "s.sys", "field: QQ\nvars: x, y, z\npolys:\nx^2*y - z^2\n"); // Whitney umbrella: singular along a line
        var r = Run("singular-locus", path, "--points", "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("zero-dimensional"));
    }
}
