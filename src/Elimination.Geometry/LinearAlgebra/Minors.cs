using Elimination.Core.Monomials;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Geometry.LinearAlgebra;

/// <summary>
/// Minors of polynomial matrices by Laplace expansion along the first row, memoised on
/// (row set, column set): all r×r minors share their (r−1)×(r−1) sub-minors, so the total work
/// is far below r!·(#minors). Division-free, hence valid over any coefficient ring; for the
/// small sizes of Jacobian criteria (r ≤ 6) it beats fraction-free elimination, which would need
/// exact multivariate division.
/// </summary>
public static class Minors
{
    /// <summary>All non-zero r×r minors, without duplicates (up to sign), in a deterministic order.</summary>
    public static List<Polynomial<T, TField>> All<T, TField>(PolynomialMatrix<T, TField> m, int size, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        var seen = new HashSet<Polynomial<T, TField>>();
        return Enumerate(m, size, cancel).Where(d => seen.Add(d.MakeMonic())).ToList();
    }

    /// <summary>
    /// The non-zero r×r minors one at a time, duplicates included: only the smaller sub-minors are memoised, so
    /// memory stays at C(rows, r−1)·C(columns, r−1) sub-minors however many minors are consumed.
    /// </summary>
    public static IEnumerable<Polynomial<T, TField>> Enumerate<T, TField>(PolynomialMatrix<T, TField> m, int size, CancellationToken cancel = default)
        where TField : struct, IField<T> =>
        Indexed(m, size, cancel).Select(x => x.Minor);

    /// <summary>
    /// As <see cref="Enumerate"/>, each minor with its row and column sets (bit masks), which name it across fields:
    /// the same matrix over ℚ and modulo p enumerates the same index sets in the same order (only the zero minors differ).
    /// </summary>
    public static IEnumerable<(ulong Rows, ulong Columns, Polynomial<T, TField> Minor)> Indexed<T, TField>(PolynomialMatrix<T, TField> m, int size,
        CancellationToken cancel = default) where TField : struct, IField<T>
    {
        if (size < 1) throw new ArgumentOutOfRangeException(nameof(size), "minor size must be at least 1");
        if (size > m.Rows || size > m.Columns) yield break;
        if (m.Rows > 64 || m.Columns > 64) throw new ResourceLimitException("minors of matrices with more than 64 rows or columns are not supported");
        var memo = new Dictionary<(ulong, ulong), Polynomial<T, TField>>();
        foreach (var rows in IndexSubsets.OfSize(m.Rows, size))
            foreach (var cols in IndexSubsets.OfSize(m.Columns, size))
            {
                cancel.ThrowIfCancellationRequested();
                var d = Determinant(m, rows, cols, memo, store: false);
                if (!d.IsZero) yield return (rows, cols, d);
            }
    }

    /// <summary>The determinant of a square polynomial matrix.</summary>
    public static Polynomial<T, TField> Determinant<T, TField>(PolynomialMatrix<T, TField> m) where TField : struct, IField<T>
    {
        if (m.Rows != m.Columns) throw new ArgumentException("determinant of a non-square matrix");
        if (m.Rows == 0) return m.Ring.One;
        return Determinant(m, Mask(m.Rows), Mask(m.Columns), new Dictionary<(ulong, ulong), Polynomial<T, TField>>(), store: false);
    }

    private static ulong Mask(int n) => n == 64 ? ulong.MaxValue : (1UL << n) - 1;

    private static Polynomial<T, TField> Determinant<T, TField>(PolynomialMatrix<T, TField> m, ulong rows, ulong cols,
        Dictionary<(ulong, ulong), Polynomial<T, TField>> memo, bool store = true) where TField : struct, IField<T>
    {
        if (memo.TryGetValue((rows, cols), out var cached)) return cached;
        int top = System.Numerics.BitOperations.TrailingZeroCount(rows);
        ulong rest = rows & (rows - 1);
        Polynomial<T, TField> det;
        if (rest == 0)
            det = m[top, System.Numerics.BitOperations.TrailingZeroCount(cols)];
        else
        {
            det = m.Ring.Zero;
            var f = m.Ring.Field;
            var minusOne = f.Neg(f.One);
            int sign = 0;
            for (ulong c = cols; c != 0; c &= c - 1, sign ^= 1)
            {
                int j = System.Numerics.BitOperations.TrailingZeroCount(c);
                var entry = m[top, j];
                if (entry.IsZero) continue;
                var sub = Determinant(m, rest, cols & ~(1UL << j), memo);
                if (sub.IsZero) continue;
                var term = entry * sub;
                det = det.AddScaled(term, sign == 0 ? f.One : minusOne);
            }
        }
        if (store) memo[(rows, cols)] = det;
        return det;
    }
}
