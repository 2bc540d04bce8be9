using System.Runtime.InteropServices;
using Elimination.Core.LinearAlgebra;

namespace Elimination.Groebner.F4;

/// <summary>
/// One F4 step's Macaulay matrix in Faugère–Lachartre shape: columns 0..PivotColumns−1 are the
/// monomials that have a reducer (sorted decreasingly), the rest are the remaining monomials
/// (sorted decreasingly). <see cref="Pivots"/>[c] is the monic reducer whose leading column is c;
/// its other entries lie in columns after c or in the non-pivot part. <see cref="ToReduce"/> are
/// the new rows (S-pair halves and input polynomials) to be reduced by the pivots. The linear
/// algebra on it is Core's <see cref="SparseRowReducer"/>; this class adds the monomial of each column.
/// </summary>
internal sealed class MacaulayMatrix
{
    public required int[] ColumnMonomial { get; init; }
    public required SparseRow[] Pivots { get; init; }
    /// <summary>The basis element each pivot row is a multiple of (for <see cref="ReducedRowCache"/>).</summary>
    public required int[] PivotOrigin { get; init; }
    public int PivotColumns => Pivots.Length;
    public required List<SparseRow> ToReduce { get; init; }

    public int Columns => ColumnMonomial.Length;
    public int Rows => PivotColumns + ToReduce.Count;

    public long NonZeros => SparseRow.NonZeros(Pivots) + SparseRow.NonZeros(CollectionsMarshal.AsSpan(ToReduce));
}
