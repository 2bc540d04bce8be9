
namespace Elimination.Core.Monomials;

/// <summary>
/// Graded reverse lexicographic order: total degree first, then the monomial with the
/// <em>smaller</em> exponent in the last variable where they differ is the larger one.
/// </summary>
public sealed class GrevlexOrder : MonomialOrder
{
    public GrevlexOrder(int variables) : base(variables) { }

    public override int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a[0] != b[0]) return a[0] > b[0] ? 1 : -1;
        return PackedMonomial.CompareReverseLex(a, b);
    }

    public override int[][] WeightMatrix() => GrevlexRows(Enumerable.Range(0, Variables).ToArray(), Variables);

    /// <summary>Grevlex on the given variables: their degree, then −e_last, −e_(last−1), ….</summary>
    internal static int[][] GrevlexRows(int[] block, int variables)
    {
        var rows = new List<int[]>();
        var deg = new int[variables];
        foreach (var v in block) deg[v] = 1;
        rows.Add(deg);
        for (int k = block.Length - 1; k >= 1; k--)
        {
            var r = new int[variables];
            r[block[k]] = -1;
            rows.Add(r);
        }
        return rows.ToArray();
    }

    public override string Describe(IReadOnlyList<string> variableNames) => "grevlex";
}
