using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// One F4 run over F_p (Faugère 1999): each step takes all pairs of lowest sugar, builds the
/// Macaulay matrix by symbolic preprocessing, reduces the new rows by the known pivots, takes the
/// echelon form of what remains, and installs the new leading monomials with Gebauer–Möller.
/// All state is per instance, so several runs (e.g. one per prime) may go in parallel.
/// </summary>
internal sealed class F4Computation
{
    private readonly PolynomialRing<uint, PrimeField> _ring;
    private readonly GroebnerOptions _options;
    private readonly MonomialTable _table;
    private readonly MonomialOrder _order;
    private readonly F4Basis _basis = new();
    private readonly PairSet _pairs = new();
    private readonly SparseRowReducer _reducer;
    private readonly List<(int Sugar, int[] Ids, int Index)> _inputs = new();
    private readonly List<uint[]> _inputCoefficients = new(); // by input index (a layout names inputs by it)
    private readonly List<F4Pair> _selected = new();
    private readonly List<int> _group = new();
    private bool _unit;
    private HilbertDriver? _hilbert;
    private int _skippedDegrees, _skippedPairs;
    private List<ulong>? _rowKeys;
    private List<F4Trace.SelectedRow>? _selectedRows;
    private bool[]? _nonZero;
    // Replays: the trace's layouts when another replay has recorded them, else this run's recording of them (when it
    // holds the claim), with the source of each row to reduce (basis index, or ~i for input i).
    private F4Trace.Layout[]? _layouts;
    private List<F4Trace.Layout>? _layoutRecord;
    private long _layoutSize;
    private List<int>? _rowSources;

    public GroebnerStatistics Statistics { get; } = new();

    /// <summary>Degrees the Hilbert driver found complete before building them (a skip may cover several).</summary>
    public int SkippedDegrees => _skippedDegrees;

    /// <summary>When set, the run records which rows gave no new pivot, and the new leading monomials, for <see cref="F4Trace.Learn"/>.</summary>
    public F4Trace.Recording? Recording { get; init; }

    /// <summary>When set, rows that were zero in the learning runs are left out, and each step is checked against the trace.</summary>
    public F4Trace? Replay { get; init; }

    public F4Computation(PolynomialRing<uint, PrimeField> ring, GroebnerOptions options)
    {
        _ring = ring;
        _options = options;
        _order = ring.Order;
        _table = new MonomialTable(ring.VariableCount, ring.Words);
        _reducer = new SparseRowReducer(ring.Field, checkInput: false);
    }

