namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Bounds the whole process by <c>--max-memory</c>: the thread that waits for the computation samples the working
/// set every <see cref="Period"/> and cancels the computation when it exceeds the limit. The libraries estimate
/// their big allocations (the F4 matrix) before making them; this catches everything else — pair sets, monomial
/// tables, bases, the parser — that grows in small steps (issue #15.3: a 4 000-variable chain used to reach 24 GB).
/// Sampling on the waiting thread (not a timer) keeps the thread pool unstarted: a small run's whole process is
/// ~25 ms, and starting pool workers that spin on 2 cores cost it several.
/// </summary>
public sealed class MemoryWatchdog : IDisposable
{
    /// <summary>Sampling period: short enough that a fast-growing run overshoots by little.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(25);

    private readonly long _limit;
    private readonly CancellationTokenSource _source = new();

    public MemoryWatchdog(long limitBytes) => _limit = limitBytes;

    /// <summary>Cancelled when the limit is exceeded.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The working set that exceeded the limit, or 0 while within it.</summary>
    public long ExceededAt { get; private set; }

    public long Limit => _limit;

    /// <summary>Waits for <paramref name="task"/>, sampling the working set; throws when <paramref name="cancel"/> fires.</summary>
    public void Wait(Task task, CancellationToken cancel)
    {
        while (!task.Wait(Period, cancel)) Sample();
    }

    private void Sample()
    {
        if (ExceededAt != 0) return;
        long used = Environment.WorkingSet;
        if (used <= _limit) return;
        ExceededAt = used;
        _source.Cancel();
    }

    public void Dispose() => _source.Dispose();
}
