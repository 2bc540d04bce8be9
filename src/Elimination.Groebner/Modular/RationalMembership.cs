using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Exact ideal membership over ℚ against a Gröbner basis, by fraction-free top reduction in integer arithmetic
/// (<see cref="IntegerTopReduction"/>): reduction in ℚ's field arithmetic normalises every coefficient by a gcd, which was
/// nearly all of a decomposition's membership tests (an eliminant against an 11 000-term basis). Stops at the first
/// leading term no basis element divides. One test at a time (the working polynomial is shared).
/// </summary>
public sealed class RationalMembership
{
    private readonly IntegerTopReduction? _reduction;
    private readonly object _lock = new();

    /// <param name="groebnerBasis">A Gröbner basis (of any monomial order, all elements in one ring).</param>
    public RationalMembership(IReadOnlyList<Polynomial<Rational, RationalField>> groebnerBasis)
    {
        ArgumentNullException.ThrowIfNull(groebnerBasis);
        var nonzero = groebnerBasis.Where(g => !g.IsZero).ToList();
        _reduction = nonzero.Count == 0 ? null : new IntegerTopReduction(nonzero);
    }

    /// <summary>Whether f (in the basis's ring) lies in the ideal the basis generates.</summary>
    public bool Contains(Polynomial<Rational, RationalField> f, CancellationToken cancel = default)
    {
        if (f.IsZero) return true;
        if (_reduction is null) return false;
        lock (_lock) return _reduction.ReducesToZero(f, cancel);
    }
}
