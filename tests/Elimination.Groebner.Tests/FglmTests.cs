using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.F4;
using Elimination.Groebner.Fglm;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary>Change of order by FGLM: the staircase, the multiplication matrices, and lex bases through grevlex.</summary>
public class FglmTests
{
    private static readonly F4Engine F4 = new();
    private static readonly GroebnerOptions Direct = new() { ChangeOfOrder = false };

    private static PolynomialRing<uint, PrimeField> Ring(string order, params string[] vars) =>
        new(new PrimeField(32003), vars, order == "lex" ? new LexOrder(vars.Length) : new GrevlexOrder(vars.Length));

    /// <summary>k[x,y]/(x² − 2, y² − 3): basis 1, y, x, xy in grevlex order, matrices written out by hand.</summary>
    [Test]
    public void AddScaledMatchesTheScalarDefinitionOnEveryLengthAndNearTheCap()
    {
        // The kernel's vector lanes and its scalar tail must agree with acc + c·row reduced below the cap, including
        // sums that cross it (entries just below the cap, the largest residues) — seed 7.
        var rng = new Random(7);
        foreach (uint p in new uint[] { 32003, 2147483629 })
        {
            ulong cap = MultiplicationMatrices.Cap(p);
            for (int length = 0; length <= 19; length++)
            {
                var row = new uint[length];
                var acc = new ulong[length + 3];
                for (int i = 0; i < length; i++)
                {
                    row[i] = i % 3 == 0 ? p - 1 : (uint)rng.NextInt64(p);
                    acc[i] = i % 2 == 0 ? cap - 1 - (ulong)rng.NextInt64(p) : (ulong)rng.NextInt64((long)cap);
                }
                acc[length] = 12345;
                uint c = length % 2 == 0 ? p - 1 : (uint)rng.NextInt64(p);
                var expected = acc.ToArray();
                for (int i = 0; i < length; i++)
                {
                    ulong sum = expected[i] + (ulong)c * row[i];
                    expected[i] = sum >= cap ? sum - cap : sum;
                }
                MultiplicationMatrices.AddScaled(acc, c, row, cap);
                Assert.That(acc, Is.EqualTo(expected), $"p = {p}, length {length}");
            }
        }
    }

    [Test]
    public void MultiplicationMatricesOfATwoByTwoStaircase()
    {
        var ring = Ring("grevlex", "x", "y");
        var basis = F4.ComputePrime(new[] { ring.Parse("x^2 - 2"), ring.Parse("y^2 - 3") }).Basis;
        var m = MultiplicationMatrices.Of(basis);
        Assert.That(m.Staircase.Count, Is.EqualTo(4));
        int one = m.Staircase.IndexOf(ring.One.LeadingMonomial), x = m.Staircase.IndexOf(ring.Parse("x").LeadingMonomial),
            y = m.Staircase.IndexOf(ring.Parse("y").LeadingMonomial), xy = m.Staircase.IndexOf(ring.Parse("x*y").LeadingMonomial);
        Assert.That(new[] { one, y, x, xy }, Is.EqualTo(new[] { 0, 1, 2, 3 }), "increasing grevlex order");
        Assert.That(m.Staircase.IndexOf(ring.Parse("x^2").LeadingMonomial), Is.EqualTo(-1));

        uint[] Times(int variable, int basisElement)
        {
            var v = new uint[4];
            v[basisElement] = 1;
            var r = new uint[4];
            m.Multiply(variable, v, r);
            return r;
        }
        Assert.That(Times(0, one), Is.EqualTo(Unit(x, 1)));
        Assert.That(Times(0, x), Is.EqualTo(Unit(one, 2)), "x·x = 2");
        Assert.That(Times(0, y), Is.EqualTo(Unit(xy, 1)));
        Assert.That(Times(0, xy), Is.EqualTo(Unit(y, 2)), "x·xy = 2y");
        Assert.That(Times(1, xy), Is.EqualTo(Unit(x, 3)), "y·xy = 3x (a border monomial that is no leading monomial)");
        Assert.That(m.BorderSize, Is.EqualTo(4), "x², x²y, y², xy²");
    }

    private static uint[] Unit(int index, uint value)
    {
        var v = new uint[4];
        v[index] = value;
        return v;
    }

