using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.LinearAlgebra;

namespace Elimination.Core.Tests.LinearAlgebra;

/// <summary>
/// Hand-built tests of the sparse F_p kernel behind F4 (mathicgb style): the small inputs were
/// worked out on paper (the comment shows the arithmetic); the chains drive both accumulator
/// modes (p &lt; 2^16: entries only grow; p near 2^31: one p² correction per term); a seeded
/// comparison with a plain dense elimination covers the rest.
/// </summary>
public class SparseRowReducerTests
{
    private static SparseRow Row(params (int Column, uint Value)[] entries) =>
        new(entries.Select(e => e.Column).ToArray(), entries.Select(e => e.Value).ToArray());

    private static void AssertRow(SparseRow actual, SparseRow expected, string what)
    {
        Assert.That(actual.Columns, Is.EqualTo(expected.Columns), what + ": columns");
        Assert.That(actual.Coefficients, Is.EqualTo(expected.Coefficients), what + ": coefficients");
    }

    /// <summary>
    /// GF(7), columns 0..4, pivots in columns 0 and 1:
    /// <code>
    ///   pivot 0: [1 0 2 1 0]        to reduce r0: [1 1 1 0 0]
    ///   pivot 1: [0 1 0 3 1]                  r1: [2 0 0 0 4]
    ///                                         r2: [0 1 0 3 1]  (= pivot 1)
    /// r0 − p0 − p1 = [0 0 −1 −4 −1] = [0 0 6 3 6];  r1 − 2·p0 = [0 0 −4 −2 4] = [0 0 3 5 4];  r2 − p1 = 0.
    /// </code>
    /// On the non-pivot columns (2,3,4 → 0,1,2): (6,3,6) and (3,5,4). Echelon: 6⁻¹ = 6, so
    /// (6,3,6)·6 = (1,4,1); (3,5,4) − 3·(1,4,1) = (0,−7,1) = (0,0,1); back substitution
    /// (1,4,1) − (0,0,1) = (1,4,0). Reduced echelon form: rows (1,4,0) and (0,0,1).
    /// </summary>
    [TestCase(1)]
    [TestCase(2)]
    public void ReducesAHandComputedMatrixAndDropsTheRowThatVanishes(int threads)
    {
        var pivots = new[] { Row((0, 1), (2, 2), (3, 1)), Row((1, 1), (3, 3), (4, 1)) };
        var rows = new List<SparseRow> { Row((0, 1), (1, 1), (2, 1)), Row((0, 2), (4, 4)), Row((1, 1), (3, 3), (4, 1)) };
        var reducer = new SparseRowReducer(new PrimeField(7));
        var remainder = reducer.ReduceByPivots(pivots, rows, 5, threads, CancellationToken.None);
        Assert.That(remainder, Has.Count.EqualTo(2), "the third row is the second pivot and reduces to zero");
        AssertRow(remainder[0], Row((0, 6), (1, 3), (2, 6)), "r0 reduced");
        AssertRow(remainder[1], Row((0, 3), (1, 5), (2, 4)), "r1 reduced");

        var echelon = reducer.Echelon(remainder, 3, CancellationToken.None);
        Assert.That(echelon, Has.Count.EqualTo(2));
        AssertRow(echelon[0], Row((0, 1), (1, 4)), "first echelon row");
        AssertRow(echelon[1], Row((2, 1)), "second echelon row");
        reducer.Release();
    }

    /// <summary>
    /// Echelon of dependent rows over GF(7): (1,2,3), (2,4,6) = 2·(1,2,3), (0,1,1).
    /// (1,2,3) − 2·(0,1,1) = (1,0,1); the dependent row vanishes.
    /// </summary>
    [Test]
    public void EchelonDropsDependentRowsAndBackSubstitutes()
    {
        var reducer = new SparseRowReducer(new PrimeField(7));
        var rows = new List<SparseRow> { Row((0, 1), (1, 2), (2, 3)), Row((0, 2), (1, 4), (2, 6)), Row((1, 1), (2, 1)) };
        var echelon = reducer.Echelon(rows, 3, CancellationToken.None);
        Assert.That(echelon, Has.Count.EqualTo(2));
        AssertRow(echelon[0], Row((0, 1), (2, 1)), "first row");
        AssertRow(echelon[1], Row((1, 1), (2, 1)), "second row");
        reducer.Release();
    }

