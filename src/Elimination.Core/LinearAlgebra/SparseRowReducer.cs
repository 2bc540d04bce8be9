using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Elimination.Core.Errors;
using Elimination.Core.Fields;

namespace Elimination.Core.LinearAlgebra;

/// <summary>
/// Sparse row reduction over F_p, the kernel of F4 (Faugère–Lachartre shape): rows are reduced
/// by a set of monic pivot rows, the remainders are brought to reduced row echelon form, and
/// pivot rows are inter-reduced. A row is reduced in a dense <c>long</c> accumulator whose
/// entries stay in [0, p²): subtracting x·c (x, c &lt; p) and adding p² back when the result is
/// negative keeps every value exact with one branch-free correction per term, and a value is
/// reduced mod p (Barrett) only when its column is reached. Needs p &lt; 2^31 so p² &lt; 2^62.
/// For p &lt; 2^16 the reduction is delayed further: a product (p − x)·c is below 2^32, so the
/// accumulator takes 2^31 of them — more than a row can ever receive — before a reduction, and
/// each term is one multiply-add with no correction at all.
/// <para>
/// Pivots are given as an array indexed by leading column: <c>pivots[c]</c> is monic with its
/// leading entry in column c, for every c &lt; <c>pivots.Length</c> (the pivot columns come
/// first). An instance keeps per-thread buffers between calls; <see cref="Release"/> returns them.
/// Calls on one instance may overlap (the buffer pool is locked).
/// </para>
/// <para>
/// The inner loops index without bounds checks, so the public constructor checks every call's rows
/// (one pass over their entries: equal lengths, strictly increasing columns below the column count,
/// coefficients below p, monic pivots in their own column) and throws
/// <see cref="InvalidInputException"/> otherwise. F4, whose matrices hold these by construction and
/// whose pivot rows are tens of MB, uses the internal constructor without the checks.
/// </para>
/// </summary>
public sealed class SparseRowReducer
{
    private readonly PrimeField _field;
    private readonly long _p2;
    private readonly bool _delayed;
    private readonly bool _checkInput;

    public SparseRowReducer(PrimeField field) : this(field, checkInput: true) { }

    /// <summary>With <paramref name="checkInput"/> false the caller guarantees the shape of every row (see the class notes).</summary>
    internal SparseRowReducer(PrimeField field, bool checkInput)
    {
        _field = field;
        _p2 = (long)field.P * field.P;
        _delayed = field.P < (1u << 16);
        _checkInput = checkInput;
    }

    /// <summary>Rows that the unchecked inner loops may safely read: see the class notes.</summary>
    private void CheckRows(ReadOnlySpan<SparseRow> rows, int columns, bool pivots)
    {
        if (columns < 0) throw new InvalidInputException($"the column count {columns} is negative");
        uint p = _field.P;
        for (int r = 0; r < rows.Length; r++)
        {
            var (cols, coeffs) = rows[r];
            if (cols is null || coeffs is null || cols.Length != coeffs.Length)
                throw new InvalidInputException($"{(pivots ? "pivot" : "row")} {r}: columns and coefficients must be given with equal lengths");
            if (pivots && (cols.Length == 0 || cols[0] != r || coeffs[0] != 1))
                throw new InvalidInputException($"pivot {r} must be monic with its leading entry in column {r}");
            for (int k = 0; k < cols.Length; k++)
            {
                if (cols[k] < 0 || cols[k] >= columns || (k > 0 && cols[k] <= cols[k - 1]))
                    throw new InvalidInputException($"{(pivots ? "pivot" : "row")} {r}: columns must increase strictly within 0..{columns - 1}");
                if (coeffs[k] >= p)
                    throw new InvalidInputException($"{(pivots ? "pivot" : "row")} {r}: coefficient {coeffs[k]} is not below p = {p}");
            }
        }
    }

    /// <summary>dense −= x·row (from index 1 on, the leading entry being eliminated), in whichever accumulator mode the prime allows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Eliminate(long[] dense, SparseRow pivot, uint x)
    {
        if (_delayed) AddMultiple(dense, pivot.Columns, pivot.Coefficients, 1, _field.P - x);
        else SubtractMultiple(dense, pivot.Columns, pivot.Coefficients, 1, x, _p2);
    }

