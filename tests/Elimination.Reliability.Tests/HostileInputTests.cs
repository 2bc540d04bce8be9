using System.Diagnostics;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Seeded hostile-input fuzzing of the runner: mutated <c>.sys</c> files go through
/// <c>Program.Run</c> with a short --timeout. The runner must never throw out of the entry point,
/// never hang, and answer 0 with a result, 2 with one clean error line (no stack trace), or 3 for a
/// timeout. Overflowing exponents must be errors, never wrapped. ELIMINATION_FUZZ_CASES sets the
/// number of cases (default 400), ELIMINATION_FUZZ_SEED the first seed.
/// </summary>
[TestFixture]
public sealed class HostileInputTests
{
    private static readonly string[] Sources =
    {
        "# small system over QQ\nfield: QQ\nvars: x0, x1, x2\neliminate: x0\npolys:\nx0^2 - 3/4*x1 + 1\nx0*x1 - x2^2\nx1^3 - 2*x2 + 7\n",
        "field: GF(32003)\nvars: a, b, c, d\norder: grevlex\npolys:\na + 2*b + 2*c + 2*d - 1\na^2 - a + 2*b^2 + 2*c^2 + 2*d^2\n2*a*b + 2*b*c - b + 2*c*d\n2*a*c + b^2 + 2*b*d - c\n",
        "field: GF(7)\nvars: x, y\norder: lex\npolys:\nx^3 - y^2 + 1\nx*y - 3\n",
        "field: QQ\nvars: u, v, w\norder: elim(u)\neliminate: u\npolys:\nv - u^2\nw - u^3\n",
        "field: GF(2147483647)\nvars: p, q, r\npolys:\n(p + q)^2 - r\n123456789*p*q*r - 1\n",
    };

    private static readonly string[] Commands = { "groebner", "groebner", "groebner", "eliminate", "hilbert" };
    private static readonly TimeSpan WallClock = TimeSpan.FromSeconds(20);

