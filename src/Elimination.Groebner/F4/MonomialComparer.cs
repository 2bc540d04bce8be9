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
                masks[b * words + PackedMonomial.WordOf(v)] |= PackedMonomial.FieldMask(v);
        return masks;
    }

    public int Compare(int a, int b) => -CompareIncreasing(a, b);

    /// <summary>Sign of a − b in the monomial order.</summary>
    public int CompareIncreasing(int a, int b)
    {
        if (a == b) return 0;
        var ma = _table.Get(a);
        var mb = _table.Get(b);
        if (_blockMasks is not null) return CompareBlocks(ma, mb);
        if (!_grevlex) return _order.Compare(ma, mb);
        if (ma[0] != mb[0]) return ma[0] > mb[0] ? 1 : -1;
        return PackedMonomial.CompareReverseLex(ma, mb);
    }

    /// <summary>Grevlex on each block in turn: the block's degree, then reverse lex on its variables.</summary>
    private int CompareBlocks(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var masks = _blockMasks!;
        int w = a.Length;
        for (int blk = 0; blk < _blocks; blk++)
        {
            var mask = new ReadOnlySpan<ulong>(masks, blk * w, w);
            int da = PackedMonomial.MaskedDegree(a, mask), db = PackedMonomial.MaskedDegree(b, mask);
            if (da != db) return da > db ? 1 : -1;
            int c = PackedMonomial.CompareReverseLex(a, b, mask);
            if (c != 0) return c;
        }
        return 0;
    }
}
