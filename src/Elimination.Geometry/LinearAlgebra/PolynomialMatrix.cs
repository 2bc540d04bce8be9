using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Geometry.LinearAlgebra;

/// <summary>A dense matrix of polynomials of one ring (Jacobians, augmented Jacobians).</summary>
public sealed class PolynomialMatrix<T, TField> where TField : struct, IField<T>
{
    private readonly Polynomial<T, TField>[] _a;

    public PolynomialMatrix(PolynomialRing<T, TField> ring, int rows, int columns)
    {
        Ring = ring; Rows = rows; Columns = columns;
        _a = new Polynomial<T, TField>[rows * columns];
        var zero = ring.Zero;
        for (int i = 0; i < _a.Length; i++) _a[i] = zero;
    }

    public PolynomialRing<T, TField> Ring { get; }
    public int Rows { get; }
    public int Columns { get; }

    public Polynomial<T, TField> this[int i, int j]
    {
        get => _a[i * Columns + j];
        set => _a[i * Columns + j] = value;
    }

    /// <summary>The rows of <paramref name="top"/> followed by those of <paramref name="bottom"/>.</summary>
    public static PolynomialMatrix<T, TField> Stack(PolynomialMatrix<T, TField> top, PolynomialMatrix<T, TField> bottom)
    {
        if (top.Columns != bottom.Columns) throw new ArgumentException("stacked matrices need the same number of columns");
        var m = new PolynomialMatrix<T, TField>(top.Ring, top.Rows + bottom.Rows, top.Columns);
        for (int i = 0; i < top.Rows; i++) for (int j = 0; j < top.Columns; j++) m[i, j] = top[i, j];
        for (int i = 0; i < bottom.Rows; i++) for (int j = 0; j < top.Columns; j++) m[top.Rows + i, j] = bottom[i, j];
        return m;
    }

    /// <summary>A matrix with constant entries (e.g. a projection) as polynomials of the ring.</summary>
    public static PolynomialMatrix<T, TField> FromConstants(PolynomialRing<T, TField> ring, FieldMatrix<T, TField> c)
    {
        var m = new PolynomialMatrix<T, TField>(ring, c.Rows, c.Columns);
        for (int i = 0; i < c.Rows; i++)
            for (int j = 0; j < c.Columns; j++) m[i, j] = Polynomial<T, TField>.Constant(ring, c[i, j]);
        return m;
    }

    /// <summary>This matrix times a constant matrix <paramref name="b"/> (columns × k): k random combinations of the columns, say.</summary>
    public PolynomialMatrix<T, TField> Times(T[,] b)
    {
        if (b.GetLength(0) != Columns) throw new ArgumentException("the constant matrix needs one row per column");
        var m = new PolynomialMatrix<T, TField>(Ring, Rows, b.GetLength(1));
        for (int i = 0; i < Rows; i++)
            for (int l = 0; l < m.Columns; l++) m[i, l] = Combination(Columns, j => this[i, j], j => b[j, l]);
        return m;
    }

    /// <summary>A constant matrix <paramref name="a"/> (k × rows) times <paramref name="m"/>.</summary>
    public static PolynomialMatrix<T, TField> Times(T[,] a, PolynomialMatrix<T, TField> m)
    {
        if (a.GetLength(1) != m.Rows) throw new ArgumentException("the constant matrix needs one column per row");
        var r = new PolynomialMatrix<T, TField>(m.Ring, a.GetLength(0), m.Columns);
        for (int i = 0; i < r.Rows; i++)
            for (int j = 0; j < m.Columns; j++) r[i, j] = m.Combination(m.Rows, k => m[k, j], k => a[i, k]);
        return r;
    }

    /// <summary>Σ_k c(k)·p(k) over k &lt; count, zero entries skipped.</summary>
    private Polynomial<T, TField> Combination(int count, Func<int, Polynomial<T, TField>> p, Func<int, T> c)
    {
        var sum = Ring.Zero;
        for (int k = 0; k < count; k++)
            if (p(k) is { IsZero: false } entry) sum = sum.AddScaled(entry, c(k));
        return sum;
    }

    /// <summary>One row given by polynomials.</summary>
    public static PolynomialMatrix<T, TField> Row(PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> entries)
    {
        var m = new PolynomialMatrix<T, TField>(ring, 1, entries.Count);
        for (int j = 0; j < entries.Count; j++) m[0, j] = entries[j];
        return m;
    }

    /// <summary>The value at a point (all entries evaluated).</summary>
    public FieldMatrix<T, TField> Evaluate(ReadOnlySpan<T> point)
    {
        var m = new FieldMatrix<T, TField>(Ring.Field, Rows, Columns);
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++) m[i, j] = this[i, j].Evaluate(point);
        return m;
    }
}
