using System.Numerics;
using Elimination.Core.Monomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// Orders monomial ids of a <see cref="MonomialTable"/> decreasingly (largest first), as F4's
/// columns are laid out. Grevlex, the common case, is compared inline on the packed words;
/// every other order goes through <see cref="MonomialOrder.Compare"/>.
/// </summary>
internal readonly struct DecreasingMonomialComparer : IComparer<int>
{
    private readonly MonomialTable _table;
    private readonly MonomialOrder _order;
    private readonly bool _grevlex;

    public DecreasingMonomialComparer(MonomialTable table, MonomialOrder order)
    {
        _table = table;
        _order = order;
        _grevlex = order is GrevlexOrder;
    }

    public int Compare(int a, int b) => -CompareIncreasing(a, b);

    /// <summary>Sign of a − b in the monomial order.</summary>
    public int CompareIncreasing(int a, int b)
    {
        if (a == b) return 0;
        if (!_grevlex) return _order.Compare(_table.Get(a), _table.Get(b));
        var e = _table.Exponents;
        int w = _table.Words;
        int oa = a * w, ob = b * w;
        if (e[oa] != e[ob]) return e[oa] > e[ob] ? 1 : -1;
        for (int i = w - 1; i >= 1; i--)
        {
            ulong x = e[oa + i] ^ e[ob + i];
            if (x == 0) continue;
            // The last variable of a word sits in its lowest bits; smaller exponent there = larger monomial.
            int shift = BitOperations.TrailingZeroCount(x) & ~15;
            ulong ea = (e[oa + i] >> shift) & 0xFFFF, eb = (e[ob + i] >> shift) & 0xFFFF;
            return ea < eb ? 1 : -1;
        }
        return 0;
    }
}
