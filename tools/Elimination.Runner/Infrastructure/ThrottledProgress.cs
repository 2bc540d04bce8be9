using System.Diagnostics;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Forwards at most one report per interval (the latest one when the interval has passed), so
/// engines can report every step without flooding the log. Thread-safe: modular engines report
/// from several workers.
/// </summary>
public sealed class ThrottledProgress<T> : IProgress<T>
{
    private readonly Action<T> _sink;
    private readonly long _intervalTicks;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _last;
    private readonly object _gate = new();

    public ThrottledProgress(Action<T> sink, TimeSpan interval)
    {
        _sink = sink;
        _intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Reports forwarded so far.</summary>
    public int Forwarded { get; private set; }

    public void Report(T value)
    {
        long now = _clock.ElapsedTicks;
        if (now - Volatile.Read(ref _last) < _intervalTicks) return;
        lock (_gate)
        {
            if (now - _last < _intervalTicks) return;
            _last = now;
            Forwarded++;
        }
        _sink(value);
    }
}
