namespace Elimination.Reliability.Tests;

/// <summary>
/// No data lost: a run stopped by --timeout leaves neither the output file nor a temporary file
/// behind; -o never replaces a device, never overwrites the input unasked, and a bad output path
/// is refused before the computation starts (issue 15.1).
/// </summary>
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

    [Test]
    public void DevNullStaysADevice()
    {
        var input = Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", "katsura4-gf32003.sys");
        var run = RunnerInProcess.Run(new[] { "groebner", input, "--output", "/dev/null", "--quiet" }, TimeSpan.FromSeconds(30));
        Assert.That(run.Code, Is.EqualTo(0), run.ToString());
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", new[] { "-c", "%F", "/dev/null" }) { RedirectStandardOutput = true })!;
        var kind = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.That(kind, Is.EqualTo("character special file"));
    }

    [Test]
    public void UnwritableOutputFailsBeforeComputing()
    {
        // cyclic-7 over QQ takes far longer than the 20 s allowed: an exit 2 within it shows no work was done.
        var input = Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", "cyclic7-qq.sys");
        var run = RunnerInProcess.Run(new[] { "groebner", input, "--output", "/nonexistent-elimination/x.sys", "--quiet", "--threads", "1" }, TimeSpan.FromSeconds(20));
        Assert.That(run.Hung, Is.False);
        Assert.That(run.Code, Is.EqualTo(2), run.ToString());
        Assert.That(run.ErrLines, Has.Length.EqualTo(1));
        Assert.That(run.Err, Does.Contain("--output"));
    }

    [Test]
    public void OutputEqualToInputIsRefused()
    {
        var dir = Path.Combine(Path.GetTempPath(), "elimination-atomic", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "in.sys");
            File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", "katsura4-gf32003.sys"), input);
            var before = File.ReadAllText(input);
            var run = RunnerInProcess.Run(new[] { "groebner", input, "--output", input, "--quiet" }, TimeSpan.FromSeconds(30));
            Assert.That(run.Code, Is.EqualTo(2), run.ToString());
            Assert.That(File.ReadAllText(input), Is.EqualTo(before));
        }
        finally { Directory.Delete(dir, true); }
    }
}