    /// <summary>dense[c] += y·coeff for the row's entries from index <paramref name="from"/>; entries only grow (p &lt; 2^16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddMultiple(long[] dense, int[] cols, uint[] coeffs, int from, long y)
    {
        ref long d0 = ref MemoryMarshal.GetArrayDataReference(dense);
        ref int c0 = ref MemoryMarshal.GetArrayDataReference(cols);
        ref uint f0 = ref MemoryMarshal.GetArrayDataReference(coeffs);
        int n = cols.Length, k = from;
        for (; k + 4 <= n; k += 4)
        {
            Unsafe.Add(ref d0, Unsafe.Add(ref c0, k)) += y * Unsafe.Add(ref f0, k);
            Unsafe.Add(ref d0, Unsafe.Add(ref c0, k + 1)) += y * Unsafe.Add(ref f0, k + 1);
            Unsafe.Add(ref d0, Unsafe.Add(ref c0, k + 2)) += y * Unsafe.Add(ref f0, k + 2);
            Unsafe.Add(ref d0, Unsafe.Add(ref c0, k + 3)) += y * Unsafe.Add(ref f0, k + 3);
        }
        for (; k < n; k++) Unsafe.Add(ref d0, Unsafe.Add(ref c0, k)) += y * Unsafe.Add(ref f0, k);
    }

    // Scratch buffers are reused across steps (the dense rows are zero whenever they are returned).
    // A locked stack rather than a ConcurrentBag: the bag's per-thread queues cost a global lock
    // on first use, i.e. in every run, which showed in the profiles of small systems.
    private readonly Stack<SparseReductionScratch> _pool = new();

    private SparseReductionScratch Rent(int columns)
    {
        lock (_pool)
        {
            while (_pool.TryPop(out var s))
            {
                if (s.Dense.Length >= columns) return s;
                s.Release();
            }
        }
        return new SparseReductionScratch(Math.Max(columns, 1024));
    }

    /// <summary>Returns the scratch buffers to the shared pool (the reducer may still be used; it rents anew).</summary>
    public void Release()
    {
        lock (_pool)
            while (_pool.TryPop(out var s)) s.Release();
    }

    private void Return(SparseReductionScratch s)
    {
        lock (_pool) _pool.Push(s);
    }

    /// <summary>dense[c] −= x·coeff for the row's entries from index <paramref name="from"/>, kept in [0, p²).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SubtractMultiple(long[] dense, int[] cols, uint[] coeffs, int from, long x, long p2)
    {
        // The hottest loop of F4: no bounds checks (column indices are < dense.Length by construction).
        ref long d0 = ref MemoryMarshal.GetArrayDataReference(dense);
        ref int c0 = ref MemoryMarshal.GetArrayDataReference(cols);
        ref uint f0 = ref MemoryMarshal.GetArrayDataReference(coeffs);
        int n = cols.Length, k = from;
        for (; k + 4 <= n; k += 4)
        {
            ref long a = ref Unsafe.Add(ref d0, Unsafe.Add(ref c0, k));
            ref long b = ref Unsafe.Add(ref d0, Unsafe.Add(ref c0, k + 1));
            ref long c = ref Unsafe.Add(ref d0, Unsafe.Add(ref c0, k + 2));
            ref long d = ref Unsafe.Add(ref d0, Unsafe.Add(ref c0, k + 3));
            long ya = a - x * Unsafe.Add(ref f0, k);
            long yb = b - x * Unsafe.Add(ref f0, k + 1);
            long yc = c - x * Unsafe.Add(ref f0, k + 2);
            long yd = d - x * Unsafe.Add(ref f0, k + 3);
            a = ya + ((ya >> 63) & p2);
            b = yb + ((yb >> 63) & p2);
            c = yc + ((yc >> 63) & p2);
            d = yd + ((yd >> 63) & p2);
        }
        for (; k < n; k++)
        {
            ref long a = ref Unsafe.Add(ref d0, Unsafe.Add(ref c0, k));
            long y = a - x * Unsafe.Add(ref f0, k);
            a = y + ((y >> 63) & p2);
        }
    }

    /// <summary>The first index ≥ from below end with a nonzero entry, or end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextNonZero(long[] dense, int from, int end)
    {
        ref long d0 = ref MemoryMarshal.GetArrayDataReference(dense);
        int c = from;
        while (c < end && Unsafe.Add(ref d0, c) == 0) c++;
        return c;
    }

    /// <summary>
    /// Rows of C|D reduced together (Faugère–Lachartre's blocks): the block walks the pivot
    /// columns once, and each pivot row it needs is read from memory once for all rows of the
    /// block instead of once per row. The pivot rows of a big step (tens of MB) do not fit in
    /// cache, the block's accumulators (a few hundred KB) do.
    /// </summary>
    private const int BlockRows = 8;

    /// <summary>
    /// Reduces every one of <paramref name="rows"/> (columns 0..<paramref name="columns"/>−1) by the
    /// pivots, on up to <paramref name="threads"/> threads. The results live in the non-pivot
    /// columns only and are returned there (column c stands for column pivots.Length + c), in the
    /// order of the rows, unnormalised; zero results are dropped.
    /// </summary>
    public List<SparseRow> ReduceByPivots(SparseRow[] pivots, List<SparseRow> rows, int columns, int threads, CancellationToken cancel) =>
        ReduceByPivots(pivots, rows, columns, threads, cancel, null);

