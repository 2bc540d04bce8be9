using System.Text.Json;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary><c>elimination decompose</c> and <c>singular-locus --components</c>: irreducible components (issue #13.2).</summary>
public class DecomposeCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-decompose-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void PlaneAndLine()
    {
        // V(xy, xz) = {x = 0} ∪ {y = z = 0}: Singular's minAssGTZ gives (x) and (y, z); the radical is (xy, xz).
        var path = WriteTemp(_dir, "pl.sys", "field: QQ\nvars: x, y, z\npolys:\nx^2*y\nx*z\n");
        var r = Run("decompose", path, "-f", "json", "-q", "--equidimensional");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("components").GetInt32(), Is.EqualTo(2));
        Assert.That(root.GetProperty("component dimensions").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(root.GetProperty("component degrees").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 1, 1 }));
        var ideals = root.GetProperty("component ideals").EnumerateArray().Select(a => a.EnumerateArray().Select(g => g.GetString()).ToArray()).ToArray();
        Assert.That(ideals[0], Is.EqualTo(new[] { "x" }));
        Assert.That(ideals[1], Is.EquivalentTo(new[] { "y", "z" }));
        Assert.That(root.GetProperty("generators").EnumerateArray().Select(g => g.GetString()), Is.EquivalentTo(new[] { "x*y", "x*z" }));
        Assert.That(root.GetProperty("equidimensional dimensions").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void OutputReadsBackAsTheRadical()
    {
        var path = WriteTemp(_dir, "sq.sys", "field: GF(32003)\nvars: x, y\npolys:\n(x^2 - y)^2*(x - 1)\n");
        var output = Path.Combine(_dir, "radical.sys");
        var r = Run("decompose", path, "-q", "-o", output);
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var again = Run("decompose", output, "-f", "json", "-q");
        Assert.That(again.Code, Is.EqualTo(0), again.ToString());
        using var doc = JsonDocument.Parse(again.Out);
        Assert.That(doc.RootElement.GetProperty("components").GetInt32(), Is.EqualTo(2));
        Assert.That(doc.RootElement.GetProperty("generators").EnumerateArray().Single().GetString(), Is.EqualTo("x^3-x^2-x*y+y"));
    }

    [Test]
    public void SingularLocusComponentsOfTheAttentionQuartic()
    {
        // Lightning self-attention (2,1,2,2): its singular locus is one irreducible 4-dimensional cubic variety.
        var r = Run("singular-locus", "--arch", "attention", "--widths", "2,1,2,2", "--components", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.GetProperty("component dimensions").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 4 }));
        Assert.That(doc.RootElement.GetProperty("component degrees").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public void SingularLocusOfTheFourTwoFourLinearNetwork()
    {
        var r = Run("singular-locus", "--arch", "linear", "--widths", "4,2,4", "--components", "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        Assert.That(doc.RootElement.GetProperty("singular locus dimension").GetInt32(), Is.EqualTo(7));
        Assert.That(doc.RootElement.GetProperty("singular locus degree").GetInt32(), Is.EqualTo(20));
        Assert.That(doc.RootElement.GetProperty("singular locus method").GetString(), Does.Contain("rank <= 2"));
        Assert.That(doc.RootElement.GetProperty("component degrees").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 20 }));
    }
}
