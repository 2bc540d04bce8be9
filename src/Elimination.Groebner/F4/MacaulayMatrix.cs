namespace Elimination.Groebner.F4;

/// <summary>A sparse matrix row: column indices and coefficients of equal length (coefficients may be shared with a basis element).</summary>
internal readonly record struct SparseRow(int[] Columns, uint[] Coefficients)
{
    public int Length => Columns.Length;
}

/// <summary>
/// One F4 step's Macaulay matrix in Faugère–Lachartre shape: columns 0..PivotColumns−1 are the
/// monomials that have a reducer (sorted decreasingly), the rest are the remaining monomials
/// (sorted decreasingly). <see cref="Pivots"/>[c] is the monic reducer whose leading column is c;
/// its other entries lie in columns after c or in the non-pivot part. <see cref="ToReduce"/> are
/// the new rows (S-pair halves and input polynomials) to be reduced by the pivots.
/// </summary>
internal sealed class MacaulayMatrix
{
    public required int[] ColumnMonomial { get; init; }
    public required int PivotColumns { get; init; }
    public required SparseRow[] Pivots { get; init; }
    public required List<SparseRow> ToReduce { get; init; }

    public int Columns => ColumnMonomial.Length;
    public int Rows => PivotColumns + ToReduce.Count;

    public long NonZeros
    {
        get
        {
            long n = 0;
            foreach (var r in Pivots) n += r.Length;
            foreach (var r in ToReduce) n += r.Length;
            return n;
        }
    }
}
