using System.Diagnostics;
using System.Runtime.CompilerServices;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Groebner.F4;

/// <summary>
/// Faugère's F4 over prime fields F_p (p &lt; 2^31), for any monomial order. Returns the same
/// reduced basis as <see cref="Buchberger.BuchbergerEngine"/>. Thread-safe: each call keeps its
/// own state, so the modular engine may run one call per prime in parallel.
/// </summary>
public sealed class F4Engine : IGroebnerEngine
{
    public string Name => "f4";

    public bool Supports<T, TField>(TField field) where TField : struct, IField<T> => typeof(TField) == typeof(PrimeField);

    public GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null)
        where TField : struct, IField<T>
    {
        if (typeof(TField) != typeof(PrimeField))
            throw new UnsupportedFieldException($"the F4 engine works over prime fields GF(p) only, not over {typeof(TField).Name}; " +
                                            "use the modular engine (or buchberger) over QQ");
        var result = ComputePrime(Unsafe.As<IReadOnlyList<Polynomial<uint, PrimeField>>>(generators), options ?? GroebnerOptions.Default);
        return Unsafe.As<GroebnerResult<T, TField>>(result);
    }

    /// <summary>The typed entry point over F_p.</summary>
    public GroebnerResult<uint, PrimeField> ComputePrime(IReadOnlyList<Polynomial<uint, PrimeField>> generators, GroebnerOptions? options = null) =>
        ComputePrime(generators, options, null, null);

    /// <summary>One run that records a trace (<paramref name="recording"/>) or replays one (<paramref name="replay"/>); see <see cref="F4Trace"/>.</summary>
    internal GroebnerResult<uint, PrimeField> ComputePrime(IReadOnlyList<Polynomial<uint, PrimeField>> generators, GroebnerOptions? options,
        F4Trace.Recording? recording, F4Trace? replay)
    {
        options ??= GroebnerOptions.Default;
        var clock = Stopwatch.StartNew();
        PolynomialRing<uint, PrimeField>? ring = null;
        foreach (var g in generators) { ring = g.Ring; break; }
        if (ring is null) return new GroebnerResult<uint, PrimeField>(Array.Empty<Polynomial<uint, PrimeField>>(), Name);
        List<Polynomial<uint, PrimeField>> basis;
        GroebnerStatistics statistics;
        // Fewer generators than variables: every component has dimension ≥ 1 (Krull's height theorem), so no FGLM.
        if (options.ChangeOfOrder && ring.Order is LexOrder && ring.VariableCount > 1 && generators.Count(g => !g.IsZero) >= ring.VariableCount)
        {
            // Lex through grevlex: a zero-dimensional ideal's lex basis by FGLM from its grevlex basis. The trace, if
            // any, is the grevlex run's; a positive-dimensional ideal then runs in lex untraced on every prime alike.
            var grevlex = ring.WithOrder(new GrevlexOrder(ring.VariableCount));
            var first = Run(grevlex, generators.Select(g => g.ToRing(grevlex)).ToList(), options with { Hilbert = null }, recording, replay);
            var converted = FglmOrNull(first.Basis, ring, options, first.Statistics);
            (basis, statistics) = converted is null ? Run(ring, generators, options, null, null) : (converted, first.Statistics);
        }
        else (basis, statistics) = Run(ring, generators, options, recording, replay);
        return new GroebnerResult<uint, PrimeField>(basis, Name) { Seconds = clock.Elapsed.TotalSeconds, Statistics = statistics };
    }

    private static (List<Polynomial<uint, PrimeField>> Basis, GroebnerStatistics Statistics) Run(PolynomialRing<uint, PrimeField> ring,
        IReadOnlyList<Polynomial<uint, PrimeField>> generators, GroebnerOptions options, F4Trace.Recording? recording, F4Trace? replay)
    {
        if (Homogenization.Applies(ring.Order, generators))
        {
            var ringH = Homogenization.Ring(ring);
            // The homogenised run is in another ring: neither the series nor the elimination-only shortcut is its.
            var run = new F4Computation(ringH, options with { Hilbert = null, OnlyEliminationIdeal = false }) { Recording = recording, Replay = replay };
            var homogeneous = run.Run(generators.Where(g => !g.IsZero).Select(g => Homogenization.Homogenize(g, ringH)).ToList());
            return (new F4Computation(ring, options).Interreduce(homogeneous.Select(g => Homogenization.Dehomogenize(g, ring))), run.Statistics);
        }
        var direct = new F4Computation(ring, options) { Recording = recording, Replay = replay };
        return (direct.Run(generators), direct.Statistics);
    }

    /// <summary>
    /// The basis converted to <paramref name="target"/>'s order by FGLM, or null when the ideal is not zero-dimensional
    /// or its quotient too large for the dense linear algebra (about 16·dim² bytes) within the matrix budget.
    /// </summary>
    private static List<Polynomial<uint, PrimeField>>? FglmOrNull(List<Polynomial<uint, PrimeField>> basis, PolynomialRing<uint, PrimeField> target,
        GroebnerOptions options, GroebnerStatistics statistics)
    {
        if (!Fglm.Staircase.IsZeroDimensional(basis)) return null;
        long budget = options.MaxMatrixBytes > 0 ? options.MaxMatrixBytes : 2L << 30;
        int limit = (int)Math.Min(int.MaxValue, Math.Sqrt(budget / 16.0));
        var clock = Stopwatch.StartNew();
        try
        {
            var converted = Fglm.FglmConversion.Convert(basis, target, limit, options.Cancellation);
            statistics.PhaseSeconds["fglm"] = clock.Elapsed.TotalSeconds;
            return converted;
        }
        catch (ResourceLimitException) { return null; }
    }
}