    /// <summary>
    /// Final inter-reduction over GF(7): pivots p0 = [1 3 0 2], p1 = [0 1 5 0] (columns 2, 3 non-pivot).
    /// p0 − 3·p1 = [1 0 −15 2] = [1 0 6 2]; p1 has no entry in another pivot column and stays.
    /// </summary>
    [Test]
    public void FullyReducePivotsClearsOtherPivotColumns()
    {
        var pivots = new[] { Row((0, 1), (1, 3), (3, 2)), Row((1, 1), (2, 5)) };
        var untouched = pivots[1];
        var reducer = new SparseRowReducer(new PrimeField(7));
        reducer.FullyReducePivots(pivots, 4, CancellationToken.None);
        AssertRow(pivots[0], Row((0, 1), (2, 6), (3, 2)), "p0");
        Assert.That(pivots[1], Is.EqualTo(untouched), "a pivot that needs nothing keeps its arrays");
        reducer.Release();
    }

    /// <summary>
    /// Empty rows: the empty row to reduce gives no remainder, an empty row in the echelon input
    /// is dropped, and with no pivots a row comes back unchanged.
    /// </summary>
    [Test]
    public void EmptyRowsAreDropped()
    {
        var reducer = new SparseRowReducer(new PrimeField(32003));
        var none = Array.Empty<SparseRow>();
        var rows = new List<SparseRow> { Row(), Row((1, 5)), Row() };
        var remainder = reducer.ReduceByPivots(none, rows, 3, 1, CancellationToken.None);
        Assert.That(remainder, Has.Count.EqualTo(1));
        AssertRow(remainder[0], Row((1, 5)), "the nonempty row, unchanged");

        var echelon = reducer.Echelon(new List<SparseRow> { Row(), Row((2, 3)), Row() }, 3, CancellationToken.None);
        Assert.That(echelon, Has.Count.EqualTo(1));
        AssertRow(echelon[0], Row((2, 1)), "3·x2 made monic");
        Assert.That(reducer.Echelon(new List<SparseRow> { Row() }, 3, CancellationToken.None), Is.Empty);

        reducer.FullyReducePivots(none, 3, CancellationToken.None);
        reducer.Release();
    }

    /// <summary>The unchecked inner loops are never reached with rows that could make them index out of range or overflow.</summary>
    [Test]
    public void MalformedRowsAreRefused()
    {
        var reducer = new SparseRowReducer(new PrimeField(7));
        var none = Array.Empty<SparseRow>();
        var pivot = new[] { Row((0, 1), (2, 3)) };
        void Refused(TestDelegate call, string fragment) =>
            Assert.That(Assert.Throws<InvalidInputException>(call)!.Message, Does.Contain(fragment));

        Refused(() => reducer.ReduceByPivots(none, new List<SparseRow> { Row((3, 1)) }, 3, 1, CancellationToken.None), "within 0..2");
        Refused(() => reducer.ReduceByPivots(none, new List<SparseRow> { Row((2, 1), (1, 1)) }, 3, 1, CancellationToken.None), "increase strictly");
        Refused(() => reducer.ReduceByPivots(none, new List<SparseRow> { Row((1, 7)) }, 3, 1, CancellationToken.None), "not below p = 7");
        Refused(() => reducer.ReduceByPivots(none, new List<SparseRow> { new(new[] { 0, 1 }, new[] { 1u }) }, 3, 1, CancellationToken.None), "equal lengths");
        Refused(() => reducer.ReduceByPivots(none, new List<SparseRow> { default }, 3, 1, CancellationToken.None), "equal lengths");
        Refused(() => reducer.ReduceByPivots(new[] { Row((0, 2), (2, 3)) }, new List<SparseRow>(), 3, 1, CancellationToken.None), "monic");
        Refused(() => reducer.ReduceByPivots(new[] { Row((1, 1)) }, new List<SparseRow>(), 3, 1, CancellationToken.None), "column 0");
        Refused(() => reducer.Echelon(new List<SparseRow> { Row((0, 1), (5, 1)) }, 3, CancellationToken.None), "within 0..2");
        Refused(() => reducer.FullyReducePivots(pivot, 2, CancellationToken.None), "within 0..1");
        Assert.That(reducer.ReduceByPivots(pivot, new List<SparseRow> { Row((0, 1), (1, 6)) }, 3, 1, CancellationToken.None), Has.Count.EqualTo(1), "a well-formed call still runs");
        reducer.Release();
    }

