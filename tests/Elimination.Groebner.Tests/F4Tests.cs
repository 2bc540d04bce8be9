using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

public class F4Tests
{
    private static readonly F4Engine F4 = new();
    private static readonly BuchbergerEngine Reference = new();

    private static void AssertSameBasis(IReadOnlyList<Polynomial<uint, PrimeField>> expected, IReadOnlyList<Polynomial<uint, PrimeField>> actual, string what)
    {
        Assert.That(actual.Count, Is.EqualTo(expected.Count), $"{what}: basis sizes differ");
        for (int i = 0; i < expected.Count; i++)
            Assert.That(actual[i].ToString(), Is.EqualTo(expected[i].ToString()), $"{what}: element {i} differs");
        Assert.That(ReducedBasis.AreEqual(expected, actual), Is.True, what);
    }

    [TestCase("cyclic4-gf32003")]
    [TestCase("cyclic5-gf32003")]
    [TestCase("katsura4-gf32003")]
    [TestCase("katsura5-gf32003")]
    public void ClassicSystemsMatchBuchberger(string name)
    {
        var (_, polys) = TestSystems.Modular(name);
        var expected = Reference.Compute(polys).Basis;
        var r = F4.Compute(polys);
        TestContext.Out.WriteLine($"{name}: {r.Basis.Count} elements, {r.Statistics.Steps} steps, largest {r.Statistics.LargestMatrixRows}x{r.Statistics.LargestMatrixColumns}");
        AssertSameBasis(expected, r.Basis, name);
    }

    [TestCase("katsura4-gf32003", "weighted(3,1,2,1,1)")]
    [TestCase("cyclic4-gf32003", "lex")]
    [TestCase("katsura4-gf32003", "elim(x0,x1)")]
    [TestCase("cyclic4-gf32003", "weighted(1,2,3,4)")]
    public void OtherOrdersMatchBuchberger(string name, string order)
    {
        var (_, polys) = TestSystems.Modular(name, order);
        var basis = F4.Compute(polys).Basis;
        AssertSameBasis(Reference.Compute(polys).Basis, basis, $"{name} {order}");
        // Both engines dehomogenise lex and block bases without sorting (the terms of a homogeneous element come out in
        // the inner order): check the order itself, which the comparison above cannot see.
        AssertTermsDecrease(basis);
    }

    private static void AssertTermsDecrease(IReadOnlyList<Polynomial<uint, PrimeField>> basis)
    {
        foreach (var b in basis)
            for (int t = 1; t < b.Length; t++)
                Assert.That(b.Ring.Order.Compare(b.MonomialAt(t - 1), b.MonomialAt(t)), Is.Positive, $"terms of {b} in order");
    }

    [Test]
    public void EliminationProblemMatchesBuchberger()
    {
        var file = Elimination.Core.IO.SystemFile.Load(TestSystems.Path("mlp-2-1-1-r4-gf32003"));
        var ring = new PolynomialRing<uint, PrimeField>(file.Field.PrimeField(), file.Variables,
            BlockOrder.Elimination(file.Variables.Count, file.Eliminate.Select(v => file.Variables.ToList().IndexOf(v))));
        var polys = file.Parse(ring);
        AssertSameBasis(Reference.Compute(polys).Basis, F4.Compute(polys).Basis, "mlp-2-1-1-r4");
    }

    /// <summary>
    /// The inhomogeneous case that once reached sugar degree 45 with a 1.4 M × 1.5 M matrix and did not finish in
    /// 120 s (README, F4 limits): Singular's reduced basis has 82 elements up to degree 38.
    /// </summary>
    [Test]
    public void HighDegreeInhomogeneousCaseMatchesSingularsLeadingMonomials()
    {
        var (_, polys) = TestSystems.Modular("random65937-gf2147483647");
        var g = F4.Compute(polys).Basis;
        var leading = g.Select(p => PolynomialPrinter.FormatMonomial(p.LeadingMonomial, p.Ring.Variables)).Order(StringComparer.Ordinal);
        Assert.That(string.Join(" ", leading), Is.EqualTo(SingularLeadingMonomials65937.TrimEnd()));
        Assert.That(g.Max(p => p.Degree), Is.EqualTo(38));
        Assert.That(GroebnerChecks.IsReduced(g), Is.True, "not reduced");
        Assert.That(GroebnerChecks.ContainsAll(g, polys), Is.True, "an input does not reduce to 0");
        // A Groebner basis is its own reduced basis (Buchberger's S-pair check takes minutes at degree 38).
        AssertSameBasis(g, F4.Compute(g).Basis, "F4 of the basis");
    }

