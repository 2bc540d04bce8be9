using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

/// <summary>
/// F4 with Faugère's Simplify (<see cref="GroebnerOptions.Simplify"/>): the reducers it takes from earlier steps'
/// reduced rows change every matrix after the first, never the reduced basis.
/// </summary>
public class F4SimplifyTests
{
    private static readonly F4Engine F4 = new();

    private static void AssertSameWithSimplify(List<Polynomial<uint, PrimeField>> polys, string what)
    {
        var plain = F4.Compute(polys, new GroebnerOptions { Threads = 1 });
        var simplified = F4.Compute(polys, new GroebnerOptions { Threads = 1, Simplify = true });
        TestContext.Out.WriteLine($"{what}: {plain.Basis.Count} elements; largest matrix {plain.Statistics.LargestMatrixRows}x{plain.Statistics.LargestMatrixColumns} " +
                                  $"-> {simplified.Statistics.LargestMatrixRows}x{simplified.Statistics.LargestMatrixColumns} with Simplify");
        Assert.That(simplified.Basis.Select(g => g.ToString()), Is.EqualTo(plain.Basis.Select(g => g.ToString())), what);
        Assert.That(ReducedBasis.AreEqual(plain.Basis, simplified.Basis), Is.True, what);
        Assert.That(simplified.Statistics.PhaseSeconds.ContainsKey("simplify"), Is.True, $"{what}: Simplify did not run");
    }

    [TestCase("cyclic5-gf32003", null)]
    [TestCase("cyclic6-gf32003", null)]
    [TestCase("katsura6-gf32003", null)]
    [TestCase("katsura7-gf32003", null)]
    [TestCase("katsura5-gf32003", "lex")]
    [TestCase("cyclic5-gf32003", "weighted(1,2,3,4,5)")]
    [TestCase("katsura5-gf32003", "elim(x0,x1)")]
    public void ClassicSystemsGiveTheSameBasis(string name, string? order)
    {
        var (_, polys) = TestSystems.Modular(name, order);
        AssertSameWithSimplify(polys, $"{name} {order ?? "grevlex"}");
    }

    [Test]
    public void EliminationOfANetworkGivesTheSameBasis()
    {
        var file = Elimination.Core.IO.SystemFile.Load(TestSystems.Path("mlp-2-2-1-1-r2-gf32003"));
        var ring = new PolynomialRing<uint, PrimeField>(file.Field.PrimeField(), file.Variables,
            BlockOrder.Elimination(file.Variables.Count, file.Eliminate.Select(v => file.Variables.ToList().IndexOf(v))));
        AssertSameWithSimplify(file.Parse(ring), "mlp-2-2-1-1-r2");
    }

    [Test]
    public void RandomIdealsGiveTheSameBasis()
    {
        var vars = new[] { "a", "b", "c", "d" };
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), vars, MonomialOrders.Parse("grevlex", vars));
        for (int seed = 1; seed <= 40; seed++)
            AssertSameWithSimplify(RandomIdeals.Generate(ring, seed, generators: 3, maxDegree: 4, maxTerms: 6), $"random ideal {seed}");
    }
}
