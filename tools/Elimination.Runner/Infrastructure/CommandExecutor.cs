using Elimination.Core.Errors;
using Elimination.Core.IO;
using Elimination.Core.Parsing;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Runs a command's work with the common rules: logging, timeout and Ctrl-C as one cancellation
/// token, and every exception turned into one line on stderr plus an exit code:
/// ParseException → "FILE:line L, column C: msg" (2); any other library-owned EliminationException
/// (bad input, unsupported field, resource limit), overflow, unreadable or missing files (2);
/// BCL exceptions such as ArgumentException are library bugs, not the user's fault; cancellation → "timed out after N s" / "cancelled" (3);
/// anything else → "internal error: …" (1), with the stack trace only under --verbose.
/// </summary>
public sealed class CommandExecutor
{
    /// <summary>How long a cancelled computation gets to stop before the runner exits without it.</summary>
    public static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(1);

    private readonly RunnerConsole _console;
    private readonly IdealFormats _formats;

    public CommandExecutor(RunnerConsole console, IdealFormats formats)
    {
        _console = console;
        _formats = formats;
    }

    /// <param name="source">The input file's name, prefixed to parse errors (null when there is none).</param>
    /// <param name="otherInputs">Further files the command reads (merge's CSVs): no output may be one of them either.</param>
    public int Execute(RunSettings settings, string? source, Func<RunContext, int> work, IReadOnlyList<string>? otherInputs = null)
    {
        // Output and log paths are checked before any work, so a typo costs no compute time.
        try
        {
            var inputs = new List<string>(otherInputs ?? []);
            if (source is not null) inputs.Insert(0, source);
            var written = new List<OutputPath>();
            if (settings.Output is string output) written.Add(new OutputPath("--output", output));
            if (settings.LogFile is string logFile) written.Add(new OutputPath("--log", logFile, Appended: true));
            written.AddRange(settings.ExtraOutputs);
            OutputFile.CheckDistinct(written);
            foreach (var o in written)
                if (o.Appended) OutputFile.CheckAppendable(o.Path, o.Option, inputs);
                else foreach (var input in inputs.DefaultIfEmpty(null))
                    OutputFile.Check(o.Path, o.Option, input, overwriteInput: o.Option == "--output" && settings.OverwriteInput);
        }
        catch (EliminationException e)
        {
            _console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        using var timeout = new CancellationTokenSource();
        using var memory = new MemoryWatchdog(settings.MaxMemoryBytes);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _console.Interrupt, memory.Token);
        Serilog.Core.Logger log;
        try { log = RunnerLogging.Create(settings, _console); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _console.Error.WriteLine($"error: cannot open the log file '{settings.LogFile}': {e.Message}");
            return ExitCodes.BadInput;
        }
        using (log)
        {
            var context = new RunContext(settings, _console, _formats, log, linked.Token);
            if (settings.Timeout is double seconds) timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
            // The work runs on its own thread so that a cancelled computation which is slow to
            // notice cannot keep the runner from exiting with code 3 promptly.
            var task = Task.Factory.StartNew(() => work(context), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                try { memory.Wait(task, linked.Token); }
                catch (OperationCanceledException)
                {
                    if (!task.Wait(CancelGrace)) log.Debug("the computation did not stop within {Grace} s; exiting without it", CancelGrace.TotalSeconds);
                    else if (task.Status == TaskStatus.RanToCompletion) return task.Result; // finished just as the timer fired
                    throw new OperationCanceledException(linked.Token);
                }
                log.Debug("process: {Allocated:0.0} MB allocated, {Gen0}/{Gen1}/{Gen2} collections (gen 0/1/2), working set {WorkingSet:0.0} MB",
                    GC.GetTotalAllocatedBytes() / 1e6, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
                    Environment.WorkingSet / 1e6);
                return task.Result;
            }
            catch (Exception e)
            {
                var error = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerException! : e;
                if (memory.ExceededAt != 0 && error is OperationCanceledException or OutOfMemoryException)
                    error = new MemoryLimitException(
                        $"memory limit exceeded: the process used {MemorySize.Format(memory.ExceededAt)}, more than --max-memory {MemorySize.Format(memory.Limit)}");
                return Report(error, source, settings, timeout.IsCancellationRequested, log);
            }
        }
    }

    private int Report(Exception e, string? source, RunSettings settings, bool timedOut, Serilog.ILogger log)
    {
        var err = _console.Error;
        int code;
        switch (e)
        {
            case OperationCanceledException:
                err.WriteLine(timedOut ? $"timed out after {settings.Timeout:0.###} s" : "cancelled");
                code = ExitCodes.Cancelled;
                break;
            case ParseException p:
                err.WriteLine(p.Describe(source));
                code = ExitCodes.BadInput;
                break;
            case FileNotFoundException or DirectoryNotFoundException:
                err.WriteLine($"error: {e.Message}");
                code = ExitCodes.BadInput;
                break;
            case ExponentOverflowException or OverflowException:
                err.WriteLine($"error: overflow: {e.Message}");
                code = ExitCodes.BadInput;
                break;
            case ResourceLimitException:
                // A resource limit: the input is too large for it. Only the memory limits (an F4 matrix, a Jacobian) move
                // with --max-memory; the others (primes, recombinations, list sizes) do not.
                err.WriteLine(e is MemoryLimitException ? $"error: {e.Message} (raise --max-memory or simplify the problem)" : $"error: {e.Message}");
                code = ExitCodes.BadInput;
                break;
            case EliminationException:
                err.WriteLine($"error: {e.Message}");
                code = ExitCodes.BadInput;
                break;
            case IOException or UnauthorizedAccessException:
                err.WriteLine($"error: {e.Message}");
                code = ExitCodes.BadInput;
                break;
            case OutOfMemoryException:
                err.WriteLine("internal error: out of memory (try a smaller problem or a modular engine)");
                code = ExitCodes.InternalError;
                break;
            default:
                err.WriteLine($"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
                code = ExitCodes.InternalError;
                break;
        }
        if (settings.Verbosity == Verbosity.Verbose && e is not OperationCanceledException) err.WriteLine(e.ToString());
        log.Debug(e, "exit code {Code}", code);
        return code;
    }
}
