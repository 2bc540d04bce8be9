namespace Elimination.Core.Monomials;

/// <summary>
/// A global monomial order on packed exponent vectors (see <see cref="PackedMonomial"/>).
/// Every order is also given as an integer weight matrix, so that other layouts (F4's
/// monomial table, file writers) can reproduce it exactly.
/// </summary>
public abstract class MonomialOrder
{
    protected MonomialOrder(int variables) => Variables = variables;

    public int Variables { get; }

    /// <summary>Sign of a − b: positive when a is the larger monomial.</summary>
    public abstract int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b);

    /// <summary>Rows of a matrix M of full column rank: a &gt; b iff M·a &gt; M·b lexicographically.</summary>
    public abstract int[][] WeightMatrix();

    /// <summary>Name as written in system files: grevlex, lex, weighted(…), elim(…).</summary>
    public abstract string Describe(IReadOnlyList<string> variableNames);

    /// <summary>Whether a variable order change is needed so that the order's blocks are contiguous.</summary>
    public virtual IReadOnlyList<int[]> Blocks => new[] { Enumerable.Range(0, Variables).ToArray() };

    /// <summary>Compares unpacked exponent vectors through the weight matrix.</summary>
    public int CompareExponents(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        foreach (var row in WeightMatrixCached)
        {
            long s = 0;
            for (int i = 0; i < row.Length; i++) s += (long)row[i] * (a[i] - b[i]);
            if (s != 0) return s > 0 ? 1 : -1;
        }
        return 0;
    }

    private int[][]? _matrix;
    private int[][] WeightMatrixCached => _matrix ??= WeightMatrix();
}
