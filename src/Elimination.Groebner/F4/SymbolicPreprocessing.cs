using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Memory;
using Elimination.Core.Monomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// Builds an F4 matrix: takes the rows to reduce and the chosen pivots, then closes the set of
/// monomials under "has a reducer" — every monomial divisible by a leading monomial of the basis
/// gets a reducer m·g — and finally numbers the columns (sorted once per step). Buffers indexed
/// by monomial id live across steps; the divisor found for a monomial is cached so later steps
/// only test basis elements added since. The per-monomial buffers are <see cref="ReservedBuffer{T}"/>s (freed by <see cref="Release"/>).
/// </summary>
internal sealed unsafe class SymbolicPreprocessing
{
    private readonly MonomialTable _table;
    private readonly MonomialOrder _order;
    private readonly F4Basis _basis;
    private readonly MonomialSorter? _sorter;
    // Per monomial id, in reserved buffers (see MonomialTable); _divFound holds the divisor + 1, so 0 is "none".
    private readonly ReservedBuffer<int> _seenBuffer = new(0), _pivotStampBuffer = new(0), _columnBuffer = new(0),
        _divCheckedBuffer = new(0), _divFoundBuffer = new(0);
    private int* _seen, _pivotStamp, _column, _divChecked, _divFound;
    private int _capacity;
    private ulong[] _leadMask = new ulong[64];
    private readonly ulong[] _multiplier;
    private int _stamp;
    private readonly List<int> _monomials = new();
    private readonly List<(int Lead, int[] Ids, uint[] Coeffs, int Origin)> _reducers = new();
    private readonly List<(int[] Ids, uint[] Coeffs)> _toReduce = new();

    public SymbolicPreprocessing(MonomialTable table, MonomialOrder order, F4Basis basis)
    {
        _table = table;
        _order = order;
        _basis = basis;
        _multiplier = new ulong[table.Words];
        if (MonomialSorter.Supports(order)) _sorter = new MonomialSorter(table, order);
    }

    public void Begin()
    {
        _stamp++;
        // Leading monomials' masks in one flat array for FindDivisor's scan; redundant elements
        // get an all-ones mask, which almost never passes the mask test.
        int count = _basis.Count;
        if (_leadMask.Length < count) Array.Resize(ref _leadMask, Math.Max(count, 2 * _leadMask.Length));
        for (int i = 0; i < count; i++)
            _leadMask[i] = _basis.Redundant[i] ? ulong.MaxValue : _table.Mask(_basis.Leading[i]);
        _monomials.Clear();
        _reducers.Clear();
        _toReduce.Clear();
    }

    /// <summary>Whether the monomial already has a pivot row in this step.</summary>
    public bool HasPivot(int monomial) => monomial < _capacity && _pivotStamp[monomial] == _stamp;

    /// <summary>When set, products u·g come from earlier steps' reduced rows where there is one (Faugère's Simplify).</summary>
    public ReducedRowCache? Simplify { get; set; }

    /// <summary>Adds u·g as the pivot row for <paramref name="leading"/> = u·lm(g).</summary>
    public void AddPivot(int leading, int basisIndex)
    {
        var ids = Product(leading, basisIndex, out var coeffs);
        EnsureCapacity();
        _pivotStamp[ids[0]] = _stamp;
        _reducers.Add((ids[0], ids, coeffs, basisIndex));
        See(ids);
    }

    /// <summary>Worker threads for the products of a wave of reducers (1: all on the caller's).</summary>
    public int Threads { get; set; } = 1;

    public CancellationToken Cancellation { get; set; }

    /// <summary>Products in a wave below which it stays on one thread (scheduling would cost more than it saves).</summary>
    internal int ParallelTerms { get; set; } = 1 << 16;

    // A wave's reducers (leading monomial, basis element) and their products' ids.
    private readonly List<(int Lead, int Basis)> _wave = new();
    private int[][] _waveIds = Array.Empty<int[]>();
    private uint[][] _waveCoeffs = Array.Empty<uint[]>();

