using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

public class ModularEngineTests
{
    private static readonly GroebnerOptions Options = new() { Threads = 2, ModularInner = new BuchbergerEngine() };

    private static void AssertSameAsBuchberger(IReadOnlyList<Polynomial<Rational, RationalField>> polys, string label, ModularEngine? engine = null)
    {
        var expected = new BuchbergerEngine().Compute(polys).Basis;
        var r = (engine ?? new ModularEngine { Seed = 1 }).Compute(polys, Options);
        TestContext.Out.WriteLine($"{label}: {r.Basis.Count} elements, {r.Primes.Count} primes, {r.Seconds:F3}s; {r.VerificationNote}");
        Assert.That(ReducedBasis.AreEqual(r.Basis, expected), Is.True, $"{label}: modular and Buchberger bases differ");
        Assert.That(r.Verified, Is.True, $"{label}: not verified");
        Assert.That(r.Engine, Is.EqualTo("modular"));
        Assert.That(r.Primes.Count > 0 || r.VerificationNote!.StartsWith("the input is its own reduced Groebner basis"), Is.True, $"{label}: no primes");
    }

    /// <summary>An input that is already its reduced basis is proved as it stands (no images); one that is reduced among
    /// itself but not a basis goes the modular way.</summary>
    [Test]
    public void InputThatIsItsOwnReducedBasisNeedsNoPrimes()
    {
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        var prime = new[] { "3*x-1", "5*y^2-2*z", "z^3+7/2" }.Select(ring.Parse).ToList();
        var own = new ModularEngine().Compute(prime, Options);
        Assert.That(ReducedBasis.AreEqual(own.Basis, prime.Select(f => f.MakeMonic()).ToList()), Is.True);
        Assert.That(own.Primes, Is.Empty);
        Assert.That(own.Verified, Is.True);
        Assert.That(own.VerificationNote, Does.StartWith("the input is its own reduced Groebner basis"));

        var notABasis = new[] { "x*y-1", "y*z-x" }.Select(ring.Parse).ToList(); // reduced, but S(1,2) = x^2 - z is not 0
        var r = new ModularEngine().Compute(notABasis, Options);
        Assert.That(ReducedBasis.AreEqual(r.Basis, new BuchbergerEngine().Compute(notABasis).Basis), Is.True);
        Assert.That(r.Primes, Is.Not.Empty);
    }

    [TestCase("cyclic4-qq", "grevlex")]
    [TestCase("cyclic4-qq", "lex")]
    [TestCase("cyclic5-qq", "grevlex")]
    [TestCase("katsura4-qq", "grevlex")]
    [TestCase("katsura5-qq", "grevlex")]
    [TestCase("noon4-qq", "grevlex")]
    [TestCase("katsura4-qq", "elim(x0,x1)")]
    [TestCase("cyclic4-qq", "elim(x0)")]
    public void ClassicSystemsMatchBuchberger(string name, string order)
    {
        var (_, polys) = TestSystems.Rationals(name, order);
        AssertSameAsBuchberger(polys, $"{name} {order}");
    }

