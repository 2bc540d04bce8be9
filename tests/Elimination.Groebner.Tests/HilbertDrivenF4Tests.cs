using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

/// <summary>
/// Hilbert-driven F4 (<see cref="HilbertDriver"/>): the truncated weighted numerator of a monomial ideal against
/// counting standard monomials, Bayer–Stillman insertion against the pivot recursion, and graph ideals
/// y_i − φ_i(θ) (whose series is known: k[θ, y]/J ≅ k[θ]) giving the same reduced basis with the driver as without.
/// </summary>
public class HilbertDrivenF4Tests
{
    private static (int[] Gens, int Count, int[] Weights) RandomMonomialIdeal(int seed)
    {
        var rng = new Random(seed);
        int n = 2 + rng.Next(4), count = 1 + rng.Next(9);
        var weights = Enumerable.Range(0, n).Select(_ => 1 + rng.Next(3)).ToArray();
        var gens = new int[count * n];
        for (int g = 0; g < count; g++)
        {
            // Sparse supports, as leading monomials have, with now and then a pure power or a repeat.
            for (int v = 0; v < n; v++) gens[g * n + v] = rng.Next(3) == 0 ? 0 : rng.Next(5);
            if (seed % 3 == 0 && g > 0 && rng.Next(4) == 0) Array.Copy(gens, (g - 1) * n, gens, g * n, n);
        }
        return (gens, count, weights);
    }

    /// <summary>HF by enumeration of every monomial of weighted degree &lt; bound, times ∏(1 − t^w), mod t^bound.</summary>
    private static long[] BruteForceNumerator(int[] gens, int count, int[] weights, int bound)
    {
        int n = weights.Length;
        var hf = new long[bound];
        var e = new int[n];
        void Enumerate(int v, int degree)
        {
            if (v == n)
            {
                for (int g = 0; g < count; g++)
                {
                    bool divides = true;
                    for (int u = 0; u < n && divides; u++) divides = gens[g * n + u] <= e[u];
                    if (divides) return;
                }
                hf[degree]++;
                return;
            }
            for (e[v] = 0; degree + e[v] * weights[v] < bound; e[v]++) Enumerate(v + 1, degree + e[v] * weights[v]);
            e[v] = 0;
        }
        Enumerate(0, 0);
        foreach (int w in weights)
            for (int j = bound - 1; j >= w; j--) hf[j] -= hf[j - w];
        return hf;
    }

    private static long[] ByInsertion(int[] gens, int count, int[] weights, int bound)
    {
        int n = weights.Length, stride = HilbertNumerator.Stride(n);
        var padded = new int[Math.Max(1, count * stride)];
        for (int g = 0; g < count; g++) Array.Copy(gens, g * n, padded, g * stride, n);
        var numerator = new long[bound];
        numerator[0] = 1;
        for (int g = 0; g < count; g++)
            HilbertNumerator.Insert(padded, g, padded.AsSpan(g * stride, n), weights, numerator, bound);
        return numerator;
    }

    [Test]
    public void NumeratorCountsTheStandardMonomials([Range(1, 24)] int seed)
    {
        var (gens, count, weights) = RandomMonomialIdeal(seed);
        foreach (int bound in new[] { 1, 5, 14 })
        {
            var expected = BruteForceNumerator(gens, count, weights, bound);
            Assert.That(HilbertNumerator.Compute(gens, count, weights, bound), Is.EqualTo(expected), $"pivot recursion, bound {bound}");
            Assert.That(ByInsertion(gens, count, weights, bound), Is.EqualTo(expected), $"insertion, bound {bound}");
        }
    }

    [Test]
    public void NumeratorOfACompleteIntersectionIsTheProduct()
    {
        // x^2, y^3, z (pairwise coprime), weights 1, 2, 3: (1 − t^2)(1 − t^6)(1 − t^3), and the empty ideal: 1.
        var weights = new[] { 1, 2, 3 };
        var gens = new[] { 2, 0, 0, 0, 3, 0, 0, 0, 1 };
        var expected = new long[12];
        expected[0] = 1; expected[2] = -1; expected[3] = -1; expected[5] = 1; expected[6] = -1; expected[8] = 1; expected[9] = 1; expected[11] = -1;
        Assert.That(HilbertNumerator.Compute(gens, 3, weights, 12), Is.EqualTo(expected));
        Assert.That(ByInsertion(gens, 3, weights, 12), Is.EqualTo(expected));
        Assert.That(HilbertNumerator.Compute(gens, 0, weights, 4), Is.EqualTo(new long[] { 1, 0, 0, 0 }));
    }

