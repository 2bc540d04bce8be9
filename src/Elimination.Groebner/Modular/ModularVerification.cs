using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>The outcome of checking a lifted candidate.</summary>
public readonly record struct VerificationOutcome(bool Passed, bool Proved, string Note, int PairsChecked, int PairsSkipped, long TermOperations = 0);

/// <summary>
/// Proves a candidate G for the reduced Gröbner basis of ⟨F⟩ over ℚ: (1) G is a Gröbner basis
/// (Buchberger's criterion, pairs skipped by the product and chain criteria), (2) F ⊂ ⟨G⟩, both
/// by exact fraction-free reduction. The probabilistic alternative is <see cref="RandomPrimeCheck"/>.
/// </summary>
public static class ModularVerification
{
    public static VerificationOutcome Verify(
        IReadOnlyList<Polynomial<Rational, RationalField>> candidate,
        IReadOnlyList<Polynomial<Rational, RationalField>> inputs,
        int threads, CancellationToken cancel)
    {
        if (candidate.Count == 0)
        {
            bool allZero = inputs.All(f => f.IsZero);
            return new(allZero, allZero, allZero ? "zero ideal" : "empty candidate for a nonzero ideal", 0, 0);
        }
        foreach (var g in candidate)
            if (g.IsZero || !g.LeadingCoefficient.IsOne) throw new ArgumentException("the candidate must be monic");
        var pairs = CriticalPairs(candidate, out int skipped);

        int failedPair = -1;
        long termOps = 0;
        var work = new List<(int I, int J)>(pairs.Count + inputs.Count);
        work.AddRange(pairs);
        for (int k = 0; k < inputs.Count; k++) if (!inputs[k].IsZero) work.Add((-1, k));
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, work.Count, Math.Max(1, work.Count / (threads * 8))),
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancel },
            () => new IntegerTopReduction(candidate),
            (range, state, reducer) =>
            {
                long before = reducer.TermOperations;
                for (int x = range.Item1; x < range.Item2 && !state.ShouldExitCurrentIteration; x++)
                {
                    var (i, j) = work[x];
                    bool zero = i < 0 ? reducer.ReducesToZero(inputs[j], cancel) : reducer.SPolynomialReducesToZero(i, j, cancel);
                    if (!zero) { Interlocked.Exchange(ref failedPair, x); state.Stop(); }
                }
                Interlocked.Add(ref termOps, reducer.TermOperations - before);
                return reducer;
            },
            _ => { });
        if (failedPair >= 0)
        {
            var (i, j) = work[failedPair];
            return new(false, false, i < 0 ? $"input {j + 1} does not reduce to 0 over QQ" : $"S-pair ({i + 1},{j + 1}) does not reduce to 0 over QQ", pairs.Count, skipped);
        }
        return new(true, true,
            $"exact over QQ: {pairs.Count} S-pairs ({skipped} more skipped by the product and chain criteria) and {inputs.Count} inputs reduce to 0",
            pairs.Count, skipped, termOps);
    }

    /// <summary>
    /// Pairs (i, j) whose S-polynomials must be reduced. A pair needs no reduction when its
    /// leading monomials are coprime (product criterion), or when i and j are already connected
    /// through elements k with lm(g_k) | L = lcm(i, j) by pairs that are either checked with the
    /// same lcm L or have an lcm properly dividing L: S(i, j) is then a combination of their
    /// S-polynomials times monomials, all with representations below L (chain criterion in its
    /// strongest form, as in Gebauer–Möller; sound by induction on L under divisibility).
    /// </summary>
    public static List<(int I, int J)> CriticalPairs<T, TField>(IReadOnlyList<Polynomial<T, TField>> g, out int skipped)
        where TField : struct, IField<T>
    {
        var result = new List<(int, int)>();
        skipped = 0;
        if (g.Count == 0) return result;
        int w = g[0].Ring.Words;
        int n = g.Count;
        var lms = new ulong[n][];
        for (int i = 0; i < n; i++) lms[i] = g[i].LeadingMonomial.ToArray();
        var lcm = new ulong[n * n][];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                var l = new ulong[w];
                PackedMonomial.Lcm(lms[i], lms[j], l);
                lcm[i * n + j] = lcm[j * n + i] = l;
            }
        // Group the non-coprime pairs by their lcm.
        var groups = new Dictionary<MonomialKey, List<(int, int)>>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                if (PackedMonomial.AreCoprime(lms[i], lms[j])) { skipped++; continue; }
                var key = new MonomialKey(lcm[i * n + j]);
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<(int, int)>();
                list.Add((i, j));
            }
        var parent = new int[n];
        var divides = new List<int>();
        foreach (var (key, pairs) in groups)
        {
            var l = key.Words;
            divides.Clear();
            for (int k = 0; k < n; k++)
            {
                parent[k] = k;
                if (PackedMonomial.Divides(lms[k], l)) divides.Add(k);
            }
            // Pairs among the divisors of L whose lcm is a proper divisor of L connect for free.
            for (int a = 0; a < divides.Count; a++)
                for (int b = a + 1; b < divides.Count; b++)
                {
                    int x = divides[a], y = divides[b];
                    if (!lcm[x * n + y].AsSpan().SequenceEqual(l)) Union(parent, x, y);
                }
            foreach (var (i, j) in pairs)
            {
                if (Find(parent, i) == Find(parent, j)) { skipped++; continue; }
                Union(parent, i, j);
                result.Add((i, j));
            }
        }
        return result;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    private static void Union(int[] parent, int x, int y) => parent[Find(parent, x)] = Find(parent, y);
}
