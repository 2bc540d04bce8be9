namespace Elimination.Core.Monomials;

/// <summary>Lexicographic order x1 &gt; x2 &gt; … : compares packed words as unsigned integers.</summary>
public sealed class LexOrder : MonomialOrder
{
    public LexOrder(int variables) : base(variables) { }

    public override int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (int i = 1; i < a.Length; i++)
            if (a[i] != b[i]) return a[i] > b[i] ? 1 : -1;
        return 0;
    }

    public override int[][] WeightMatrix()
    {
        var m = new int[Variables][];
        for (int i = 0; i < Variables; i++) { m[i] = new int[Variables]; m[i][i] = 1; }
        return m;
    }

    public override string Describe(IReadOnlyList<string> variableNames) => "lex";
}