    /// <summary>
    /// A chain that keeps the accumulator busy: pivots P_c = e_c − e_{c+1} (c &lt; k), the row
    /// Σ_{c&lt;k} (−1)·e_c. Eliminating column c adds the running sum to column c+1, so the
    /// remainder is −k·e_k = (p − k)·e_k on the one non-pivot column; the row e_0 − e_k = Σ P_c
    /// reduces to zero. With p = 65521 the accumulator only grows (delayed mode), with
    /// p = 2^31 − 1 every term is corrected by p², and p = 32003 is F4's usual prime.
    /// </summary>
    [TestCase(65521u)]
    [TestCase(2147483647u)]
    [TestCase(32003u)]
    public void ChainReducesToMinusKInBothAccumulatorModes(uint p)
    {
        const int k = 200;
        uint minusOne = p - 1;
        var pivots = new SparseRow[k];
        for (int c = 0; c < k; c++) pivots[c] = Row((c, 1), (c + 1, minusOne));
        var all = new (int, uint)[k];
        for (int c = 0; c < k; c++) all[c] = (c, minusOne);
        var rows = new List<SparseRow> { Row(all), Row((0, 1), (k, minusOne)) };
        var reducer = new SparseRowReducer(new PrimeField(p));
        var remainder = reducer.ReduceByPivots(pivots, rows, k + 1, 1, CancellationToken.None);
        Assert.That(remainder, Has.Count.EqualTo(1), "e_0 − e_k lies in the span of the pivots");
        AssertRow(remainder[0], Row((0, p - k)), "−k");

        // Inter-reduction: P_c − P_{c+1} − … telescopes to e_c − e_k.
        reducer.FullyReducePivots(pivots, k + 1, CancellationToken.None);
        for (int c = 0; c < k; c++) AssertRow(pivots[c], Row((c, 1), (k, minusOne)), $"pivot {c}");
        reducer.Release();
    }

    /// <summary>
    /// Seeded random sparse matrices against a plain dense elimination (with <c>%</c>, in the
    /// test only) at small, F4's, 16-bit-boundary and near-2^31 primes, one and two threads.
    /// </summary>
    [TestCase(7u, 1)]
    [TestCase(32003u, 2)]
    [TestCase(65521u, 1)]
    [TestCase(65537u, 2)]
    [TestCase(2147483647u, 1)]
    [TestCase(2147483629u, 2)]
    public void AgreesWithDenseEliminationOnRandomMatrices(uint p, int threads)
    {
        var rng = new Random((int)(p % 1000) + threads);
        var reducer = new SparseRowReducer(new PrimeField(p));
        for (int trial = 0; trial < 20; trial++)
            CheckAgainstDense(reducer, rng, p, threads, rng.Next(0, 40), rng.Next(1, 30), rng.Next(1, 60), rng.NextDouble() * 0.5, $"trial {trial}");
        reducer.Release();
    }

    /// <summary>A step large enough (over 16 rows, over 20000 entries) for the rows to be reduced in parallel blocks.</summary>
    [TestCase(32003u)]
    [TestCase(2147483647u)]
    public void ParallelBlocksAgreeWithDenseElimination(uint p)
    {
        var reducer = new SparseRowReducer(new PrimeField(p));
        CheckAgainstDense(reducer, new Random(5), p, 2, 250, 150, 120, 0.15, "parallel");
        reducer.Release();
    }

    /// <summary>
    /// Dense rows in full blocks of 8, where most pivots are needed by most rows of a block: with AVX2 the interleaved
    /// kernels reduce them and their echelon (8 accumulators per cache line), elsewhere the scalar ones. 65521 is the
    /// largest prime of the delayed mode, 3 the smallest (most multipliers vanish mod p); 65537 and 2^31 − 1 take the
    /// corrected mode, where a lane that goes negative gets p² back.
    /// </summary>
    [TestCase(3u)]
    [TestCase(32003u)]
    [TestCase(65521u)]
    [TestCase(65537u)]
    [TestCase(2147483647u)]
    public void BlocksOfDenseRowsAgreeWithDenseElimination(uint p)
    {
        var rng = new Random((int)p);
        var reducer = new SparseRowReducer(new PrimeField(p));
        for (int trial = 0; trial < 4; trial++)
            CheckAgainstDense(reducer, rng, p, 1, rng.Next(50, 200), rng.Next(5, 80), 8 * rng.Next(1, 6) + rng.Next(0, 8), 0.6,
                $"trial {trial}", pivotDensity: 0.5);
        reducer.Release();
    }