    public List<Polynomial<uint, PrimeField>> Run(IReadOnlyList<Polynomial<uint, PrimeField>> generators)
    {
        foreach (var f in generators)
        {
            if (f.IsZero) continue;
            if (!ReferenceEquals(f.Ring, _ring) && (f.Ring.VariableCount != _ring.VariableCount || f.Ring.Order != _order || f.Ring.Field.P != _ring.Field.P))
                throw new ArgumentException("all generators must live in the same polynomial ring");
            var ids = new int[f.Length];
            var coeffs = new uint[f.Length];
            for (int k = 0; k < f.Length; k++)
            {
                ids[k] = _table.Insert(f.MonomialAt(k));
                coeffs[k] = f.CoefficientAt(k);
            }
            _inputs.Add((0, ids, _inputCoefficients.Count));
            _inputCoefficients.Add(coeffs);
        }
        // Sugar of an input: its largest (weighted) degree; weights only once the rings are checked.
        var weights = SugarWeights.Find(_order, generators, _options.Hilbert?.Weights);
        if (weights is not null) _table.UseSugarWeights(weights);
        _hilbert = HilbertDriver.Create(_options.Hilbert, _ring.VariableCount, weights, generators);
        for (int i = 0; i < _inputs.Count; i++)
        {
            var (_, ids, index) = _inputs[i];
            int sugar = 0;
            foreach (int id in ids) sugar = Math.Max(sugar, _table.SugarDegree(id));
            _inputs[i] = (sugar, ids, index);
        }
        List<Polynomial<uint, PrimeField>> result;
        int monomials;
        var symbolic = new SymbolicPreprocessing(_table, _order, _basis) { Threads = _options.EffectiveThreads, Cancellation = _options.Cancellation };
        // Simplify changes the rows, which a learned trace identifies by basis element and lcm: not with a trace.
        if (_options.Simplify && Recording is null && Replay is null) symbolic.Simplify = new ReducedRowCache(_table);
        if (Replay is not null)
        {
            _layouts = Replay.Layouts;
            if (_layouts is null && Replay.TryClaimLayouts()) _layoutRecord = new List<F4Trace.Layout>(Replay.Steps);
        }
        bool published = false;
        try
        {
            while (!_unit && (Replay is null ? _pairs.Count > 0 || _inputs.Count > 0 : Statistics.Steps < Replay.Steps))
            {
                _options.Cancellation.ThrowIfCancellationRequested();
                if (_hilbert is not null && Replay is null && SkipCompleteDegrees()) continue;
                Step(symbolic);
            }
            // A replay keeps no pairs: it ends with the trace, and an input left over means it left the path.
            if (Replay is not null && !_unit && _inputs.Count > 0) throw new F4TraceMismatchException(Statistics.Steps + 1);
            if (_layoutRecord is not null && _layoutRecord.Count == Replay!.Steps)
            {
                Replay.PublishLayouts(_layoutRecord.ToArray());
                published = true;
            }
            symbolic.Release();
            long phase = Stopwatch.GetTimestamp();
            result = _unit ? new List<Polynomial<uint, PrimeField>> { _ring.One } : FinalBasis();
            Lap(ref phase, "final");
            monomials = _table.Count;
        }
        finally
        {
            // A replay that left the path gives the claim back; one whose layout passed the cap keeps it (no other records).
            if (_layoutRecord is not null && !published) Replay!.PublishLayouts(null);
            symbolic.Release();
            ReleaseBuffers();
        }
        var t = Statistics.PhaseSeconds;
        _options.Progress?.Report(new GroebnerProgress("f4", Statistics.Steps, 0, 0, result.Count, Note:
            $"seconds: select {t.GetValueOrDefault("select"):F3}, symbolic {t.GetValueOrDefault("symbolic"):F3}, reduce {t.GetValueOrDefault("reduce"):F3}, " +
            $"echelon {t.GetValueOrDefault("echelon"):F3}, update {t.GetValueOrDefault("update"):F3}, final {t.GetValueOrDefault("final"):F3}, " +
            $"hilbert {t.GetValueOrDefault("hilbert"):F3} ({_skippedDegrees} degrees skipped, {_skippedPairs} pairs dropped, {_hilbert?.Restarts ?? 0} restarts); monomials {monomials}"));
        return result;
    }

    /// <summary>
    /// One F4 step, phase by phase as in msolve's <c>core_f4</c>: select the pairs (and inputs)
    /// of lowest sugar, close them into a Macaulay matrix, reduce it, install the new elements,
    /// update the pairs. Each phase adds its seconds to <see cref="GroebnerStatistics.PhaseSeconds"/>.
    /// </summary>
    private void Step(SymbolicPreprocessing symbolic)
    {
        int step = Statistics.Steps + 1;
        int sugar = Replay is null ? NextSugar() : Replay.Sugar(step);
        var phase = Stopwatch.GetTimestamp();
        MacaulayMatrix matrix;
        F4Trace.Layout? recorded = null;
        if (_layouts is not null)
        {
            matrix = LaidOut(_layouts[step - 1], sugar, step);
            Lap(ref phase, "layout");
        }
        else
        {
            SelectPairs(sugar, symbolic, step);
            Lap(ref phase, "select");
            matrix = symbolic.Close();
            Lap(ref phase, "symbolic");
            if (_layoutRecord is not null) recorded = RecordLayout(matrix);
        }
        var fresh = Reduce(matrix, step, ref phase);
        if (_layouts is not null) CheckSupports(_layouts[step - 1], fresh, step);
        if (recorded is not null) FinishLayout(recorded, fresh);
        if (symbolic.Simplify is { } cache) KeepReducedRows(matrix, cache, ref phase);
        Trace(step, sugar, matrix, fresh);
        RecordStep(step, matrix, fresh.Count);
        InstallNewElements(matrix, fresh, sugar);
        Lap(ref phase, "update");
        if (!_unit) _options.Progress?.Report(new GroebnerProgress("f4", step, sugar, _pairs.Count, _basis.Count, matrix.Rows, matrix.Columns));
    }

