namespace Elimination.Core.Monomials;

/// <summary>
/// Which of a fixed set of monomials divide a query monomial, without testing them all: a k-d tree on the exponent
/// vectors, split on the variable of widest range at its median. A monomial with exponent above the split value
/// cannot divide a query whose exponent is at most that value, so such a query skips the upper half (the divisor
/// lookup of mathicgb's KD-tree, in its simplest static form). Leaves test a 64-bit sieve before the exponents.
/// Queries may run in parallel, each with its own scratch stack.
/// </summary>
internal sealed class DivisorTree
{
    private const int LeafSize = 8;

    private readonly int[][] _exponents;
    private readonly ulong[] _sieve;
    private readonly int[] _order;
    // Node k: a leaf when _variable[k] < 0, holding _order[_start[k] .. _start[k] + _count[k]); otherwise its
    // children _low[k] (exponent ≤ _threshold[k] in _variable[k]) and _high[k].
    private readonly List<int> _variable = new(), _threshold = new(), _low = new(), _high = new(), _start = new(), _count = new();

    /// <param name="exponents">One exponent vector per monomial, all of one length; indices into this list are returned.</param>
    public DivisorTree(IReadOnlyList<int[]> exponents)
    {
        _exponents = exponents.ToArray();
        _sieve = _exponents.Select(Sieve).ToArray();
        _order = Enumerable.Range(0, _exponents.Length).ToArray();
        if (_exponents.Length > 0) Build(0, _exponents.Length);
    }

    /// <summary>The length a scratch stack for <see cref="Divisors"/> needs.</summary>
    public int NodeCount => _variable.Count;

    /// <summary>Adds to <paramref name="into"/> the index of every monomial dividing <paramref name="query"/> (in no particular order).</summary>
    public void Divisors(ReadOnlySpan<int> query, List<int> into, int[] stack)
    {
        var collect = new Collector(into);
        Divisors(query, stack, ref collect);
    }

    /// <summary>Calls <paramref name="visitor"/> with each monomial dividing <paramref name="query"/> until it returns false.</summary>
    public void Divisors<TVisitor>(ReadOnlySpan<int> query, int[] stack, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        if (_exponents.Length == 0) return;
        ulong outside = ~Sieve(query);
        int top = 0;
        stack[top++] = 0;
        while (top > 0)
        {
            int node = stack[--top];
            int v = _variable[node];
            if (v >= 0)
            {
                stack[top++] = _low[node];
                if (query[v] > _threshold[node]) stack[top++] = _high[node];
                continue;
            }
            for (int i = _start[node], end = i + _count[node]; i < end; i++)
            {
                int k = _order[i];
                if ((_sieve[k] & outside) != 0) continue;
                var e = _exponents[k];
                bool divides = true;
                for (int x = 0; x < e.Length && divides; x++) divides = e[x] <= query[x];
                if (divides && !visitor.Visit(k)) return;
            }
        }
    }

    /// <summary>Receives the divisors found; a struct, so the call is not virtual.</summary>
    public interface IVisitor
    {
        /// <summary>Takes divisor <paramref name="index"/>; false stops the search.</summary>
        bool Visit(int index);
    }

    private readonly struct Collector(List<int> into) : IVisitor
    {
        public bool Visit(int index) { into.Add(index); return true; }
    }

    /// <summary>
    /// A few bits per variable (of the first 64): bit b of variable v is set when its exponent exceeds b. A divisor's
    /// bits are a subset of the multiple's, so one AND rules out most non-divisors.
    /// </summary>
    private static ulong Sieve(ReadOnlySpan<int> exponents)
    {
        int per = Math.Max(1, 64 / Math.Max(1, exponents.Length));
        ulong bits = 0;
        for (int v = 0; v < exponents.Length && v * per < 64; v++)
            for (int b = 0; b < per && b < exponents[v]; b++) bits |= 1UL << (v * per + b);
        return bits;
    }

    private static ulong Sieve(int[] exponents) => Sieve(exponents.AsSpan());

    private int Build(int start, int count)
    {
        int node = _variable.Count;
        _variable.Add(-1); _threshold.Add(0); _low.Add(-1); _high.Add(-1); _start.Add(start); _count.Add(count);
        if (count <= LeafSize) return node;
        int width = _exponents[_order[start]].Length, best = -1, bestRange = 0;
        for (int v = 0; v < width; v++)
        {
            int min = int.MaxValue, max = int.MinValue;
            for (int i = start; i < start + count; i++)
            {
                int e = _exponents[_order[i]][v];
                min = Math.Min(min, e);
                max = Math.Max(max, e);
            }
            if (max - min > bestRange) (best, bestRange) = (v, max - min);
        }
        if (best < 0) return node; // all equal: one leaf
        var slice = _order.AsSpan(start, count);
        slice.Sort((a, b) => _exponents[a][best].CompareTo(_exponents[b][best]));
        // The median's value, lowered when it is the maximum so that both halves are nonempty.
        int threshold = _exponents[slice[count / 2]][best];
        if (threshold == _exponents[slice[count - 1]][best]) threshold--;
        int split = 0;
        while (split < count && _exponents[slice[split]][best] <= threshold) split++;
        _variable[node] = best;
        _threshold[node] = threshold;
        int low = Build(start, split);
        int high = Build(start + split, count - split);
        _low[node] = low;
        _high[node] = high;
        return node;
    }
}
