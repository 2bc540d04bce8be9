using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination experiment LIST --timeout S --results results.csv --timeouts timeout.csv</c>: a sweep of
/// dimension computations, one architecture per line of LIST, each under its own timeout. Rows are
/// appended one write at a time, so a killed sweep resumes where it stopped: finished cases (and
/// cases that timed out with at least this timeout) are skipped, a torn last line is dropped.
/// </summary>
internal sealed class ExperimentCommand(CommandServices services) : RunnerCommand(services)
{
    public static readonly string[] ResultColumns =
        { "Widths", "Activation", "Ambient Dimension", "Expected Dimension", "Dimension", "Defect", "Time", "Architecture", "Proved" };
    public static readonly string[] TimeoutColumns = { "Widths", "Activation", "Timeout", "Architecture" };

    protected override string Name => "experiment";

    protected override string Description =>
        "Dimension sweep: LIST names one architecture per line (\"mlp 3,3,3 x^2\", \"3,3,3 x^3 bias\", \"linear 3,2,3\",\n" +
        "\"cnn 6;2,3;2,1 x^2\", \"cnn 6;2,3;2,1;2,3,1 x^2\" (channels c0..cL), \"attention 2,1,1,2\", \"attention 3,2,2;2,1;2\" (layers:\n" +
        "features d0..dL; keys a1..aL; tokens), optional zero=w1_00,...; # comments). Each case gets --timeout seconds;\n" +
        "results.csv gets Widths, Activation, Ambient Dimension, Expected Dimension, Dimension, Defect, Time (seconds), Architecture, Proved;\n" +
        "timeouts go to --timeouts. Reruns skip finished cases. --shard i/n (0 <= i < n) takes every n-th case starting at i.\n" +
        "Example: elimination experiment sweep.txt --timeout 60 --results results.csv --timeouts timeout.csv --threads 4 --shard 0/8";

    protected override Handler Define(Command command)
    {
        var list = new Argument<string>("LIST") { Description = "File with one architecture per line." };
        var results = new Option<string>("--results") { Description = "CSV of finished cases (appended).", DefaultValueFactory = _ => "results.csv", HelpName = "FILE" };
        var timeouts = new Option<string>("--timeouts") { Description = "CSV of cases that timed out (appended).", DefaultValueFactory = _ => "timeout.csv", HelpName = "FILE" };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of n (0 <= i < n): cases i, i+n, i+2n, ...", HelpName = "i/n" };
        command.Arguments.Add(list);
        command.Options.Add(results);
        command.Options.Add(timeouts);
        command.Options.Add(shard);
        Common.Timeout.Description = "Per-case timeout in seconds (default: none).";
        Common.Threads.Description = "Cases computed in parallel (0 = all cores).";
        // The timeout is per case, not for the whole sweep: the executor gets none, each case gets --timeout.
        return new Handler((r, ctx) => Run(ctx, r.GetValue(list)!, r.GetValue(Common.Timeout), r.GetValue(results)!, r.GetValue(timeouts)!, r.GetValue(shard)))
        {
            Source = r => r.GetValue(list),
            Settings = s => s with { Timeout = null },
            Outputs = r => [new OutputPath("--results", r.GetValue(results)!, Appended: true), new OutputPath("--timeouts", r.GetValue(timeouts)!, Appended: true)],
        };
    }

    protected override SharedOptions Shared => SharedOptions.Seed;

    private static int Run(RunContext ctx, string listPath, double? timeout, string resultsPath, string timeoutsPath, string? shardText)
    {
        var (shard, shards) = ParseShard(shardText);
        if (!File.Exists(listPath)) throw new FileNotFoundException($"no such file: '{listPath}'", listPath);
        var cases = new List<(int Line, INeuralArchitecture Arch, string Key)>();
        var lines = File.ReadAllLines(listPath);
        int index = 0;
        // Every line is checked before any case runs, and all bad lines are named at once: a sweep of hours should not
        // stop at its first typo, nor after the typo's turn comes.
        var bad = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            INeuralArchitecture arch;
            try { arch = ArchitectureSpec.Parse(text); }
            catch (InvalidInputException e)
            {
                bad.Add($"{listPath}:line {i + 1}: {e.Message}");
                continue;
            }
            if (index++ % shards == shard) cases.Add((i + 1, arch, ArchitectureSpec.Canonical(arch)));
        }
        if (bad.Count > 0)
            throw new InvalidInputException((bad.Count == 1 ? "" : $"{bad.Count} bad lines, nothing run:\n") + string.Join("\n", bad));

