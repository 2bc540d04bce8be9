namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Bounds the whole process by <c>--max-memory</c>: a timer samples the working set and cancels the
/// computation when it exceeds the limit. The libraries estimate their big allocations (the F4
/// matrix) before making them; this catches everything else — pair sets, monomial tables, bases,
/// the parser — that grows in small steps (issue #15.3: a 4 000-variable chain used to reach 24 GB).
/// </summary>
public sealed class MemoryWatchdog : IDisposable
{
    /// <summary>Sampling period: short enough that a fast-growing run overshoots by little.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(25);

    private readonly long _limit;
    private readonly CancellationTokenSource _source = new();
    private readonly Timer _timer;

    public MemoryWatchdog(long limitBytes)
    {
        _limit = limitBytes;
        _timer = new Timer(_ => Sample(), null, Period, Period);
    }

    /// <summary>Cancelled when the limit is exceeded.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The working set that exceeded the limit, or 0 while within it.</summary>
    public long ExceededAt { get; private set; }

    public long Limit => _limit;

    private void Sample()
    {
        if (ExceededAt != 0) return;
        long used = Environment.WorkingSet;
        if (used <= _limit) return;
        ExceededAt = used;
        _source.Cancel();
        // The computation is abandoned: let the GC take back what it can before the runner reports.
        _timer.Change(Timeout.Infinite, Timeout.Infinite);
    }

    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }
}