    /// <summary>
    /// After a degree fall the normal strategy takes the new element's pairs at its own degree; pure sugar keeps them at
    /// the step's sugar, and on this section (a component at infinity) climbs to degree 9 and larger matrices for a
    /// basis of degree ≤ 4. The reduced basis is the same either way.
    /// </summary>
    [Test]
    public void NormalStrategyAfterADegreeFallStaysLowAndAgreesWithPureSugar()
    {
        var (_, polys) = TestSystems.Modular("section-mlp323-gf2147483647");
        var normal = F4.Compute(polys);
        var sugar = F4.Compute(polys, new GroebnerOptions { PureSugar = true });
        TestContext.Out.WriteLine($"normal: {normal.Statistics.Steps} steps, largest {normal.Statistics.LargestMatrixRows}x{normal.Statistics.LargestMatrixColumns}; " +
                                  $"sugar: {sugar.Statistics.Steps} steps, largest {sugar.Statistics.LargestMatrixRows}x{sugar.Statistics.LargestMatrixColumns}");
        AssertSameBasis(sugar.Basis, normal.Basis, "normal strategy against pure sugar");
        Assert.That(normal.Basis.Max(p => p.Degree), Is.LessThanOrEqualTo(4));
        Assert.That(normal.Statistics.LargestMatrixRows, Is.LessThan(sugar.Statistics.LargestMatrixRows / 2));
    }

    /// <summary>Singular 4.3.1: <c>option(redSB); std(i)</c> in dp, leadmonom of each element, sorted.</summary>
    private const string SingularLeadingMonomials65937 =
        "x1*x2*x4^5*x5^9 x1*x2*x6^2 x1*x2^10*x3 x1*x2^2*x3*x4^3*x5^3 x1*x2^2*x3^2 x1*x2^2*x4^5*x5^8 " +
        "x1*x2^2*x4^6*x5^4 x1*x2^3*x4^3*x5^10 x1*x2^3*x4^4*x5^8 x1*x2^3*x4^5*x5^6 x1*x2^4*x4^4*x5^3 " +
        "x1*x2^6*x3*x4^2 x1*x2^8*x3*x4 x1*x2^8*x3*x6 x1*x3*x4^3*x5^4 x1*x3^2*x4 x1*x3^4 x1*x4*x5*x6 " +
        "x1*x4^6*x5^7 x1^2*x2^10 x1^2*x2^3*x4^2*x6 x1^2*x2^5*x3*x4 x1^2*x2^5*x3*x6 x1^2*x2^7*x3 x1^2*x2^8*x6 " +
        "x1^2*x3^2 x1^2*x4*x5^2 x1^3*x2^2*x3*x4*x5 x1^3*x2^2*x3*x6 x1^3*x2^3*x4*x5 x1^3*x2^3*x6 x1^3*x2^4*x3 " +
        "x1^3*x2^5 x1^4 x2*x3^4*x6 x2*x4*x5*x6^2 x2^10*x3*x4^2*x5^6*x6 x2^10*x3*x4^3*x5^4*x6 " +
        "x2^11*x3*x4^2*x5^2*x6 x2^11*x3*x4^3*x5*x6 x2^12*x3*x4^2*x5*x6 x2^18*x3*x4^3*x5^16 " +
        "x2^18*x3*x4^4*x5^14 x2^18*x3*x4^5*x5^12 x2^19*x3*x4^4*x5^12 x2^19*x3*x4^5*x5^10 x2^2*x3^2*x6^3 " +
        "x2^2*x3^3*x4^2*x6^2 x2^2*x3^3*x5*x6 x2^20*x3*x4^5*x5 x2^3*x3^2*x6 x2^3*x4^6*x5^20*x6 " +
        "x2^3*x4^7*x5^18*x6 x2^3*x4^8*x5^16*x6 x2^3*x4^9*x5^14*x6 x2^4*x4^7*x5^16*x6 x2^4*x4^8*x5^14*x6 " +
        "x2^4*x4^9*x5^12*x6 x2^5*x3*x4^4*x5^2*x6 x2^5*x3^3*x4*x5 x2^5*x4^8*x5^6*x6 x2^6*x4^13*x5^18 " +
        "x2^6*x4^4*x5^24*x6 x2^6*x4^5*x5^22*x6 x2^7*x4^5*x5^20*x6 x2^7*x4^6*x5^18*x6 x2^7*x4^8*x5^2*x6 " +
        "x2^8*x3^2*x4*x5 x2^8*x4^6*x5^2*x6 x3*x4^2*x5*x6^3 x3*x4^3*x5^2*x6^2 x3*x4^4*x5^3*x6 x3*x4^6*x5^8 " +
        "x3^2*x4*x5*x6^2 x3^2*x4^2*x5 x3^4*x4*x5 x4^10*x5^10*x6 x4^2*x5*x6^6 x4^3*x5*x6^5 x4^4*x5^2*x6^4 " +
        "x4^4*x5^3*x6^3 x4^5*x5^3*x6^2 ";