    /// <summary>
    /// Hilbert-driven skipping (<see cref="HilbertDriver"/>): when LT(G) already has the ideal's Hilbert function in
    /// the next degree, that degree's pairs and inputs — and those of every later pending degree that is complete
    /// too — reduce to zero and are dropped unbuilt. Returns whether anything was dropped.
    /// </summary>
    private bool SkipCompleteDegrees()
    {
        long phase = Stopwatch.GetTimestamp();
        int sugar = NextSugar();
        int last = _pairs.Count > 0 ? _pairs.MaxSugar() : 0;
        foreach (var inp in _inputs) last = Math.Max(last, inp.Sugar);
        int through = _hilbert!.CompleteThrough(sugar, last, _basis, _table);
        if (through >= 0)
        {
            _skippedPairs += _pairs.RemoveThrough(through);
            _inputs.RemoveAll(inp => inp.Sugar <= through);
            _skippedDegrees++;
        }
        Lap(ref phase, "hilbert");
        return through >= 0;
    }

    /// <summary>Adds the seconds since <paramref name="since"/> to the phase and restarts the clock.</summary>
    private void Lap(ref long since, string phaseName)
    {
        long now = Stopwatch.GetTimestamp();
        var seconds = Statistics.PhaseSeconds;
        seconds[phaseName] = seconds.GetValueOrDefault(phaseName) + Stopwatch.GetElapsedTime(since, now).TotalSeconds;
        since = now;
    }

    private int NextSugar()
    {
        int sugar = _pairs.Count > 0 ? _pairs.MinSugar() : int.MaxValue;
        foreach (var inp in _inputs) sugar = Math.Min(sugar, inp.Sugar);
        return sugar;
    }

    /// <summary>
    /// Takes every pair and input of the given sugar into the matrix (in a replay: the trace's rows and the inputs).
    /// </summary>
    private void SelectPairs(int sugar, SymbolicPreprocessing symbolic, int step)
    {
        _rowKeys = Recording is null ? null : new List<ulong>();
        _selectedRows = Recording is null ? null : new List<F4Trace.SelectedRow>();
        _selected.Clear();
        _rowSources = _layoutRecord is null ? null : new List<int>();
        symbolic.Begin();
        if (Replay is not null) ReplaySelection(symbolic, step);
        else SelectFromPairs(sugar, symbolic);
        for (int i = _inputs.Count - 1; i >= 0; i--)
        {
            if (_inputs[i].Sugar != sugar) continue;
            symbolic.AddToReduce(_inputs[i].Ids, _inputCoefficients[_inputs[i].Index]);
            _rowSources?.Add(~_inputs[i].Index);
            _rowKeys?.Add(ulong.MaxValue); // inputs are never left out; the key only keeps the rows aligned
            _inputs.RemoveAt(i);
        }
        Statistics.PairsReduced += _selected.Count;
    }