    /// <summary>
    /// The reducers of <see cref="_wave"/>. The products' lookups are most of a big step's symbolic preprocessing (one
    /// cache miss or more each, hundreds of millions of them), and they only read the table: a large wave looks them up
    /// on several threads, then inserts the few products not found yet on this one.
    /// </summary>
    private void AddPivots()
    {
        int n = _wave.Count;
        if (_waveIds.Length < n)
        {
            _waveIds = new int[Math.Max(n, 2 * _waveIds.Length)][];
            _waveCoeffs = new uint[_waveIds.Length][];
        }
        long terms = 0;
        foreach (var (_, g) in _wave)
        {
            terms += _basis.Monomials[g].Length;
            TermsOf(g); // packed here: the threads below only read
        }
        if (Threads > 1 && n > 1 && terms >= ParallelTerms)
        {
            int chunks = Math.Min(n, 16 * Threads);
            var options = new ParallelOptions { MaxDegreeOfParallelism = Threads, CancellationToken = Cancellation };
            Parallel.For(0, chunks, options, () => new ulong[_table.Words], (c, _, multiplier) =>
            {
                for (int i = (int)((long)n * c / chunks), to = (int)((long)n * (c + 1) / chunks); i < to; i++)
                {
                    var (lead, g) = _wave[i];
                    _waveIds[i] = Product(lead, g, multiplier, insert: false, out _waveCoeffs[i]);
                }
                return multiplier;
            }, _ => { });
            for (int i = 0; i < n; i++)
            {
                var ids = _waveIds[i];
                if (Array.IndexOf(ids, -1) < 0) continue;
                var (lead, g) = _wave[i];
                var src = SourceOf(lead, g, out _);
                ulong hash = _table.Quotient(lead, src[0], _multiplier);
                for (int k = 0; k < ids.Length; k++)
                    if (ids[k] < 0) ids[k] = _table.InsertProduct(_multiplier, hash, src[k]);
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                var (lead, g) = _wave[i];
                _waveIds[i] = Product(lead, g, _multiplier, insert: true, out _waveCoeffs[i]);
            }
        }
        for (int i = 0; i < n; i++)
        {
            var ids = _waveIds[i];
            _reducers.Add((ids[0], ids, _waveCoeffs[i], _wave[i].Basis));
            See(ids);
            _waveIds[i] = null!;
            _waveCoeffs[i] = null!;
        }
    }

    /// <summary>Adds u·g as a row to reduce, where <paramref name="leading"/> = u·lm(g).</summary>
    public void AddToReduce(int leading, int basisIndex) =>
        AddToReduce(Product(leading, basisIndex, out var coeffs), coeffs);

    /// <summary>The monomial ids and coefficients of u·g, or of (u/t)·p for the simplest kept row p of lm t·lm(g).</summary>
    private int[] Product(int leading, int basisIndex, out uint[] coeffs) =>
        Product(leading, basisIndex, _multiplier, insert: true, out coeffs);

    /// <summary>
    /// <see cref="Product(int, int, out uint[])"/> with the caller's scratch for the multiplier; without
    /// <paramref name="insert"/> the table is only read (safe on several threads) and products not in it get id −1.
    /// </summary>
    private int[] Product(int leading, int basisIndex, ulong[] multiplier, bool insert, out uint[] coeffs)
    {
        var src = SourceOf(leading, basisIndex, out coeffs);
        var ids = new int[src.Length];
        if (leading == src[0]) src.CopyTo(ids, 0);
        else
        {
            // Packed terms are kept per basis element, which serves many reducers; Simplify's rows are packed as used.
            var terms = ReferenceEquals(src, _basis.Monomials[basisIndex]) ? TermsOf(basisIndex) : _table.PackTerms(src);
            _table.InsertProducts(multiplier, _table.Quotient(leading, src[0], multiplier), terms, ids, insert);
        }
        return ids;
    }

    /// <summary>The row that u·g is made from: g, or Simplify's kept row p (see <see cref="Product(int, int, out uint[])"/>).</summary>
    private int[] SourceOf(int leading, int basisIndex, out uint[] coeffs)
    {
        if (Simplify is not null && Simplify.TryFind(basisIndex, leading, out var ids, out coeffs)) return ids;
        coeffs = _basis.Coefficients[basisIndex];
        return _basis.Monomials[basisIndex];
    }

    // Per basis element, its terms packed by the table for its products' lookups (null until it first serves as a reducer).
    private readonly List<ulong[]?> _terms = new();

    private ulong[] TermsOf(int basisIndex)
    {
        while (_terms.Count <= basisIndex) _terms.Add(null);
        return _terms[basisIndex] ??= _table.PackTerms(_basis.Monomials[basisIndex]);
    }

    /// <summary>Adds a row to reduce given by monomial ids (the array becomes the matrix's).</summary>
    public void AddToReduce(int[] ids, uint[] coeffs)
    {
        _toReduce.Add((ids, coeffs));
        See(ids);
    }

