namespace Elimination.Groebner.F4;

/// <summary>
/// What F4 learns about an ideal over ℚ from its first prime, replayed on the others (a light form of msolve's
/// tracer, Berthomieu–Eder–Safey El Din 2021). Per step it keeps the sugar and the rows selected from the pairs,
/// without the rows that reduced to zero by the pivots — most of them in practice (743 of 877 for katsura-8).
/// A replay takes its rows from the trace instead of the pair set, so it keeps no pairs at all (no Gebauer–Möller
/// updates, no selection), and symbolic preprocessing and the reduction shrink with the rows left out. With several
/// learning runs a row counts as zero only when it was zero in all. The first replay also records each step's matrix
/// layout (<see cref="Layout"/>), and later replays skip symbolic preprocessing altogether, as msolve's tracer does
/// (cyclic-7 over ℚ, one thread: images 0.91 → 0.48 s for 22 primes).
/// Replays check each step's new leading monomials against the learned ones and give up
/// (<see cref="F4TraceMismatchException"/>) on the first difference; a row that is zero modulo the learning
/// primes but not over ℚ would go unnoticed, which is why the modular engine verifies with untraced runs and
/// drops the trace once a lift is rejected.
/// </summary>
internal sealed class F4Trace
{
    private readonly Step[] _steps;

    private F4Trace(Step[] steps) => _steps = steps;

    public int Steps => _steps.Length;

    /// <summary>A row u·g chosen from the pairs: g's basis index, the leading monomial u·lm(g) (packed), and whether it is its column's pivot.</summary>
    public readonly record struct SelectedRow(int Basis, ulong[] Lcm, bool Pivot);

    /// <summary>One step of a learning run: the rows selected from the pairs, the keys of the rows to reduce (pairs, then inputs) with whether each was zero, and the new leading monomials.</summary>
    public sealed record RecordedStep(int Sugar, List<SelectedRow> Selected, List<ulong> Rows, bool[] Zero, ulong[] Leads);

    /// <summary>One learning run.</summary>
    public sealed class Recording
    {
        public List<RecordedStep> Steps { get; } = new();
    }

    private sealed record Step(int Sugar, SelectedRow[] Rows, ulong[] Leads);

    /// <summary>The trace of the learning runs (rows zero in all of them), or null when their steps differ (a prime is unlucky).</summary>
    public static F4Trace? Learn(params Recording[] runs)
    {
        var first = runs[0];
        foreach (var run in runs)
        {
            if (run.Steps.Count != first.Steps.Count) return null;
            for (int s = 0; s < first.Steps.Count; s++)
                if (run.Steps[s].Sugar != first.Steps[s].Sugar || !run.Steps[s].Leads.AsSpan().SequenceEqual(first.Steps[s].Leads)) return null;
        }
        var steps = new Step[first.Steps.Count];
        for (int s = 0; s < steps.Length; s++)
        {
            var step = first.Steps[s];
            var zero = ZeroRows(step);
            foreach (var run in runs.Skip(1)) zero.IntersectWith(ZeroRows(run.Steps[s]));
            var kept = step.Selected.Where(r => r.Pivot || !zero.Contains(RowKey(r.Basis, r.Lcm))).ToArray();
            steps[s] = new Step(step.Sugar, kept, step.Leads);
        }
        return new F4Trace(steps);
    }

    private static HashSet<ulong> ZeroRows(RecordedStep step)
    {
        var zero = new HashSet<ulong>();
        for (int i = 0; i < step.Rows.Count; i++) if (step.Zero[i]) zero.Add(step.Rows[i]);
        return zero;
    }

    /// <summary>
    /// One replayed step's Macaulay matrix without its coefficients: the column monomials (packed, one after another),
    /// each pivot row's basis element and columns, each row to reduce's source (a basis element, or ~i for input i) and
    /// columns, and the columns of the step's new elements. A replay's symbolic preprocessing depends only on the
    /// supports of the basis elements, which are the same for every prime that follows the trace with the same supports
    /// — checked per new element — so later replays build the matrix from the layout with their own coefficients.
    /// </summary>
    public sealed record Layout(ulong[] Monomials, int[] PivotOrigins, int[][] PivotColumns, int[] RowSources, int[][] RowColumns, int[][] Fresh)
    {
        /// <summary>Integers held, for the memory cap.</summary>
        public long Size => Monomials.Length * 2L + PivotOrigins.Length + RowSources.Length + Count(PivotColumns) + Count(RowColumns) + Count(Fresh);

        private static long Count(int[][] rows)
        {
            long n = 0;
            foreach (var r in rows) n += r.Length;
            return n;
        }
    }

    /// <summary>A layout's memory cap, in integers (128 MiB): beyond it replays do symbolic preprocessing themselves.</summary>
    public const long MaxLayoutSize = 32L << 20;

    private Layout[]? _layouts;
    private int _layoutClaimed;

    /// <summary>The layouts of all steps, once a replay has recorded them; null before.</summary>
    public Layout[]? Layouts => Volatile.Read(ref _layouts);

    /// <summary>Whether the caller is the one replay that records the layouts (replays may run in parallel).</summary>
    public bool TryClaimLayouts() => Interlocked.CompareExchange(ref _layoutClaimed, 1, 0) == 0;

    /// <summary>Publishes the claimed layouts, or (null) gives the claim back for another replay to take.</summary>
    public void PublishLayouts(Layout[]? layouts)
    {
        if (layouts is not null) Volatile.Write(ref _layouts, layouts);
        else Volatile.Write(ref _layoutClaimed, 0);
    }

    /// <summary>The sugar of the step (1-based).</summary>
    public int Sugar(int step) => _steps[step - 1].Sugar;

    /// <summary>The rows of the step (1-based) that are worth building: every pivot, and the rows that gave a pivot.</summary>
    public ReadOnlySpan<SelectedRow> Rows(int step) => _steps[step - 1].Rows;

    /// <summary>Throws unless the replay's step produced the learned new leading monomials.</summary>
    public void Check(int step, ReadOnlySpan<ulong> leads)
    {
        if (step > _steps.Length || !leads.SequenceEqual(_steps[step - 1].Leads))
            throw new F4TraceMismatchException(step);
    }

    /// <summary>A 64-bit key of a row u·g: the basis index of g and the exponents of its leading monomial u·lm(g).</summary>
    public static ulong RowKey(int basisIndex, ReadOnlySpan<ulong> leading) => Hash(leading) * 0x9E3779B97F4A7C15UL + (ulong)basisIndex;

    /// <summary>FNV-1a over the packed exponent words.</summary>
    public static ulong Hash(ReadOnlySpan<ulong> monomial)
    {
        ulong h = 14695981039346656037UL;
        foreach (ulong w in monomial) { h ^= w; h *= 1099511628211UL; }
        return h;
    }
}

/// <summary>A replayed F4 run left the learned path (this prime gives other leading monomials at some step).</summary>
internal sealed class F4TraceMismatchException(int step) : Exception($"the F4 replay left the learned trace at step {step}");