    /// <summary>
    /// Pivot rows of a few entries among hundreds of columns (under one per 64 columns on average), as in the graph
    /// ideals' F4 steps: the reduction then walks only the columns it has marked, rows and fill-in alike.
    /// </summary>
    [TestCase(7u, 1)]
    [TestCase(32003u, 2)]
    [TestCase(2147483647u, 1)]
    [TestCase(2147483629u, 2)]
    public void AgreesWithDenseEliminationOnVerySparseMatrices(uint p, int threads)
    {
        var rng = new Random((int)(p % 997) + 10 * threads);
        var reducer = new SparseRowReducer(new PrimeField(p));
        for (int trial = 0; trial < 12; trial++)
            CheckAgainstDense(reducer, rng, p, threads, rng.Next(100, 400), rng.Next(64, 300), rng.Next(1, 40), 0.01, $"trial {trial}", pivotDensity: 0.004);
        reducer.Release();
    }

    private static void CheckAgainstDense(SparseRowReducer reducer, Random rng, uint p, int threads, int nA, int others, int count, double density, string what,
        double pivotDensity = 0.3)
    {
        int columns = nA + others;
        var pivots = new SparseRow[nA];
        for (int c = 0; c < nA; c++) pivots[c] = RandomRow(rng, p, c, columns, leadingOne: true, density: pivotDensity);
        var rows = new List<SparseRow>();
        for (int i = 0; i < count; i++) rows.Add(RandomRow(rng, p, 0, columns, leadingOne: false, density: density));
        // A row in the span of the pivots, which reduces to zero.
        if (nA > 0) rows.Add(pivots[rng.Next(nA)]);

        var expectedRemainder = new List<ulong[]>();
        foreach (var r in rows)
        {
            var d = Dense(r, columns);
            for (int c = 0; c < nA; c++)
                if (d[c] != 0) Subtract(d, Dense(pivots[c], columns), d[c], p);
            if (d.Skip(nA).Any(v => v != 0)) expectedRemainder.Add(d.Skip(nA).ToArray());
        }
        var remainder = reducer.ReduceByPivots(pivots, rows, columns, threads, CancellationToken.None);
        Assert.That(remainder.Select(r => Dense(r, others)), Is.EqualTo(expectedRemainder), what + ": remainders");

        var expectedEchelon = ReducedEchelon(expectedRemainder, others, p);
        var echelon = reducer.Echelon(remainder, others, CancellationToken.None);
        Assert.That(echelon.Select(r => Dense(r, others)), Is.EqualTo(expectedEchelon), what + ": echelon");

        var expectedPivots = pivots.Select(r => Dense(r, columns)).ToArray();
        for (int c = nA - 1; c >= 0; c--)
            for (int j = c + 1; j < nA; j++)
                if (expectedPivots[c][j] != 0) Subtract(expectedPivots[c], expectedPivots[j], expectedPivots[c][j], p);
        reducer.FullyReducePivots(pivots, columns, CancellationToken.None);
        Assert.That(pivots.Select(r => Dense(r, columns)), Is.EqualTo(expectedPivots), what + ": inter-reduced pivots");
    }

    private static SparseRow RandomRow(Random rng, uint p, int lead, int columns, bool leadingOne, double density)
    {
        var entries = new List<(int, uint)>();
        if (leadingOne) entries.Add((lead, 1));
        for (int c = leadingOne ? lead + 1 : lead; c < columns; c++)
            if (rng.NextDouble() < density)
                entries.Add((c, rng.Next(4) == 0 ? p - 1 : (uint)rng.NextInt64(1, p)));
        return Row(entries.ToArray());
    }

    private static ulong[] Dense(SparseRow row, int columns)
    {
        var d = new ulong[columns];
        for (int k = 0; k < row.Length; k++) d[row.Columns[k]] = row.Coefficients[k];
        return d;
    }

    /// <summary>d −= x·row mod p, entries in [0, p).</summary>
    private static void Subtract(ulong[] d, ulong[] row, ulong x, uint p)
    {
        for (int j = 0; j < d.Length; j++) d[j] = (d[j] + p - x * row[j] % p) % p;
    }

    /// <summary>Gauss–Jordan mod p: the nonzero rows of the reduced row echelon form, by increasing pivot column.</summary>
    private static List<ulong[]> ReducedEchelon(List<ulong[]> rows, int columns, uint p)
    {
        var m = rows.Select(r => (ulong[])r.Clone()).ToList();
        var result = new List<ulong[]>();
        for (int c = 0; c < columns; c++)
        {
            int at = m.FindIndex(r => r[c] != 0);
            if (at < 0) continue;
            var pivot = m[at];
            m.RemoveAt(at);
            ulong inv = (ulong)System.Numerics.BigInteger.ModPow(pivot[c], p - 2, p);
            for (int j = 0; j < columns; j++) pivot[j] = pivot[j] * inv % p;
            foreach (var r in m.Concat(result))
                if (r[c] != 0) Subtract(r, pivot, r[c], p);
            result.Add(pivot);
        }
        return result;
    }
}
