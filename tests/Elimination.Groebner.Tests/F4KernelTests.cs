using Elimination.Core.Fields;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Monomials;
using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

/// <summary>
/// Hand-built tests of the F4 kernels (mathicgb style): each input is small enough that the
/// expected output was worked out on paper, and the comment next to it shows the arithmetic.
/// The sparse linear algebra F4 calls has its own tests in Core (SparseRowReducerTests).
/// </summary>
public class F4KernelTests
{
    /// <summary>The row's (column, coefficient) pairs.</summary>
    private static (int, uint)[] Entries(SparseRow row) => row.Columns.Zip(row.Coefficients).ToArray();

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
        Assert.That(Entries(m.Pivots[0]), Is.EqualTo(new (int, uint)[] { (0, 1), (1, p - 1) }), "y·g0");
        Assert.That(Entries(m.Pivots[1]), Is.EqualTo(new (int, uint)[] { (1, 1), (3, p - 1) }), "g1");
        Assert.That(m.ToReduce, Has.Count.EqualTo(1));
        Assert.That(Entries(m.ToReduce[0]), Is.EqualTo(new (int, uint)[] { (0, 1), (2, 1) }), "f");

        var reducer = new SparseRowReducer(new PrimeField(p));
        var remainder = reducer.ReduceByPivots(m.Pivots, m.ToReduce, m.Columns, 1, CancellationToken.None);
        reducer.Release();
        Assert.That(remainder, Has.Count.EqualTo(1));
        Assert.That(Entries(remainder[0]), Is.EqualTo(new (int, uint)[] { (0, 1), (1, 1) }), "x + 1");
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
        pairs.DropRedundantPairs(basis, table, 0);
        var taken = new List<F4Pair>();
        pairs.TakeWithSugar(3, taken);
        Assert.That(pairs.Count, Is.Zero, "every pair has sugar 3");
        Assert.That(taken, Has.Count.EqualTo(2));
        Assert.That(taken.Select(q => q.Lcm), Is.All.EqualTo(xyz));
        Assert.That(taken.SelectMany(q => new[] { q.I, q.J }).Distinct().OrderBy(i => i), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(taken, Does.Contain(new F4Pair(0, 1, xyz, 3, table.Mask(xyz))), "the old pair stays");
        Assert.That(basis.Redundant, Is.All.False);
        table.Release();
    }

    /// <summary>
    /// Pruning the older pairs once per step, for all its new elements, leaves the pairs that pruning after each
    /// installation leaves (a pair is tested against every element installed after it was formed): seeded random
    /// leading monomials in four variables, installed in batches of random size.
    /// </summary>
    [Test]
    public void PruningOncePerStepEqualsPruningPerElement([Range(1, 20)] int seed)
    {
        var rng = new Random(seed);
        var table = new MonomialTable(4, PackedMonomial.Words(4));
        var leads = Enumerable.Range(0, 12 + rng.Next(10))
            .Select(_ => Monomial(table, rng.Next(4), rng.Next(4), rng.Next(3), rng.Next(3))).Where(m => m != table.One).ToList();
        List<F4Pair> Run(bool perElement)
        {
            var basis = new F4Basis();
            var pairs = new PairSet();
            var r = new Random(seed);
            for (int at = 0; at < leads.Count;)
            {
                int firstNew = basis.Count, batch = 1 + r.Next(4);
                for (int k = 0; k < batch && at < leads.Count; k++, at++)
                {
                    int before = basis.Count;
                    pairs.Update(basis, table, basis.Add(new[] { leads[at] }, new[] { 1u }, table.Degree(leads[at])));
                    if (perElement) pairs.DropRedundantPairs(basis, table, before);
                }
                if (!perElement) pairs.DropRedundantPairs(basis, table, firstNew);
            }
            var all = new List<F4Pair>();
            for (int s = 0; s <= 20; s++) pairs.TakeWithSugar(s, all);
            return all;
        }
        Assert.That(Run(perElement: false), Is.EquivalentTo(Run(perElement: true)), $"seed {seed}");
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
        Assert.That(before, Is.EqualTo(new[] { new F4Pair(0, 1, x2y2z, 5, table.Mask(x2y2z)) }));

        pairs = new PairSet();
        basis = new F4Basis();
        foreach (int lead in new[] { x2y, y2z, xyz })
            pairs.Update(basis, table, basis.Add(new[] { lead }, new[] { 1u }, 3));
        pairs.DropRedundantPairs(basis, table, 0);
        var taken = new List<F4Pair>();
        pairs.TakeWithSugar(5, taken);
        Assert.That(taken, Is.Empty, "the pair at x²y²z is gone");
        pairs.TakeWithSugar(4, taken);
        Assert.That(taken, Is.EquivalentTo(new[] { new F4Pair(0, 2, x2yz, 4, table.Mask(x2yz)), new F4Pair(1, 2, xy2z, 4, table.Mask(xy2z)) }));
        Assert.That(pairs.Count, Is.Zero);
        table.Release();
    }

