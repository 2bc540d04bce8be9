using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Tests;

/// <summary>
/// One test body over every engine and the fields it supports: whatever engine computed G, the
/// oracles of <see cref="GroebnerChecks"/> must hold (reduced, Buchberger's criterion, F ⊂ ⟨G⟩),
/// and G must equal Singular's reduced basis on the classic systems and another engine's on
/// seeded random ideals (the reduced basis is unique, so equality means the same ideal).
/// </summary>
[TestFixture("buchberger", "gf32003")]
[TestFixture("f4", "gf32003")]
[TestFixture("buchberger", "qq")]
[TestFixture("modular", "qq")]
public class EngineOracleTests(string engine, string fieldName)
{
    private static readonly PrimeField Gf = new(32003);

    /// <summary>The other engine over this field, for cross-checks on random ideals.</summary>
    private string Other => engine != "buchberger" ? "buchberger" : fieldName == "qq" ? "modular" : "f4";

    [TestCase("cyclic4", "dp")]
    [TestCase("cyclic4", "lp")]
    [TestCase("katsura4", "dp")]
    [TestCase("cyclic5", "dp")]
    [TestCase("katsura5", "dp")]
    public void ClassicSystemsSatisfyTheOraclesAndMatchSingular(string system, string order)
    {
        string ord = order == "lp" ? "lex" : "grevlex";
        if (fieldName == "qq")
        {
            var (ring, polys) = TestSystems.Rationals(system + "-qq", ord);
            CheckAgainst(ReferenceBases.Load($"{system}-qq-{order}", ring), polys, $"{system} {order}");
        }
        else
        {
            var (ring, polys) = TestSystems.Modular(system + "-gf32003", ord);
            CheckAgainst(ReferenceBases.Load($"{system}-gf32003-{order}", ring), polys, $"{system} {order}");
        }
    }

    [Test]
    public void RandomIdealsSatisfyTheOraclesAndAgreeWithAnotherEngine([Range(1, 12)] int seed, [Values("grevlex", "lex")] string order)
    {
        var variables = new[] { "x", "y", "z" };
        if (fieldName == "qq")
        {
            var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), variables, MonomialOrders.Parse(order, variables));
            var polys = RandomIdeals.Generate(ring, seed, 3, 3, 4);
            CheckAgainst(GroebnerEngines.Get(Other).Compute(polys).Basis.ToList(), polys, $"seed {seed} {order}");
        }
        else
        {
            var ring = new PolynomialRing<uint, PrimeField>(Gf, variables, MonomialOrders.Parse(order, variables));
            var polys = RandomIdeals.Generate(ring, seed, 3, 3, 4);
            CheckAgainst(GroebnerEngines.Get(Other).Compute(polys).Basis.ToList(), polys, $"seed {seed} {order}");
        }
    }

    [Test]
    public void EdgeCases()
    {
        if (fieldName == "qq")
        {
            var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
            EdgeCases(ring);
        }
        else EdgeCases(new PolynomialRing<uint, PrimeField>(Gf, new[] { "x", "y" }));
    }

    private void EdgeCases<T, TField>(PolynomialRing<T, TField> ring) where TField : struct, IField<T>
    {
        // The unit ideal, a principal ideal (its generator made monic), and a zero generator among others.
        CheckAgainst(new[] { ring.Parse("1") }.ToList(), new[] { ring.Parse("x*y - 1"), ring.Parse("x"), ring.Zero }.ToList(), "unit ideal");
        CheckAgainst(new[] { ring.Parse("x^2*y + 1/2*y").MakeMonic() }.ToList(), new[] { ring.Parse("2*x^2*y + y") }.ToList(), "principal");
        CheckAgainst(new[] { ring.Parse("y^2 - 1"), ring.Parse("x - y") }.ToList(), new[] { ring.Parse("x - y"), ring.Zero, ring.Parse("x^2 - 1") }.ToList(), "zero generator");
    }

    private void CheckAgainst<T, TField>(List<Polynomial<T, TField>> expected, List<Polynomial<T, TField>> polys, string what)
        where TField : struct, IField<T>
    {
        var result = GroebnerEngines.Get(engine).Compute(polys);
        var g = result.Basis;
        Assert.That(GroebnerChecks.IsReduced(g), Is.True, $"{engine} {what}: not reduced");
        Assert.That(GroebnerChecks.IsGroebnerBasis(g), Is.True, $"{engine} {what}: an S-pair does not reduce to 0");
        Assert.That(GroebnerChecks.ContainsAll(g, polys), Is.True, $"{engine} {what}: an input does not reduce to 0");
        ReducedBasis.Sort(expected);
        ReferenceBases.AssertSameBasis(expected, g, $"{engine} {what}");
    }
}

