using Elimination.Core.Errors;
namespace Elimination.Core.Monomials;

/// <summary>
/// Product (block) order: grevlex on the first block, ties broken by grevlex on the next, ….
/// With the variables to eliminate as the first block it is an elimination order:
/// a polynomial whose leading monomial is free of block 1 lies entirely in the other variables.
/// </summary>
public sealed class BlockOrder : MonomialOrder
{
    private readonly int[][] _blocks;

    public BlockOrder(int variables, IReadOnlyList<int[]> blocks) : base(variables)
    {
        var all = blocks.SelectMany(b => b).OrderBy(v => v).ToArray();
        if (!all.SequenceEqual(Enumerable.Range(0, variables)))
            throw new InvalidInputException("blocks must partition the variables");
        _blocks = blocks.Select(b => b.OrderBy(v => v).ToArray()).Where(b => b.Length > 0).ToArray();
    }

    /// <summary>The elimination order for eliminating <paramref name="eliminate"/>: those first, the rest after.</summary>
    public static BlockOrder Elimination(int variables, IEnumerable<int> eliminate)
    {
        var first = eliminate.Distinct().OrderBy(v => v).ToArray();
        var rest = Enumerable.Range(0, variables).Except(first).ToArray();
        return new BlockOrder(variables, new[] { first, rest });
    }

    public override IReadOnlyList<int[]> Blocks => _blocks;

    public override int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        foreach (var block in _blocks)
        {
            int da = 0, db = 0;
            foreach (var v in block) { da += PackedMonomial.Exponent(a, v); db += PackedMonomial.Exponent(b, v); }
            if (da != db) return da > db ? 1 : -1;
            for (int k = block.Length - 1; k >= 0; k--)
            {
                int ea = PackedMonomial.Exponent(a, block[k]), eb = PackedMonomial.Exponent(b, block[k]);
                if (ea != eb) return ea < eb ? 1 : -1;
            }
        }
        return 0;
    }

    public override int[][] WeightMatrix() =>
        _blocks.SelectMany(b => GrevlexOrder.GrevlexRows(b, Variables)).ToArray();

    public override string Describe(IReadOnlyList<string> variableNames) =>
        _blocks.Length == 2
            ? $"elim({string.Join(",", _blocks[0].Select(v => variableNames[v]))})"
            : "blocks(" + string.Join(";", _blocks.Select(b => string.Join(",", b.Select(v => variableNames[v])))) + ")";
}
