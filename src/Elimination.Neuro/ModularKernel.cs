using Elimination.Core.Fields;

namespace Elimination.Neuro;

/// <summary>The null space {c : A·c = 0} of a dense matrix mod p, read off its reduced row echelon form.</summary>
public static class ModularKernel
{
    /// <summary>A basis of the kernel of the rows (each of length <paramref name="columns"/>), one vector per free column.</summary>
    public static List<uint[]> Of(PrimeField f, IReadOnlyList<uint[]> rows, int columns, CancellationToken cancellation = default)
    {
        var echelon = new ModularRowEchelon(f, columns);
        foreach (var row in rows)
        {
            cancellation.ThrowIfCancellationRequested();
            if (echelon.Rank == columns) break;
            echelon.Add(row);
        }
        var reduced = echelon.ReducedRows();
        var pivotCol = echelon.PivotColumns;
        var isPivot = new bool[columns];
        foreach (var c in pivotCol) isPivot[c] = true;
        var kernel = new List<uint[]>();
        for (int free = 0; free < columns; free++)
        {
            if (isPivot[free]) continue;
            var v = new uint[columns];
            v[free] = 1;
            for (int r = 0; r < pivotCol.Count; r++) v[pivotCol[r]] = f.Neg(reduced[r][free]);
            kernel.Add(v);
        }
        return kernel;
    }
}