    /// <summary>Pairs are grouped by lcm: one half (the shortest) becomes the pivot of the lcm's column, the others rows to reduce.</summary>
    private void SelectFromPairs(int sugar, SymbolicPreprocessing symbolic)
    {
        _pairs.TakeWithSugar(sugar, _selected);
        _selected.Sort((a, b) => a.Lcm.CompareTo(b.Lcm));
        var group = _group;
        for (int start = 0; start < _selected.Count;)
        {
            int lcm = _selected[start].Lcm;
            int end = start;
            group.Clear();
            while (end < _selected.Count && _selected[end].Lcm == lcm)
            {
                if (!group.Contains(_selected[end].I)) group.Add(_selected[end].I);
                if (!group.Contains(_selected[end].J)) group.Add(_selected[end].J);
                end++;
            }
            int best = 0;
            for (int k = 1; k < group.Count; k++)
                if (_basis.Monomials[group[k]].Length < _basis.Monomials[group[best]].Length) best = k;
            symbolic.AddPivot(lcm, group[best]);
            _selectedRows?.Add(new F4Trace.SelectedRow(group[best], _table.Get(lcm).ToArray(), Pivot: true));
            for (int k = 0; k < group.Count; k++)
            {
                if (k == best) continue;
                if (Recording is not null)
                {
                    var words = _table.Get(lcm);
                    _rowKeys!.Add(F4Trace.RowKey(group[k], words));
                    _selectedRows!.Add(new F4Trace.SelectedRow(group[k], words.ToArray(), Pivot: false));
                }
                symbolic.AddToReduce(lcm, group[k]);
            }
            start = end;
        }
    }

    /// <summary>The step's rows as the trace recorded them, without the pair set (which a replay never fills).</summary>
    private void ReplaySelection(SymbolicPreprocessing symbolic, int step)
    {
        foreach (var row in Replay!.Rows(step))
        {
            if (row.Basis >= _basis.Count) throw new F4TraceMismatchException(step);
            if (!row.Pivot) Statistics.PairsReduced++;
            int lcm = _table.Insert(row.Lcm);
            if (row.Pivot) symbolic.AddPivot(lcm, row.Basis);
            else
            {
                symbolic.AddToReduce(lcm, row.Basis);
                _rowSources?.Add(row.Basis);
            }
        }
    }

    /// <summary>
    /// The step's matrix from a layout another replay recorded: the column monomials entered into this run's table,
    /// and each row's columns with the coefficients of its basis element or input here — no divisor search, no
    /// products of monomials, no sort. A source whose support has another length than recorded leaves the path.
    /// </summary>
    private MacaulayMatrix LaidOut(F4Trace.Layout layout, int sugar, int step)
    {
        int w = _table.Words;
        var columnMonomial = new int[layout.Monomials.Length / w];
        for (int c = 0; c < columnMonomial.Length; c++) columnMonomial[c] = _table.Insert(layout.Monomials.AsSpan(c * w, w));
        var pivots = new SparseRow[layout.PivotOrigins.Length];
        for (int c = 0; c < pivots.Length; c++) pivots[c] = LaidOutRow(layout.PivotOrigins[c], layout.PivotColumns[c], step);
        var rows = new List<SparseRow>(layout.RowSources.Length);
        for (int r = 0; r < layout.RowSources.Length; r++)
        {
            int source = layout.RowSources[r];
            if (source >= 0) Statistics.PairsReduced++;
            rows.Add(LaidOutRow(source, layout.RowColumns[r], step));
        }
        _inputs.RemoveAll(inp => inp.Sugar == sugar); // the layout's rows include them
        return new MacaulayMatrix { ColumnMonomial = columnMonomial, Pivots = pivots, PivotOrigin = layout.PivotOrigins, ToReduce = rows };
    }

    /// <summary>The row of <paramref name="columns"/> (shared with the layout: the reducer only reads rows) with a source's coefficients.</summary>
    private SparseRow LaidOutRow(int source, int[] columns, int step)
    {
        uint[]? coefficients = source >= 0
            ? source < _basis.Count ? _basis.Coefficients[source] : null
            : _inputCoefficients[~source];
        if (coefficients is null || coefficients.Length != columns.Length) throw new F4TraceMismatchException(step);
        return new SparseRow(columns, coefficients);
    }

