using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Errors;

namespace Elimination.Core.LinearAlgebra;

/// <summary>
/// A dense matrix over an exact field (ℚ or F_p), with exact linear algebra: reduced row echelon
/// form, rank, kernel, determinant, inverse, Moore–Penrose pseudo-inverse. Entries are set through
/// the indexer while building; the operations return new matrices. Over F_p the echelon form is
/// the shared delayed-reduction kernel (<see cref="ModularRowEchelon"/>); over other fields (ℚ)
/// plain Gauss–Jordan, which suits the small sizes (tens) these matrices have.
/// </summary>
public sealed class FieldMatrix<T, TField> where TField : struct, IField<T>
{
    private readonly T[] _a;

    public FieldMatrix(TField field, int rows, int columns)
    {
        if (rows < 0 || columns < 0) throw new ArgumentException("matrix dimensions must be non-negative");
        Field = field; Rows = rows; Columns = columns;
        _a = new T[rows * columns];
        for (int i = 0; i < _a.Length; i++) _a[i] = field.Zero;
    }

    public FieldMatrix(TField field, T[,] entries) : this(field, entries.GetLength(0), entries.GetLength(1))
    {
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++) _a[i * Columns + j] = entries[i, j];
    }

    public TField Field { get; }
    public int Rows { get; }
    public int Columns { get; }
    public bool IsSquare => Rows == Columns;

    public T this[int i, int j]
    {
        get => _a[i * Columns + j];
        set => _a[i * Columns + j] = value;
    }

    public static FieldMatrix<T, TField> Identity(TField field, int n)
    {
        var m = new FieldMatrix<T, TField>(field, n, n);
        for (int i = 0; i < n; i++) m[i, i] = field.One;
        return m;
    }

    public static FieldMatrix<T, TField> Diagonal(TField field, IReadOnlyList<T> d)
    {
        var m = new FieldMatrix<T, TField>(field, d.Count, d.Count);
        for (int i = 0; i < d.Count; i++) m[i, i] = d[i];
        return m;
    }

    /// <summary>Independent uniform entries (all of F_p; integers |n| &lt; 2^20 over ℚ) from a seeded generator.</summary>
    public static FieldMatrix<T, TField> Random(TField field, int rows, int columns, System.Random rng)
    {
        const long rationalRange = 1L << 20;
        var m = new FieldMatrix<T, TField>(field, rows, columns);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                m[i, j] = field.FromInteger(field.Characteristic > 0 ? rng.NextInt64(0, field.Characteristic) : rng.NextInt64(-rationalRange, rationalRange));
        return m;
    }

    /// <summary>Entries given as integers (converted into the field).</summary>
    public static FieldMatrix<T, TField> FromIntegers(TField field, long[,] entries)
    {
        var m = new FieldMatrix<T, TField>(field, entries.GetLength(0), entries.GetLength(1));
        for (int i = 0; i < m.Rows; i++)
            for (int j = 0; j < m.Columns; j++) m[i, j] = field.FromInteger(entries[i, j]);
        return m;
    }

    public FieldMatrix<T, TField> Clone()
    {
        var m = new FieldMatrix<T, TField>(Field, Rows, Columns);
        Array.Copy(_a, m._a, _a.Length);
        return m;
    }

    public FieldMatrix<T, TField> Transpose()
    {
        var m = new FieldMatrix<T, TField>(Field, Columns, Rows);
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++) m[j, i] = this[i, j];
        return m;
    }

    public static FieldMatrix<T, TField> operator *(FieldMatrix<T, TField> a, FieldMatrix<T, TField> b)
    {
        if (a.Columns != b.Rows) throw new ArgumentException($"cannot multiply a {a.Rows}×{a.Columns} by a {b.Rows}×{b.Columns} matrix");
        var f = a.Field;
        var m = new FieldMatrix<T, TField>(f, a.Rows, b.Columns);
        for (int i = 0; i < a.Rows; i++)
            for (int k = 0; k < a.Columns; k++)
            {
                var aik = a[i, k];
                if (f.IsZero(aik)) continue;
                for (int j = 0; j < b.Columns; j++) m[i, j] = f.Add(m[i, j], f.Mul(aik, b[k, j]));
            }
        return m;
    }

    public static FieldMatrix<T, TField> operator +(FieldMatrix<T, TField> a, FieldMatrix<T, TField> b)
    {
        if (a.Rows != b.Rows || a.Columns != b.Columns) throw new ArgumentException("matrix sizes differ");
        var m = a.Clone();
        for (int i = 0; i < m._a.Length; i++) m._a[i] = a.Field.Add(a._a[i], b._a[i]);
        return m;
    }

    public static FieldMatrix<T, TField> operator -(FieldMatrix<T, TField> a, FieldMatrix<T, TField> b)
    {
        if (a.Rows != b.Rows || a.Columns != b.Columns) throw new ArgumentException("matrix sizes differ");
        var m = a.Clone();
        for (int i = 0; i < m._a.Length; i++) m._a[i] = a.Field.Sub(a._a[i], b._a[i]);
        return m;
    }

    /// <summary>Matrix times a column vector.</summary>
    public T[] Apply(IReadOnlyList<T> v)
    {
        if (v.Count != Columns) throw new ArgumentException("vector has the wrong length");
        var f = Field;
        var r = new T[Rows];
        for (int i = 0; i < Rows; i++)
        {
            T s = f.Zero;
            for (int j = 0; j < Columns; j++) s = f.Add(s, f.Mul(this[i, j], v[j]));
            r[i] = s;
        }
        return r;
    }

    public bool IsSymmetric
    {
        get
        {
            if (!IsSquare) return false;
            for (int i = 0; i < Rows; i++)
                for (int j = 0; j < i; j++)
                    if (!Field.AreEqual(this[i, j], this[j, i])) return false;
            return true;
        }
    }

    /// <summary>The reduced row echelon form and the pivot columns.</summary>
    public (FieldMatrix<T, TField> Echelon, int[] Pivots) ReducedRowEchelon()
    {
        if (typeof(TField) == typeof(PrimeField) && Columns > 0) return ReducedRowEchelonModular();
        var m = Clone();
        var f = Field;
        var pivots = new List<int>();
        int r = 0;
        for (int c = 0; c < Columns && r < Rows; c++)
        {
            int p = -1;
            for (int i = r; i < Rows; i++) if (!f.IsZero(m[i, c])) { p = i; break; }
            if (p < 0) continue;
            if (p != r) for (int j = 0; j < Columns; j++) (m[p, j], m[r, j]) = (m[r, j], m[p, j]);
            var inv = f.Inv(m[r, c]);
            for (int j = c; j < Columns; j++) m[r, j] = f.Mul(m[r, j], inv);
            for (int i = 0; i < Rows; i++)
            {
                if (i == r || f.IsZero(m[i, c])) continue;
                var factor = m[i, c];
                for (int j = c; j < Columns; j++) m[i, j] = f.Sub(m[i, j], f.Mul(factor, m[r, j]));
            }
            pivots.Add(c);
            r++;
        }
        return (m, pivots.ToArray());
    }

    private (FieldMatrix<T, TField> Echelon, int[] Pivots) ReducedRowEchelonModular()
    {
        var field = (PrimeField)(object)Field;
        var entries = (uint[])(object)_a;
        var echelon = new ModularRowEchelon(field, Columns);
        for (int i = 0; i < Rows && echelon.Rank < Columns; i++) echelon.Add(entries.AsSpan(i * Columns, Columns));
        var rows = echelon.ReducedRows();
        var m = new FieldMatrix<T, TField>(Field, Rows, Columns);
        var target = (uint[])(object)m._a;
        for (int i = 0; i < rows.Count; i++) rows[i].CopyTo(target, i * Columns);
        return (m, echelon.PivotColumns.ToArray());
    }

    /// <summary>The determinant (square matrices): Gaussian elimination over the field; the shared kernel over F_p.</summary>
    public T Determinant()
    {
        if (!IsSquare) throw new ArgumentException("only a square matrix has a determinant");
        if (typeof(TField) == typeof(PrimeField))
            return (T)(object)ModularRowEchelon.DeterminantOf((PrimeField)(object)Field, (uint[])(object)_a, Rows);
        var m = Clone();
        var f = Field;
        T det = f.One;
        for (int c = 0; c < Rows; c++)
        {
            int p = -1;
            for (int i = c; i < Rows; i++) if (!f.IsZero(m[i, c])) { p = i; break; }
            if (p < 0) return f.Zero;
            if (p != c)
            {
                for (int j = c; j < Columns; j++) (m[p, j], m[c, j]) = (m[c, j], m[p, j]);
                det = f.Neg(det);
            }
            var pivot = m[c, c];
            det = f.Mul(det, pivot);
            var inv = f.Inv(pivot);
            for (int i = c + 1; i < Rows; i++)
            {
                if (f.IsZero(m[i, c])) continue;
                var factor = f.Mul(m[i, c], inv);
                for (int j = c; j < Columns; j++) m[i, j] = f.Sub(m[i, j], f.Mul(factor, m[c, j]));
            }
        }
        return det;
    }

    public int Rank => ReducedRowEchelon().Pivots.Length;

    /// <summary>A basis of the right kernel {v : Mv = 0}, as the columns of the result (Columns × nullity).</summary>
    public FieldMatrix<T, TField> Kernel()
    {
        var (e, pivots) = ReducedRowEchelon();
        var f = Field;
        var free = Enumerable.Range(0, Columns).Except(pivots).ToArray();
        var k = new FieldMatrix<T, TField>(f, Columns, free.Length);
        for (int t = 0; t < free.Length; t++)
        {
            k[free[t], t] = f.One;
            for (int r = 0; r < pivots.Length; r++) k[pivots[r], t] = f.Neg(e[r, free[t]]);
        }
        return k;
    }

    public FieldMatrix<T, TField> Inverse()
    {
        if (!IsSquare) throw new ArgumentException("only a square matrix has an inverse");
        int n = Rows;
        var aug = new FieldMatrix<T, TField>(Field, n, 2 * n);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++) aug[i, j] = this[i, j];
            aug[i, n + i] = Field.One;
        }
        var (e, pivots) = aug.ReducedRowEchelon();
        if (pivots.Length < n || pivots[n - 1] != n - 1) throw new InvalidInputException("the matrix is singular");
        var inv = new FieldMatrix<T, TField>(Field, n, n);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) inv[i, j] = e[i, n + j];
        return inv;
    }

    /// <summary>The rows with the given indices.</summary>
    public FieldMatrix<T, TField> SelectRows(IReadOnlyList<int> rows)
    {
        var m = new FieldMatrix<T, TField>(Field, rows.Count, Columns);
        for (int i = 0; i < rows.Count; i++)
            for (int j = 0; j < Columns; j++) m[i, j] = this[rows[i], j];
        return m;
    }

    public FieldMatrix<T, TField> SelectColumns(IReadOnlyList<int> columns)
    {
        var m = new FieldMatrix<T, TField>(Field, Rows, columns.Count);
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < columns.Count; j++) m[i, j] = this[i, columns[j]];
        return m;
    }

    /// <summary>
    /// The Moore–Penrose pseudo-inverse A⁺ through a full-rank factorisation A = C·R (C the pivot
    /// columns, R the non-zero rows of the RREF): A⁺ = Rᵀ(RRᵀ)⁻¹(CᵀC)⁻¹Cᵀ. Exact over ℚ, where CᵀC and
    /// RRᵀ are positive definite; over F_p the Gram matrices can be singular and that is reported.
    /// </summary>
    public FieldMatrix<T, TField> PseudoInverse()
    {
        var (e, pivots) = ReducedRowEchelon();
        int r = pivots.Length;
        if (r == 0) return new FieldMatrix<T, TField>(Field, Columns, Rows);
        var c = SelectColumns(pivots);
        var rr = e.SelectRows(Enumerable.Range(0, r).ToArray());
        var ct = c.Transpose();
        var rt = rr.Transpose();
        try
        {
            return rt * (rr * rt).Inverse() * (ct * c).Inverse() * ct;
        }
        catch (InvalidInputException)
        {
            throw new InvalidInputException($"the pseudo-inverse does not exist over {Field.Name} (a Gram matrix is singular there)");
        }
    }

    public bool EqualsMatrix(FieldMatrix<T, TField> other)
    {
        if (other.Rows != Rows || other.Columns != Columns) return false;
        for (int i = 0; i < _a.Length; i++) if (!Field.AreEqual(_a[i], other._a[i])) return false;
        return true;
    }

    /// <summary>Maps every entry into another field (e.g. ℚ → F_p).</summary>
    public FieldMatrix<TU, TFieldU> Map<TU, TFieldU>(TFieldU target, Func<T, TU> map) where TFieldU : struct, IField<TU>
    {
        var m = new FieldMatrix<TU, TFieldU>(target, Rows, Columns);
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++) m[i, j] = map(this[i, j]);
        return m;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Rows; i++)
        {
            sb.Append('[');
            for (int j = 0; j < Columns; j++) { if (j > 0) sb.Append(", "); sb.Append(Field.Format(this[i, j])); }
            sb.Append(']');
            if (i + 1 < Rows) sb.Append('\n');
        }
        return sb.ToString();
    }
}
