using System.Text.Json;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary><c>elimination points</c>: distinct points vs points with multiplicity (issue #13.3).</summary>
public class PointsCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-points-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    // (x² − 1, y²): two points (±1, 0), each of multiplicity 2 — Singular: vdim(std(I)) = 4,
    // vdim(std(radical(I))) = 2. Over GF(7) the same. x³ − y², y³ − x² (the two cusps meet at the
    // origin with multiplicity 4 and in 5 further points: vdim 9, 6 distinct, as Singular gives).
    [TestCase("QQ", "x^2 - 1\ny^2", 2, 4, "x^2-1")]
    [TestCase("GF(7)", "x^2 - 1\ny^2", 2, 4, "x^2-1")]
    [TestCase("QQ", "x^3 - y^2\ny^3 - x^2", 6, 9, null)]
    public void CountsDistinctPointsAndMultiplicity(string field, string polys, int distinct, int total, string? radicalElement)
    {
        var path = WriteTemp(_dir, "z.sys", $"field: {field}\nvars: x, y\npolys:\n{polys}\n");
        var r = Run("points", path, "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.GetProperty("distinct points").GetInt32(), Is.EqualTo(distinct));
        Assert.That(doc.RootElement.GetProperty("points with multiplicity").GetInt32(), Is.EqualTo(total));
        var gens = doc.RootElement.GetProperty("generators").EnumerateArray().Select(g => g.GetString()).ToArray();
        if (radicalElement is not null) Assert.That(gens, Does.Contain(radicalElement).And.Contain("y"), "√I = (x² − 1, y)");
    }

    [Test]
    public void PositiveDimensionalIdealIsAClearError()
    {
        var path = WriteTemp(_dir, "c.sys", "field: QQ\nvars: x, y\npolys:\ny^2 - x^3\n");
        var r = Run("points", path, "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1), r.ToString());
        Assert.That(r.Err, Does.Contain("zero-dimensional"));
    }
}