    /// <summary>The new elements must have the recorded supports, or later layouts would not fit this run's basis.</summary>
    private static void CheckSupports(F4Trace.Layout layout, List<SparseRow> fresh, int step)
    {
        if (fresh.Count != layout.Fresh.Length) throw new F4TraceMismatchException(step);
        for (int r = 0; r < fresh.Count; r++)
            if (!fresh[r].Columns.AsSpan().SequenceEqual(layout.Fresh[r])) throw new F4TraceMismatchException(step);
    }

    /// <summary>The step's matrix as a layout (its arrays, which the reduction only reads), before the reduction reorders rows.</summary>
    private F4Trace.Layout RecordLayout(MacaulayMatrix matrix)
    {
        int w = _table.Words;
        var monomials = new ulong[matrix.Columns * w];
        for (int c = 0; c < matrix.Columns; c++) _table.Get(matrix.ColumnMonomial[c]).CopyTo(monomials.AsSpan(c * w, w));
        var pivotColumns = new int[matrix.PivotColumns][];
        for (int c = 0; c < pivotColumns.Length; c++) pivotColumns[c] = matrix.Pivots[c].Columns;
        var rowColumns = new int[matrix.ToReduce.Count][];
        for (int r = 0; r < rowColumns.Length; r++) rowColumns[r] = matrix.ToReduce[r].Columns;
        return new F4Trace.Layout(monomials, matrix.PivotOrigin, pivotColumns, _rowSources!.ToArray(), rowColumns, Array.Empty<int[]>());
    }

    private void FinishLayout(F4Trace.Layout recorded, List<SparseRow> fresh)
    {
        var layout = recorded with { Fresh = fresh.Select(r => r.Columns).ToArray() };
        _layoutSize += layout.Size;
        if (_layoutSize > F4Trace.MaxLayoutSize) _layoutRecord = null; // keeps the claim: no replay records
        else _layoutRecord!.Add(layout);
    }

    /// <summary>
    /// Linear algebra: the rows to reduce by the pivots (the parallel part), then the reduced
    /// echelon form of what remains; its rows, in the non-pivot columns, are the new elements.
    /// </summary>
    private List<SparseRow> Reduce(MacaulayMatrix matrix, int step, ref long phase)
    {
        int threads = _options.EffectiveThreads;
        CheckMemory(step, matrix, matrix.NonZeros, threads);
        _nonZero = Recording is null ? null : new bool[matrix.ToReduce.Count];
        var remainder = _reducer.ReduceByPivots(matrix.Pivots, matrix.ToReduce, matrix.Columns, threads, _options.Cancellation, _nonZero);
        Lap(ref phase, "reduce");
        var useful = _nonZero is null ? null : new bool[remainder.Count];
        var fresh = _reducer.Echelon(remainder, matrix.Columns - matrix.PivotColumns, _options.Cancellation, useful);
        if (_nonZero is not null)
        {
            // A row is worth building again only if it gave a pivot: nonzero after the pivots and not dependent on the rows before it.
            for (int i = 0, k = 0; i < _nonZero.Length; i++)
                if (_nonZero[i]) _nonZero[i] = useful![k++];
        }
        Lap(ref phase, "echelon");
        return fresh;
    }

    /// <summary>
    /// Simplify's bookkeeping: the step's reducers, inter-reduced (each has zeros in the other pivot columns), kept
    /// in monomial ids by the basis element they are a multiple of. The rows to reduce no longer need the pivots.
    /// </summary>
    private void KeepReducedRows(MacaulayMatrix matrix, ReducedRowCache cache, ref long phase)
    {
        _reducer.FullyReducePivots(matrix.Pivots, matrix.Columns, _options.Cancellation);
        for (int c = 0; c < matrix.PivotColumns; c++)
        {
            var row = matrix.Pivots[c];
            var ids = new int[row.Length];
            for (int k = 0; k < ids.Length; k++) ids[k] = matrix.ColumnMonomial[row.Columns[k]];
            cache.Keep(matrix.PivotOrigin[c], ids, (uint[])row.Coefficients.Clone());
        }
        Lap(ref phase, "simplify");
    }

