using System.Text.Json;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary><c>singular-locus --criterion random</c> (issue #13.4): no minor formed, the same basis, the error bound reported.</summary>
public class SingularLocusCriterionTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-slcrit-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase("GF(32003)")]
    [TestCase("QQ")]
    public void RandomCombinationsGiveTheSameBasisWithABound(string field)
    {
        // The cone over the rational normal quintic: 2 100 minors of size 4, singular at its vertex only.
        var eqs = from i in Enumerable.Range(0, 4) from j in Enumerable.Range(i + 1, 4 - i) select $"x{i}*x{j + 1}-x{i + 1}*x{j}";
        var path = WriteTemp(_dir, "rnc5.sys", $"field: {field}\nvars: x0, x1, x2, x3, x4, x5\npolys:\n{string.Join("\n", eqs)}\n");
        var exact = Run("singular-locus", path, "-f", "json", "-q");
        var random = Run("singular-locus", path, "--criterion", "random", "--seed", "7", "-f", "json", "-q");
        Assert.That(exact.Code, Is.EqualTo(0), exact.ToString());
        Assert.That(random.Code, Is.EqualTo(0), random.ToString());
        var e = JsonDocument.Parse(exact.Out).RootElement;
        var r = JsonDocument.Parse(random.Out).RootElement;
        Assert.That(r.GetProperty("generators").ToString(), Is.EqualTo(e.GetProperty("generators").ToString()));
        Assert.That(r.GetProperty("singular locus error bound").GetDouble(), Is.GreaterThan(0).And.LessThanOrEqualTo(1e-15));
        Assert.That(r.GetProperty("singular locus method").GetString(), Does.Contain("probabilistic").And.Contain("seed 7"));
        Assert.That(r.GetProperty("jacobian minors").GetInt32(), Is.EqualTo(0));
        Assert.That(e.TryGetProperty("singular locus error bound", out _), Is.False);
    }

    [Test]
    public void AnUnknownCriterionIsRefused()
    {
        var path = WriteTemp(_dir, "c.sys", "field: QQ\nvars: x, y\npolys:\ny^2 - x^3\n");
        var r = Run("singular-locus", path, "--criterion", "sometimes");
        Assert.That(r.Code, Is.EqualTo(2));
        Assert.That(r.Err, Does.Contain("sometimes").And.Contain("random"));
    }
}
