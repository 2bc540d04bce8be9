using Elimination.Core.Fields;
using Elimination.Core.Monomials;

namespace Elimination.Core.Polynomials;

/// <summary>Division by a list of polynomials: S-polynomials and normal forms.</summary>
public static class Reduction
{
    /// <summary>S(f, g) = (L/lt(f))·f − (L/lt(g))·g with L = lcm of the leading monomials.</summary>
    public static Polynomial<T, TField> SPolynomial<T, TField>(Polynomial<T, TField> f, Polynomial<T, TField> g)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        int w = ring.Words;
        Span<ulong> lcm = stackalloc ulong[w], mf = stackalloc ulong[w], mg = stackalloc ulong[w];
        PackedMonomial.Lcm(f.LeadingMonomial, g.LeadingMonomial, lcm);
        PackedMonomial.Divide(lcm, f.LeadingMonomial, mf);
        PackedMonomial.Divide(lcm, g.LeadingMonomial, mg);
        var a = f.MultiplyTerm(field.Inv(f.LeadingCoefficient), mf);
        return a.AddScaledShifted(g, field.Neg(field.Inv(g.LeadingCoefficient)), mg);
    }

    /// <summary>
    /// The fully reduced normal form of f modulo the list g (no term of the result is divisible
    /// by a leading monomial of g). For a Gröbner basis g it is unique and zero iff f ∈ ⟨g⟩.
    /// </summary>
    public static Polynomial<T, TField> NormalForm<T, TField>(Polynomial<T, TField> f, IReadOnlyList<Polynomial<T, TField>> g, CancellationToken cancel = default)
        where TField : struct, IField<T> => Reduce(f, g, firstTerm: false, cancel);

    /// <summary>
    /// The normal form, or with <paramref name="firstTerm"/> only its leading term: the first term no leading monomial
    /// divides decides membership (zero iff f ∈ ⟨g⟩ for a Gröbner basis g), and the tail's reduction is skipped —
    /// decomposition tests each branch against every prime found, nearly all of them non-members (adjacent 2×2 minors of
    /// a 4×4 matrix: 40 % of the time in those tests).
    /// </summary>
    private static Polynomial<T, TField> Reduce<T, TField>(Polynomial<T, TField> f, IReadOnlyList<Polynomial<T, TField>> g, bool firstTerm, CancellationToken cancel)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        int w = ring.Words;
        var divisors = new List<Polynomial<T, TField>>(g.Count);
        foreach (var q in g) if (!q.IsZero) divisors.Add(q);
        if (f.Length > HeapThreshold) return NormalFormByHeap(f, divisors, firstTerm, cancel);
        var remainder = new TermAccumulatorSorted<T, TField>(ring);
        var p = f;
        int start = 0; // terms of p before start already moved to the remainder
        var quotient = new ulong[w];
        while (start < p.Length)
        {
            var lm = p.MonomialAt(start);
            Polynomial<T, TField>? divisor = null;
            foreach (var q in divisors)
                if (PackedMonomial.Divides(q.LeadingMonomial, lm)) { divisor = q; break; }
            if (divisor is null)
            {
                remainder.Append(lm, p.CoefficientAt(start));
                if (firstTerm) break;
                start++;
                continue;
            }
            // Checked before every reduction step, not every N: over QQ one step can cost seconds.
            cancel.ThrowIfCancellationRequested();
            PackedMonomial.Divide(lm, divisor.LeadingMonomial, quotient);
            var c = field.Neg(field.Div(p.CoefficientAt(start), divisor.LeadingCoefficient));
            p = p.TailAddScaledShifted(start, divisor, c, quotient);
            start = 0;
        }
        return remainder.ToPolynomial();
    }

    /// <summary>Longer dividends are reduced term by term from a heap rather than by rewriting the whole dividend at each step.</summary>
    private const int HeapThreshold = 64;

    /// <summary>
    /// The same normal form with the dividend's terms in a max-heap and a coefficient table: each step costs the
    /// divisor's length (times a logarithm), not the dividend's, so reducing a long polynomial by short divisors is
    /// no longer quadratic (Johnson's heap division; the δ-invariant's charts reduce thousands of terms modulo a point).
    /// Terms leave the heap in decreasing order and every new term is below the one reduced, so none comes back.
    /// </summary>
    private static Polynomial<T, TField> NormalFormByHeap<T, TField>(Polynomial<T, TField> f, List<Polynomial<T, TField>> divisors, bool firstTerm, CancellationToken cancel)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        var order = ring.Order;
        int w = ring.Words;
        var coefficients = new Dictionary<MonomialKey, T>(MonomialKeyComparer.Instance);
        var bySpan = coefficients.GetAlternateLookup<ReadOnlySpan<ulong>>();
        var heap = new PriorityQueue<ulong[], ulong[]>(Comparer<ulong[]>.Create((a, b) => order.Compare(b, a)));
        void Add(ReadOnlySpan<ulong> m, T c)
        {
            if (bySpan.TryGetValue(m, out var old)) bySpan[m] = field.Add(old, c);
            else
            {
                var words = m.ToArray();
                coefficients[new MonomialKey(words)] = c;
                heap.Enqueue(words, words);
            }
        }
        for (int t = 0; t < f.Length; t++) Add(f.MonomialAt(t), f.CoefficientAt(t));
        var remainder = new TermAccumulatorSorted<T, TField>(ring);
        Span<ulong> quotient = stackalloc ulong[w], product = stackalloc ulong[w];
        while (heap.TryDequeue(out var m, out _))
        {
            var key = new MonomialKey(m);
            // Every monomial in the heap has its entry: pushed and removed together.
            coefficients.Remove(key, out var removed);
            var c = removed!;
            if (field.IsZero(c)) continue;
            Polynomial<T, TField>? divisor = null;
            foreach (var q in divisors)
                if (PackedMonomial.Divides(q.LeadingMonomial, m)) { divisor = q; break; }
            if (divisor is null)
            {
                remainder.Append(m, c);
                if (firstTerm) break;
                continue;
            }
            cancel.ThrowIfCancellationRequested();
            PackedMonomial.Divide(m, divisor.LeadingMonomial, quotient);
            var factor = field.Neg(field.Div(c, divisor.LeadingCoefficient));
            for (int k = 1; k < divisor.Length; k++)
            {
                PackedMonomial.Multiply(divisor.MonomialAt(k), quotient, product);
                Add(product, field.Mul(factor, divisor.CoefficientAt(k)));
            }
        }
        return remainder.ToPolynomial();
    }

    /// <summary>Whether f lies in the ideal generated by the Gröbner basis g.</summary>
    public static bool IsMember<T, TField>(Polynomial<T, TField> f, IReadOnlyList<Polynomial<T, TField>> groebnerBasis, CancellationToken cancel = default)
        where TField : struct, IField<T> => Reduce(f, groebnerBasis, firstTerm: true, cancel).IsZero;
}

/// <summary>Terms appended in strictly decreasing order (as a normal form produces them).</summary>
internal sealed class TermAccumulatorSorted<T, TField> where TField : struct, IField<T>
{
    private readonly PolynomialRing<T, TField> _ring;
    private readonly List<ulong> _exps = new();
    private readonly List<T> _coeffs = new();

    public TermAccumulatorSorted(PolynomialRing<T, TField> ring) => _ring = ring;

    public void Append(ReadOnlySpan<ulong> m, T c)
    {
        foreach (var x in m) _exps.Add(x);
        _coeffs.Add(c);
    }

    public Polynomial<T, TField> ToPolynomial() => new(_ring, _exps.ToArray(), _coeffs.ToArray(), _coeffs.Count);
}
