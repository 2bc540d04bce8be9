using System.Numerics;
using Elimination.Core.Monomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// Orders monomial ids of a <see cref="MonomialTable"/> decreasingly (largest first), as F4's
/// columns are laid out. Grevlex, the common case, and block orders (grevlex per block, the
/// elimination orders) are compared inline on the packed words; every other order goes through
/// <see cref="MonomialOrder.Compare"/>.
/// </summary>
internal readonly struct DecreasingMonomialComparer : IComparer<int>
{
    private readonly MonomialTable _table;
    private readonly MonomialOrder _order;
    private readonly bool _grevlex;
    // Block orders: per block, one mask per exponent word selecting that block's 16-bit fields (null otherwise).
    private readonly ulong[]? _blockMasks;
    private readonly int _blocks;

    public DecreasingMonomialComparer(MonomialTable table, MonomialOrder order)
    {
        _table = table;
        _order = order;
        _grevlex = order is GrevlexOrder;
        _blockMasks = null;
        _blocks = 0;
        if (order is BlockOrder block)
        {
            _blocks = block.Blocks.Count;
            _blockMasks = BlockMasks(block, table.Words);
        }
    }

    /// <summary>Whether the order is compared on packed words (no generic <see cref="MonomialOrder.Compare"/> calls).</summary>
    public static bool IsInline(MonomialOrder order) => order is GrevlexOrder or BlockOrder;

    private static ulong[] BlockMasks(BlockOrder order, int words)
    {
        var blocks = order.Blocks;
        var masks = new ulong[blocks.Count * words];
        for (int b = 0; b < blocks.Count; b++)
            foreach (int v in blocks[b])
                masks[b * words + 1 + (v >> 2)] |= 0xFFFFUL << PackedMonomial.Shift(v);
        return masks;
    }

    public int Compare(int a, int b) => -CompareIncreasing(a, b);

    /// <summary>Sign of a − b in the monomial order.</summary>
    public int CompareIncreasing(int a, int b)
    {
        if (a == b) return 0;
        var e = _table.Exponents;
        int w = _table.Words;
        int oa = a * w, ob = b * w;
        if (_blockMasks is not null) return CompareBlocks(e, oa, ob, w);
        if (!_grevlex) return _order.Compare(_table.Get(a), _table.Get(b));
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

    /// <summary>Grevlex on each block in turn: the block's degree, then reverse lex on its variables.</summary>
    private int CompareBlocks(ulong[] e, int oa, int ob, int w)
    {
        var masks = _blockMasks!;
        for (int blk = 0, om = 0; blk < _blocks; blk++, om += w)
        {
            // Block degrees as sums of 32-bit lanes (two 16-bit fields each), exact for exponents < 2^15.
            ulong da = 0, db = 0;
            for (int i = 1; i < w; i++)
            {
                ulong m = masks[om + i];
                ulong x = e[oa + i] & m, y = e[ob + i] & m;
                da += (x & 0x0000_FFFF_0000_FFFFUL) + ((x >> 16) & 0x0000_FFFF_0000_FFFFUL);
                db += (y & 0x0000_FFFF_0000_FFFFUL) + ((y >> 16) & 0x0000_FFFF_0000_FFFFUL);
            }
            da = (da & 0xFFFF_FFFFUL) + (da >> 32);
            db = (db & 0xFFFF_FFFFUL) + (db >> 32);
            if (da != db) return da > db ? 1 : -1;
            for (int i = w - 1; i >= 1; i--)
            {
                ulong x = (e[oa + i] ^ e[ob + i]) & masks[om + i];
                if (x == 0) continue;
                // The block's last differing variable: smaller exponent there = larger monomial.
                int shift = BitOperations.TrailingZeroCount(x) & ~15;
                ulong ea = (e[oa + i] >> shift) & 0xFFFF, eb = (e[ob + i] >> shift) & 0xFFFF;
                return ea < eb ? 1 : -1;
            }
        }
        return 0;
    }
}