    [TestCase("grevlex")]
    [TestCase("lex")]
    [TestCase("elim")]
    public void RandomIdealsMatchBuchberger(string orderKind)
    {
        int seed = 20261125 + orderKind.Length;
        TestContext.Out.WriteLine($"seed {seed}");
        var rng = new Random(seed);
        for (int trial = 0; trial < 6; trial++)
        {
            int n = 2 + trial % 3;
            var vars = Enumerable.Range(0, n).Select(i => $"x{i}").ToArray();
            var order = orderKind == "elim" ? MonomialOrders.Parse("elim(x0)", vars) : MonomialOrders.Parse(orderKind, vars);
            var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), vars, order);
            var polys = new List<Polynomial<Rational, RationalField>>();
            int count = 2 + rng.Next(2);
            int maxDeg = n == 2 ? 3 : 2;
            for (int k = 0; k < count; k++)
            {
                var terms = new List<(Rational, int[])>();
                int len = 3 + rng.Next(3);
                for (int t = 0; t < len; t++)
                {
                    // One term of top degree, the others of lower degree (a constant now and then).
                    var e = new int[n];
                    int d = t == 0 ? maxDeg : rng.Next(4) == 0 ? 0 : rng.Next(1, maxDeg + 1);
                    for (int s = 0; s < d; s++) e[rng.Next(n)]++;
                    int num = rng.Next(-9, 10);
                    if (num == 0) num = 1;
                    terms.Add((new Rational(num, rng.Next(1, 4)), e));
                }
                polys.Add(Polynomial<Rational, RationalField>.FromTerms(ring, terms));
            }
            AssertSameAsBuchberger(polys, $"random trial {trial} ({orderKind}): {string.Join(", ", polys)}");
        }
    }

    [Test]
    public void UnluckyPrimeIsDiscarded()
    {
        // Over QQ, f2 − f1 = p·y² puts y² into the ideal; modulo p the two generators coincide,
        // so p gives a basis with other leading monomials (and the same leading coefficients).
        const uint p = 2147483647;
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        var polys = new[] { ring.Parse("x*y - z"), ring.Parse($"x*y - z + {p}*y^2") };
        var primes = new uint[] { p, 2147483629, 2147483587, 2147483579, 2147483563, 2147483549, 2147483543, 2147483497 };
        var engine = new ModularEngine(primes) { Seed = 7 };
        var r = engine.Compute(polys, Options);
        TestContext.Out.WriteLine(r.VerificationNote);
        var expected = new BuchbergerEngine().Compute(polys).Basis;
        Assert.That(ReducedBasis.AreEqual(r.Basis, expected), Is.True);
        Assert.That(r.Primes, Does.Not.Contain(p));
        Assert.That(r.VerificationNote, Does.Contain("unlucky prime(s) " + p));
        Assert.That(r.Verified, Is.True);
        // The lift state reports itself through the statistics.
        var m = r.Statistics.Modular!;
        Assert.That(m.UnluckyPrimes, Is.EqualTo(1));
        Assert.That(m.PrimesLifted, Is.EqualTo(r.Primes.Count));
        Assert.That(m.PrimesComputed, Is.EqualTo(r.Statistics.Steps));
        Assert.That(m.PrimesComputed, Is.EqualTo(m.PrimesLifted + m.UnluckyPrimes));
        Assert.That(m.ReconstructionAttempts, Is.GreaterThanOrEqualTo(1));
        Assert.That(m.ImageSeconds, Is.GreaterThan(0));
        Assert.That(m.VerificationSeconds, Is.GreaterThan(0));
    }

    [Test]
    public void UnluckyMajorityIsCaughtByVerification()
    {
        // Only bad primes at first: both p1 and p2 see the wrong basis, which wins the vote and lifts
        // consistently; exact verification rejects it and the good primes that follow win.
        const uint p1 = 2147483647, p2 = 2147483629;
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        var polys = new[] { ring.Parse("x*y - z"), ring.Parse($"x*y - z + {(System.Numerics.BigInteger)p1 * p2}*y^2") };
        var primes = new uint[] { p1, p2, 2147483587, 2147483579, 2147483563, 2147483549, 2147483543, 2147483497, 2147483489, 2147483477 };
        var r = new ModularEngine(primes) { Seed = 3 }.Compute(polys, Options with { Threads = 1 });
        TestContext.Out.WriteLine(r.VerificationNote);
        var expected = new BuchbergerEngine().Compute(polys).Basis;
        Assert.That(ReducedBasis.AreEqual(r.Basis, expected), Is.True);
        Assert.That(r.Primes, Does.Not.Contain(p1).And.Not.Contain(p2));
        Assert.That(r.Verified, Is.True);
    }

    [Test]
    public void VerificationRejectsAWrongCandidate()
    {
        var (ring, polys) = TestSystems.Rationals("cyclic4-qq");
        var good = new BuchbergerEngine().Compute(polys).Basis.ToList();
        var ok = ModularVerification.Verify(good, polys, 2, default);
        Assert.That(ok.Passed && ok.Proved, Is.True, ok.Note);

        // Perturb one tail coefficient by a tiny rational: no longer a Gröbner basis of the ideal.
        var last = good[^1];
        var bad = good.ToList();
        bad[^1] = last + Polynomial<Rational, RationalField>.Constant(ring, new Rational(1, 1000003));
        var wrong = ModularVerification.Verify(bad, polys, 2, default);
        TestContext.Out.WriteLine(wrong.Note);
        Assert.That(wrong.Passed, Is.False);

        // A smaller ideal (one generator dropped): a Gröbner basis, but the inputs are not all in it.
        var partial = new BuchbergerEngine().Compute(polys.Take(3).ToList()).Basis;
        var notContaining = ModularVerification.Verify(partial, polys, 2, default);
        TestContext.Out.WriteLine(notContaining.Note);
        Assert.That(notContaining.Passed, Is.False);
        Assert.That(notContaining.Note, Does.Contain("input"));
    }

    [Test]
    public void CriteriaCheckAgreesWithBuchbergersCriterion()
    {
        // Monic sets that are or are not Gröbner bases: the criteria-pruned exact check must
        // agree with the plain all-pairs check of GroebnerChecks.IsGroebnerBasis.
        const int seed = 4242;
        TestContext.Out.WriteLine($"seed {seed}");
        var rng = new Random(seed);
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        int agreeingGb = 0;
        for (int trial = 0; trial < 30; trial++)
        {
            var set = new List<Polynomial<Rational, RationalField>>();
            for (int k = 0; k < 2 + rng.Next(3); k++)
            {
                var terms = new List<(Rational, int[])>();
                for (int t = 0; t < 2 + rng.Next(2); t++)
                    terms.Add((new Rational(rng.Next(1, 6) * (rng.Next(2) == 0 ? 1 : -1), rng.Next(1, 3)), new[] { rng.Next(3), rng.Next(3), rng.Next(2) }));
                var f = Polynomial<Rational, RationalField>.FromTerms(ring, terms);
                if (!f.IsZero) set.Add(f.MakeMonic());
            }
            if (set.Count == 0) continue;
            if (trial % 2 == 0) set = new BuchbergerEngine().Compute(set).Basis.ToList(); // half of them true bases
            bool expected = GroebnerChecks.IsGroebnerBasis(set);
            var outcome = ModularVerification.Verify(set, set, 2, default);
            Assert.That(outcome.Passed, Is.EqualTo(expected), $"trial {trial}: {string.Join(", ", set)}");
            if (expected) agreeingGb++;
        }
        Assert.That(agreeingGb, Is.GreaterThanOrEqualTo(15));
    }

    [Test]
    public void SharedDenominatorsLiftFromFewerPrimesThanTheBalancedBoundsNeed()
    {
        // katsura-7 over QQ: each coefficient n/d alone needs 2·max(|n|, d) bits of modulus; with one denominator per
        // basis element (ResidueVector.TryReconstructGrouped) far fewer primes suffice. The basis is proved (exact
        // verification), and the count of primes is read off the result, not timed.
        var (_, polys) = TestSystems.Rationals("katsura7-qq");
        var r = new ModularEngine { Seed = 3 }.Compute(polys, new GroebnerOptions { Threads = 1 });
        Assert.That(r.Verified, Is.True);
        long balancedBits = 0;
        foreach (var g in r.Basis)
            for (int t = 0; t < g.Length; t++)
            {
                var c = g.CoefficientAt(t);
                balancedBits = Math.Max(balancedBits, 2 * Math.Max((long)System.Numerics.BigInteger.Abs(c.Numerator).GetBitLength(), (long)c.Denominator.GetBitLength()) + 1);
            }
        int balancedPrimes = (int)((balancedBits + 30) / 31);
        TestContext.Out.WriteLine($"primes lifted {r.Primes.Count}; the balanced bounds need at least {balancedPrimes}");
        Assert.That(r.Primes.Count, Is.LessThanOrEqualTo(balancedPrimes - 3)); // 8 against 11 (one of the 8 only confirms)
    }

    [Test]
    public void DefaultPerPrimeEngine()
    {
        var (_, polys) = TestSystems.Rationals("katsura4-qq");
        var r = new ModularEngine { Seed = 9 }.Compute(polys, new GroebnerOptions { Threads = 2 });
        TestContext.Out.WriteLine(r.VerificationNote);
        Assert.That(ReducedBasis.AreEqual(r.Basis, new BuchbergerEngine().Compute(polys).Basis), Is.True);
        Assert.That(r.VerificationNote, Does.Contain("per-prime engine " + GroebnerEngines.ForPrimeFields().Name));
    }

    [Test]
    public void ProbabilisticAndUnverifiedModes()
    {
        var (_, polys) = TestSystems.Rationals("katsura4-qq");
        var expected = new BuchbergerEngine().Compute(polys).Basis;
        var prob = new ModularEngine { Seed = 5 }.Compute(polys, Options with { Verification = VerificationMode.Probabilistic });
        Assert.That(ReducedBasis.AreEqual(prob.Basis, expected), Is.True);
        Assert.That(prob.Verified, Is.False);
        Assert.That(prob.VerificationNote, Does.Contain("probabilistic"));

        var none = new ModularEngine().Compute(polys, Options with { Verification = VerificationMode.None });
        Assert.That(ReducedBasis.AreEqual(none.Basis, expected), Is.True);
        Assert.That(none.Verified, Is.False);
        Assert.That(none.VerificationNote, Does.Contain("not verified"));
    }

    [Test]
    public void RandomPrimeCheckRejectsAPerturbedBasisAndPassesTheTrueOne()
    {
        var (ring, polys) = TestSystems.Rationals("katsura4-qq");
        var inputs = polys.Select(PrimitivePart.Of).ToList();
        var truth = new BuchbergerEngine().Compute(polys).Basis;
        ModularImage[] Images(List<uint> primes) => primes.Select(q =>
        {
            var f = new PrimeField(q);
            var rq = new PolynomialRing<uint, PrimeField>(f, ring.Variables, ring.Order);
            var basis = new F4.F4Engine().Compute(inputs.Select(p => p.MapCoefficients(rq, c => f.FromInteger(c.Numerator))).ToList()).Basis;
            return new ModularImage(q, basis, new GroebnerStatistics());
        }).ToArray();

        var pass = RandomPrimeCheck.Check(truth, inputs, Images, new Random(3), new HashSet<uint>());
        Assert.That(pass.Passed, Is.True, pass.Note);
        Assert.That(pass.Proved, Is.False);
        Assert.That(pass.Note, Does.Contain("probability at most"));

        // The constant term of one element off by 1/(2^31 − 1): different modulo every prime in [2^30, 2^31 − 1).
        var wrong = truth.ToList();
        wrong[^1] = wrong[^1] + Polynomial<Rational, RationalField>.Constant(ring, new Rational(1, 2147483647));
        var fail = RandomPrimeCheck.Check(wrong, inputs, Images, new Random(3), new HashSet<uint>());
        Assert.That(fail.Passed, Is.False, fail.Note);
    }

    /// <summary>
    /// An input built so that the first primes of the lift are all unlucky (a coefficient ≡ 1 modulo each of them, where
    /// the system collapses to the unit ideal): the lift's majority was {1}, and the exact check, which proves only
    /// ⟨F⟩ ⊆ ⟨G⟩ for inhomogeneous F, passed it. The random primes of the luck check refuse it; the basis is Buchberger's.
    /// </summary>
    [TestCase(3, 1)]
    [TestCase(3, 2)]
    [TestCase(4, 2)]
    [TestCase(6, 2)]
    public void UnluckyFirstPrimesDoNotDecideAnInhomogeneousBasis(int unlucky, int threads)
    {
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        var product = Primes.DescendingFrom(int.MaxValue).Take(unlucky).Aggregate(System.Numerics.BigInteger.One, (a, p) => a * p);
        var polys = new[] { ring.Parse("x*y - 1"), ring.Parse($"x - {product + 1}*y + z"), ring.Parse("z - y") };
        var expected = new BuchbergerEngine().Compute(polys).Basis;
        Assert.That(expected.Count, Is.EqualTo(3));
        var r = new ModularEngine { Seed = 11 }.Compute(polys, Options with { Threads = threads });
        TestContext.Out.WriteLine($"{r.Primes.Count} primes; {r.VerificationNote}");
        Assert.That(ReducedBasis.AreEqual(r.Basis, expected), Is.True, string.Join(", ", r.Basis));
        Assert.That(r.Verified, Is.True);
        Assert.That(r.VerificationNote, Does.Contain("random primes"));
    }

    [Test]
    public void EdgeCases()
    {
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
        var empty = new ModularEngine().Compute(new List<Polynomial<Rational, RationalField>> { ring.Zero }, Options);
        Assert.That(empty.Basis, Is.Empty);

        var unit = new ModularEngine().Compute(new[] { ring.Parse("x - 1"), ring.Parse("x - 2") }, Options);
        Assert.That(unit.Basis.Count, Is.EqualTo(1));
        Assert.That(unit.Basis[0].IsConstant, Is.True);
        Assert.That(unit.Verified, Is.True);

        // Denominators and a big coefficient that needs several primes.
        var big = new ModularEngine { Seed = 2 }.Compute(new[] { ring.Parse("x^2 - 123456789012345678901234567890/7*y"), ring.Parse("2/3*x*y - 1") }, Options);
        var expected = new BuchbergerEngine().Compute(new[] { ring.Parse("x^2 - 123456789012345678901234567890/7*y"), ring.Parse("2/3*x*y - 1") }).Basis;
        Assert.That(ReducedBasis.AreEqual(big.Basis, expected), Is.True);
        Assert.That(big.Primes.Count, Is.GreaterThan(2));
    }

    [Test]
    public void RejectsPrimeFields()
    {
        var (_, polys) = TestSystems.Modular("cyclic4-gf32003");
        Assert.That(new ModularEngine().Supports<uint, PrimeField>(new PrimeField(32003)), Is.False);
        var e = Assert.Throws<Elimination.Core.Errors.UnsupportedFieldException>(() => new ModularEngine().Compute(polys));
        Assert.That(e!.Message, Does.Contain("QQ"));
    }

    [Test]
    public void CancellationStopsPromptly()
    {
        var (_, polys) = TestSystems.Rationals("katsura5-qq");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => new ModularEngine().Compute(polys, Options with { Cancellation = cts.Token }),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void ReportsProgress()
    {
        var (_, polys) = TestSystems.Rationals("cyclic4-qq");
        var notes = new List<GroebnerProgress>();
        var progress = new SynchronousProgress(notes.Add);
        new ModularEngine().Compute(polys, Options with { Progress = progress });
        Assert.That(notes, Is.Not.Empty);
        Assert.That(notes.All(n => n.Engine == "modular"));
        Assert.That(notes.Any(n => n.Note!.Contains("verifying")), Is.True);
    }

    private sealed class SynchronousProgress(Action<GroebnerProgress> report) : IProgress<GroebnerProgress>
    {
        public void Report(GroebnerProgress value) { lock (this) report(value); }
    }
}