    /// <summary>The matrices of one quotient commute, and their size is the number of solutions (2^n for katsura-n).</summary>
    [TestCase("katsura4", 16)]
    [TestCase("cyclic5", 70)]
    public void MatricesCommuteAndCountTheSolutions(string system, int solutions)
    {
        var (_, polys) = TestSystems.Modular(system + "-gf32003", "grevlex");
        var m = MultiplicationMatrices.Of(F4.ComputePrime(polys).Basis);
        Assert.That(m.Staircase.Count, Is.EqualTo(solutions));
        var rng = new Random(7);
        var v = Enumerable.Range(0, solutions).Select(_ => (uint)rng.Next(32003)).ToArray();
        for (int a = 0; a < m.Variables; a++)
            for (int b = a + 1; b < m.Variables; b++)
            {
                var ab = new uint[solutions];
                var ba = new uint[solutions];
                var t = new uint[solutions];
                m.Multiply(b, v, t);
                m.Multiply(a, t, ab);
                m.Multiply(a, v, t);
                m.Multiply(b, t, ba);
                Assert.That(ab, Is.EqualTo(ba), $"M_{a} M_{b} = M_{b} M_{a}");
            }
    }

    /// <summary>The eliminant of the last variable from M_v (Krylov on 1) is the lex basis's univariate element.</summary>
    [TestCase("katsura5")]
    [TestCase("cyclic5")]
    public void EliminantIsTheLexBasissUnivariateElement(string system)
    {
        var (ring, polys) = TestSystems.Modular(system + "-gf32003", "lex");
        var lex = ReferenceBases.Load(system + "-gf32003-lp", ring);
        var m = MultiplicationMatrices.Of(F4.ComputePrime(polys.Select(p => p.ToRing(ring.WithOrder(new GrevlexOrder(ring.VariableCount)))).ToList()).Basis);
        int last = ring.VariableCount - 1;
        var q = m.Eliminant(last);
        var terms = q.Select((c, i) => (c, Enumerable.Range(0, ring.VariableCount).Select(v => v == last ? i : 0).ToArray())).Where(t => t.c != 0);
        Assert.That(Polynomial<uint, PrimeField>.FromTerms(ring, terms).ToString(), Is.EqualTo(lex[0].ToString()));
        Assert.That(m.MinimalPolynomialOf(ring.Variable(last)), Is.EqualTo(q), "the minimal polynomial of u = x_last is its eliminant");
    }

    /// <summary>Lex bases through grevlex + FGLM against Singular's (std for the small ones, stdfglm for the rest).</summary>
    [TestCase("cyclic4-gf32003", false)] // one-dimensional: direct lex
    [TestCase("cyclic5-gf32003", true)]
    [TestCase("katsura4-gf32003", true)]
    [TestCase("katsura5-gf32003", true)]
    [TestCase("cyclic6-gf32003", true)]
    [TestCase("katsura6-gf32003", true)]
    [TestCase("katsura7-gf32003", true)]
    public void LexBasisMatchesSingular(string system, bool zeroDimensional)
    {
        var (ring, polys) = TestSystems.Modular(system, "lex");
        var result = F4.ComputePrime(polys);
        Assert.That(result.Statistics.PhaseSeconds.ContainsKey("fglm"), Is.EqualTo(zeroDimensional), "went through FGLM");
        ReferenceBases.AssertSameBasis(ReferenceBases.Load(system + "-lp", ring), result.Basis, system + " lex");
    }

    /// <summary>Over ℚ the modular engine's primes go through FGLM too; the lift is verified as always.</summary>
    [TestCase("katsura4")]
    [TestCase("katsura5")]
    [TestCase("cyclic5")]
    public void LexBasisOverTheRationalsMatchesSingular(string system)
    {
        var (ring, polys) = TestSystems.Rationals(system + "-qq", "lex");
        var result = new ModularEngine().Compute(polys);
        Assert.That(result.Verified, Is.True);
        Assert.That(result.Statistics.PhaseSeconds.ContainsKey("fglm"), "the primes went through FGLM");
        ReferenceBases.AssertSameBasis(ReferenceBases.Load(system + "-qq-lp", ring), result.Basis, system + " lex over QQ");
    }

    /// <summary>Seeded random zero-dimensional systems (n dense-ish equations in n variables): FGLM = direct lex F4.</summary>
    [Test]
    public void RandomZeroDimensionalSystemsAgreeWithDirectLex([Range(1, 12)] int seed)
    {
        int n = 2 + seed % 2;
        var vars = Enumerable.Range(0, n).Select(i => "x" + i).ToArray();
        var lex = Ring("lex", vars);
        var polys = RandomIdeals.Generate(lex, seed, n, 2 + seed % 2, 5);
        var direct = F4.ComputePrime(polys, Direct).Basis;
        var fglm = F4.ComputePrime(polys).Basis;
        ReferenceBases.AssertSameBasis(direct, fglm, $"seed {seed}");
        Assert.That(F4.ComputePrime(fglm).Basis.Select(g => g.ToString()), Is.EqualTo(fglm.Select(g => g.ToString())), "F4 of the basis is the basis");
    }

