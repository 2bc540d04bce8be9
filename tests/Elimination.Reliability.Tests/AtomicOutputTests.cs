namespace Elimination.Reliability.Tests;

/// <summary>No data lost: a run stopped by --timeout leaves neither the output file nor a temporary file behind.</summary>
[TestFixture]
public sealed class AtomicOutputTests
{
    [Test]
    public void TimeoutLeavesNoPartialOutput()
    {
        var dir = Path.Combine(Path.GetTempPath(), "elimination-atomic", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", "cyclic7-qq.sys");
            var output = Path.Combine(dir, "result.txt");
            var run = RunnerInProcess.Run(new[] { "groebner", input, "--output", output, "--timeout", "0.3", "--quiet", "--threads", "1" }, TimeSpan.FromSeconds(30));
            Assert.That(run.Hung, Is.False);
            if (run.Code == 0) Assert.Inconclusive("cyclic7 finished within 0.3 s; nothing to interrupt");
            Assert.That(run.Code, Is.EqualTo(3), run.ToString());
            Thread.Sleep(1500); // the abandoned computation gets its grace period; it must not write afterwards either
            Assert.That(Directory.GetFiles(dir), Is.Empty, "a timed-out run left files: " + string.Join(", ", Directory.GetFiles(dir)));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Test]
    public void SuccessfulRunReplacesOutputWholeAndLeavesNoTemporaryFile()
    {
        var dir = Path.Combine(Path.GetTempPath(), "elimination-atomic", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", "katsura4-gf32003.sys");
            var output = Path.Combine(dir, "result.txt");
            File.WriteAllText(output, "old content that must disappear");
            var run = RunnerInProcess.Run(new[] { "groebner", input, "--output", output, "--quiet" }, TimeSpan.FromSeconds(30));
            Assert.That(run.Code, Is.EqualTo(0), run.ToString());
            Assert.That(Directory.GetFiles(dir), Is.EquivalentTo(new[] { output }));
            Assert.That(File.ReadAllText(output), Does.Not.Contain("old content"));
        }
        finally { Directory.Delete(dir, true); }
    }
}
