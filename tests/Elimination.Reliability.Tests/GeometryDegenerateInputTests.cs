namespace Elimination.Reliability.Tests;

/// <summary>
/// Degenerate geometry inputs through the runner (issue 15 item 5): a correct answer (exit 0) or one
/// clean error line (exit 2), never a silent wrong answer, an internal error or a hang.
/// </summary>
[TestFixture]
public sealed class GeometryDegenerateInputTests
{
    private const string TwistedCubic = "field: QQ\nvars: a, b, c, d\npolys:\na*c - b^2\nb*d - c^2\na*d - b*c\n";
    private const string Quartic = "field: QQ\nvars: x, y\npolys:\nx^4 + y^4 + 3*x^2*y - 2*x*y^2 + x - 7*y + 1\n";
    private static readonly TimeSpan WallClock = TimeSpan.FromSeconds(60);
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "elimination-degenerate", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static RunnerInProcess.Outcome Run(params string[] args)
    {
        var outcome = RunnerInProcess.Run(args, WallClock);
        Assert.That(outcome.Hung, Is.False, outcome.ToString());
        Assert.That(outcome.Thrown, Is.Null, outcome.ToString());
        return outcome;
    }

    private static void AssertCleanError(RunnerInProcess.Outcome o, string expected)
    {
        Assert.That(o.Code, Is.EqualTo(2), o.ToString());
        Assert.That(o.Err, Does.Contain(expected), o.ToString());
        Assert.That(o.Err, Does.Not.Contain("internal error").And.Not.Contain("   at "), o.ToString());
    }

    [Test]
    public void EntryEqualToTheDefaultPrimeMovesToAnotherPrime()
    {
        var o = Run("ed-degree", Write("cubic.sys", TwistedCubic), "--projective", "--Q", "diag(2147483647,1,1,1)", "--seed", "1", "-q");
        Assert.That(o.Code, Is.EqualTo(0), o.ToString());
        Assert.That(o.Out, Does.Contain("rank Q: 4").And.Contain("ed degree: 7").And.Not.Contain("prime: 2147483647"), o.ToString());
    }

    [Test]
    public void EntryEqualToAnExplicitPrimeIsAnError() =>
        AssertCleanError(Run("ed-degree", Write("cubic.sys", TwistedCubic), "--projective", "--Q", "diag(2147483647,1,1,1)",
            "--prime", "2147483647", "-q"), "rank 3 modulo the prime 2147483647");

    [Test]
    public void ZeroFormIsAnError() =>
        AssertCleanError(Run("ed-degree", Write("cubic.sys", TwistedCubic), "--projective", "--Q", "diag(0,0,0,0)", "-q"), "Q = 0");

    [Test]
    public void DegenerateIndefiniteFormIsAnError() =>
        AssertCleanError(Run("ed-degree", Write("cubic.sys", TwistedCubic), "--projective", "--Q", "diag(1,-1,0,0)", "-q"), "indefinite");

    [Test]
    public void ZeroProjectionIsAnError() =>
        AssertCleanError(Run("ramification", Write("quartic.sys", Quartic), "--projection", "0,0", "-q"), "projection is zero");

    [Test]
    public void HugeHilbertValueCountIsRefusedAtOnce() =>
        AssertCleanError(Run("hilbert", Write("cubic.sys", TwistedCubic), "--values", "2000000000", "-q"), "--values must be 0 to");
}