    private static IEnumerable<TestCaseData> RandomCases()
    {
        string[] orders = { "grevlex", "lex", "weighted", "elim" };
        for (int seed = 1; seed <= 60; seed++)
            yield return new TestCaseData(seed, orders[seed % orders.Length], seed % 3 == 0 ? 7L : 32003L);
    }

    [TestCaseSource(nameof(RandomCases))]
    public void RandomIdealsMatchBuchberger(int seed, string orderKind, long p)
    {
        var rng = new Random(seed);
        int n = 2 + rng.Next(orderKind == "lex" ? 2 : 4);
        var names = Enumerable.Range(0, n).Select(i => "x" + i).ToArray();
        MonomialOrder order = orderKind switch
        {
            "lex" => new LexOrder(n),
            "weighted" => new WeightedOrder(Enumerable.Range(0, n).Select(_ => 1 + rng.Next(3)).ToArray()),
            "elim" => BlockOrder.Elimination(n, new[] { 0 }),
            _ => new GrevlexOrder(n),
        };
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(p), names, order);
        int count = 2 + rng.Next(n == 2 ? 2 : 3);
        var polys = new List<Polynomial<uint, PrimeField>>();
        for (int i = 0; i < count; i++)
        {
            int degree = 2 + rng.Next(n >= 4 ? 2 : 3);
            int terms = 2 + rng.Next(4);
            var list = new List<(uint, int[])>();
            for (int t = 0; t < terms; t++)
            {
                var e = new int[n];
                int d = t == 0 ? degree : rng.Next(degree + 1);
                for (int k = 0; k < d; k++) e[rng.Next(n)]++;
                list.Add(((uint)rng.Next(1, (int)p), e));
            }
            polys.Add(Polynomial<uint, PrimeField>.FromTerms(ring, list));
        }
        TestContext.Out.WriteLine($"seed {seed}, {ring}: " + string.Join("; ", polys));
        var expected = Reference.Compute(polys).Basis;
        var actual = F4.Compute(polys).Basis;
        AssertSameBasis(expected, actual, $"seed {seed} {orderKind} GF({p})");
    }

    [Test]
    public void BasisOfBasisIsItselfAndIdentitiesHold()
    {
        var (_, polys) = TestSystems.Modular("cyclic5-gf32003");
        var g = F4.Compute(polys).Basis;
        AssertSameBasis(g, F4.Compute(g).Basis, "GB of GB");
        foreach (var f in polys) Assert.That(Reduction.NormalForm(f, g).IsZero, Is.True, "input reduces to 0");
        Assert.That(GroebnerChecks.IsGroebnerBasis(g), Is.True, "S-pairs reduce to 0");
        foreach (var b in g) Assert.That(b.LeadingCoefficient, Is.EqualTo(1u), "monic");
        // The final basis is copied from the matrix rows without sorting: the terms must come out strictly decreasing.
        AssertTermsDecrease(g);
        Assert.That(GroebnerChecks.IsReduced(g), Is.True, "reduced");
    }

    [Test]
    public void UnitIdealAndTrivialInputs()
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "x", "y" });
        var r = F4.Compute(new[] { ring.Parse("x*y - 1"), ring.Parse("x"), });
        Assert.That(r.Basis.Count, Is.EqualTo(1));
        Assert.That(r.Basis[0].ToString(), Is.EqualTo("1"));
        Assert.That(F4.Compute(new[] { ring.Zero }).Basis, Is.Empty);
        Assert.That(F4.Compute(Array.Empty<Polynomial<uint, PrimeField>>()).Basis, Is.Empty);
        var single = F4.Compute(new[] { ring.Parse("3*x^2 + y") }).Basis;
        Assert.That(single.Count, Is.EqualTo(1));
        Assert.That(single[0].LeadingCoefficient, Is.EqualTo(1u));
    }

    [Test]
    public void RationalsAreRejectedWithClearMessage()
    {
        var (_, polys) = TestSystems.Rationals("cyclic4-qq");
        Assert.That(F4.Supports<Rational, RationalField>(new RationalField()), Is.False);
        var ex = Assert.Throws<Elimination.Core.Errors.UnsupportedFieldException>(() => F4.Compute(polys));
        Assert.That(ex!.Message, Does.Contain("prime fields"));
    }

    [Test]
    public void CancellationAndMatrixLimitAreHonoured()
    {
        var (_, polys) = TestSystems.Modular("katsura5-gf32003");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Catch<OperationCanceledException>(() => F4.Compute(polys, new GroebnerOptions { Cancellation = cts.Token }));
        var ex = Assert.Throws<MatrixTooLargeException>(() => F4.Compute(polys, new GroebnerOptions { MaxMatrixBytes = 1000 }));
        Assert.That(ex!.Message, Does.Contain("MaxMatrixBytes"));
    }

    [Test]
    public void ProgressAndStatisticsAreReported()
    {
        var (_, polys) = TestSystems.Modular("katsura5-gf32003");
        var seen = new List<GroebnerProgress>();
        var r = F4.Compute(polys, new GroebnerOptions { Progress = new SyncProgress(seen.Add), Threads = 2 });
        Assert.That(seen, Is.Not.Empty);
        Assert.That(seen[^1].Step, Is.EqualTo(r.Statistics.Steps));
        Assert.That(r.Statistics.LargestMatrixRows, Is.GreaterThan(0));
        Assert.That(r.Statistics.LargestMatrixNonZeros, Is.GreaterThan(0));
        Assert.That(r.Engine, Is.EqualTo("f4"));
    }

    [Test]
    public void ParallelRunsAgree()
    {
        var (_, polys) = TestSystems.Modular("katsura5-gf32003");
        var expected = F4.Compute(polys, new GroebnerOptions { Threads = 1 }).Basis;
        var results = new IReadOnlyList<Polynomial<uint, PrimeField>>[4];
        Parallel.For(0, 4, i => results[i] = F4.Compute(polys, new GroebnerOptions { Threads = 2 }).Basis);
        foreach (var b in results) AssertSameBasis(expected, b, "parallel");
    }

    private sealed class SyncProgress(Action<GroebnerProgress> action) : IProgress<GroebnerProgress>
    {
        public void Report(GroebnerProgress value) => action(value);
    }
}
