using System.Text.Json;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary><c>elimination genus</c>: genera of plane curves (issue #13.5).</summary>
public class GenusCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-genus-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void GenusTwoQuinticHasItsOnlySingularityAtInfinity()
    {
        // y^2 = x^5 + 1: p_a = 6, the point (0:1:0) is z^3 = x^5 locally (δ = 4, one branch): g = 2 (Singular's genus: 2).
        var r = Run("genus", Sample("genus2-curve.sys"), "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("arithmetic genus").GetInt32(), Is.EqualTo(6));
        Assert.That(root.GetProperty("geometric genus").GetInt32(), Is.EqualTo(2));
        Assert.That(root.GetProperty("absolutely irreducible").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("singular point charts").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "(0:1:0)" }));
        Assert.That(root.GetProperty("delta invariants").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 4 }));
        Assert.That(root.GetProperty("branches").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 1 }));
        Assert.That(root.GetProperty("multiplicities").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public void ConjugateLinesHaveNoGeometricGenus()
    {
        var path = WriteTemp(_dir, "lines.sys", "field: QQ\nvars: x, y\npolys:\nx^2 + y^2\n");
        var r = Run("genus", path, "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.GetProperty("geometric genus").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(doc.RootElement.GetProperty("normalisation genus").GetInt32(), Is.EqualTo(-1));
    }

    [Test]
    public void BadCurvesGetAClearError()
    {
        var two = WriteTemp(_dir, "two.sys", "field: QQ\nvars: x, y\npolys:\nx\ny\n");
        var r = Run("genus", two, "-q");
        Assert.That(r.Code, Is.Not.EqualTo(0));
        Assert.That(r.Err, Does.Contain("one equation"));
        var doubled = WriteTemp(_dir, "double.sys", "field: GF(32003)\nvars: x, y\npolys:\n(y - x^2)^2*x\n");
        r = Run("genus", doubled, "-q");
        Assert.That(r.Code, Is.Not.EqualTo(0));
        Assert.That(r.Err, Does.Contain("repeated factor"));
        Assert.That(r.Err, Does.Not.Contain("   at "));
    }
}