    /// <summary>Adds reducers for every monomial that has a divisor in the basis, numbers the columns.</summary>
    public MacaulayMatrix Close()
    {
        // In waves: the reducers of every monomial seen so far, then those of the monomials they brought in. The column
        // order is fixed by sorting below, so the order of discovery changes nothing but the monomials' ids.
        for (int q = 0; q < _monomials.Count;)
        {
            int end = _monomials.Count;
            _wave.Clear();
            for (; q < end; q++)
            {
                int m = _monomials[q];
                if (_pivotStamp[m] == _stamp) continue;
                int g = FindDivisor(m);
                if (g < 0) continue;
                _pivotStamp[m] = _stamp;
                _wave.Add((m, g));
            }
            AddPivots();
        }

        // Columns: pivot monomials first, then the others, each decreasing.
        var all = CollectionsMarshal.AsSpan(_monomials);
        int nA = 0;
        for (int i = 0; i < all.Length; i++)
            if (_pivotStamp[all[i]] == _stamp) (all[nA], all[i]) = (all[i], all[nA++]);
        SortDecreasing(all[..nA]);
        SortDecreasing(all[nA..]);
        var columnMonomial = all.ToArray();
        for (int c = 0; c < columnMonomial.Length; c++) _column[columnMonomial[c]] = c;

        var pivots = new SparseRow[nA];
        var origin = new int[nA];
        foreach (var (lead, ids, coeffs, basisIndex) in _reducers)
        {
            ToColumns(ids);
            pivots[_column[lead]] = new SparseRow(ids, coeffs);
            origin[_column[lead]] = basisIndex;
        }
        var rows = new List<SparseRow>(_toReduce.Count);
        foreach (var (ids, coeffs) in _toReduce)
        {
            ToColumns(ids);
            rows.Add(new SparseRow(ids, coeffs));
        }
        return new MacaulayMatrix { ColumnMonomial = columnMonomial, Pivots = pivots, PivotOrigin = origin, ToReduce = rows };
    }

    /// <summary>
    /// Sorts monomial ids decreasingly. Block orders go through <see cref="MonomialSorter"/>, grevlex
    /// compares packed words directly; other orders get
    /// their weight-matrix images computed once per monomial, then compared as integer vectors
    /// (far cheaper than the generic comparison inside the sort).
    /// </summary>
    private void SortDecreasing(Span<int> ids)
    {
        if (ids.Length < 2) return;
        if (_sorter is not null)
        {
            _sorter.SortDecreasing(ids);
            return;
        }
        if (_order is GrevlexOrder)
        {
            ids.Sort(new DecreasingMonomialComparer(_table, _order));
            return;
        }
        // The rows' non-zero entries only: lex and grevlex-like rows have one or a block's worth, so a key costs O(n), not n².
        var weights = _weights ??= SparseRows(_order.WeightMatrix());
        int r = weights.Length, n = _order.Variables;
        var keys = new long[ids.Length * r];
        Span<int> e = n <= 256 ? stackalloc int[n] : new int[n];
        for (int i = 0; i < ids.Length; i++)
        {
            PackedMonomial.Unpack(_table.Get(ids[i]), e);
            for (int k = 0; k < r; k++)
            {
                long sum = 0;
                foreach (var (v, w) in weights[k]) sum += (long)w * e[v];
                keys[i * r + k] = sum;
            }
        }
        var index = new int[ids.Length];
        for (int i = 0; i < index.Length; i++) index[i] = i;
        var copy = ids.ToArray();
        var table = _table;
        var order = _order;
        Array.Sort(index, (a, b) =>
        {
            int oa = a * r, ob = b * r;
            for (int k = 0; k < r; k++)
                if (keys[oa + k] != keys[ob + k]) return keys[oa + k] > keys[ob + k] ? -1 : 1;
            // Equal images of distinct monomials (a weight matrix that does not separate them): the order decides.
            return -order.Compare(table.Get(copy[a]), table.Get(copy[b]));
        });
        for (int i = 0; i < index.Length; i++) ids[i] = copy[index[i]];
    }

    private (int Variable, int Weight)[][]? _weights;

    private static (int Variable, int Weight)[][] SparseRows(int[][] matrix)
    {
        var rows = new (int, int)[matrix.Length][];
        for (int k = 0; k < matrix.Length; k++)
        {
            var entries = new List<(int, int)>();
            for (int v = 0; v < matrix[k].Length; v++) if (matrix[k][v] != 0) entries.Add((v, matrix[k][v]));
            rows[k] = entries.ToArray();
        }
        return rows;
    }

    private void ToColumns(int[] ids)
    {
        for (int k = 0; k < ids.Length; k++) ids[k] = _column[ids[k]];
    }

    private void See(int[] ids)
    {
        EnsureCapacity();
        foreach (int m in ids)
        {
            if (_seen[m] == _stamp) continue;
            _seen[m] = _stamp;
            _monomials.Add(m);
        }
    }

