using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Elimination.Core.Fields;

namespace Elimination.Core.LinearAlgebra;

/// <summary>
/// Incremental row echelon form over F_p: rows are added, reduced against the pivots so far, and
/// kept if independent. Reduction is delayed: updates w += (p − c)·row are accumulated in 64 bits
/// (each adds &lt; 2^62; AVX2 multiplies four 32×32→64 products at once) and folded back below 2^63
/// every second update by w ↦ hi·(2^32 mod p) + lo, which keeps the residue mod p. A batch of rows is
/// first reduced against the existing pivots in parallel, then merged one at a time.
/// </summary>
public sealed class ModularRowEchelon
{
    private readonly PrimeField _f;
    private readonly int _columns;
    private readonly List<uint[]> _rows = new();   // monic at the pivot, zero before it
    private readonly List<int> _pivots = new();     // pivot column per row, increasing
    private readonly ulong[] _work;
    private readonly uint _twoTo32; // 2^32 mod p
    private uint _lastLeadValue;     // the kept row's leading entry before it was made monic
    private int _lastLeadColumn;

    public ModularRowEchelon(PrimeField field, int columns)
    {
        _f = field;
        _columns = columns;
        _work = new ulong[columns];
        _twoTo32 = field.Reduce(1UL << 32);
    }

    public int Rank => _rows.Count;
    public int Columns => _columns;
    public IReadOnlyList<int> PivotColumns => _pivots;

    /// <summary>Reduces the row; keeps it and returns true if it raised the rank.</summary>
    public bool Add(ReadOnlySpan<uint> row)
    {
        if (row.Length != _columns) throw new ArgumentException("row has the wrong length");
        if (_rows.Count == _columns) return false;
        var w = _work;
        for (int j = 0; j < _columns; j++) w[j] = row[j];
        Reduce(w, _rows.Count);
        return Keep(w);
    }

