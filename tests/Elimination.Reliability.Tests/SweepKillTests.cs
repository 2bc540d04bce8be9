using System.Diagnostics;
using System.Text;

namespace Elimination.Reliability.Tests;

/// <summary>
/// A live <c>elimination experiment</c> sweep is SIGKILLed at seeded moments (once during start-up,
/// then after the results file has k rows) and rerun each time; the final results.csv must hold
/// exactly the rows of an uninterrupted run: none lost, none twice, the header once, no torn line.
/// One kill is followed by a torn half row appended by hand (a SIGKILL cannot tear a single small
/// write, a crash of the machine can), which the rerun must drop. ELIMINATION_KILL_SEED picks the moments.
/// </summary>
[TestFixture]
public sealed class SweepKillTests
{
    /// <summary>~2 s of work on one thread: the larger MLPs take 0.05–0.4 s each, the rest milliseconds.</summary>
    private static readonly string[] Architectures =
    {
        "mlp 10,10,10 x^2", "linear 3,2,3", "mlp 12,12,12 x^2", "mlp 2,2,2 x^3", "mlp 14,14,14 x^2", "mlp 3,2,1 x^2",
        "mlp 16,16,16 x^2", "attention 2,1,1,2", "mlp 11,11,11 x^2", "cnn 6;2,3;2,1 x^2", "mlp 13,13,13 x^2",
        "mlp 3,3,3 x^2 bias", "mlp 15,15,15 x^2", "linear 2,2,2,2", "mlp 17,17,17 x^2", "mlp 2,1,2 x^2",
    };

    private const int TimeColumn = 6; // the only column that differs between runs
    private const int ColumnCount = 9;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(120);

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "elimination-kill", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "sweep.txt"), "# killed and resumed\n" + string.Join("\n", Architectures) + "\n");
    }

    [TearDown]
    public void TearDown()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
            TestContext.Out.WriteLine($"files kept in {_dir}");
        else try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string[] Args(string name, int threads) => new[]
    {
        "experiment", Path.Combine(_dir, "sweep.txt"), "--timeout", "120", "--seed", "7", "--threads", threads.ToString(),
        "--results", Path.Combine(_dir, name + "-results.csv"), "--timeouts", Path.Combine(_dir, name + "-timeouts.csv"), "--quiet",
    };

    [Test]
    public void KilledSweepResumesToTheRowsOfAnUninterruptedRun()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("ELIMINATION_KILL_SEED"), out var s) ? s : 2026;
        var rng = new Random(seed);
        var clock = Stopwatch.StartNew();

        using (var reference = RunnerProcess.Start(_dir, Args("reference", 1)))
            Assert.That(reference.WaitForExit(RunLimit), Is.EqualTo(0), reference.Output);
        var expected = Rows(Path.Combine(_dir, "reference-results.csv"));
        Assert.That(expected, Has.Count.EqualTo(Architectures.Length), "the uninterrupted run did not finish every case");

        var results = Path.Combine(_dir, "killed-results.csv");
        var timeouts = Path.Combine(_dir, "killed-timeouts.csv");
        var log = new List<string>();

        // Kill 1: during start-up, after a seeded 0–300 ms (the runtime alone needs about that long).
        using (var run = RunnerProcess.Start(_dir, Args("killed", 2)))
        {
            int delay = rng.Next(0, 300);
            Thread.Sleep(delay);
            run.Kill();
            log.Add($"start-up kill after {delay} ms: {DataLines(results)} rows");
        }

        // Kills 2–4: once the results file has k rows (k seeded, increasing); one or two worker threads.
        int k = 0;
        for (int kill = 2; kill <= 4; kill++)
        {
            k = Math.Min(Architectures.Length - 1, k + rng.Next(1, 5));
            int threads = rng.Next(1, 3);
            using var run = RunnerProcess.Start(_dir, Args("killed", threads));
            while (!run.HasExited && DataLines(results) < k) Thread.Sleep(1);
            bool exited = run.HasExited;
            run.Kill();
            log.Add($"kill at >= {k} rows ({threads} threads): {DataLines(results)} rows{(exited ? " (it had already finished)" : "")}");
            if (kill == 3)
            {
                // A torn half row, as a crash mid-write would leave it: the rerun must cut it off.
                File.AppendAllText(results, "\"99,99,99\",x^2,12,3");
                log.Add("appended a torn half row");
            }
        }

        using (var last = RunnerProcess.Start(_dir, Args("killed", 2)))
            Assert.That(last.WaitForExit(RunLimit), Is.EqualTo(0), last.Output);
        log.Add($"final run: {DataLines(results)} rows");
        TestContext.Out.WriteLine($"seed {seed} (ELIMINATION_KILL_SEED), {clock.Elapsed.TotalSeconds:0.0} s:\n  " + string.Join("\n  ", log));

        var text = File.ReadAllText(results);
        var context = $"seed {seed}; {string.Join("; ", log)}\n--- results.csv ---\n{text}";
        Assert.That(text, Does.EndWith("\n"), "torn last line\n" + context);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Is.EqualTo(File.ReadLines(Path.Combine(_dir, "reference-results.csv")).First()), "header\n" + context);
        Assert.That(lines.Count(l => l == lines[0]), Is.EqualTo(1), "header more than once\n" + context);
        Assert.That(lines.Where(l => SplitCsv(l).Count != ColumnCount), Is.Empty, "malformed lines\n" + context);
        var actual = Rows(results);
        Assert.That(actual, Is.EqualTo(expected), "rows differ from the uninterrupted run (lost or duplicated)\n" + context);
        Assert.That(File.ReadAllText(timeouts), Is.EqualTo(File.ReadAllText(Path.Combine(_dir, "reference-timeouts.csv"))), "timeouts file\n" + context);
    }

    /// <summary>Complete data lines so far (a line counts once its newline is written).</summary>
    private static int DataLines(string path)
    {
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            int newlines = 0, b;
            while ((b = fs.ReadByte()) >= 0) if (b == '\n') newlines++;
            return Math.Max(0, newlines - 1);
        }
        catch (FileNotFoundException) { return 0; }
        catch (DirectoryNotFoundException) { return 0; }
    }

    /// <summary>The data rows without the Time column, sorted (parallel workers finish in any order).</summary>
    private static List<string> Rows(string path) =>
        File.ReadLines(path).Skip(1).Select(l =>
        {
            var cells = SplitCsv(l);
            if (cells.Count == ColumnCount) cells.RemoveAt(TimeColumn);
            return string.Join(" | ", cells);
        }).OrderBy(r => r, StringComparer.Ordinal).ToList();

    /// <summary>RFC 4180 fields of one line (quoted fields may hold commas).</summary>
    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(ch);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