    /// <summary>
    /// The sparsest non-redundant basis element whose leading monomial divides m (the newest
    /// among equally short ones), or −1. A short reducer brings fewer new monomials into the
    /// matrix and less fill-in into the reduction (mathicgb prefers sparse reducers too).
    /// </summary>
    private int FindDivisor(int m)
    {
        int count = _basis.Count;
        int found = _divFound[m] - 1;
        int bestLength = found >= 0 ? _basis.Monomials[found].Length : int.MaxValue;
        ulong notMask = ~_table.Mask(m);
        var leadMask = _leadMask;
        int low = _divChecked[m], i = count - 1;
        // The mask test two to eight leading monomials at a time, from the newest down: nearly all fail it, and the
        // scan is most of the closure's time (~500 masks per new monomial in the (3,2,1) x^3 graph). Widths the
        // hardware lacks are skipped (Native AOT targets x86-64-v2, where 256 and 512 bits would be emulated).
        if (Vector512.IsHardwareAccelerated)
        {
            var not8 = Vector512.Create(notMask);
            for (; i - 7 >= low; i -= 8)
            {
                ulong pass = Vector512.Equals(Vector512.Create<ulong>(leadMask.AsSpan(i - 7, 8)) & not8, Vector512<ulong>.Zero).ExtractMostSignificantBits();
                while (pass != 0)
                {
                    int k = 63 - BitOperations.LeadingZeroCount(pass);
                    pass &= ~(1UL << k);
                    Consider(i - 7 + k, m, ref found, ref bestLength);
                }
            }
        }
        if (Vector256.IsHardwareAccelerated)
        {
            var not4 = Vector256.Create(notMask);
            for (; i - 3 >= low; i -= 4)
            {
                uint pass = Vector256.Equals(Vector256.Create<ulong>(leadMask.AsSpan(i - 3, 4)) & not4, Vector256<ulong>.Zero).ExtractMostSignificantBits();
                while (pass != 0)
                {
                    int k = 31 - BitOperations.LeadingZeroCount(pass);
                    pass &= ~(1u << k);
                    Consider(i - 3 + k, m, ref found, ref bestLength);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var not2 = Vector128.Create(notMask);
            for (; i - 1 >= low; i -= 2)
            {
                uint pass = Vector128.Equals(Vector128.Create<ulong>(leadMask.AsSpan(i - 1, 2)) & not2, Vector128<ulong>.Zero).ExtractMostSignificantBits();
                if ((pass & 2) != 0) Consider(i, m, ref found, ref bestLength);
                if ((pass & 1) != 0) Consider(i - 1, m, ref found, ref bestLength);
            }
        }
        for (; i >= low; i--)
            if ((leadMask[i] & notMask) == 0) Consider(i, m, ref found, ref bestLength);
        // A cached divisor that has become redundant since is still a valid reducer.
        _divChecked[m] = count;
        _divFound[m] = found + 1;
        return found;
    }

    /// <summary>Takes basis element i as m's divisor if it is one and shorter than the best so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Consider(int i, int m, ref int found, ref int bestLength)
    {
        if (_basis.Redundant[i]) return;
        int length = _basis.Monomials[i].Length;
        if (length >= bestLength) return;
        if (_table.Divides(_basis.Leading[i], m)) { found = i; bestLength = length; }
    }

    private void EnsureCapacity()
    {
        int n = _table.Count;
        if (n <= _capacity) return;
        _capacity = Math.Max(Math.Max(n, 1024), _capacity * 2);
        // New entries are zero: never seen, no pivot, no divisor checked or found.
        _seenBuffer.EnsureCapacity(_capacity);
        _pivotStampBuffer.EnsureCapacity(_capacity);
        _columnBuffer.EnsureCapacity(_capacity);
        _divCheckedBuffer.EnsureCapacity(_capacity);
        _divFoundBuffer.EnsureCapacity(_capacity);
        _seen = _seenBuffer.Pointer;
        _pivotStamp = _pivotStampBuffer.Pointer;
        _column = _columnBuffer.Pointer;
        _divChecked = _divCheckedBuffer.Pointer;
        _divFound = _divFoundBuffer.Pointer;
    }

    /// <summary>Frees the per-monomial buffers; this instance must not be used afterwards.</summary>
    public void Release()
    {
        foreach (var buffer in new[] { _seenBuffer, _pivotStampBuffer, _columnBuffer, _divCheckedBuffer, _divFoundBuffer })
            buffer.Dispose();
        _seen = _pivotStamp = _column = _divChecked = _divFound = null;
        _capacity = 0;
        _sorter?.Release();
    }
}