    /// <summary>As above; <paramref name="nonZero"/>[i], when given, says whether row i left a non-zero remainder.</summary>
    public List<SparseRow> ReduceByPivots(SparseRow[] pivots, List<SparseRow> rows, int columns, int threads, CancellationToken cancel, bool[]? nonZero)
    {
        if (_checkInput)
        {
            CheckRows(pivots, columns, pivots: true);
            CheckRows(CollectionsMarshal.AsSpan(rows), columns, pivots: false);
        }
        int n = rows.Count;
        var results = new SparseRow[n];
        var filled = new bool[n];
        const int size = BlockRows;
        int blocks = (n + size - 1) / size;
        long pivotEntries = SparseRow.NonZeros(pivots);
        // Pivot rows of a few entries, far fewer than a 64-column mark word is wide (the graph ideals' ~8 among
        // 15 000 columns): walk marked columns only (see ReduceSparseBlock). Longer ones fill the marks anyway and
        // marking each entry is then pure cost: katsura-9 took twice the time, and katsura-11's pivots (170–220
        // entries among 14 500–20 500 columns, under 1/64 of them) 38 s against 11.4 s in the interleaved kernel.
        bool sparse = pivotEntries * 64 < (long)pivots.Length * columns && pivotEntries < 32L * pivots.Length;
        // Parallel only pays off once the step has real work (small steps are dominated by scheduling).
        if (threads <= 1 || n < 16 || pivotEntries + SparseRow.NonZeros(CollectionsMarshal.AsSpan(rows)) < 20000)
        {
            var s = Rent(columns);
            for (int b = 0; b < blocks; b++)
            {
                cancel.ThrowIfCancellationRequested();
                ReduceOneBlock(sparse, pivots, rows, columns, b * size, Math.Min(n, (b + 1) * size), s, results, filled);
            }
            Return(s);
        }
        else
        {
            var po = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancel };
            Parallel.For(0, blocks, po, () => Rent(columns), (b, state, s) =>
            {
                ReduceOneBlock(sparse, pivots, rows, columns, b * size, Math.Min(n, (b + 1) * size), s, results, filled);
                return s;
            }, Return);
        }
        var list = new List<SparseRow>(n);
        for (int i = 0; i < n; i++) if (filled[i]) list.Add(results[i]);
        if (nonZero is not null) Array.Copy(filled, nonZero, n);
        return list;
    }

    /// <summary>One block of rows by the kernel that suits the matrix and the hardware.</summary>
    private void ReduceOneBlock(bool sparse, SparseRow[] pivots, List<SparseRow> rows, int columns, int from, int to, SparseReductionScratch s, SparseRow[] results, bool[] filled)
    {
        if (sparse) ReduceSparseBlock(pivots, rows, columns, from, to, s, results, filled);
        else if (to - from > 1 && Avx2.IsSupported) ReduceInterleavedBlock(pivots, rows, columns, from, to, s, results, filled);
        else ReduceBlock(pivots, rows, columns, from, to, s, results, filled);
    }

    /// <summary>
    /// <see cref="ReduceBlock"/> with the block's accumulators interleaved, acc[8·c + r] (AVX2 or AVX-512): a pivot
    /// row is applied to all 8 rows at once, one 512-bit multiply-add per pivot entry (the 8 multipliers times the
    /// broadcast coefficient, vpmuludq; two 256-bit ones with AVX2 only) on the one cache line that holds column c of
    /// the whole block, in either accumulator mode. Rows that do not need the pivot get multiplier 0. On katsura-10 a
    /// visited pivot column is needed by 6.3 of the 8 rows on average, so this does the work of 2.8·10⁹ scalar
    /// scatter-adds in 4.5·10⁸ vector ones. Same arithmetic.
    /// </summary>
    private void ReduceInterleavedBlock(SparseRow[] pivots, List<SparseRow> rows, int columns, int from, int to, SparseReductionScratch s, SparseRow[] results, bool[] filled)
    {
        int k = to - from, nA = pivots.Length;
        var acc = s.Interleaved(columns);
        ref long a0 = ref MemoryMarshal.GetArrayDataReference(acc);
        int first = nA;
        for (int r = 0; r < k; r++)
        {
            var row = rows[from + r];
            for (int j = 0; j < row.Columns.Length; j++)
            {
                int c = row.Columns[j];
                Unsafe.Add(ref a0, 8 * c + r) = row.Coefficients[j];
                if (c < first) first = c;
            }
        }
        Span<ulong> y = stackalloc ulong[8];
        for (int c = first; c < nA; c++)
        {
            ref long lane = ref Unsafe.Add(ref a0, 8 * c);
            if (!IsZeroLine(ref lane)) EliminateColumn(ref a0, ref lane, pivots[c], y);
        }
        for (int r = 0; r < k; r++)
            filled[from + r] = Collected(s, TakeLane(ref a0, r, nA, columns, nA, 1, s), out results[from + r]);
    }

    /// <summary>Whether all 8 lanes of a column of an interleaved block are zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsZeroLine(ref long line) =>
        (Vector256.LoadUnsafe(ref line) | Vector256.LoadUnsafe(ref line, 4)) == Vector256<long>.Zero;

    /// <summary>Clears a column of an interleaved block (its 8 lanes at <paramref name="line"/>) by the column's pivot.</summary>
    private void EliminateColumn(ref long a0, ref long line, SparseRow pivot, Span<ulong> y)
    {
        bool any = false;
        for (int r = 0; r < 8; r++)
        {
            long v = Unsafe.Add(ref line, r);
            uint x = v == 0 ? 0 : _field.Reduce((ulong)v);
            y[r] = Multiplier(x);
            any |= x != 0;
        }
        Vector256<long>.Zero.StoreUnsafe(ref line);
        Vector256<long>.Zero.StoreUnsafe(ref line, 4);
        if (any) EliminateInterleaved(ref a0, pivot, y);
    }

    /// <summary>
    /// What lane r is multiplied by to clear an entry x (reduced mod p): in the delayed mode p − x, added (the
    /// accumulators only grow); otherwise x, subtracted with p² added back where a lane goes negative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Multiplier(uint x) => x == 0 ? 0 : _delayed ? _field.P - x : x;

    /// <summary>
    /// Lane r minus x_r times the pivot (entries after its leading one), x_r the lane's reduced entry in the pivot's
    /// column: y = the <see cref="Multiplier"/>s, added (delayed mode) or subtracted and corrected.
    /// </summary>
    private void EliminateInterleaved(ref long a0, SparseRow pivot, ReadOnlySpan<ulong> y)
    {
        ref int c0 = ref MemoryMarshal.GetArrayDataReference(pivot.Columns);
        ref uint f0 = ref MemoryMarshal.GetArrayDataReference(pivot.Coefficients);
        int n = pivot.Columns.Length;
        // Multiplying as 32-bit lanes (vpmuludq) uses the low half of each 64-bit lane, where y_r and the coefficient are.
        if (Avx512F.IsSupported)
        {
            var y8 = Vector512.Create(y).AsUInt32();
            var p2 = Vector512.Create(_p2);
            for (int k = 1; k < n; k++)
            {
                ref long dst = ref Unsafe.Add(ref a0, 8 * Unsafe.Add(ref c0, k));
                var product = Avx512F.Multiply(y8, Vector512.Create(Unsafe.Add(ref f0, k))).AsInt64();
                if (_delayed) (Vector512.LoadUnsafe(ref dst) + product).StoreUnsafe(ref dst);
                else
                {
                    var a = Vector512.LoadUnsafe(ref dst) - product;
                    (a + (Vector512.LessThan(a, Vector512<long>.Zero) & p2)).StoreUnsafe(ref dst);
                }
            }
            return;
        }
        var low = Vector256.Create(y[..4]).AsUInt32();
        var high = Vector256.Create(y[4..]).AsUInt32();
        for (int k = 1; k < n; k++)
            MultiplyAddLine(ref Unsafe.Add(ref a0, 8 * Unsafe.Add(ref c0, k)), low, high, Vector256.Create(Unsafe.Add(ref f0, k)));
    }

    /// <summary>The 8 lanes of one column: += (delayed) or −= (corrected into [0, p²)) y_r·w.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MultiplyAddLine(ref long line, Vector256<uint> low, Vector256<uint> high, Vector256<uint> w)
    {
        var productLow = Avx2.Multiply(low, w).AsInt64();
        var productHigh = Avx2.Multiply(high, w).AsInt64();
        if (_delayed)
        {
            (Vector256.LoadUnsafe(ref line) + productLow).StoreUnsafe(ref line);
            (Vector256.LoadUnsafe(ref line, 4) + productHigh).StoreUnsafe(ref line, 4);
            return;
        }
        var p2 = Vector256.Create(_p2);
        var a = Vector256.LoadUnsafe(ref line) - productLow;
        (a + (Vector256.LessThan(a, Vector256<long>.Zero) & p2)).StoreUnsafe(ref line);
        var b = Vector256.LoadUnsafe(ref line, 4) - productHigh;
        (b + (Vector256.LessThan(b, Vector256<long>.Zero) & p2)).StoreUnsafe(ref line, 4);
    }

    private void ReduceBlock(SparseRow[] pivots, List<SparseRow> rows, int columns, int from, int to, SparseReductionScratch s, SparseRow[] results, bool[] filled)
    {
        int k = to - from, nA = pivots.Length;
        var dense = s.BlockDense(k, columns);
        int first = Math.Min(nA, Load(rows, from, dense, k, marks: null));
        if (k == 1)
        {
            var d = dense[0];
            for (int c = NextNonZero(d, first, nA); c < nA; c = NextNonZero(d, c + 1, nA))
                EliminateAt(d, c, pivots);
        }
        else
        {
            for (int c = first; c < nA; c++)
                for (int r = 0; r < k; r++)
                    if (dense[r][c] != 0) EliminateAt(dense[r], c, pivots);
        }
        for (int r = 0; r < k; r++) filled[from + r] = CollectRemainder(dense[r], nA, columns, s, out results[from + r]);
    }

    /// <summary>
    /// Scatters rows from … from + k − 1 into the block's dense rows (and, when given, their columns into the bitmap
    /// <paramref name="marks"/>); returns the smallest column seen, int.MaxValue for empty rows.
    /// </summary>
    private static int Load(List<SparseRow> rows, int from, long[][] dense, int k, ulong[]? marks)
    {
        int first = int.MaxValue;
        for (int r = 0; r < k; r++)
        {
            var row = rows[from + r];
            var d = dense[r];
            for (int j = 0; j < row.Columns.Length; j++)
            {
                int c = row.Columns[j];
                d[c] = row.Coefficients[j];
                if (marks is not null) marks[c >> 6] |= 1UL << c;
                if (c < first) first = c;
            }
        }
        return first;
    }

    /// <summary>Clears dense[c] by the pivot of column c (nothing if the entry is 0 mod p).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EliminateAt(long[] dense, int c, SparseRow[] pivots)
    {
        long v = dense[c];
        dense[c] = 0;
        uint x = _field.Reduce((ulong)v);
        if (x != 0) Eliminate(dense, pivots[c], x);
    }

    /// <summary>The reduced entries of columns nA..n−1 as a row over the non-pivot columns, clearing them; false if all are zero.</summary>
    private bool CollectRemainder(long[] dense, int nA, int n, SparseReductionScratch s, out SparseRow result)
    {
        int count = 0;
        for (int c = nA; c < n; c++) Take(dense, c, nA, s, ref count);
        return Collected(s, count, out result);
    }

    /// <summary>Moves the entry of column c (reduced mod p, if non-zero) into the scratch row as column c − nA, clearing it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Take(long[] dense, int c, int nA, SparseReductionScratch s, ref int count)
    {
        long v = dense[c];
        if (v == 0) return;
        dense[c] = 0;
        uint x = _field.Reduce((ulong)v);
        if (x == 0) return;
        s.Cols[count] = c - nA;
        s.Coeffs[count++] = x;
    }

    /// <summary>The scratch row's first <paramref name="count"/> entries as a row; false if there are none.</summary>
    private static bool Collected(SparseReductionScratch s, int count, out SparseRow result)
    {
        if (count == 0) { result = default; return false; }
        result = new SparseRow(s.Cols.AsSpan(0, count).ToArray(), s.Coeffs.AsSpan(0, count).ToArray());
        return true;
    }

    /// <summary>
    /// <see cref="ReduceBlock"/> for very sparse matrices (rows of ~8 entries among 18000 columns in the graph ideals
    /// of issue 14, where scanning every column for the block took most of the reduction): the columns where some
    /// row of the block may be non-zero are marked in a bitmap, and only those are visited. Same arithmetic, same order.
    /// </summary>
    private void ReduceSparseBlock(SparseRow[] pivots, List<SparseRow> rows, int columns, int from, int to, SparseReductionScratch s, SparseRow[] results, bool[] filled)
    {
        int k = to - from, nA = pivots.Length;
        var dense = s.BlockDense(k, columns);
        var marks = s.Marks;
        int first = Math.Min(columns, Load(rows, from, dense, k, marks));
        // Pivot columns in increasing order; an elimination marks only columns to the right of its own (a pivot's
        // other entries lie after its column), so the current word is read again after each.
        for (int w = first >> 6, lastWord = (nA - 1) >> 6; w <= lastWord; w++)
        {
            ulong b = marks[w];
            while (b != 0)
            {
                int bit = BitOperations.TrailingZeroCount(b);
                int c = (w << 6) + bit;
                if (c >= nA) break;
                for (int r = 0; r < k; r++)
                    if (dense[r][c] != 0) EliminateAtMarked(dense[r], c, pivots, marks);
                b = bit == 63 ? 0 : marks[w] & (ulong.MaxValue << (bit + 1));
            }
        }
        for (int r = 0; r < k; r++) filled[from + r] = CollectMarkedRemainder(dense[r], nA, columns, marks, s, out results[from + r]);
        Array.Clear(marks, first >> 6, ((columns + 63) >> 6) - (first >> 6));
    }

    /// <summary><see cref="EliminateAt"/> that also marks the columns it touches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EliminateAtMarked(long[] dense, int c, SparseRow[] pivots, ulong[] marks)
    {
        long v = dense[c];
        dense[c] = 0;
        uint x = _field.Reduce((ulong)v);
        if (x == 0) return;
        var pivot = pivots[c];
        if (_delayed) AddMultiple(dense, pivot.Columns, pivot.Coefficients, 1, _field.P - x);
        else SubtractMultiple(dense, pivot.Columns, pivot.Coefficients, 1, x, _p2);
        Mark(marks, pivot.Columns);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mark(ulong[] marks, int[] cols)
    {
        ref ulong m0 = ref MemoryMarshal.GetArrayDataReference(marks);
        ref int c0 = ref MemoryMarshal.GetArrayDataReference(cols);
        for (int k = 1; k < cols.Length; k++)
        {
            int c = Unsafe.Add(ref c0, k);
            Unsafe.Add(ref m0, c >> 6) |= 1UL << c;
        }
    }

    /// <summary><see cref="CollectRemainder"/> over the marked columns only.</summary>
    private bool CollectMarkedRemainder(long[] dense, int nA, int n, ulong[] marks, SparseReductionScratch s, out SparseRow result)
    {
        int count = 0;
        for (int w = nA >> 6, lastWord = (n - 1) >> 6; w <= lastWord; w++)
        {
            ulong b = marks[w];
            if (w == nA >> 6) b &= ulong.MaxValue << (nA & 63);
            for (; b != 0; b &= b - 1) Take(dense, (w << 6) + BitOperations.TrailingZeroCount(b), nA, s, ref count);
        }
        return Collected(s, count, out result);
    }

    /// <summary>
    /// Reduced row echelon form of the given rows (columns 0..columns−1, entries in [0, p)):
    /// returns the nonzero monic rows, fully inter-reduced, by increasing leading column. The list
    /// is sorted in place (by leading column, then length) and empty rows are removed from it.
    /// </summary>
    public List<SparseRow> Echelon(List<SparseRow> rows, int columns, CancellationToken cancel) => Echelon(rows, columns, cancel, null);

    /// <summary>
    /// As above; <paramref name="useful"/>[i], when given, says whether the i-th row as passed gave a pivot (the
    /// others reduced to zero against earlier rows). Ties in the order are then broken by position, so equal
    /// inputs mark the same rows.
    /// </summary>
    public List<SparseRow> Echelon(List<SparseRow> rows, int columns, CancellationToken cancel, bool[]? useful)
    {
        if (_checkInput) CheckRows(CollectionsMarshal.AsSpan(rows), columns, pivots: false);
        int[]? origin = null;
        if (useful is null)
        {
            rows.RemoveAll(static r => r.Length == 0);
            rows.Sort((a, b) => a.Columns[0] != b.Columns[0] ? a.Columns[0].CompareTo(b.Columns[0]) : a.Length.CompareTo(b.Length));
        }
        else
        {
            var given = rows.ToArray();
            origin = Enumerable.Range(0, given.Length).Where(i => given[i].Length > 0).ToArray();
            Array.Sort(origin, (i, j) =>
                given[i].Columns[0] != given[j].Columns[0] ? given[i].Columns[0].CompareTo(given[j].Columns[0])
                : given[i].Length != given[j].Length ? given[i].Length.CompareTo(given[j].Length) : i.CompareTo(j));
            rows.Clear();
            foreach (int i in origin) rows.Add(given[i]);
        }
        var pivotAt = new SparseRow[columns];
        var hasPivot = new bool[columns];
        var s = Rent(columns);
        var dense = s.Dense;
        var leads = new List<int>();
        // The interleaved blocks pick their own (equally valid) pivot rows, so a caller that records which rows
        // gave pivots gets the row-by-row elimination.
        bool blocks = useful is null && Avx2.IsSupported;
        if (blocks) EchelonBlocks(rows, columns, pivotAt, hasPivot, leads, s, cancel);
        for (int r = 0; r < rows.Count && !blocks; r++)
        {
            if ((r & 15) == 0) cancel.ThrowIfCancellationRequested();
            var row = rows[r];
            for (int k = 0; k < row.Columns.Length; k++) dense[row.Columns[k]] = row.Coefficients[k];
            int lead = -1;
            for (int c = row.Columns[0]; c < columns; c++)
            {
                long v = dense[c];
                if (v == 0) continue;
                uint x = _field.Reduce((ulong)v);
                if (x == 0) { dense[c] = 0; continue; }
                if (hasPivot[c])
                {
                    dense[c] = 0;
                    var piv = pivotAt[c];
                    Eliminate(dense, piv, x);
                }
                else
                {
                    dense[c] = x;
                    if (lead < 0) lead = c;
                }
            }
            if (lead < 0) continue;
            if (origin is not null) useful![origin[r]] = true;
            var reduced = Collect(s, lead, columns, _field.Inv((uint)dense[lead]));
            pivotAt[lead] = reduced;
            hasPivot[lead] = true;
            leads.Add(lead);
        }

        // Back substitution, from the last pivot up: later pivots are already fully reduced.
        leads.Sort();
        for (int i = leads.Count - 1; i >= 0; i--)
        {
            int lead = leads[i];
            var row = pivotAt[lead];
            bool needed = false;
            for (int k = 1; k < row.Columns.Length && !needed; k++) needed = hasPivot[row.Columns[k]];
            if (!needed) continue;
            for (int k = 0; k < row.Columns.Length; k++) dense[row.Columns[k]] = row.Coefficients[k];
            for (int c = lead + 1; c < columns; c++)
            {
                long v = dense[c];
                if (v == 0) continue;
                uint x = _field.Reduce((ulong)v);
                if (x != 0 && hasPivot[c])
                {
                    dense[c] = 0;
                    var piv = pivotAt[c];
                    Eliminate(dense, piv, x);
                }
                else dense[c] = x;
            }
            pivotAt[lead] = Collect(s, lead, columns, 1);
        }
        Return(s);
        var result = new List<SparseRow>(leads.Count);
        foreach (int lead in leads) result.Add(pivotAt[lead]);
        return result;
    }

    /// <summary>
    /// The forward phase of <see cref="Echelon(List{SparseRow}, int, CancellationToken, bool[])"/> on blocks of 8 rows in the interleaved accumulators of
    /// <see cref="ReduceInterleavedBlock"/>: the columns are walked once per block; at a column with a pivot every row
    /// of the block is reduced at once, and at one without, the first row of the block that has no leading column yet
    /// and a non-zero entry there takes it, its remaining entries are reduced mod p, and the column is cleared from
    /// the other rows of the block by one vector multiply-add per later column. The block's new pivots join after
    /// the block (GF(32003), one thread: katsura-10 1.05 → 0.93 s, katsura-11 7.86 → 6.66 s).
    /// </summary>
    private void EchelonBlocks(List<SparseRow> rows, int columns, SparseRow[] pivotAt, bool[] hasPivot, List<int> leads,
        SparseReductionScratch s, CancellationToken cancel)
    {
        var acc = s.Interleaved(columns);
        ref long a0 = ref MemoryMarshal.GetArrayDataReference(acc);
        Span<ulong> y = stackalloc ulong[8];
        Span<int> lead = stackalloc int[8];
        for (int from = 0; from < rows.Count; from += 8)
        {
            cancel.ThrowIfCancellationRequested();
            int k = Math.Min(8, rows.Count - from), first = columns;
            for (int r = 0; r < k; r++)
            {
                var row = rows[from + r];
                for (int j = 0; j < row.Columns.Length; j++) Unsafe.Add(ref a0, 8 * row.Columns[j] + r) = row.Coefficients[j];
                first = Math.Min(first, row.Columns[0]);
            }
            lead.Fill(-1);
            for (int c = first; c < columns; c++)
            {
                ref long lane = ref Unsafe.Add(ref a0, 8 * c);
                if (IsZeroLine(ref lane)) continue;
                if (hasPivot[c])
                {
                    EliminateColumn(ref a0, ref lane, pivotAt[c], y);
                    continue;
                }
                int r0 = -1;
                for (int r = 0; r < 8; r++)
                {
                    long v = Unsafe.Add(ref lane, r);
                    if (v == 0) continue;
                    uint x = _field.Reduce((ulong)v);
                    Unsafe.Add(ref lane, r) = x;
                    if (x != 0 && r0 < 0 && lead[r] < 0) r0 = r;
                }
                if (r0 < 0) continue; // only rows that already lead elsewhere have entries here: back substitution's work
                lead[r0] = c;
                uint inverse = _field.Inv((uint)Unsafe.Add(ref lane, r0));
                bool others = false;
                for (int r = 0; r < 8; r++)
                {
                    uint x = r == r0 ? 0 : (uint)Unsafe.Add(ref lane, r);
                    y[r] = Multiplier(_field.Mul(x, inverse));
                    if (x != 0) { Unsafe.Add(ref lane, r) = 0; others = true; }
                }
                if (others) AddLaneMultiple(ref a0, r0, c + 1, columns, y);
            }
            for (int r = 0; r < k; r++)
            {
                if (lead[r] < 0) continue;
                uint scale = _field.Inv((uint)Unsafe.Add(ref a0, 8 * lead[r] + r)); // monic
                Collected(s, TakeLane(ref a0, r, lead[r], columns, 0, scale, s), out pivotAt[lead[r]]);
                hasPivot[lead[r]] = true;
                leads.Add(lead[r]);
            }
        }
    }

    /// <summary>Lane r0 times y_r, eliminated from every lane r (y_r0 = 0) in columns [from, to), lane r0's entries reduced mod p first.</summary>
    private void AddLaneMultiple(ref long a0, int r0, int from, int to, ReadOnlySpan<ulong> y)
    {
        var low = Vector256.Create(y[..4]).AsUInt32();
        var high = Vector256.Create(y[4..]).AsUInt32();
        for (int j = from; j < to; j++)
        {
            ref long line = ref Unsafe.Add(ref a0, 8 * j);
            long v = Unsafe.Add(ref line, r0);
            if (v == 0) continue;
            uint w = _field.Reduce((ulong)v);
            Unsafe.Add(ref line, r0) = w;
            if (w == 0) continue;
            MultiplyAddLine(ref line, low, high, Vector256.Create(w));
        }
    }

    /// <summary>
    /// Moves lane r's non-zero entries of columns [from, columns), reduced mod p and times <paramref name="scale"/>,
    /// into the scratch row as columns c − <paramref name="offset"/>, clearing the lane; returns their number.
    /// </summary>
    private int TakeLane(ref long a0, int r, int from, int columns, int offset, uint scale, SparseReductionScratch s)
    {
        int count = 0;
        for (int c = from; c < columns; c++)
        {
            ref long e = ref Unsafe.Add(ref a0, 8 * c + r);
            long v = e;
            if (v == 0) continue;
            e = 0;
            uint x = v < _field.P ? (uint)v : _field.Reduce((ulong)v);
            if (x == 0) continue;
            s.Cols[count] = c - offset;
            s.Coeffs[count++] = scale == 1 ? x : _field.Mul(x, scale);
        }
        return count;
    }

    /// <summary>Takes the (reduced) dense entries from <paramref name="from"/> on, scaled by <paramref name="scale"/>, clearing them.</summary>
    private SparseRow Collect(SparseReductionScratch s, int from, int columns, uint scale)
    {
        var dense = s.Dense;
        int count = 0;
        for (int c = from; c < columns; c++)
        {
            long v = dense[c];
            if (v == 0) continue;
            dense[c] = 0;
            uint x = v < _field.P ? (uint)v : _field.Reduce((ulong)v);
            if (x == 0) continue;
            s.Cols[count] = c;
            s.Coeffs[count++] = scale == 1 ? x : _field.Mul(x, scale);
        }
        return new SparseRow(s.Cols.AsSpan(0, count).ToArray(), s.Coeffs.AsSpan(0, count).ToArray());
    }

    /// <summary>
    /// Fully reduces every pivot row by the pivots of later columns (bottom-up), so that each
    /// pivot has no entry in another pivot column: the final inter-reduction of a Gröbner basis.
    /// Pivot rows that change are replaced by new rows (shared coefficient arrays are never written).
    /// </summary>
    public void FullyReducePivots(SparseRow[] pivots, int columns, CancellationToken cancel)
    {
        if (_checkInput) CheckRows(pivots, columns, pivots: true);
        int nA = pivots.Length, n = columns;
        var s = Rent(n);
        var dense = s.Dense;
        for (int c = nA - 1; c >= 0; c--)
        {
            if ((c & 15) == 0) cancel.ThrowIfCancellationRequested();
            var row = pivots[c];
            bool needed = false;
            for (int k = 1; k < row.Columns.Length && !needed; k++) needed = row.Columns[k] < nA;
            if (!needed) continue;
            for (int k = 0; k < row.Columns.Length; k++) dense[row.Columns[k]] = row.Coefficients[k];
            for (int j = c + 1; j < nA; j++)
            {
                long v = dense[j];
                if (v == 0) continue;
                dense[j] = 0;
                uint x = _field.Reduce((ulong)v);
                if (x == 0) continue;
                var piv = pivots[j];
                Eliminate(dense, piv, x);
            }
            pivots[c] = Collect(s, c, n, 1);
        }
        Return(s);
    }
}
