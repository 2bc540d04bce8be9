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
    /// Buchberger's criterion: every S-polynomial of two elements reduces to 0 modulo G (pairs with
    /// coprime leading monomials are skipped, Buchberger's first criterion). Zero elements are ignored.
    /// </summary>
    public static bool IsGroebnerBasis<T, TField>(IReadOnlyList<Polynomial<T, TField>> g, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        var nonzero = g.Where(p => !p.IsZero).ToList();
        for (int i = 0; i < nonzero.Count; i++)
            for (int j = i + 1; j < nonzero.Count; j++)
            {
                cancel.ThrowIfCancellationRequested();
                if (PackedMonomial.AreCoprime(nonzero[i].LeadingMonomial, nonzero[j].LeadingMonomial)) continue;
                if (!Reduction.NormalForm(Reduction.SPolynomial(nonzero[i], nonzero[j]), nonzero).IsZero) return false;
            }
        return true;
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
