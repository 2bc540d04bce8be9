using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// F4 on one system over ℚ reduced modulo one prime after another, for a caller that lifts from the images itself
/// (the modular engine's <c>ImageSource</c> does the same for its own lift): the first run records F4's trace
/// (<see cref="F4Trace"/>), runs after it replay it — without the rows that reduced to zero — and a replay that leaves
/// the learned path runs in full. Runs may be concurrent: those that start while the first still records run in full.
/// A replayed image is not known to be the basis mod its prime (a row zero modulo the learning prime but not modulo
/// this one is left out unseen), so <see cref="Compute"/> says which it was: a proof may only rest on full runs.
/// </summary>
public sealed class TracedPrimeRuns
{
    private readonly F4Engine _engine = new();
    private int _learningClaimed;
    private F4Trace? _trace;
    private volatile bool _off;
    private int _mismatches;

    /// <summary>Runs from now on are full (after a lift from replayed images was rejected, the trace is not trusted).</summary>
    public void Disable() => _off = true;

    /// <summary>
    /// The reduced basis of <paramref name="generators"/> (over one prime field) under <paramref name="options"/>, which
    /// must be the same for every run; <paramref name="replayed"/> is false when it is the result of a full F4 run.
    /// </summary>
    public GroebnerResult<uint, PrimeField> Compute(IReadOnlyList<Polynomial<uint, PrimeField>> generators, GroebnerOptions options,
        out bool replayed)
    {
        replayed = false;
        if (!_off && Volatile.Read(ref _trace) is { } trace)
        {
            try
            {
                var result = _engine.ComputePrime(generators, options, null, trace);
                replayed = true;
                return result;
            }
            catch (F4TraceMismatchException)
            {
                // As in the modular engine: a second prime off the path suggests the learning prime was the odd one.
                if (Interlocked.Increment(ref _mismatches) >= 2) _off = true;
            }
        }
        if (_off || Interlocked.CompareExchange(ref _learningClaimed, 1, 0) != 0) return _engine.ComputePrime(generators, options);
        var recording = new F4Trace.Recording();
        var learned = _engine.ComputePrime(generators, options, recording, null);
        var learnt = F4Trace.Learn(recording);
        if (learnt is null) _off = true;
        else Volatile.Write(ref _trace, learnt);
        return learned;
    }
}