    /// <summary>Records the step for a learning run, or checks it against the trace in a replay.</summary>
    private void Trace(int step, int sugar, MacaulayMatrix matrix, List<SparseRow> fresh)
    {
        if (Recording is null && Replay is null) return;
        var leads = new ulong[fresh.Count];
        for (int r = 0; r < fresh.Count; r++)
            leads[r] = F4Trace.Hash(_table.Get(matrix.ColumnMonomial[matrix.PivotColumns + fresh[r].Columns[0]]));
        Array.Sort(leads);
        Replay?.Check(step, leads);
        if (Recording is not null)
        {
            var zero = new bool[_nonZero!.Length];
            for (int i = 0; i < zero.Length; i++) zero[i] = !_nonZero[i];
            Recording.Steps.Add(new F4Trace.RecordedStep(sugar, _selectedRows!, _rowKeys!, zero, leads));
        }
    }

    private void RecordStep(int step, MacaulayMatrix matrix, int newElements)
    {
        Statistics.Steps = step;
        Statistics.ZeroReductions += matrix.ToReduce.Count - newElements;
        if ((long)matrix.Rows * matrix.Columns > (long)Statistics.LargestMatrixRows * Statistics.LargestMatrixColumns)
        {
            Statistics.LargestMatrixRows = matrix.Rows;
            Statistics.LargestMatrixColumns = matrix.Columns;
            Statistics.LargestMatrixNonZeros = matrix.NonZeros;
        }
    }

    /// <summary>
    /// Adds the new rows to the basis, each followed by its Gebauer–Möller pair update, from the
    /// largest leading monomial down: a divisor of a leading monomial is smaller, so it comes
    /// later and marks the multiple redundant. The older pairs are pruned once, for all of them.
    /// A constant ends the run (the ideal is the unit ideal).
    /// </summary>
    private void InstallNewElements(MacaulayMatrix matrix, List<SparseRow> fresh, int sugar)
    {
        int nA = matrix.PivotColumns, firstNew = _basis.Count;
        for (int r = 0; r < fresh.Count; r++)
        {
            var row = fresh[r];
            var ids = new int[row.Length];
            for (int k = 0; k < ids.Length; k++) ids[k] = matrix.ColumnMonomial[nA + row.Columns[k]];
            if (ids[0] == _table.One) { _unit = true; return; }
            // After a degree fall the element's pairs are taken at its own degree (normal strategy; GroebnerOptions.PureSugar).
            int degree = _options.PureSugar ? sugar : Math.Min(sugar, _table.SugarDegree(ids[0]));
            int t = _basis.Add(ids, row.Coefficients, degree);
            if (Replay is null) _pairs.Update(_basis, _table, t); // a replay takes its rows from the trace
        }
        if (Replay is null) _pairs.DropRedundantPairs(_basis, _table, firstNew);
    }

    /// <summary>
    /// The reduced basis of a set that is already a Gröbner basis (e.g. the dehomogenised
    /// basis of <see cref="Homogenization"/>): no pairs, only the final inter-reduction.
    /// </summary>
    public List<Polynomial<uint, PrimeField>> Interreduce(IEnumerable<Polynomial<uint, PrimeField>> groebnerBasis)
    {
        try { return InterreduceCore(groebnerBasis); }
        finally { ReleaseBuffers(); }
    }

    private List<Polynomial<uint, PrimeField>> InterreduceCore(IEnumerable<Polynomial<uint, PrimeField>> groebnerBasis)
    {
        foreach (var f in groebnerBasis)
        {
            if (f.IsZero) continue;
            var monic = f.MakeMonic();
            var ids = new int[monic.Length];
            var coeffs = new uint[monic.Length];
            for (int k = 0; k < monic.Length; k++)
            {
                ids[k] = _table.Insert(monic.MonomialAt(k));
                coeffs[k] = monic.CoefficientAt(k);
            }
            if (ids[0] == _table.One) return new List<Polynomial<uint, PrimeField>> { _ring.One };
            _basis.Add(ids, coeffs, monic.Degree);
        }
        return FinalBasis();
    }

