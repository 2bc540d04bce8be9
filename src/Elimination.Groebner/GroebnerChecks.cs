using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner;

/// <summary>
/// Oracles on a claimed basis G, independent of the engine that produced it (in the spirit of
/// SymPy's is_groebner / is_minimal / is_reduced): Buchberger's criterion, minimality, reducedness
/// and membership of the input. They are slow (every S-pair is reduced by plain division) and meant
/// for tests and for checking foreign bases, not for the engines' hot paths.
/// </summary>
public static class GroebnerChecks
{
    /// <summary>
    /// Buchberger's criterion: every S-polynomial of two elements reduces to 0 modulo G. Pairs with coprime leading
    /// monomials are skipped (Buchberger's first criterion), and so is a pair (i, j) when some third leading monomial
    /// lm_k divides L = lcm(lm_i, lm_j) while lcm(lm_i, lm_k) and lcm(lm_j, lm_k) both differ from L (the chain
    /// criterion): those two pairs have lcms of lower degree, so by induction on the degree of the lcm they have
    /// lcm-representations, hence S(i, j) has one (Cox–Little–O'Shea, ch. 2 §10, Prop. 8 and Thm. 6). Exact; it
    /// spares most reductions (the kernel lift's proof, issue 14 item 3). Zero elements are ignored.
    /// </summary>
    public static bool IsGroebnerBasis<T, TField>(IReadOnlyList<Polynomial<T, TField>> g, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        var nonzero = g.Where(p => !p.IsZero).ToList();
        if (nonzero.Count < 2) return true;
        int words = nonzero[0].Ring.Words;
        Span<ulong> lcm = words <= 64 ? stackalloc ulong[words] : new ulong[words];
        Span<ulong> other = words <= 64 ? stackalloc ulong[words] : new ulong[words];
        for (int i = 0; i < nonzero.Count; i++)
            for (int j = i + 1; j < nonzero.Count; j++)
            {
                cancel.ThrowIfCancellationRequested();
                var li = nonzero[i].LeadingMonomial;
                var lj = nonzero[j].LeadingMonomial;
                if (PackedMonomial.AreCoprime(li, lj)) continue;
                PackedMonomial.Lcm(li, lj, lcm);
                if (Chained(nonzero, i, j, lcm, other)) continue;
                if (!Reduction.NormalForm(Reduction.SPolynomial(nonzero[i], nonzero[j]), nonzero).IsZero) return false;
            }
        return true;
    }

    /// <summary>Whether some lm_k (k ≠ i, j) divides L = lcm(lm_i, lm_j) with lcm(lm_i, lm_k) ≠ L ≠ lcm(lm_j, lm_k).</summary>
    private static bool Chained<T, TField>(List<Polynomial<T, TField>> g, int i, int j, ReadOnlySpan<ulong> lcm, Span<ulong> scratch)
        where TField : struct, IField<T>
    {
        for (int k = 0; k < g.Count; k++)
        {
            if (k == i || k == j) continue;
            var lk = g[k].LeadingMonomial;
            if (!PackedMonomial.Divides(lk, lcm)) continue;
            PackedMonomial.Lcm(g[i].LeadingMonomial, lk, scratch);
            if (scratch.SequenceEqual(lcm)) continue;
            PackedMonomial.Lcm(g[j].LeadingMonomial, lk, scratch);
            if (scratch.SequenceEqual(lcm)) continue;
            return true;
        }
        return false;
    }

    /// <summary>Minimal: no zero element, every element monic, no leading monomial divisible by another's.</summary>
    public static bool IsMinimal<T, TField>(IReadOnlyList<Polynomial<T, TField>> g) where TField : struct, IField<T>
    {
        for (int i = 0; i < g.Count; i++)
        {
            if (g[i].IsZero || !g[i].Ring.Field.IsOne(g[i].LeadingCoefficient)) return false;
            for (int j = 0; j < g.Count; j++)
                if (i != j && PackedMonomial.Divides(g[j].LeadingMonomial, g[i].LeadingMonomial)) return false;
        }
        return true;
    }

    /// <summary>
    /// Reduced: no zero element, every element monic, and no term of an element divisible by the
    /// leading monomial of another (which implies minimal). Says nothing about being a Gröbner basis.
    /// </summary>
    public static bool IsReduced<T, TField>(IReadOnlyList<Polynomial<T, TField>> g) where TField : struct, IField<T>
    {
        for (int i = 0; i < g.Count; i++)
        {
            var p = g[i];
            if (p.IsZero || !p.Ring.Field.IsOne(p.LeadingCoefficient)) return false;
            for (int j = 0; j < g.Count; j++)
            {
                if (i == j) continue;
                var lm = g[j].LeadingMonomial;
                for (int t = 0; t < p.Length; t++)
                    if (PackedMonomial.Divides(lm, p.MonomialAt(t))) return false;
            }
        }
        return true;
    }

    /// <summary>The reduced Gröbner basis of ⟨G⟩: reduced and Buchberger's criterion holds.</summary>
    public static bool IsReducedGroebnerBasis<T, TField>(IReadOnlyList<Polynomial<T, TField>> g, CancellationToken cancel = default)
        where TField : struct, IField<T> =>
        IsReduced(g) && IsGroebnerBasis(g, cancel);

    /// <summary>
    /// Whether every polynomial of F reduces to 0 modulo G, i.e. F ⊂ ⟨G⟩ when G is a Gröbner basis.
    /// With the reduced basis of ⟨F⟩ known to be unique, this and G ⊂ ⟨F⟩ give ⟨G⟩ = ⟨F⟩.
    /// </summary>
    public static bool ContainsAll<T, TField>(IReadOnlyList<Polynomial<T, TField>> g, IEnumerable<Polynomial<T, TField>> f, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        foreach (var p in f)
        {
            cancel.ThrowIfCancellationRequested();
            if (!Reduction.NormalForm(p, g).IsZero) return false;
        }
        return true;
    }
}
