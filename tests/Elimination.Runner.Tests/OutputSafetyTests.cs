using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>Issue 15.1: -o never destroys what it points at, and bad output/log paths fail before any work.</summary>
public class OutputSafetyTests
{
    private string _dir = "";

    [SetUp] public void SetUp() => _dir = TempDir();
    [TearDown] public void TearDown() => Directory.Delete(_dir, true);

    private static string StatType(string path)
    {
        var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", new[] { "-L", "-c", "%F", path }) { RedirectStandardOutput = true })!;
        var text = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return text;
    }

    [TestCase("/dev/null")]
    [TestCase("/dev/full")]
    public void DeviceOutput_IsWrittenInPlace_AndStaysADevice(string device)
    {
        if (!File.Exists(device)) Assert.Ignore($"{device} does not exist here");
        var r = Run("groebner", Sample("cyclic4.sys"), "-o", device, "-q");
        // /dev/full refuses the bytes (ENOSPC): a one-line error, never a replaced device.
        if (device == "/dev/full") Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        else Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(StatType(device), Is.EqualTo("character special file"));
        Assert.That(Directory.GetFiles("/dev").Where(f => Path.GetFileName(f).StartsWith($".{Path.GetFileName(device)}.")), Is.Empty, "no temporary file left in /dev");
    }

    [Test]
    public void Dash_IsStdout()
    {
        var r = Run("groebner", Sample("cyclic4.sys"), "-o", "-", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("polys:"));
        Assert.That(File.Exists("-"), Is.False);
    }

    [Test]
    public void Fifo_IsStreamed()
    {
        var fifo = Path.Combine(_dir, "pipe");
        System.Diagnostics.Process.Start("mkfifo", fifo)!.WaitForExit();
        if (StatType(fifo) != "fifo") Assert.Ignore("mkfifo unavailable");
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var r = Run("groebner", Sample("cyclic4.sys"), "-o", fifo, "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(reader.Wait(TimeSpan.FromSeconds(20)), Is.True);
        Assert.That(reader.Result, Does.Contain("polys:"));
        Assert.That(StatType(fifo), Is.EqualTo("fifo"));
    }

    [Test]
    public void Symlink_IsFollowed_LinkSurvives()
    {
        var target = Path.Combine(_dir, "real.sys");
        File.WriteAllText(target, "old");
        var link = Path.Combine(_dir, "link.sys");
        File.CreateSymbolicLink(link, target);
        var r = Run("groebner", Sample("cyclic4.sys"), "-o", link, "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target), "the link is still a link");
        Assert.That(File.ReadAllText(target), Does.Contain("polys:"));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "real.sys", "link.sys" }));
    }

    [Test]
    public void OutputEqualToInput_IsRefused_UnlessOverwriteInput()
    {
        var input = Path.Combine(_dir, "in.sys");
        File.Copy(Sample("cyclic4.sys"), input);
        var before = File.ReadAllText(input);
        var r = Run("groebner", input, "-o", input, "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1));
        Assert.That(r.Err, Does.Contain("--overwrite-input"));
        Assert.That(File.ReadAllText(input), Is.EqualTo(before));

        // Through a symlink to the input, too.
        var link = Path.Combine(_dir, "alias.sys");
        File.CreateSymbolicLink(link, input);
        Assert.That(Run("groebner", input, "-o", link, "-q").Code, Is.EqualTo(2));

        var ok = Run("groebner", input, "-o", input, "--overwrite-input", "-q");
        Assert.That(ok.Code, Is.EqualTo(0), ok.ToString());
        Assert.That(File.ReadAllText(input), Does.Contain("reduced Groebner basis"));
    }

    [TestCase("--output")]
    [TestCase("--log")]
    public void MissingDirectory_FailsBeforeComputing(string option)
    {
        // Checked before the work: the message is the path's, not a computation's.
        var r = Run("groebner", SystemFile("cyclic7-gf32003.sys"), option, "/nonexistent-dir/x.out", "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1), r.ToString());
        Assert.That(r.Err, Does.StartWith($"error: {option} '/nonexistent-dir/x.out'"));
        Assert.That(r.Out, Is.Empty);
    }

    [Test]
    public void OutputIsADirectory_ExitTwo()
    {
        var r = Run("groebner", Sample("cyclic4.sys"), "-o", _dir, "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("is a directory"));
    }

    // Further output files are checked before the work too.
    [TestCase("singular-locus", "--summary")]
    [TestCase("report", "--json")]
    [TestCase("experiment", "--results")]
    public void FurtherOutputFiles_CheckedBeforeComputing(string command, string option)
    {
        var input = command == "experiment" ? WriteTemp(_dir, "list.txt", "mlp 2,2,2 x^2\n") : WriteTemp(_dir, "cusp.sys", "field: QQ\nvars: x, y\npolys:\ny^2 - x^3\n");
        var r = Run(command, input, option, "/nonexistent-dir/f.out", "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1), r.ToString());
        Assert.That(r.Err, Does.StartWith($"error: {option} '/nonexistent-dir/f.out'"));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { Path.GetFileName(input) }), "nothing written");
    }
}