        var resultsFile = new CsvLog(resultsPath, ResultColumns);
        var timeoutsFile = new CsvLog(timeoutsPath, TimeoutColumns);
        var finished = resultsFile.Column("Architecture").ToHashSet();
        var timedOut = new Dictionary<string, double>();
        foreach (var row in timeoutsFile.Rows())
            if (double.TryParse(row["Timeout"], NumberStyles.Float, CultureInfo.InvariantCulture, out var t))
                timedOut[row["Architecture"]] = Math.Max(t, timedOut.GetValueOrDefault(row["Architecture"]));

        var todo = cases.Where(c => !finished.Contains(c.Key) && !(timedOut.TryGetValue(c.Key, out var t) && timeout is double s && t >= s)).ToList();
        ctx.Log.Information("{Total} cases in shard {Shard}/{Shards}: {Todo} to run, {Skipped} already finished or timed out",
            cases.Count, shard, shards, todo.Count, cases.Count - todo.Count);
        int seed = ctx.Seed;
        int done = 0, timeouts = 0, failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ctx.Settings.Threads > 0 ? ctx.Settings.Threads : Environment.ProcessorCount, CancellationToken = ctx.Cancellation };
        try
        {
            Parallel.ForEach(todo, parallel, c =>
            {
                var outcome = RunCase(c.Arch, timeout, seed, ctx.Cancellation);
                if (outcome.Report is DimensionReport rep)
                {
                    resultsFile.Append(c.Arch.Widths, c.Arch.ActivationText, rep.Ambient.ToString(CultureInfo.InvariantCulture),
                        rep.Expected.ToString(CultureInfo.InvariantCulture), rep.Dimension.ToString(CultureInfo.InvariantCulture),
                        rep.Defect.ToString(CultureInfo.InvariantCulture), outcome.Seconds.ToString("0.###", CultureInfo.InvariantCulture),
                        c.Key, rep.Result.Proved ? "yes" : "no");
                    Interlocked.Increment(ref done);
                    ctx.Log.Information("{Case}: dimension {Dim} (expected {Exp}, ambient {Amb}) in {Seconds:0.###} s",
                        c.Key, rep.Dimension, rep.Expected, rep.Ambient, outcome.Seconds);
                }
                else if (outcome.TimedOut)
                {
                    timeoutsFile.Append(c.Arch.Widths, c.Arch.ActivationText, timeout!.Value.ToString(CultureInfo.InvariantCulture), c.Key);
                    Interlocked.Increment(ref timeouts);
                    ctx.Log.Warning("{Case}: timed out after {Timeout} s", c.Key, timeout);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    ctx.Log.Error("{Case} (line {Line}): {Error}", c.Key, c.Line, outcome.Error);
                }
            });
        }
        catch (OperationCanceledException)
        {
            ctx.Log.Warning("interrupted: {Done} cases written; rerun to resume", done);
            throw;
        }
        ctx.WriteResult(w => w.WriteLine($"{cases.Count} cases (shard {shard}/{shards}): {done} computed, {timeouts} timed out, {failed} failed, {cases.Count - todo.Count} skipped"));
        return failed > 0 ? ExitCodes.InternalError : ExitCodes.Ok;
    }

    private sealed record Outcome(DimensionReport? Report, bool TimedOut, string? Error, double Seconds);

    /// <summary>One case under its own timeout; a computation slow to notice cancellation is abandoned.</summary>
    private static Outcome RunCase(INeuralArchitecture arch, double? timeout, int seed, CancellationToken sweep)
    {
        using var limit = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, sweep);
        if (timeout is double s) limit.CancelAfter(TimeSpan.FromSeconds(s));
        var clock = Stopwatch.StartNew();
        var task = Task.Factory.StartNew(() => DimensionReport.Compute(arch, new DimensionOptions { Seed = seed, Cancellation = linked.Token, Threads = 1 }),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            try { task.Wait(linked.Token); }
            catch (OperationCanceledException)
            {
                task.Wait(CommandExecutor.CancelGrace);
                if (task.Status == TaskStatus.RanToCompletion) return new Outcome(task.Result, false, null, clock.Elapsed.TotalSeconds);
                sweep.ThrowIfCancellationRequested();
                return new Outcome(null, true, null, clock.Elapsed.TotalSeconds);
            }
            return new Outcome(task.Result, false, null, clock.Elapsed.TotalSeconds);
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            sweep.ThrowIfCancellationRequested();
            return new Outcome(null, true, null, clock.Elapsed.TotalSeconds);
        }
        catch (AggregateException e)
        {
            return new Outcome(null, false, e.InnerException?.Message ?? e.Message, clock.Elapsed.TotalSeconds);
        }
    }

    private static (int, int) ParseShard(string? text)
    {
        if (text is null) return (0, 1);
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int i) || !int.TryParse(parts[1], out int n) || n < 1 || i < 0 || i >= n)
            throw new InvalidInputException($"--shard '{text}': expected i/n with 0 <= i < n, e.g. 0/4");
        return (i, n);
    }
}
