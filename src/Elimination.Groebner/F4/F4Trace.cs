namespace Elimination.Groebner.F4;

/// <summary>
/// What F4 learns about an ideal over ℚ from its first prime, replayed on the others (a light form of msolve's
/// tracer, Berthomieu–Eder–Safey El Din 2021): the rows of each step that reduced to zero by the pivots — most
/// of them in practice (743 of 877 for katsura-8) — are not built again, so symbolic preprocessing and the
/// reduction shrink with them. With several learning runs a row counts as zero only when it was zero in all.
/// Replays check each step's new leading monomials against the learned ones and give up
/// (<see cref="F4TraceMismatchException"/>) on the first difference; a row that is zero modulo the learning
/// primes but not over ℚ would go unnoticed, which is why the modular engine verifies with untraced runs and
/// drops the trace once a lift is rejected.
/// </summary>
internal sealed class F4Trace
{
    private readonly HashSet<ulong>[] _zero;
    private readonly ulong[][] _leads;

    private F4Trace(HashSet<ulong>[] zero, ulong[][] leads) { _zero = zero; _leads = leads; }

    public int Steps => _leads.Length;

    /// <summary>One learning run: per step, the keys of the rows to reduce, which of them were zero, and the new leading monomials.</summary>
    public sealed class Recording
    {
        public List<(List<ulong> Rows, bool[] Zero, ulong[] Leads)> Steps { get; } = new();
    }

    /// <summary>The trace of the learning runs (rows zero in all of them), or null when their steps differ (a prime is unlucky).</summary>
    public static F4Trace? Learn(params Recording[] runs)
    {
        var first = runs[0];
        foreach (var run in runs)
        {
            if (run.Steps.Count != first.Steps.Count) return null;
            for (int s = 0; s < first.Steps.Count; s++)
                if (!run.Steps[s].Leads.AsSpan().SequenceEqual(first.Steps[s].Leads)) return null;
        }
        var zero = new HashSet<ulong>[first.Steps.Count];
        var leads = new ulong[first.Steps.Count][];
        for (int s = 0; s < zero.Length; s++)
        {
            var (rows, isZero, stepLeads) = first.Steps[s];
            zero[s] = new HashSet<ulong>();
            for (int i = 0; i < rows.Count; i++) if (isZero[i]) zero[s].Add(rows[i]);
            foreach (var run in runs.Skip(1))
            {
                var inRun = new HashSet<ulong>();
                for (int i = 0; i < run.Steps[s].Rows.Count; i++) if (run.Steps[s].Zero[i]) inRun.Add(run.Steps[s].Rows[i]);
                zero[s].IntersectWith(inRun);
            }
            leads[s] = stepLeads;
        }
        return new F4Trace(zero, leads);
    }

    /// <summary>Whether the row with this key reduced to zero at this step (1-based) in every learning run.</summary>
    public bool IsZero(int step, ulong key) => step <= _zero.Length && _zero[step - 1].Contains(key);

    /// <summary>Throws unless the replay's step produced the learned new leading monomials.</summary>
    public void Check(int step, ReadOnlySpan<ulong> leads)
    {
        if (step > _leads.Length || !leads.SequenceEqual(_leads[step - 1]))
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
