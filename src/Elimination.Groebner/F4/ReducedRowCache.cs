namespace Elimination.Groebner.F4;

/// <summary>
/// Faugère's <i>Simplify</i> (F4, 1999, §2.2): the reducers of earlier steps, inter-reduced after their step, kept
/// by the basis element they are a multiple of. A later product u·g is replaced by (u/t)·p, where p is the kept
/// row of g with the largest leading monomial t·lm(g) dividing u·lm(g): p = t·g minus earlier reducers of smaller
/// leading monomials, so (u/t)·p lies in the ideal, is monic and has the leading monomial of u·g, and its tail has
/// already been reduced once. Rows are in global monomial ids; a newer row for the same (g, leading monomial)
/// replaces the older one.
/// </summary>
internal sealed class ReducedRowCache
{
    private readonly MonomialTable _table;
    private readonly Dictionary<int, List<(int Lead, int[] Ids, uint[] Coeffs)>> _rows = new();

    public ReducedRowCache(MonomialTable table) => _table = table;

    /// <summary>Rows kept, over all basis elements.</summary>
    public int Count { get; private set; }

    /// <summary>Keeps a reduced multiple of basis element <paramref name="basisIndex"/> (ids[0] its leading monomial, coefficient 1).</summary>
    public void Keep(int basisIndex, int[] ids, uint[] coeffs)
    {
        if (!_rows.TryGetValue(basisIndex, out var list)) _rows[basisIndex] = list = new();
        int lead = ids[0];
        for (int k = 0; k < list.Count; k++)
            if (list[k].Lead == lead) { list[k] = (lead, ids, coeffs); return; }
        list.Add((lead, ids, coeffs));
        Count++;
    }

    /// <summary>The kept row of basis element g whose leading monomial divides <paramref name="monomial"/>, the largest such; false if none.</summary>
    public bool TryFind(int basisIndex, int monomial, out int[] ids, out uint[] coeffs)
    {
        ids = null!;
        coeffs = null!;
        if (!_rows.TryGetValue(basisIndex, out var list)) return false;
        int best = -1, bestDegree = -1;
        for (int k = 0; k < list.Count; k++)
        {
            int lead = list[k].Lead;
            if (lead == monomial) { best = k; break; }
            int degree = _table.Degree(lead);
            if (degree > bestDegree && _table.Divides(lead, monomial)) { best = k; bestDegree = degree; }
        }
        if (best < 0) return false;
        (_, ids, coeffs) = list[best];
        return true;
    }
}
