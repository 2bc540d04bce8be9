using Elimination.Runner;

namespace Elimination.Reliability.Tests;

/// <summary>Runs the runner's in-process entry point under a wall-clock limit, capturing everything.</summary>
internal static class RunnerInProcess
{
    public sealed record Outcome(int Code, string Out, string Err, Exception? Thrown, bool Hung, double Seconds)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public override string ToString() =>
            Hung ? $"HUNG (no return within the wall-clock limit)" :
            Thrown is not null ? $"THREW out of Program.Run: {Thrown}" :
            $"exit {Code} after {Seconds:0.00} s\n--- stderr ---\n{Clip(Err)}\n--- stdout ---\n{Clip(Out)}";
        private static string Clip(string s) => s.Length > 2000 ? s[..2000] + "…" : s;
    }

    public static Outcome Run(string[] args, TimeSpan wallClock)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Task.Factory.StartNew(() => Program.Run(args, stdout, stderr), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!task.Wait(wallClock)) return new Outcome(-1, "", "", null, true, clock.Elapsed.TotalSeconds);
            return new Outcome(task.Result, stdout.ToString(), stderr.ToString(), null, false, clock.Elapsed.TotalSeconds);
        }
        catch (AggregateException e)
        {
            return new Outcome(-1, stdout.ToString(), stderr.ToString(), e.InnerException ?? e, false, clock.Elapsed.TotalSeconds);
        }
    }
}