    /// <summary>The series of a graph ideal y_i − φ_i(θ): numerator ∏(1 − t^{w(y_i)}) with the sugar weights.</summary>
    private static HilbertTarget GraphSeries(List<Polynomial<uint, PrimeField>> graph)
    {
        var order = graph[0].Ring.Order;
        var weights = SugarWeights.Find(order, graph) ?? Enumerable.Repeat(1, order.Variables).ToArray();
        var numerator = new long[weights.Sum() + 1];
        numerator[0] = 1;
        foreach (int v in order.Blocks[1])
            for (int j = numerator.Length - 1; j >= weights[v]; j--) numerator[j] -= numerator[j - weights[v]];
        return new HilbertTarget(weights, numerator);
    }

    private static List<Polynomial<uint, PrimeField>> System(string name)
    {
        var file = Elimination.Core.IO.SystemFile.Load(TestSystems.Path(name));
        var ring = new PolynomialRing<uint, PrimeField>(file.Field.PrimeField(), file.Variables,
            BlockOrder.Elimination(file.Variables.Count, file.Eliminate.Select(v => file.Variables.ToList().IndexOf(v))));
        return file.Parse(ring);
    }

    /// <summary>y_i − f_i(θ), f_i random homogeneous in θ of degree 1–3 each (the weights differ per y).</summary>
    private static List<Polynomial<uint, PrimeField>> RandomGraph(int seed)
    {
        var rng = new Random(seed);
        int nt = 2 + rng.Next(3), ny = 2 + rng.Next(3);
        var names = Enumerable.Range(0, nt).Select(i => "t" + i).Concat(Enumerable.Range(0, ny).Select(i => "y" + i)).ToArray();
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), names, BlockOrder.Elimination(nt + ny, Enumerable.Range(0, nt)));
        var polys = new List<Polynomial<uint, PrimeField>>();
        for (int i = 0; i < ny; i++)
        {
            int degree = 1 + rng.Next(3);
            var terms = new List<(uint, int[])>();
            var y = new int[nt + ny];
            y[nt + i] = 1;
            terms.Add((1u, y));
            for (int t = 0; t < 1 + rng.Next(4); t++)
            {
                var e = new int[nt + ny];
                for (int k = 0; k < degree; k++) e[rng.Next(nt)]++;
                terms.Add(((uint)rng.Next(1, 32003), e));
            }
            polys.Add(Polynomial<uint, PrimeField>.FromTerms(ring, terms));
        }
        return polys;
    }

    private static (List<Polynomial<uint, PrimeField>> Basis, int Skipped) Run(List<Polynomial<uint, PrimeField>> polys, GroebnerOptions options)
    {
        var run = new F4Computation(polys[0].Ring, options);
        var basis = run.Run(polys);
        return (basis, run.SkippedDegrees);
    }

    private static List<Polynomial<uint, PrimeField>> FreeOfFirstBlock(IEnumerable<Polynomial<uint, PrimeField>> basis, MonomialOrder order) =>
        basis.Where(g => Enumerable.Range(0, g.Length).All(k => order.Blocks[0].All(v => PackedMonomial.Exponent(g.MonomialAt(k), v) == 0))).ToList();

    [TestCase("mlp-2-1-1-r4-gf32003")]
    [TestCase("mlp-2-2-1-1-r2-gf32003")]
    [TestCase("mlp-2-2-1-r3-gf32003")]
    [TestCase("mlp-2-2-2-r2-gf32003")]
    [TestCase("mlp-3-2-1-r2-gf32003")]
    public void GraphOfAnMlpHasTheSameBasisHilbertDriven(string system)
    {
        var polys = System(system);
        var plain = Run(polys, new GroebnerOptions { Threads = 1 });
        var driven = Run(polys, new GroebnerOptions { Threads = 1, Hilbert = GraphSeries(polys) });
        Assert.That(plain.Skipped, Is.Zero);
        Assert.That(driven.Skipped, Is.GreaterThan(0), "the series ends the run before the pairs run out");
        Assert.That(driven.Basis.Select(g => g.ToString()), Is.EqualTo(plain.Basis.Select(g => g.ToString())));
        // Only the elimination ideal: the θ-free part of the same reduced basis, inter-reduced by itself alone.
        var eliminated = Run(polys, new GroebnerOptions { Threads = 1, Hilbert = GraphSeries(polys), OnlyEliminationIdeal = true }).Basis;
        var order = polys[0].Ring.Order;
        Assert.That(eliminated.Select(g => g.ToString()), Is.EqualTo(FreeOfFirstBlock(plain.Basis, order).Select(g => g.ToString())));
    }

    [Test]
    public void RandomGraphIdealsHaveTheSameBasisHilbertDriven([Range(1, 16)] int seed)
    {
        var polys = RandomGraph(seed);
        var plain = new F4Engine().ComputePrime(polys, new GroebnerOptions { Threads = 1 }).Basis;
        var driven = new F4Engine().ComputePrime(polys, new GroebnerOptions { Threads = 1, Hilbert = GraphSeries(polys) }).Basis;
        var eliminated = new F4Engine().ComputePrime(polys, new GroebnerOptions { Threads = 1, Hilbert = GraphSeries(polys), OnlyEliminationIdeal = true }).Basis;
        string context = $"seed {seed}: " + string.Join("; ", polys);
        Assert.That(driven.Select(g => g.ToString()), Is.EqualTo(plain.Select(g => g.ToString())), context);
        Assert.That(eliminated.Select(g => g.ToString()), Is.EqualTo(FreeOfFirstBlock(plain, polys[0].Ring.Order).Select(g => g.ToString())), context);
    }

    [Test]
    public void AWrongSeriesIsCaught()
    {
        // A graph told it has the series with one coordinate too few: (1 − t^D)^(m−1) claims one standard monomial
        // more in degree D than the m inputs leave, which the driver must notice (not skip on a wrong count).
        var polys = System("mlp-2-2-1-r3-gf32003");
        var right = GraphSeries(polys);
        var wrong = new long[right.Numerator.Count];
        wrong[0] = 1;
        int w = right.Weights[^1];
        foreach (int v in polys[0].Ring.Order.Blocks[1].Skip(1))
            for (int j = wrong.Length - 1; j >= w; j--) wrong[j] -= wrong[j - w];
        Assert.Throws<InvalidOperationException>(() => Run(polys, new GroebnerOptions { Threads = 1, Hilbert = new HilbertTarget(right.Weights, wrong) }));
    }

    [Test]
    public void ASeriesForOtherWeightsIsIgnored()
    {
        var polys = System("mlp-2-2-1-1-r2-gf32003");
        var right = GraphSeries(polys);
        var ones = new HilbertTarget(Enumerable.Repeat(1, right.Weights.Count).ToArray(), right.Numerator);
        var (basis, skipped) = Run(polys, new GroebnerOptions { Threads = 1, Hilbert = ones });
        Assert.That(skipped, Is.Zero);
        Assert.That(basis.Select(g => g.ToString()), Is.EqualTo(Run(polys, new GroebnerOptions { Threads = 1 }).Basis.Select(g => g.ToString())));
    }

    /// <summary>The modular engine keeps neither for its primes: over ℚ it returns the whole reduced basis, as without.</summary>
    [Test]
    public void TheModularEngineDoesNotPassThemOn()
    {
        var (ring, polys) = TestSystems.Rationals("mlp-2-2-1-1-r2-qq");
        var eliminating = new PolynomialRing<Rational, RationalField>(ring.Field, ring.Variables,
            BlockOrder.Elimination(ring.VariableCount, Enumerable.Range(0, 7)));
        var graph = polys.Select(f => Rings.Map(f, eliminating)).ToList();
        var modularSeries = GraphSeries(System("mlp-2-2-1-1-r2-gf32003"));
        var plain = new Modular.ModularEngine { Seed = 1 }.Compute(graph, new GroebnerOptions { Threads = 1 }).Basis;
        var asked = new Modular.ModularEngine { Seed = 1 }.Compute(graph,
            new GroebnerOptions { Threads = 1, Hilbert = modularSeries, OnlyEliminationIdeal = true }).Basis;
        Assert.That(asked.Select(g => g.ToString()), Is.EqualTo(plain.Select(g => g.ToString())));
        Assert.That(asked.Any(g => Enumerable.Range(0, g.Length).Any(k => eliminating.Order.Blocks[0].Any(v => PackedMonomial.Exponent(g.MonomialAt(k), v) != 0))),
            Is.True, "elements with parameters are there");
    }
}