/// <summary>The oracles themselves, on bases that fail them in one way each.</summary>
public class GroebnerChecksTests
{
    private static readonly PolynomialRing<Rational, RationalField> R = new(new RationalField(), new[] { "x", "y" });
    private static List<Polynomial<Rational, RationalField>> B(params string[] p) => p.Select(R.Parse).ToList();

    [Test]
    public void BuchbergersCriterion()
    {
        Assert.That(GroebnerChecks.IsGroebnerBasis(B("x^2 + y", "x*y + 1")), Is.False);   // S-pair gives y^2 - x
        Assert.That(GroebnerChecks.IsGroebnerBasis(B("x^2 + y", "y^3 + x")), Is.True);    // coprime leading monomials
        // Every lcm is x and each third leading monomial divides it: only a chain through strictly smaller lcms
        // may skip a pair, so these are reduced (S-pair y - 1) and the basis is rejected.
        Assert.That(GroebnerChecks.IsGroebnerBasis(B("x + y", "x + 1", "x - y")), Is.False);
        Assert.That(GroebnerChecks.IsGroebnerBasis(B()), Is.True);
    }

    /// <summary>
    /// The chain criterion skips pairs, never a verdict: on Gröbner bases, on them with an element dropped and with
    /// a tail coefficient changed, the criterion agrees with reducing every non-coprime S-pair.
    /// </summary>
    [Test]
    public void ChainCriterionAgreesWithEveryPair([Range(1, 30)] int seed)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "a", "b", "c", "d" });
        var gb = new F4.F4Engine().ComputePrime(RandomIdeals.Generate(ring, seed, 3 + seed % 3, 3, 3)).Basis.ToList();
        var rng = new Random(seed);
        var candidates = new List<List<Polynomial<uint, PrimeField>>> { gb };
        if (gb.Count > 2) candidates.Add(gb.Where((_, i) => i != rng.Next(gb.Count)).ToList());
        int at = rng.Next(gb.Count);
        if (gb[at].Length > 1)
        {
            var f = gb[at];
            var terms = new (uint, int[])[f.Length];
            for (int t = 0; t < f.Length; t++)
            {
                var e = new int[4];
                PackedMonomial.Unpack(f.MonomialAt(t), e);
                terms[t] = (t == f.Length - 1 ? ring.Field.Add(f.CoefficientAt(t), 1) : f.CoefficientAt(t), e);
            }
            var changed = gb.ToList();
            changed[at] = Polynomial<uint, PrimeField>.FromTerms(ring, terms);
            candidates.Add(changed);
        }
        foreach (var g in candidates)
            Assert.That(GroebnerChecks.IsGroebnerBasis(g), Is.EqualTo(EveryPairReducesToZero(g)), $"seed {seed}: {string.Join(", ", g)}");
    }

    private static bool EveryPairReducesToZero(List<Polynomial<uint, PrimeField>> g)
    {
        for (int i = 0; i < g.Count; i++)
            for (int j = i + 1; j < g.Count; j++)
                if (!PackedMonomial.AreCoprime(g[i].LeadingMonomial, g[j].LeadingMonomial) &&
                    !Reduction.NormalForm(Reduction.SPolynomial(g[i], g[j]), g).IsZero) return false;
        return true;
    }

    [Test]
    public void MinimalAndReduced()
    {
        Assert.That(GroebnerChecks.IsMinimal(B("x^2 - y", "x*y - 1")), Is.True);
        Assert.That(GroebnerChecks.IsMinimal(B("x^2 - y", "x^3 - 1")), Is.False);        // x^2 divides x^3
        Assert.That(GroebnerChecks.IsMinimal(B("2*x^2 - y")), Is.False);                 // not monic
        Assert.That(GroebnerChecks.IsReduced(B("x^2 - y", "y^2 - 1")), Is.True);
        Assert.That(GroebnerChecks.IsReduced(B("x^2 - y^2", "y^2 - 1")), Is.False);      // y^2 reducible by the second
        Assert.That(GroebnerChecks.IsMinimal(B("x^2 - y^2", "y^2 - 1")), Is.True);
        Assert.That(GroebnerChecks.IsReducedGroebnerBasis(B("x^2 - y", "y^2 - 1")), Is.True);
        Assert.That(GroebnerChecks.IsReducedGroebnerBasis(B("x^2 - y", "x*y - 1")), Is.False); // reduced, not a Gröbner basis
    }

    [Test]
    public void Membership()
    {
        var g = B("x^2 - y", "y^2 - 1");
        Assert.That(GroebnerChecks.ContainsAll(g, B("x^4 - 1", "x^2*y - 1")), Is.True);
        Assert.That(GroebnerChecks.ContainsAll(g, B("x - 1")), Is.False);
    }
}
