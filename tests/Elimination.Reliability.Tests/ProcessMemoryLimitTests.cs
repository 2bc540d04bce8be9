using System.Text;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Issue #15.3: <c>--max-memory</c> bounds the whole process, not only the F4 matrix, and a linear
/// chain in thousands of variables (already a Gröbner basis up to one interreduction) simply finishes.
/// Before: 4 000 variables grew past 24 GB (every pair's lcm was interned, coprime or not) and
/// 10 000 variables ended in an internal error.
/// </summary>
[TestFixture]
public sealed class ProcessMemoryLimitTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("elim-memory-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>v0 − v1, …, v(n−2) − v(n−1), v(n−1)² − 1 over GF(32003).</summary>
    private string WriteChain(int n)
    {
        var sb = new StringBuilder("field: GF(32003)\nvars: ");
        sb.AppendJoin(", ", Enumerable.Range(0, n).Select(i => $"v{i}")).Append("\npolys:\n");
        for (int i = 0; i + 1 < n; i++) sb.Append($"v{i} - v{i + 1}\n");
        sb.Append($"v{n - 1}^2 - 1\n");
        var path = Path.Combine(_dir, $"chain{n}.sys");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    [Test]
    public void LinearChainOfThreeThousandVariablesFinishes()
    {
        var input = WriteChain(3000);
        var output = Path.Combine(_dir, "out.sys");
        // Under a generous --max-memory too: the process-wide limit must not stop a run that fits.
        using var run = RunnerProcess.Start(_dir, "groebner", input, "-o", output, "--quiet", "--max-memory", "2G");
        Assert.That(run.WaitForExit(TimeSpan.FromSeconds(120)), Is.EqualTo(0), run.Output);
        var text = File.ReadAllText(output);
        // The reduced basis: v_i − v2999 for i < 2999, and v2999² − 1.
        Assert.That(text, Does.Contain("v0-v2999"));
        Assert.That(text, Does.Contain("v2998-v2999"));
        Assert.That(text, Does.Contain("v2999^2-1"));
    }

    [Test]
    public void MaxMemoryBoundsTheWholeProcess()
    {
        // 4 000 variables need ≈ 250 MB (a monomial has 1 000 words); 100M must stop it cleanly.
        var input = WriteChain(4000);
        using var run = RunnerProcess.Start(_dir, "groebner", input, "-o", Path.Combine(_dir, "out.sys"), "--quiet", "--max-memory", "100M");
        int code = run.WaitForExit(TimeSpan.FromSeconds(120));
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(2), run.Output);
        Assert.That(lines, Has.Length.EqualTo(1), run.Output);
        Assert.That(lines[0], Does.StartWith("error: memory limit exceeded"));
        Assert.That(lines[0], Does.Contain("--max-memory 100M").And.EndWith("(raise --max-memory or simplify the problem)"));
        Assert.That(File.Exists(Path.Combine(_dir, "out.sys")), Is.False);
    }
}
