using System.Buffers.Binary;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary><c>elimination plot</c> (issue #17.4): images exist, have the asked size, and bad input is exit 2.</summary>
public class PlotCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-plot-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), "PNG signature");
        // The IHDR chunk comes first: width and height as big-endian 32-bit integers at bytes 16 and 20.
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Test]
    public void ASweepBecomesAPngOfTheAskedSize()
    {
        var png = Path.Combine(_dir, "sweep.png");
        var r = Run("plot", Sample("plot/sweep-results.csv"), "-o", png, "--size", "900x500", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(PngSize(png), Is.EqualTo((900, 500)));
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(10_000), "a picture, not an empty canvas");
        Assert.That(r.Out, Does.Contain("14 cases, 2 defective"));
    }

    [Test]
    public void ACurveBecomesAnSvgWithItsSingularPoints()
    {
        var svg = Path.Combine(_dir, "deltoid.svg");
        var r = Run("plot", Sample("plot/deltoid.sys"), "-o", svg, "--size", "640x480", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var text = File.ReadAllText(svg);
        Assert.That(text, Does.Contain("<svg").And.Contain("width=\"640\"").And.Contain("height=\"480\""));
        Assert.That(text.Length, Is.GreaterThan(10_000));
        Assert.That(r.Out, Does.Contain("3 real singular points"));
        Assert.That(r.Out.Split('\n').Count(l => l.StartsWith("cusp or worse (")), Is.EqualTo(3), r.Out);
    }

    [Test]
    public void TheCuspidalCubicOfTheReadme()
    {
        var png = Path.Combine(_dir, "cubic.png");
        var r = Run("plot", Sample("plot/cuspidal-cubic.sys"), "-o", png, "--box", "-1,2,-1.5,1.5", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(PngSize(png), Is.EqualTo((800, 600)));
        Assert.That(r.Out, Does.Contain("cusp or worse (0, 0)"));
    }

    [TestCase(new[] { "--size", "800" }, "--size")]
    [TestCase(new[] { "--box", "1,0,0,1" }, "--box")]
    [TestCase(new[] { "--box", "-1e308,1e308,-1,1" }, "within")]
    public void BadOptionsAreExitTwo(string[] extra, string named)
    {
        var r = Run(new[] { "plot", Sample("plot/cuspidal-cubic.sys"), "-o", Path.Combine(_dir, "a.png"), "-q" }.Concat(extra).ToArray());
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain(named));
    }

    [Test]
    public void BadInputIsExitTwoWithOneLine()
    {
        var gf = WriteTemp(_dir, "gf.sys", "field: GF(7)\nvars: x, y\npolys:\ny^2 - x^3\n");
        var two = WriteTemp(_dir, "two.sys", "field: QQ\nvars: x, y\npolys:\ny^2 - x^3\nx - y\n");
        var csv = WriteTemp(_dir, "bad.csv", "Widths,Activation,Ambient Dimension,Expected Dimension,Dimension,Defect,Time,Architecture,Proved\n\"2,2,1\",x^2,3,3,three,0,0,\"mlp 2,2,1 x^2\",yes\n");
        foreach (var (args, message) in new[]
        {
            (new[] { "plot", Sample("plot/cuspidal-cubic.sys") }, "give -o"),
            (new[] { "plot", Sample("plot/cuspidal-cubic.sys"), "-o", Path.Combine(_dir, "a.jpg") }, ".png or .svg"),
            (new[] { "plot", gf, "-o", Path.Combine(_dir, "a.png") }, "over QQ"),
            (new[] { "plot", two, "-o", Path.Combine(_dir, "a.png") }, "exactly one polynomial"),
            (new[] { "plot", csv, "-o", Path.Combine(_dir, "a.png") }, "bad.csv:2"),
        })
        {
            var r = Run(args.Append("-q").ToArray());
            Assert.That(r.Code, Is.EqualTo(2), r.ToString());
            Assert.That(r.ErrLines, Has.Length.EqualTo(1), r.ToString());
            Assert.That(r.Err, Does.Contain(message), r.ToString());
        }
        Assert.That(Directory.GetFiles(_dir, "a.*"), Is.Empty, "nothing written on a failure");
    }
}