    /// <summary>
    /// Adds several rows: each is reduced against the current pivots on its own thread, then they
    /// are merged in order. Returns how many raised the rank.
    /// </summary>
    public int AddBatch(IReadOnlyList<uint[]> rows, int threads, CancellationToken cancellation = default)
    {
        if (rows.Count == 0) return 0;
        int known = _rows.Count;
        var reduced = new ulong[rows.Count][];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation }, i =>
        {
            var w = new ulong[_columns];
            for (int j = 0; j < _columns; j++) w[j] = rows[i][j];
            Reduce(w, known);
            reduced[i] = w;
        });
        int added = 0;
        foreach (var w in reduced)
        {
            cancellation.ThrowIfCancellationRequested();
            if (_rows.Count == _columns) break;
            Reduce(w, _rows.Count);
            if (Keep(w)) added++;
        }
        return added;
    }

    /// <summary>Reduces w against the first <paramref name="count"/> pivot rows (in pivot order at the time of the call).</summary>
    private void Reduce(ulong[] w, int count)
    {
        var f = _f;
        uint p = f.P;
        int pending = 0;
        for (int r = 0; r < count && r < _rows.Count; r++)
        {
            int c = _pivots[r];
            uint v = f.Reduce(w[c]);
            if (v == 0) { w[c] = 0; continue; }
            if (pending == 2) { Fold(w, c); pending = 0; }
            AddMultiple(w, _rows[r], c, p - v);
            w[c] = 0;
            pending++;
        }
        // Leave every entry below 2^62 + 2^32 so that a later Reduce may start on it.
        if (pending > 0) Fold(w, 0);
    }

    private unsafe void AddMultiple(ulong[] w, uint[] row, int from, ulong m)
    {
        int n = _columns, j = from;
        if (Avx2.IsSupported && n - from >= 8)
        {
            fixed (ulong* wp = w)
            fixed (uint* rp = row)
            {
                var mv = Vector256.Create(m).AsUInt32();
                for (; j + 4 <= n; j += 4)
                {
                    var r4 = Avx2.ConvertToVector256Int64(rp + j).AsUInt32(); // zero-extended
                    var sum = Avx2.Add(Avx.LoadVector256(wp + j), Avx2.Multiply(r4, mv));
                    Avx.Store(wp + j, sum);
                }
            }
        }
        for (; j < n; j++) w[j] += m * row[j];
    }

    /// <summary>w ↦ hi·(2^32 mod p) + lo twice: from below 2^64 to below 2^62 + 2^33, same residue.</summary>
    private unsafe void Fold(ulong[] w, int from)
    {
        int n = _columns, j = from;
        ulong c = _twoTo32;
        if (Avx2.IsSupported && n - from >= 8)
        {
            fixed (ulong* wp = w)
            {
                var cv = Vector256.Create(c).AsUInt32();
                var mask = Vector256.Create(0xFFFF_FFFFUL);
                for (; j + 4 <= n; j += 4)
                {
                    var x = Avx.LoadVector256(wp + j);
                    x = Avx2.Add(Avx2.Multiply(Avx2.ShiftRightLogical(x, 32).AsUInt32(), cv), Avx2.And(x, mask));
                    x = Avx2.Add(Avx2.Multiply(Avx2.ShiftRightLogical(x, 32).AsUInt32(), cv), Avx2.And(x, mask));
                    Avx.Store(wp + j, x);
                }
            }
        }
        for (; j < n; j++)
        {
            ulong x = w[j];
            x = (x >> 32) * c + (x & 0xFFFF_FFFF);
            w[j] = (x >> 32) * c + (x & 0xFFFF_FFFF);
        }
    }

    private bool Keep(ulong[] w)
    {
        int lead = -1;
        for (int j = 0; j < _columns; j++)
        {
            w[j] = _f.Reduce(w[j]);
            if (lead < 0 && w[j] != 0) lead = j;
        }
        if (lead < 0) return false;
        _lastLeadValue = (uint)w[lead];
        _lastLeadColumn = lead;
        uint inv = _f.Inv((uint)w[lead]);
        var kept = new uint[_columns];
        for (int j = lead; j < _columns; j++) kept[j] = _f.Reduce(w[j] * inv);
        int pos = ~_pivots.BinarySearch(lead);
        _pivots.Insert(pos, lead);
        _rows.Insert(pos, kept);
        return true;
    }

    /// <summary>
    /// The reduced row echelon form of the rows so far (each pivot 1, zero above and below every
    /// pivot), by eliminating upwards from the last pivot with the same delayed reduction.
    /// </summary>
    public List<uint[]> ReducedRows()
    {
        int r = _rows.Count;
        var work = _rows.Select(row => row.Select(v => (ulong)v).ToArray()).ToArray();
        var pending = new int[r];
        var result = new uint[r][];
        uint p = _f.P;
        for (int k = r - 1; k >= 0; k--)
        {
            var w = work[k];
            var done = new uint[_columns];
            for (int j = 0; j < _columns; j++) done[j] = _f.Reduce(w[j]);
            result[k] = done;
            int c = _pivots[k];
            for (int i = 0; i < k; i++)
            {
                var wi = work[i];
                uint v = _f.Reduce(wi[c]);
                if (v == 0) continue;
                if (pending[i] == 2) { Fold(wi, c); pending[i] = 0; }
                AddMultiple(wi, done, c, p - v);
                wi[c] = 0;
                pending[i]++;
            }
        }
        return result.ToList();
    }

    /// <summary>
    /// The null space {c : A·c = 0} of the rows so far, read off the reduced row echelon form: one
    /// vector per free (non-pivot) column, 1 there, 0 at the other free columns.
    /// </summary>
    public (int[] FreeColumns, List<uint[]> Basis) Kernel()
    {
        var reduced = ReducedRows();
        var isPivot = new bool[_columns];
        foreach (int c in _pivots) isPivot[c] = true;
        var free = new List<int>();
        var basis = new List<uint[]>();
        for (int c = 0; c < _columns; c++)
        {
            if (isPivot[c]) continue;
            var v = new uint[_columns];
            v[c] = 1;
            for (int r = 0; r < _pivots.Count; r++) v[_pivots[r]] = _f.Neg(reduced[r][c]);
            free.Add(c);
            basis.Add(v);
        }
        return (free.ToArray(), basis);
    }

    /// <summary>A basis of the kernel of the rows (each of length <paramref name="columns"/>), one vector per free column.</summary>
    public static List<uint[]> KernelOf(PrimeField field, IReadOnlyList<uint[]> rows, int columns, CancellationToken cancellation = default)
    {
        var echelon = new ModularRowEchelon(field, columns);
        foreach (var row in rows)
        {
            cancellation.ThrowIfCancellationRequested();
            if (echelon.Rank == columns) break;
            echelon.Add(row);
        }
        return echelon.Kernel().Basis;
    }

    /// <summary>
    /// Determinant of a dense row-major n×n matrix mod p. Each added row is reduced by adding
    /// multiples of earlier rows (determinant unchanged) and is then zero before its leading
    /// column; ordered by leading column these rows form a triangular matrix, so the determinant
    /// is the product of the leading entries times the sign of that ordering.
    /// </summary>
    public static uint DeterminantOf(PrimeField field, uint[] matrix, int n)
    {
        if (n == 0) return 1;
        var e = new ModularRowEchelon(field, n);
        var leads = new int[n];
        uint det = 1;
        for (int i = 0; i < n; i++)
        {
            if (!e.Add(matrix.AsSpan(i * n, n))) return 0;
            det = field.Mul(det, e._lastLeadValue);
            leads[i] = e._lastLeadColumn;
        }
        int inversions = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (leads[i] > leads[j]) inversions++;
        return (inversions & 1) == 0 ? det : field.Neg(det);
    }

    /// <summary>Rank of a dense row-major matrix mod p.</summary>
    public static int RankOf(PrimeField field, uint[] matrix, int rows, int columns)
    {
        var e = new ModularRowEchelon(field, columns);
        for (int i = 0; i < rows && e.Rank < columns; i++) e.Add(matrix.AsSpan(i * columns, columns));
        return e.Rank;
    }
}
