using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

/// <summary>F4's block-order paths: weighted sugar for implicitisation systems and the key-based column sort.</summary>
public class F4BlockOrderTests
{
    private static PolynomialRing<uint, PrimeField> EliminationRing(Elimination.Core.IO.SystemFile file) =>
        new(file.Field.PrimeField(), file.Variables,
            BlockOrder.Elimination(file.Variables.Count, file.Eliminate.Select(v => file.Variables.ToList().IndexOf(v))));

    [Test]
    public void SugarWeightsOfAnImplicitisationSystem()
    {
        var file = Elimination.Core.IO.SystemFile.Load(TestSystems.Path("mlp-3-3-1-r2-gf32003"));
        var polys = file.Parse(EliminationRing(file));
        var weights = SugarWeights.Find(polys[0].Ring.Order, polys);
        // 12 network weights (eliminated) of weight 1, six outputs y_i = cubic in them: weight 3.
        Assert.That(weights, Is.EqualTo(Enumerable.Repeat(1, 12).Concat(Enumerable.Repeat(3, 6)).ToArray()));
        var grevlex = file.Parse(file.Ring<uint, PrimeField>(file.Field.PrimeField()));
        Assert.That(SugarWeights.Find(grevlex[0].Ring.Order, grevlex), Is.Null, "grevlex keeps total degree");
    }

    /// <summary>
    /// Seed 80473 of the Singular differential tests: direct F4 in elim(x1,x2) let the x3-degree of
    /// the reducers' tails grow past the 16-bit exponents; through the homogenised ideal it finishes.
    /// </summary>
    [Test]
    public void InhomogeneousBlockOrderInputGoesThroughTheHomogenisedIdeal()
    {
        var field = new PrimeField(2147483647);
        var ring = new PolynomialRing<uint, PrimeField>(field, new[] { "x1", "x2", "x3" }, BlockOrder.Elimination(3, new[] { 0, 1 }));
        var polys = new[]
        {
            "3*x2^2*x3^2 - 546269738171*x1*x3^3 + 8*x1^2 - 7*x1^2*x3^2 + 184634226857*x2*x3",
            "-9*x1^2*x3^2 + 5*x1^3*x3 - 456698481444*x1*x2 - 217692031263*x2^2*x3 + 3*x1*x3 + 2*x1*x2^2 + 371373387067*x2",
            "-3*x1^2*x2^2 - 8*x3 - 9*x1*x3 + 9*x1^3 - 4*x1*x2^2*x3 - 7*x1*x2",
        }.Select(ring.Parse).ToList();
        Assert.That(Homogenization.Applies(ring.Order, polys), Is.True);
        var f4 = new F4Engine().Compute(polys).Basis;
        // Singular's std (dp(2),dp(1)): 4 elements, the first x3^37 + ….
        Assert.That(f4, Has.Count.EqualTo(4));
        Assert.That(f4[0].LeadingMonomial.ToArray(), Is.EqualTo(ring.Parse("x3^37").LeadingMonomial.ToArray()));
        Assert.That(GroebnerChecks.IsGroebnerBasis(f4), Is.True);
        foreach (var f in polys) Assert.That(Reduction.IsMember(f, f4), Is.True);
        // Buchberger overflowed here too before it also went through the homogenised ideal.
        Assert.That(ReducedBasis.AreEqual(new BuchbergerEngine().Compute(polys).Basis, f4), Is.True);
    }

