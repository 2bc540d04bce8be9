using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>--timeout and Ctrl-C: exit code 3, a one-line message, and no output file.</summary>
public class CancellationTests
{
    // Long enough for Buchberger that a fraction of a second never finishes it.
    private static string Slow => SystemFile("katsura7-qq.sys");

    [Test]
    public void Timeout_ExitsThree_AndLeavesNoOutputFile()
    {
        var dir = TempDir();
        var outFile = Path.Combine(dir, "gb.sys");
        var clock = global::System.Diagnostics.Stopwatch.StartNew();
        var r = Run("groebner", Slow, "--algorithm", "buchberger", "--timeout", "0.3", "--output", outFile);
        Assert.That(r.Code, Is.EqualTo(3), r.ToString());
        Assert.That(r.Err.Trim(), Does.EndWith("timed out after 0.3 s"));
        Assert.That(r.Out, Is.Empty);
        Assert.That(File.Exists(outFile), Is.False, "no partial output");
        Assert.That(Directory.GetFiles(dir), Is.Empty, "no temporary file either");
        TestContext.Out.WriteLine($"returned after {clock.Elapsed.TotalSeconds:0.00} s");
        Directory.Delete(dir, true);
    }

    [Test]
    public void Interrupt_ExitsThree_WithCancelled()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var r = Run(new[] { "groebner", Slow, "--algorithm", "buchberger" }, cts.Token);
        Assert.That(r.Code, Is.EqualTo(3), r.ToString());
        Assert.That(r.Err.Trim(), Does.EndWith("cancelled"));
        Assert.That(r.Out, Is.Empty);
    }

    [Test]
    public void GenerousTimeout_DoesNotGetInTheWay()
    {
        var r = Run("groebner", Sample("cyclic4.sys"), "--timeout", "600", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
    }
}