    /// <summary>
    /// The chunked, prefetching lookups of a row's products give the ids one-at-a-time lookups give; read-only, they
    /// answer −1 for products not in the table and insert nothing. Rows of 1 to 100 terms cross the chunk boundary.
    /// </summary>
    [Test]
    public void ProductsOfARowAreTheIdsOfOneAtATimeLookups([Range(1, 5)] int seed)
    {
        var rng = new Random(seed);
        const int n = 5;
        var table = new MonomialTable(n, PackedMonomial.Words(n));
        var known = Enumerable.Range(0, 400).Select(_ => Monomial(table, Enumerable.Range(0, n).Select(_ => rng.Next(4)).ToArray())).ToList();
        for (int trial = 0; trial < 50; trial++)
        {
            var row = Enumerable.Range(0, 1 + rng.Next(100)).Select(_ => known[rng.Next(known.Count)]).Distinct().ToArray();
            var u = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
            var e = new int[n];
            PackedMonomial.Unpack(table.Get(row[0]), e);
            int lead = Monomial(table, e.Zip(u, (a, b) => a + b).ToArray());
            var multiplier = new ulong[table.Words];
            ulong hash = table.Quotient(lead, row[0], multiplier);

            int before = table.Count;
            var found = new int[row.Length];
            table.InsertProducts(multiplier, hash, table.PackTerms(row), found, insert: false);
            Assert.That(table.Count, Is.EqualTo(before), "a read-only lookup inserted");

            var expected = row.Select(b => table.InsertProduct(multiplier, hash, b)).ToArray();
            for (int k = 0; k < row.Length; k++)
                Assert.That(found[k], Is.EqualTo(expected[k] < before ? expected[k] : -1), $"read-only lookup of product {k}");
            var ids = new int[row.Length];
            table.InsertProducts(multiplier, hash, table.PackTerms(row), ids);
            Assert.That(ids, Is.EqualTo(expected));
        }
        table.Release();
    }

    /// <summary>
    /// The closure built in parallel waves (every wave on two threads here) is the matrix built on one thread: the same
    /// columns in the same order, the same pivot rows and rows to reduce. Random basis of 6 dense polynomials in 4
    /// variables, 30 random multiples of them to reduce.
    /// </summary>
    [Test]
    public void ParallelWavesBuildTheSameMatrix([Range(1, 5)] int seed)
    {
        MacaulayMatrix Build(int threads, out MonomialTable table)
        {
            var rng = new Random(seed);
            const int n = 4;
            uint p = 32003;
            table = new MonomialTable(n, PackedMonomial.Words(n));
            var t = table;
            int Random(int maxExponent) => Monomial(t, Enumerable.Range(0, n).Select(_ => rng.Next(maxExponent + 1)).ToArray());
            var order = new GrevlexOrder(n);
            var comparer = new DecreasingMonomialComparer(table, order);
            var basis = new F4Basis();
            for (int g = 0; g < 6; g++)
            {
                var ids = Enumerable.Range(0, 25).Select(_ => Random(3)).Distinct().ToList();
                ids.Sort(comparer);
                basis.Add(ids.ToArray(), ids.Select((_, k) => k == 0 ? 1u : 1 + (uint)rng.Next((int)p - 1)).ToArray(), table.Degree(ids[0]));
            }
            var symbolic = new SymbolicPreprocessing(table, order, basis) { Threads = threads, ParallelTerms = 0 };
            symbolic.Begin();
            for (int r = 0; r < 30; r++)
            {
                int g = rng.Next(basis.Count);
                var e = new int[n];
                PackedMonomial.Unpack(table.Get(basis.Leading[g]), e);
                for (int v = 0; v < n; v++) e[v] += rng.Next(3);
                symbolic.AddToReduce(Monomial(table, e), g);
            }
            var m = symbolic.Close();
            symbolic.Release();
            return m;
        }
        var one = Build(1, out var t1);
        var two = Build(2, out var t2);
        Assert.That(two.Columns, Is.EqualTo(one.Columns));
        Assert.That(one.PivotColumns, Is.GreaterThan(30), "the closure added reducers");
        for (int c = 0; c < one.Columns; c++)
            Assert.That(t2.Get(two.ColumnMonomial[c]).ToArray(), Is.EqualTo(t1.Get(one.ColumnMonomial[c]).ToArray()), $"column {c}");
        Assert.That(two.PivotOrigin, Is.EqualTo(one.PivotOrigin));
        for (int c = 0; c < one.PivotColumns; c++) Assert.That(Entries(two.Pivots[c]), Is.EqualTo(Entries(one.Pivots[c])), $"pivot {c}");
        Assert.That(two.ToReduce.Select(Entries), Is.EqualTo(one.ToReduce.Select(Entries)));
        t1.Release();
        t2.Release();
    }
}