    [Test]
    public void NoSugarWeightsWithoutWeightedHomogeneity()
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "a", "b", "y" }, BlockOrder.Elimination(3, new[] { 0, 1 }));
        // a^2 + b forces weight(a) = weight(b) = 1 ≠ 2; homogeneous input needs no weights either.
        Assert.That(SugarWeights.Find(ring.Order, new[] { ring.Parse("y - a^2 - b") }), Is.Null);
        Assert.That(SugarWeights.Find(ring.Order, new[] { ring.Parse("y - a - b") }), Is.Null);
        Assert.That(SugarWeights.Find(ring.Order, new[] { ring.Parse("y - a^2*b"), ring.Parse("y^2 - a^6") }), Is.EqualTo(new[] { 1, 1, 3 }));
        // A coordinate that is always zero: its generator is the monomial z, homogeneous under any weight.
        var withZero = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "a", "b", "y", "z" }, BlockOrder.Elimination(4, new[] { 0, 1 }));
        Assert.That(SugarWeights.Find(withZero.Order, new[] { withZero.Parse("y - a^2*b"), withZero.Parse("z") }), Is.EqualTo(new[] { 1, 1, 3, 1 }));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    public void RandomImplicitisationSystemsMatchBuchberger(int seed)
    {
        // y_i − f_i(θ) with f_i random homogeneous in θ: weighted sugar applies.
        var rng = new Random(seed);
        int nt = 2 + rng.Next(2), ny = 2 + rng.Next(2);
        var names = Enumerable.Range(0, nt).Select(i => "t" + i).Concat(Enumerable.Range(0, ny).Select(i => "y" + i)).ToArray();
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), names, BlockOrder.Elimination(nt + ny, Enumerable.Range(0, nt)));
        var polys = new List<Polynomial<uint, PrimeField>>();
        for (int i = 0; i < ny; i++)
        {
            int degree = 2 + rng.Next(2);
            var terms = new List<(uint, int[])>();
            var y = new int[nt + ny];
            y[nt + i] = 1;
            terms.Add((1u, y));
            for (int t = 0; t < 2 + rng.Next(2); t++)
            {
                var e = new int[nt + ny];
                for (int k = 0; k < degree; k++) e[rng.Next(nt)]++;
                terms.Add(((uint)rng.Next(1, 32003), e));
            }
            polys.Add(Polynomial<uint, PrimeField>.FromTerms(ring, terms));
        }
        Assert.That(SugarWeights.Find(ring.Order, polys), Is.Not.Null, "weights found");
        var expected = new BuchbergerEngine().Compute(polys).Basis;
        var actual = new F4Engine().Compute(polys).Basis;
        Assert.That(actual.Select(g => g.ToString()), Is.EqualTo(expected.Select(g => g.ToString())), $"seed {seed}: " + string.Join("; ", polys));
    }

    [TestCase(3, 2, 5, false)]
    [TestCase(12, 6, 4, false)]
    [TestCase(12, 6, 30000, false)]
    [TestCase(3, 2, 5, true)]
    [TestCase(12, 6, 4, true)]
    [TestCase(12, 6, 30000, true)]
    public void SorterAgreesWithTheOrder(int eliminate, int keep, int maxExponent, bool refined)
    {
        // Large exponents overflow the 128-bit key, so ties are finished by the comparer. Refined: the homogenised
        // runs' order (total degree, then the block order on all but the last variable, h).
        int n = eliminate + keep + (refined ? 1 : 0);
        var block = BlockOrder.Elimination(eliminate + keep, Enumerable.Range(0, eliminate).Reverse());
        MonomialOrder order = refined ? new DegreeRefinedOrder(block) : block;
        Assert.That(MonomialSorter.Supports(order), Is.True);
        var table = new MonomialTable(n, PackedMonomial.Words(n));
        var rng = new Random(n + maxExponent);
        var ids = new List<int>();
        var packed = new ulong[PackedMonomial.Words(n)];
        for (int i = 0; i < 2000; i++)
        {
            var e = new int[n];
            for (int v = 0; v < n; v++) e[v] = rng.Next(4) == 0 ? 0 : rng.Next(Math.Min(maxExponent, 3) + 1) * (maxExponent / Math.Min(maxExponent, 3));
            PackedMonomial.Pack(e, packed);
            int id = table.Insert(packed);
            if (!ids.Contains(id)) ids.Add(id);
        }
        var sorted = ids.ToArray();
        new MonomialSorter(table, order).SortDecreasing(sorted);
        for (int i = 1; i < sorted.Length; i++)
            Assert.That(order.Compare(table.Get(sorted[i - 1]), table.Get(sorted[i])), Is.EqualTo(1), $"position {i}");
        table.Release();
    }
}