    /// <summary>Pooled arrays go back at the end of the run; the instance is single-use.</summary>
    private void ReleaseBuffers()
    {
        _reducer.Release();
        _table.Release();
    }

    private void CheckMemory(int step, MacaulayMatrix matrix, long nnz, int threads)
    {
        long limit = _options.MaxMatrixBytes;
        if (limit <= 0) return;
        // Sparse rows (column + coefficient), one dense accumulator and output buffer per thread.
        long bytes = nnz * 8 + (long)matrix.Rows * 48 + (long)(threads + 1) * matrix.Columns * 16;
        if (bytes > limit) throw new MatrixTooLargeException(step, matrix.Rows, matrix.Columns, bytes, limit);
    }

    private bool FreeOf(int monomial, IReadOnlyList<int> variables)
    {
        var m = _table.Get(monomial);
        foreach (int v in variables)
            if (PackedMonomial.Exponent(m, v) != 0) return false;
        return true;
    }

    /// <summary>The reduced basis: minimal elements, inter-reduced by one last matrix reduction.</summary>
    private List<Polynomial<uint, PrimeField>> FinalBasis()
    {
        var minimal = new F4Basis();
        var leads = new HashSet<int>();
        // Only the elimination ideal wanted: its reduced basis is the θ-free part of the whole one, and a θ-free
        // element's tail is θ-free, so only θ-free elements reduce it (block orders put every monomial with a
        // first-block variable above those without, so a θ-free leading monomial means a θ-free element).
        var eliminated = _options.OnlyEliminationIdeal && _order is BlockOrder && _order.Blocks.Count > 1 ? _order.Blocks[0] : null;
        for (int i = 0; i < _basis.Count; i++)
        {
            if (_basis.Redundant[i]) continue;
            if (eliminated is not null && !FreeOf(_basis.Leading[i], eliminated)) continue;
            bool divisible = false;
            for (int j = 0; j < _basis.Count && !divisible; j++)
                divisible = j != i && !_basis.Redundant[j] && _table.Divides(_basis.Leading[j], _basis.Leading[i]);
            if (divisible) continue;
            minimal.Add(_basis.Monomials[i], _basis.Coefficients[i], _basis.Sugar[i]);
            leads.Add(_basis.Leading[i]);
        }
        var result = new List<Polynomial<uint, PrimeField>>(minimal.Count);
        if (minimal.Count == 0) return result;
        var symbolic = new SymbolicPreprocessing(_table, _order, minimal);
        symbolic.Begin();
        for (int i = 0; i < minimal.Count; i++) symbolic.AddPivot(minimal.Leading[i], i);
        var matrix = symbolic.Close();
        symbolic.Release();
        CheckMemory(Statistics.Steps + 1, matrix, matrix.NonZeros, 1);
        _reducer.FullyReducePivots(matrix.Pivots, matrix.Columns, _options.Cancellation);
        // Pivot columns are sorted decreasingly, so walking them backwards gives increasing leading monomials.
        int w = _ring.Words;
        for (int c = matrix.PivotColumns - 1; c >= 0; c--)
        {
            if (!leads.Contains(matrix.ColumnMonomial[c])) continue;
            // A fully reduced pivot row holds its own column and non-pivot ones only: in increasing column order that is
            // decreasing monomial order, so the terms are copied as they are (through a sorting dictionary they were 30 %
            // of small decompositions' Gröbner bases over ℚ).
            var row = matrix.Pivots[c];
            var exps = new ulong[row.Length * w];
            var coeffs = new uint[row.Length];
            for (int k = 0; k < row.Length; k++)
            {
                _table.Get(matrix.ColumnMonomial[row.Columns[k]]).CopyTo(exps.AsSpan(k * w, w));
                coeffs[k] = row.Coefficients[k];
            }
            result.Add(new Polynomial<uint, PrimeField>(_ring, exps, coeffs, row.Length));
        }
        return result;
    }
}
