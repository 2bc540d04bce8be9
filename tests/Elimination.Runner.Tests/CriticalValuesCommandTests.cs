using System.Text.Json;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary><c>critical-values</c> (issue #13.4): the rank drop of a parametrisation, from a map file or a network.</summary>
public class CriticalValuesCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-crit-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void TheCuspIsTheCriticalValueOfItsParametrisation()
    {
        var r = Run("critical-values", Sample("cuspidal-cubic.map"), "-f", "json", "-q", "--seed", "3");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var j = JsonDocument.Parse(r.Out).RootElement;
        Assert.That(j.GetProperty("generators").EnumerateArray().Select(g => g.GetString()), Is.EqualTo(new[] { "y1", "y0" }));
        Assert.That(j.GetProperty("generic rank").GetInt32(), Is.EqualTo(1));
        Assert.That(j.GetProperty("critical values dimension").GetInt32(), Is.EqualTo(0));
        Assert.That(j.GetProperty("method").GetString(), Does.Contain("seed 3").And.Contain("exact"));
    }

    [TestCase("QQ")]
    [TestCase("GF(32003)")]
    public void AQuadraticNetworksCriticalValuesAreItsRankOneQuadrics(string field)
    {
        // (3,2,1) x^2: X = ternary quadrics of rank <= 2; critical values = rank <= 1 (the Veronese cone, dim 3, degree 4) = Sing X.
        var r = Run("critical-values", "--arch", "mlp", "--widths", "3,2,1", "--activation", "x^2", "--field", field, "--components", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var j = JsonDocument.Parse(r.Out).RootElement;
        Assert.That(j.GetProperty("generic rank").GetInt32(), Is.EqualTo(5));
        Assert.That(j.GetProperty("critical values dimension").GetInt32(), Is.EqualTo(3));
        Assert.That(j.GetProperty("critical values degree").GetInt32(), Is.EqualTo(4));
        Assert.That(j.GetProperty("component degrees").EnumerateArray().Select(d => d.GetInt32()), Is.EqualTo(new[] { 4 }));
        var singular = Run("singular-locus", "--arch", "mlp", "--widths", "3,2,1", "--activation", "x^2", "--field", field, "-f", "json", "-q");
        Assert.That(singular.Code, Is.EqualTo(0), singular.ToString());
        var s = JsonDocument.Parse(singular.Out).RootElement;
        Assert.That(s.GetProperty("singular locus dimension").GetInt32(), Is.EqualTo(3));
        Assert.That(s.GetProperty("singular locus degree").GetInt32(), Is.EqualTo(4));
    }

    [Test]
    public void RandomCombinationsReportTheirBound()
    {
        var r = Run("critical-values", Sample("cuspidal-cubic.map"), "--criterion", "random", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var j = JsonDocument.Parse(r.Out).RootElement;
        Assert.That(j.GetProperty("minors error bound").GetDouble(), Is.GreaterThan(0).And.LessThanOrEqualTo(1e-15));
        Assert.That(j.GetProperty("generators").EnumerateArray().Select(g => g.GetString()), Is.EqualTo(new[] { "y1", "y0" }));
    }

    [Test]
    public void BadInputIsRefused()
    {
        var rational = WriteTemp(_dir, "r.map", "field: QQ\nvars: t\ntargets: y\npolys:\ny = 1/(t + 1)\n");
        var both = Run("critical-values", rational, "--arch", "linear", "--widths", "2,1,2");
        Assert.That(both.Code, Is.EqualTo(2));
        Assert.That(both.Err, Does.Contain("not both"));
        var neither = Run("critical-values");
        Assert.That(neither.Code, Is.EqualTo(2));
        Assert.That(neither.Err, Does.Contain("map FILE"));
        var fraction = Run("critical-values", rational);
        Assert.That(fraction.Code, Is.EqualTo(2));
        Assert.That(fraction.Err, Does.Contain("polynomial map"));
    }
}
