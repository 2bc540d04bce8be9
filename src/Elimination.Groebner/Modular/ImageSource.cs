using System.Runtime.ExceptionServices;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Where the modular images come from: the supply of primes (skipping those that divide a leading
/// coefficient, never lucky) and the reduced bases of the integer input modulo a batch of them,
/// side by side on the worker threads, each with its own single-threaded per-prime engine.
/// </summary>
internal sealed class ImageSource : IDisposable
{
    private readonly List<Polynomial<Rational, RationalField>> _inputs;
    private readonly PolynomialRing<Rational, RationalField> _ring;
    private readonly List<System.Numerics.BigInteger> _leading;
    private readonly IEnumerator<uint> _primes;
    private readonly Func<IGroebnerEngine> _newInner;
    private readonly GroebnerOptions _innerOptions;
    private readonly int _threads;
    private readonly int _maxPrimes;
    private readonly CancellationToken _cancel;
    private int _taken;
    // The zero-reduction trace (F4Trace): learnt from the first prime, replayed on the rest. One learning run is
    // enough: a row zero modulo it but not over QQ (a nonzero integer divisible by that prime) makes the traced
    // images wrong alike, which the verification catches (untraced) and which then turns the trace off.
    private const int LearningPrimes = 1;
    private readonly bool _traceable;
    private readonly List<F4.F4Trace.Recording> _recordings = new();
    private F4.F4Trace? _trace;
    private bool _traceOff;
    private int _mismatches;

    public ImageSource(List<Polynomial<Rational, RationalField>> inputs, IEnumerable<uint> primes, GroebnerOptions options, int maxPrimes)
    {
        _inputs = inputs;
        _ring = inputs[0].Ring;
        _leading = inputs.Select(f => f.LeadingCoefficient.Numerator).ToList();
        _primes = primes.GetEnumerator();
        _threads = options.EffectiveThreads;
        _maxPrimes = maxPrimes;
        _cancel = options.Cancellation;
        Inner = options.ModularInner ?? GroebnerEngines.ForPrimeFields();
        if (!Inner.Supports<uint, PrimeField>(new PrimeField(2147483647)))
            throw new UnsupportedFieldException($"engine '{Inner.Name}' cannot run over prime fields");
        // A fresh engine per prime unless the caller supplied one (which must then be thread-safe).
        _newInner = options.ModularInner is { } given ? () => given : GroebnerEngines.ForPrimeFields;
        // Primes run side by side, each single-threaded, so the inner engine does not oversubscribe.
        // The series and the elimination-only shortcut are not passed on: an unlucky prime has another series, and
        // the lift is verified against the whole input.
        _innerOptions = options with { Threads = 1, Progress = null, ModularInner = null, Hilbert = null, OnlyEliminationIdeal = false };
        _traceable = options.ModularInner is null && Inner is F4.F4Engine;
    }

    /// <summary>Images from now on are untraced full runs (after a rejected lift the trace is not trusted).</summary>
    public void DisableTrace() => _traceOff = true;

    /// <summary>The per-prime engine (for the notes).</summary>
    public IGroebnerEngine Inner { get; }

    /// <summary>
    /// The next <paramref name="count"/> usable primes. Throws when the supply ends or the
    /// safeguard of at most MaxPrimes images is reached: the lift did not stabilise.
    /// </summary>
    public List<uint> Next(int count, int lifted)
    {
        var batch = new List<uint>(count);
        while (batch.Count < count && _primes.MoveNext())
        {
            uint p = _primes.Current;
            if (_leading.Any(lc => (lc % p).IsZero)) continue;
            batch.Add(p);
        }
        if (batch.Count == 0)
            throw new ResourceLimitException($"the modular engine ran out of primes after {_taken} (lifted from {lifted}); the lift did not stabilise");
        if (_taken + batch.Count > _maxPrimes)
            throw new ResourceLimitException($"the modular engine gave up after {_taken} primes: the lift did not stabilise");
        _taken += batch.Count;
        return batch;
    }

    /// <summary>
    /// The reduced bases modulo the primes, in their order. Traced (the default F4 engine only): the first two
    /// primes ever computed record, later ones replay the trace, falling back to a full run where it does not fit.
    /// </summary>
    public ModularImage[] Images(List<uint> primes) => Images(primes, traced: true);

    /// <summary>Untraced images, for checks that must not share the trace's assumptions.</summary>
    public ModularImage[] UntracedImages(List<uint> primes) => Images(primes, traced: false);

    private ModularImage[] Images(List<uint> primes, bool traced)
    {
        var images = new ModularImage[primes.Count];
        traced &= _traceable && !_traceOff;
        int learning = traced && _trace is null ? Math.Min(primes.Count, LearningPrimes - _recordings.Count) : 0;
        var recordings = new F4.F4Trace.Recording?[primes.Count];
        for (int k = 0; k < learning; k++) recordings[k] = new F4.F4Trace.Recording();
        if (learning > 0) Run(primes, images, 0, learning, recordings, null);
        if (learning > 0)
        {
            _recordings.AddRange(recordings.Take(learning)!);
            if (_recordings.Count == LearningPrimes) _trace = F4.F4Trace.Learn(_recordings.ToArray());
            if (_recordings.Count == LearningPrimes && _trace is null) _traceOff = true;
        }
        Run(primes, images, learning, primes.Count, recordings, traced && !_traceOff ? _trace : null);
        return images;
    }

    private void Run(List<uint> primes, ModularImage[] images, int from, int to, F4.F4Trace.Recording?[] recordings, F4.F4Trace? replay)
    {
        if (from >= to) return;
        try
        {
            Parallel.For(from, to, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(_threads, to - from), CancellationToken = _cancel }, k =>
            {
                uint p = primes[k];
                var field = new PrimeField(p);
                var ringP = new PolynomialRing<uint, PrimeField>(field, _ring.Variables, _ring.Order);
                var fp = new List<Polynomial<uint, PrimeField>>(_inputs.Count);
                foreach (var f in _inputs) fp.Add(f.MapCoefficients(ringP, c => field.FromInteger(c.Numerator)));
                GroebnerResult<uint, PrimeField>? r = null;
                if (recordings[k] is not null || replay is not null)
                {
                    try { r = ((F4.F4Engine)Inner).ComputePrime(fp, _innerOptions, recordings[k], replay); }
                    catch (F4.F4TraceMismatchException)
                    {
                        // This prime leaves the learned path: a full run. A second one suggests the learning prime was the
                        // unlucky one: no more replays.
                        r = null;
                        if (Interlocked.Increment(ref _mismatches) >= 2) _traceOff = true;
                    }
                }
                r ??= _newInner().Compute(fp, _innerOptions);
                images[k] = new ModularImage(p, r.Basis, r.Statistics);
            });
        }
        catch (AggregateException e)
        {
            _cancel.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    public void Dispose() => _primes.Dispose();
}
