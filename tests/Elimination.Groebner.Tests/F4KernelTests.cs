using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

/// <summary>
/// Hand-built tests of the F4 kernels (mathicgb style): each input is small enough that the
/// expected output was worked out on paper, and the comment next to it shows the arithmetic.
/// </summary>
public class F4KernelTests
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
    public void ReducerOnAHandComputedMatrix(int threads)
    {
        var field = new PrimeField(7);
        var m = new MacaulayMatrix
        {
            ColumnMonomial = new[] { 10, 11, 12, 13, 14 },
            PivotColumns = 2,
            Pivots = new[] { Row((0, 1), (2, 2), (3, 1)), Row((1, 1), (3, 3), (4, 1)) },
            ToReduce = new List<SparseRow> { Row((0, 1), (1, 1), (2, 1)), Row((0, 2), (4, 4)), Row((1, 1), (3, 3), (4, 1)) },
        };
        var reducer = new F4Reducer(field);
        var remainder = reducer.ReduceByPivots(m, threads, CancellationToken.None);
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
        var reducer = new F4Reducer(new PrimeField(7));
        var rows = new List<SparseRow> { Row((0, 1), (1, 2), (2, 3)), Row((0, 2), (1, 4), (2, 6)), Row((1, 1), (2, 1)) };
        var echelon = reducer.Echelon(rows, 3, CancellationToken.None);
        Assert.That(echelon, Has.Count.EqualTo(2));
        AssertRow(echelon[0], Row((0, 1), (2, 1)), "first row");
        AssertRow(echelon[1], Row((1, 1), (2, 1)), "second row");
        reducer.Release();
    }

    /// <summary>
    /// Final inter-reduction over GF(7): pivots p0 = [1 3 0 2], p1 = [0 1 5 0] (column 2, 3 non-pivot).
    /// p0 − 3·p1 = [1 0 −15 2] = [1 0 6 2]; p1 has no entry in another pivot column and stays.
    /// </summary>
    [Test]
    public void FullyReducePivotsClearsOtherPivotColumns()
    {
        var m = new MacaulayMatrix
        {
            ColumnMonomial = new[] { 0, 1, 2, 3 },
            PivotColumns = 2,
            Pivots = new[] { Row((0, 1), (1, 3), (3, 2)), Row((1, 1), (2, 5)) },
            ToReduce = new List<SparseRow>(),
        };
        var reducer = new F4Reducer(new PrimeField(7));
        reducer.FullyReducePivots(m, CancellationToken.None);
        AssertRow(m.Pivots[0], Row((0, 1), (2, 6), (3, 2)), "p0");
        AssertRow(m.Pivots[1], Row((1, 1), (2, 5)), "p1");
        reducer.Release();
    }

    private static int Monomial(MonomialTable table, params int[] exponents)
    {
        Span<ulong> packed = stackalloc ulong[table.Words];
        PackedMonomial.Pack(exponents, packed);
        return table.Insert(packed);
    }

    /// <summary>
    /// GF(32003)[x,y], grevlex. Basis g0 = x² − y, g1 = y² − 1; the row to reduce f = x²y + x.
    /// Closing: x²y is divisible by x² → reducer y·g0 = x²y − y²; y² → reducer g1 = y² − 1;
    /// x and 1 have no divisor. Columns: pivots x²y, y² (decreasing), then x, 1.
    /// Reducing: f − y·g0 − g1 = x + 1, i.e. (1, 1) on the non-pivot columns.
    /// </summary>
    [Test]
    public void SymbolicPreprocessingCloseAddsEveryReducer()
    {
        const uint p = 32003;
        var table = new MonomialTable(2, PackedMonomial.Words(2));
        int x2 = Monomial(table, 2, 0), y = Monomial(table, 0, 1), y2 = Monomial(table, 0, 2), one = table.One;
        int x2y = Monomial(table, 2, 1), x = Monomial(table, 1, 0);
        var basis = new F4Basis();
        basis.Add(new[] { x2, y }, new[] { 1u, p - 1 }, 2);
        basis.Add(new[] { y2, one }, new[] { 1u, p - 1 }, 2);

        var symbolic = new SymbolicPreprocessing(table, new GrevlexOrder(2), basis);
        symbolic.Begin();
        symbolic.AddToReduce(new[] { x2y, x }, new[] { 1u, 1u });
        var m = symbolic.Close();
        symbolic.Release();

        Assert.That(m.ColumnMonomial, Is.EqualTo(new[] { x2y, y2, x, one }));
        Assert.That(m.PivotColumns, Is.EqualTo(2));
        AssertRow(m.Pivots[0], Row((0, 1), (1, p - 1)), "y·g0");
        AssertRow(m.Pivots[1], Row((1, 1), (3, p - 1)), "g1");
        Assert.That(m.ToReduce, Has.Count.EqualTo(1));
        AssertRow(m.ToReduce[0], Row((0, 1), (2, 1)), "f");

        var reducer = new F4Reducer(new PrimeField(p));
        var remainder = reducer.ReduceByPivots(m, 1, CancellationToken.None);
        reducer.Release();
        Assert.That(remainder, Has.Count.EqualTo(1));
        AssertRow(remainder[0], Row((0, 1), (1, 1)), "x + 1");
        table.Release();
    }

    /// <summary>
    /// Gebauer–Möller on the equal-lcm triangle: leading monomials xy, yz, xz in GF(p)[x,y,z]; all
    /// three lcms are xyz. Installing xy and yz gives the pair (0,1). Installing xz: of the new pairs
    /// (0,2) and (1,2) with the same lcm only one survives (chain criterion), and the old pair (0,1)
    /// stays, since lcm(xy, xz) = xyz is not strictly below its lcm. Two pairs remain, both at xyz,
    /// and together they connect all three elements (so every S-polynomial of the triangle follows).
    /// </summary>
    [Test]
    public void GebauerMoellerKeepsOnePairPerEqualLcmTriangle()
    {
        var table = new MonomialTable(3, PackedMonomial.Words(3));
        int xy = Monomial(table, 1, 1, 0), yz = Monomial(table, 0, 1, 1), xz = Monomial(table, 1, 0, 1);
        int xyz = Monomial(table, 1, 1, 1);
        var basis = new F4Basis();
        var pairs = new PairSet();
        foreach (int lead in new[] { xy, yz, xz })
        {
            int t = basis.Add(new[] { lead }, new[] { 1u }, 2);
            pairs.Update(basis, table, t);
        }
        var taken = new List<F4Pair>();
        pairs.TakeWithSugar(3, taken);
        Assert.That(pairs.Count, Is.Zero, "every pair has sugar 3");
        Assert.That(taken, Has.Count.EqualTo(2));
        Assert.That(taken.Select(q => q.Lcm), Is.All.EqualTo(xyz));
        Assert.That(taken.SelectMany(q => new[] { q.I, q.J }).Distinct().OrderBy(i => i), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(taken, Does.Contain(new F4Pair(0, 1, xyz, 3)), "the old pair stays");
        Assert.That(basis.Redundant, Is.All.False);
        table.Release();
    }

    /// <summary>
    /// Gebauer–Möller's removal of an old pair: leading monomials x²y and y²z give the pair (0,1) at
    /// x²y²z. Installing xyz: it divides x²y²z, and both lcm(x²y, xyz) = x²yz and lcm(y²z, xyz) = xy²z
    /// are strictly smaller (degree 4 against 5), so (0,1) goes; the new pairs (0,2) and (1,2) have
    /// lcms that do not divide each other, so both stay, with sugar 3 + 4 − 3 = 4.
    /// </summary>
    [Test]
    public void GebauerMoellerRemovesAnOldPairWhoseLcmIsStrictlyCovered()
    {
        var table = new MonomialTable(3, PackedMonomial.Words(3));
        int x2y = Monomial(table, 2, 1, 0), y2z = Monomial(table, 0, 2, 1), xyz = Monomial(table, 1, 1, 1);
        int x2yz = Monomial(table, 2, 1, 1), xy2z = Monomial(table, 1, 2, 1), x2y2z = Monomial(table, 2, 2, 1);
        var basis = new F4Basis();
        var pairs = new PairSet();
        pairs.Update(basis, table, basis.Add(new[] { x2y }, new[] { 1u }, 3));
        pairs.Update(basis, table, basis.Add(new[] { y2z }, new[] { 1u }, 3));
        var before = new List<F4Pair>();
        pairs.TakeWithSugar(5, before);
        Assert.That(before, Is.EqualTo(new[] { new F4Pair(0, 1, x2y2z, 5) }));

        pairs = new PairSet();
        basis = new F4Basis();
        foreach (int lead in new[] { x2y, y2z, xyz })
            pairs.Update(basis, table, basis.Add(new[] { lead }, new[] { 1u }, 3));
        var taken = new List<F4Pair>();
        pairs.TakeWithSugar(5, taken);
        Assert.That(taken, Is.Empty, "the pair at x²y²z is gone");
        pairs.TakeWithSugar(4, taken);
        Assert.That(taken, Is.EquivalentTo(new[] { new F4Pair(0, 2, x2yz, 4), new F4Pair(1, 2, xy2z, 4) }));
        Assert.That(pairs.Count, Is.Zero);
        table.Release();
    }
}
