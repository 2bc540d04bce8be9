using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;

namespace Elimination.Groebner.Tests;

public class BuchbergerTests
{
    private static readonly BuchbergerEngine Engine = new();

    [TestCase("cyclic4", "dp")]
    [TestCase("cyclic4", "lp")]
    [TestCase("cyclic5", "dp")]
    [TestCase("katsura4", "dp")]
    [TestCase("katsura5", "dp")]
    public void MatchesSingularOverRationals(string system, string order)
    {
        var (ring, polys) = TestSystems.Rationals(system + "-qq", order == "lp" ? "lex" : "grevlex");
        var result = Engine.Compute(polys);
        var expected = ReferenceBases.Load($"{system}-qq-{order}", ring);
        ReferenceBases.AssertSameBasis(expected, result.Basis, $"{system} over QQ ({order})");
    }

    [TestCase("cyclic4", "dp")]
    [TestCase("cyclic4", "lp")]
    [TestCase("cyclic5", "dp")]
    [TestCase("katsura4", "dp")]
    public void MatchesSingularOverPrimeField(string system, string order)
    {
        var (ring, polys) = TestSystems.Modular(system + "-gf32003", order == "lp" ? "lex" : "grevlex");
        var result = Engine.Compute(polys);
        var expected = ReferenceBases.Load($"{system}-gf32003-{order}", ring);
        ReferenceBases.AssertSameBasis(expected, result.Basis, $"{system} over GF(32003) ({order})");
    }

    [Test]
    public void ClassicLeadingMonomials()
    {
        // Cyclic-4 over QQ in grevlex: 7 generators with these leading monomials (Singular).
        var (_, polys) = TestSystems.Rationals("cyclic4-qq");
        var lead = Engine.Compute(polys).Basis.Select(g => PolynomialPrinter.FormatMonomial(g.LeadingMonomial, g.Ring.Variables)).ToArray();
        Assert.That(lead, Is.EqualTo(new[] { "x0", "x1^2", "x1*x2^2", "x1*x2*x3^2", "x1*x3^4", "x2^3*x3^2", "x2^2*x3^4" }));
    }

    [Test]
    public void TrivialIdeals()
    {
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
        Assert.That(Engine.Compute(new[] { ring.Zero }).Basis, Is.Empty);
        Assert.That(Engine.Compute(new[] { ring.Parse("x*y - 1"), ring.Parse("x"), }).Basis.Single(), Is.EqualTo(ring.One));
        Assert.That(Engine.Compute(new[] { ring.Parse("2*x^2 - 4") }).Basis.Single().ToString(), Is.EqualTo("x^2-2"));
    }

    /// <summary>
    /// Inhomogeneous input in a block order goes through the homogenised ideal: directly, the sugar
    /// of the selected pairs ran past degree 1000 (minutes, gigabytes) on an answer of degree 36.
    /// </summary>
    [Test]
    public void InhomogeneousEliminationGoesThroughTheHomogenisedIdeal()
    {
        var file = Elimination.Core.IO.SystemFile.Load(TestSystems.Path("random-elim4-gf11"));
        var ring = new PolynomialRing<uint, PrimeField>(file.Field.PrimeField(), file.Variables,
            BlockOrder.Elimination(file.Variables.Count, file.Eliminate.Select(v => file.Variables.ToList().IndexOf(v))));
        var polys = file.Parse(ring);
        var basis = Engine.Compute(polys).Basis;
        Assert.That(ReducedBasis.AreEqual(basis, new F4.F4Engine().Compute(polys).Basis), Is.True);
        var eliminant = basis.Where(g => g.DegreeIn(0) + g.DegreeIn(1) + g.DegreeIn(2) + g.DegreeIn(4) == 0).ToList();
        Assert.That(eliminant, Has.Count.EqualTo(1));
        Assert.That(eliminant[0].Degree, Is.EqualTo(36));
    }

    [Test]
    public void CancellationStopsTheEngine()
    {
        var (_, polys) = TestSystems.Modular("cyclic6-gf32003");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => Engine.Compute(polys, new GroebnerOptions { Cancellation = cts.Token }), Throws.InstanceOf<OperationCanceledException>());
    }

    public static IEnumerable<TestCaseData> RandomCases()
    {
        foreach (var order in new[] { "grevlex", "lex", "elim(x0)", "weighted(3,1,2)" })
            for (int seed = 1; seed <= 12; seed++)
                yield return new TestCaseData(order, seed).SetName($"RandomIdentities({order}, seed {seed})");
    }

    [TestCaseSource(nameof(RandomCases))]
    public void RandomIdentities(string orderName, int seed)
    {
        var vars = new[] { "x0", "x1", "x2" };
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), vars, MonomialOrders.Parse(orderName, vars));
        var gens = RandomIdeals.Generate(ring, seed, generators: 3, maxDegree: 3, maxTerms: 4);
        var g = Engine.Compute(gens).Basis;
        foreach (var f in gens) Assert.That(Reduction.NormalForm(f, g).IsZero, $"input not in ideal, seed {seed}");
        Assert.That(GroebnerChecks.IsGroebnerBasis(g), $"S-pair does not reduce to 0, seed {seed}");
        Assert.That(ReducedBasis.AreEqual(Engine.Compute(g).Basis, g), $"GB of GB differs, seed {seed}");
        foreach (var p in g) Assert.That(p.LeadingCoefficient, Is.EqualTo(1u));
    }
}