    /// <summary>grevlex → lex → grevlex gives back the grevlex basis (FGLM works between any two orders).</summary>
    [Test]
    public void RoundTripBetweenOrders()
    {
        var (_, polys) = TestSystems.Modular("katsura5-gf32003", "grevlex");
        var grevlex = F4.ComputePrime(polys).Basis;
        var lexRing = grevlex[0].Ring.WithOrder(new LexOrder(grevlex[0].Ring.VariableCount));
        var lex = FglmConversion.Convert(grevlex, lexRing);
        var back = FglmConversion.Convert(lex, grevlex[0].Ring);
        ReferenceBases.AssertSameBasis(grevlex, back, "round trip");
    }

    /// <summary>
    /// A positive-dimensional ideal in lex takes the direct path: here at once (3 generators in 4 variables); cyclic-4
    /// (<see cref="LexBasisMatchesSingular"/>) after its grevlex basis shows a curve.
    /// </summary>
    [Test]
    public void PositiveDimensionalLexFallsBackToDirectF4()
    {
        var ring = Ring("lex", "t", "x", "y", "z");
        var polys = new[] { "x - t", "y - t^2", "z - t^3" }.Select(ring.Parse).ToList();
        var result = F4.ComputePrime(polys);
        Assert.That(result.Statistics.PhaseSeconds.ContainsKey("fglm"), Is.False);
        ReferenceBases.AssertSameBasis(F4.ComputePrime(polys, Direct).Basis, result.Basis, "twisted cubic graph");
        Assert.Throws<InvalidInputException>(() => FglmConversion.Convert(F4.ComputePrime(polys.Select(p => p.ToRing(Ring("grevlex", "t", "x", "y", "z"))).ToList()).Basis, ring));
    }

    [Test]
    public void UnitIdealConvertsToOne()
    {
        var ring = Ring("lex", "x", "y");
        var result = F4.ComputePrime(new[] { ring.Parse("x*y - 1"), ring.Parse("x"), ring.Parse("y^2 + 1") });
        Assert.That(result.Basis.Select(g => g.ToString()), Is.EqualTo(new[] { "1" }));
        Assert.That(Staircase.Of(new[] { Ring("grevlex", "x", "y").One }).Count, Is.Zero);
    }

    /// <summary>
    /// Past the limit the staircase is not built, and F4 then runs in lex directly: k[x,y]/(x^40 − 1, y^40 − 1) has 1600
    /// standard monomials, over the √(budget/16) = 1000 of a 16 MB matrix budget (F4's own matrices here are tiny).
    /// </summary>
    [Test]
    public void LargeQuotientsHitTheLimitAndFallBack()
    {
        var ring = Ring("lex", "x", "y");
        var polys = new[] { ring.Parse("x^40 - 1"), ring.Parse("y^40 - 1") };
        var grevlex = F4.ComputePrime(polys.Select(p => p.ToRing(Ring("grevlex", "x", "y"))).ToList()).Basis;
        Assert.Throws<ResourceLimitException>(() => Staircase.Of(grevlex, limit: 1599));
        Assert.That(Staircase.Of(grevlex, limit: 1600).Count, Is.EqualTo(1600));
        var tight = F4.ComputePrime(polys, new GroebnerOptions { MaxMatrixBytes = 16_000_000 });
        Assert.That(tight.Statistics.PhaseSeconds.ContainsKey("fglm"), Is.False, "1600 standard monomials exceed the budget");
        var roomy = F4.ComputePrime(polys);
        Assert.That(roomy.Statistics.PhaseSeconds.ContainsKey("fglm"), Is.True);
        ReferenceBases.AssertSameBasis(roomy.Basis, tight.Basis, "direct lex");
        Assert.That(tight.Basis.Select(g => g.ToString()), Is.EqualTo(new[] { "y^40-1", "x^40-1" }));
    }

    [Test]
    public void ConversionHonoursCancellation()
    {
        var (_, polys) = TestSystems.Modular("katsura6-gf32003", "grevlex");
        var grevlex = F4.ComputePrime(polys).Basis;
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Catch<OperationCanceledException>(() => FglmConversion.Convert(grevlex, grevlex[0].Ring.WithOrder(new LexOrder(7)), cancel: cts.Token));
    }

    [Test]
    public void NonReducedInputIsRejected()
    {
        var ring = Ring("grevlex", "x", "y");
        // Not reduced: the tail x·y of x² − x·y is itself a leading monomial.
        var basis = new[] { ring.Parse("x*y - 1"), ring.Parse("x^2 - x*y"), ring.Parse("y^2 - 1") };
        Assert.Throws<ArgumentException>(() => FglmConversion.Convert(basis, Ring("lex", "x", "y")));
    }
}
