using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Fglm;

/// <summary>
/// The standard monomials of a zero-dimensional ideal's Gröbner basis — the monomials no leading monomial divides,
/// a basis of k[x]/I — in increasing order of the basis's monomial order, each with its index.
/// </summary>
public sealed class Staircase
{
    private readonly ulong[] _monomials;
    private readonly Dictionary<MonomialKey, int> _index;
    private readonly Dictionary<MonomialKey, int>.AlternateLookup<ReadOnlySpan<ulong>> _lookup;

    private Staircase(ulong[] monomials, int words, int count)
    {
        _monomials = monomials;
        Words = words;
        Count = count;
        _index = new Dictionary<MonomialKey, int>(count, MonomialKeyComparer.Instance);
        for (int i = 0; i < count; i++) _index[new MonomialKey(MonomialAt(i))] = i;
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<ulong>>();
    }

    /// <summary>dim_k k[x]/I.</summary>
    public int Count { get; }

    /// <summary>Words of a packed monomial (<see cref="PackedMonomial.Words"/>).</summary>
    public int Words { get; }

    /// <summary>The i-th standard monomial, packed.</summary>
    public ReadOnlySpan<ulong> MonomialAt(int i) => _monomials.AsSpan(i * Words, Words);

    /// <summary>The index of a standard monomial; −1 when it is not one.</summary>
    public int IndexOf(ReadOnlySpan<ulong> monomial) => _lookup.TryGetValue(monomial, out int i) ? i : -1;

    /// <summary>
    /// Whether a Gröbner basis generates a zero-dimensional ideal (finitely many standard monomials): every variable
    /// has a pure power among the leading monomials. The unit ideal counts (no standard monomial at all).
    /// </summary>
    public static bool IsZeroDimensional<T, TField>(IReadOnlyList<Polynomial<T, TField>> basis) where TField : struct, IField<T>
    {
        if (basis.Count == 0) return false;
        int n = basis[0].Ring.VariableCount;
        var pure = new bool[n];
        foreach (var g in basis)
        {
            var lm = g.LeadingMonomial;
            if (PackedMonomial.IsOne(lm)) return true;
            int only = -1;
            for (int v = 0; v < n && only != -2; v++)
                if (PackedMonomial.Exponent(lm, v) != 0) only = only == -1 ? v : -2;
            if (only >= 0) pure[only] = true;
        }
        return Array.TrueForAll(pure, b => b);
    }

    /// <summary>
    /// The standard monomials of a zero-dimensional Gröbner basis, found by growing the order ideal from 1 one variable
    /// at a time. Throws <see cref="InvalidInputException"/> when the ideal is not zero-dimensional, and
    /// <see cref="ResourceLimitException"/> past <paramref name="limit"/> monomials.
    /// </summary>
    public static Staircase Of<T, TField>(IReadOnlyList<Polynomial<T, TField>> basis, int limit = int.MaxValue, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        if (!IsZeroDimensional(basis)) throw new InvalidInputException("the ideal is not zero-dimensional: k[x]/I has no finite monomial basis");
        var ring = basis[0].Ring;
        int n = ring.VariableCount, w = ring.Words;
        var leads = new ulong[basis.Count * w];
        for (int i = 0; i < basis.Count; i++) basis[i].LeadingMonomial.CopyTo(leads.AsSpan(i * w, w));
        var found = new List<ulong[]>();
        if (basis.Any(g => PackedMonomial.IsOne(g.LeadingMonomial))) return new Staircase(Array.Empty<ulong>(), w, 0);
        var seen = new HashSet<MonomialKey>(MonomialKeyComparer.Instance);
        var queue = new Queue<ulong[]>();
        var one = new ulong[w];
        queue.Enqueue(one);
        seen.Add(new MonomialKey(one));
        while (queue.Count > 0)
        {
            var m = queue.Dequeue();
            found.Add(m);
            if (found.Count > limit) throw new ResourceLimitException($"k[x]/I has more than {limit} standard monomials");
            if ((found.Count & 1023) == 0) cancel.ThrowIfCancellationRequested();
            for (int v = 0; v < n; v++)
            {
                var next = TimesVariable(m, v);
                if (DividedByAny(leads, basis.Count, w, next) || !seen.Add(new MonomialKey(next))) continue;
                queue.Enqueue(next);
            }
        }
        found.Sort((a, b) => ring.Order.Compare(a, b));
        var packed = new ulong[found.Count * w];
        for (int i = 0; i < found.Count; i++) found[i].CopyTo(packed, i * w);
        return new Staircase(packed, w, found.Count);
    }

    /// <summary>m·x_v, packed (exponents here stay far below the guard bit: they are bounded by a pure power's).</summary>
    internal static ulong[] TimesVariable(ReadOnlySpan<ulong> m, int v)
    {
        var r = m.ToArray();
        r[0]++;
        r[PackedMonomial.WordOf(v)] += 1UL << PackedMonomial.Shift(v);
        return r;
    }

    internal static bool DividedByAny(ulong[] leads, int count, int w, ReadOnlySpan<ulong> m)
    {
        for (int i = 0; i < count; i++)
            if (PackedMonomial.Divides(leads.AsSpan(i * w, w), m)) return true;
        return false;
    }
}
