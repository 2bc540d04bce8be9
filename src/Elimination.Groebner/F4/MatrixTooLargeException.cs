namespace Elimination.Groebner.F4;

/// <summary>(Thrown before allocating.) An F4 matrix would need more memory than <see cref="GroebnerOptions.MaxMatrixBytes"/> allows.</summary>
public sealed class MatrixTooLargeException : Elimination.Core.Errors.MemoryLimitException
{
    public MatrixTooLargeException(int step, int rows, int columns, long bytes, long limit)
        : base($"F4 step {step}: the Macaulay matrix ({rows} rows x {columns} columns) needs about {Size(bytes)}, " +
               $"more than the limit of {Size(limit)} (GroebnerOptions.MaxMatrixBytes); raise the limit or use another engine")
    {
        Step = step; Rows = rows; Columns = columns; Bytes = bytes; Limit = limit;
    }

    public int Step { get; }
    public int Rows { get; }
    public int Columns { get; }
    public long Bytes { get; }
    public long Limit { get; }
}
