namespace Elimination.Core.LinearAlgebra;

/// <summary>
/// A sparse row over F_p: increasing column indices and their nonzero coefficients (in [0, p)),
/// of equal length. The arrays may be shared (e.g. with a Gröbner basis element) and are never
/// written by <see cref="SparseRowReducer"/>, which returns new rows.
/// </summary>
public readonly record struct SparseRow(int[] Columns, uint[] Coefficients)
{
    public int Length => Columns.Length;

    /// <summary>The number of stored entries of all the rows.</summary>
    public static long NonZeros(ReadOnlySpan<SparseRow> rows)
    {
        long n = 0;
        foreach (var r in rows) n += r.Length;
        return n;
    }
}