    private static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : fallback;

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "elimination-fuzz", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    [Test]
    public void MutatedInputsNeverCrashOrHang()
    {
        int count = EnvInt("ELIMINATION_FUZZ_CASES", 400);
        int first = EnvInt("ELIMINATION_FUZZ_SEED", 1);
        var failures = new List<string>();
        var codes = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();
        for (int seed = first; seed < first + count; seed++)
        {
            var rng = new Random(seed);
            var source = Sources[rng.Next(Sources.Length)];
            var (name, bytes) = InputMutator.Mutate(source, rng);
            var command = Commands[rng.Next(Commands.Length)];
            var path = Path.Combine(_dir, $"case{seed}.sys");
            File.WriteAllBytes(path, bytes);
            var outcome = RunnerInProcess.Run(new[] { command, path, "--timeout", "1", "--quiet", "--threads", "1" }, WallClock);
            codes[outcome.Code] = codes.GetValueOrDefault(outcome.Code) + 1;
            var problem = Check(outcome, name);
            if (problem is not null)
                failures.Add($"seed {seed} ({name}, command {command}): {problem}\n{outcome}\ninput kept at {Keep(path, seed)}");
        }
        TestContext.Out.WriteLine($"{count} hostile inputs (seeds {first}..{first + count - 1}) in {clock.Elapsed.TotalSeconds:0.0} s; exit codes: " +
                                  string.Join(", ", codes.OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}")));
        Assert.That(failures, Is.Empty, $"{failures.Count} of {count} hostile inputs were mishandled:\n\n" + string.Join("\n\n", failures.Take(15)));
    }

    /// <summary>Exact expectations for inputs whose answer is known: overflow and bad names are errors.</summary>
    [TestCase("field: QQ\nvars: x, y\npolys:\nx^32768 - y\n", TestName = "ExponentAboveLimitIsAnError")]
    [TestCase("field: QQ\nvars: x, y\npolys:\nx^65536 - y\n", TestName = "ExponentAbove16BitsIsAnError")]
    [TestCase("field: QQ\nvars: x, y\npolys:\nx^99999999999999999999 - y\n", TestName = "ExponentAbove64BitsIsAnError")]
    [TestCase("field: QQ\nvars: x, y\npolys:\n(x^40000)^2 - y\n", TestName = "PowerOverflowIsAnError")]
    [TestCase("field: QQ\nvars: x, y\npolys:\nx^40000*x^40000 - y\n", TestName = "ProductOverflowIsAnError")]
    [TestCase("field: GF(32003)\nvars: x, y\npolys:\n(x*y^30000 + 1)^3\n", TestName = "ExponentOverflowInPowerOfSumIsAnError")]
    [TestCase("field: QQ\nvars: x, y\npolys:\nx + z\n", TestName = "UnknownVariableIsAnError")]
    [TestCase("field: QQ\nvars: x, y, x\npolys:\nx + y\n", TestName = "DuplicateVariableIsAnError")]
    [TestCase("field: GF(4)\nvars: x\npolys:\nx\n", TestName = "NonPrimeFieldIsAnError")]
    [TestCase("", TestName = "EmptyFileIsAnError")]
    [TestCase("field: QQ\nvars: x\npolys:\n\0x\n", TestName = "NulByteIsAnError")]
    public void KnownBadInputIsACleanError(string text)
    {
        var path = Path.Combine(_dir, "bad.sys");
        File.WriteAllText(path, text);
        var outcome = RunnerInProcess.Run(new[] { "groebner", path, "--timeout", "5", "--quiet" }, WallClock);
        Assert.That(outcome.Code, Is.EqualTo(2), outcome.ToString());
        Assert.That(Check(outcome, "known bad input"), Is.Null, outcome.ToString());
    }

    /// <summary>The parser accepts exponents up to 32767 (one bit of headroom per 16-bit slot); the largest must survive exactly.</summary>
    [Test]
    public void LargestExponentIsKeptExactly()
    {
        var path = Path.Combine(_dir, "max.sys");
        File.WriteAllText(path, "field: GF(32003)\nvars: x, y\npolys:\nx^32767 - y\n");
        var outcome = RunnerInProcess.Run(new[] { "groebner", path, "--timeout", "5", "--quiet" }, WallClock);
        Assert.That(outcome.Code, Is.EqualTo(0), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("32767"), outcome.ToString());
    }

    private static string? Check(RunnerInProcess.Outcome o, string mutation)
    {
        if (o.Hung) return "hung";
        if (o.Thrown is not null) return "exception escaped the entry point";
        if (o.Err.Contains("   at ", StringComparison.Ordinal)) return "stack trace on stderr";
        switch (o.Code)
        {
            case 0:
                if (o.Out.Trim().Length == 0) return "exit 0 without a result";
                if (mutation is "exponent 65536" or "exponent 70000" or "exponent 2147483648" or "exponent 99999999999999999999" or "exponent 4294967296"
                    or "exponent overflow by multiplication")
                    return "an exponent that does not fit was accepted (wrapped or truncated?)";
                if (mutation is "unknown variable" or "duplicate variable" or "only whitespace and comments")
                    return "bad input accepted";
                return null;
            case 2:
                if (o.ErrLines.Length != 1) return $"expected one error line on stderr, got {o.ErrLines.Length}";
                if (o.Out.Length > 0) return "an error but also output on stdout";
                return null;
            case 3:
                return o.ErrLines.Any(l => l.StartsWith("timed out", StringComparison.Ordinal)) ? null : "exit 3 without 'timed out'";
            default:
                return $"exit code {o.Code}";
        }
    }

    private static string Keep(string path, int seed)
    {
        var keep = Path.Combine(Path.GetTempPath(), $"elimination-fuzz-failure-{seed}.sys");
        File.Copy(path, keep, overwrite: true);
        return keep;
    }
}
