using System.Diagnostics;
using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Modular;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>Degree-bounded equations lifted to ℚ (<c>DegreeBoundedEquations.ComputeExact</c>).</summary>
public class ExactEquationTests
{
    private static readonly RationalField Q = new();
    private static readonly INeuralArchitecture Klw = new PolynomialMlp(new[] { 3, 3, 3 }, Activation.Power(2));
    private static readonly Lazy<ExactDegreeBoundedResult> KlwQuartics = new(() => DegreeBoundedEquations.ComputeExact(Klw, 4, seed: 1));

    [Test]
    public void LiftedEquationsGenerateTheEliminationIdealOverQ()
    {
        foreach (var arch in new INeuralArchitecture[]
                 {
                     new LinearNetwork(new[] { 3, 2, 3 }),
                     new PolynomialMlp(new[] { 3, 2, 1 }, Activation.Power(2)),
                     new PolynomialMlp(new[] { 2, 2, 1, 1 }, Activation.Power(2)),
                 })
        {
            var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
            Assert.That(v.Equations, Is.Not.Empty, arch.Description);
            int top = v.Equations.Max(e => e.Degree);
            var d = DegreeBoundedEquations.ComputeExact(arch, top, seed: 9);
            Assert.That(d.Verified, Is.True, $"{arch.Description}: {d.Note}");
            Assert.That(d.CheckedSymbolically, Is.True);
            Assert.That(d.FailureProbability, Is.EqualTo(0.0));
            var lifted = new Ideal<Rational, RationalField>(v.Ideal.Ring, d.Equations.Select(e => Rings.Map(e, v.Ideal.Ring)));
            Assert.That(lifted.Equals(v.Ideal), Is.True, $"{arch.Description}: {string.Join(", ", d.Equations)}");
        }
    }

    [Test]
    public void Linear323IsExactlyTheDeterminant()
    {
        var d = DegreeBoundedEquations.ComputeExact(new LinearNetwork(new[] { 3, 2, 3 }), 3, seed: 5);
        Assert.That(d.Generators, Has.Count.EqualTo(1));
        // y(3i+j) = M[i][j]; primitive over ℤ with a positive leading coefficient (grevlex: y2*y4*y6).
        var det = d.Ring.Parse("y0*y4*y8 - y0*y5*y7 - y1*y3*y8 + y1*y5*y6 + y2*y3*y7 - y2*y4*y6");
        Assert.That(d.Equations[0], Is.EqualTo(-det));
        Assert.That(d.Generators[0].Multidegree, Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.That(d.Verified, Is.True, d.Note);
        Assert.That(d.Primes[0], Is.EqualTo(2147483647u));
        Assert.That(d.GradedPieces.Single(p => p.Equations > 0), Is.EqualTo((new[] { 1, 1, 1 }, 27, 1)).Using<(int[], int, int)>(SamePiece));
    }

    [Test]
    public void RandomPointFallbackIsProbabilisticAndAgrees()
    {
        var arch = new LinearNetwork(new[] { 3, 2, 3 });
        var d = DegreeBoundedEquations.ComputeExact(arch, 3, seed: 5, symbolicTermBudget: 0);
        Assert.That(d.CheckedSymbolically, Is.False);
        Assert.That(d.Verified, Is.False);
        // One equation of degree 3 in coordinates of degree 2 in θ: 1·(6/2^30)^2.
        Assert.That(d.FailureProbability, Is.EqualTo(36 / Math.Pow(2, 60)).Within(1e-30));
        Assert.That(d.Note, Does.Contain("probability"));
        Assert.That(d.Equations[0], Is.EqualTo(-d.Ring.Parse("y0*y4*y8 - y0*y5*y7 - y1*y3*y8 + y1*y5*y6 + y2*y3*y7 - y2*y4*y6")));
    }

    [TestCase(20_000_000L)]
    [TestCase(0L)]
    public void CompositionCheckRejectsNonMembers(long budget)
    {
        var map = Parametrisation.Of(new LinearNetwork(new[] { 3, 2, 3 }));
        var ring = new PolynomialRing<Rational, RationalField>(Q, Enumerable.Range(0, 9).Select(i => "y" + i).ToArray());
        var det = ring.Parse("y0*y4*y8 - y0*y5*y7 - y1*y3*y8 + y1*y5*y6 + y2*y3*y7 - y2*y4*y6");
        var outcome = CompositionCheck.Run(map, new[] { det, det + ring.Parse("y0*y1*y2") }, budget, seed: 3);
        Assert.That(outcome.AllVanish, Is.False);
        Assert.That(outcome.FirstFailure, Is.EqualTo(1));
        Assert.That(outcome.Exact, Is.EqualTo(budget > 0));
        Assert.That(CompositionCheck.Run(map, new[] { det, det.Scale(new Rational(-3, 7)) }, budget, seed: 3).AllVanish, Is.True);
    }

    [Test]
    public void RationalActivationCoefficientsAreReconstructed()
    {
        // σ(x) = x²/3 + x: the coordinates have denominators, the equations do not have to.
        var arch = new PolynomialMlp(new[] { 3, 2, 1 }, Activation.Parse("x^2/3 + x"));
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        int top = v.Equations.Count == 0 ? 2 : v.Equations.Max(e => e.Degree);
        var d = DegreeBoundedEquations.ComputeExact(arch, top, seed: 2);
        Assert.That(d.Verified, Is.True, d.Note);
        var lifted = new Ideal<Rational, RationalField>(v.Ideal.Ring, d.Equations.Select(e => Rings.Map(e, v.Ideal.Ring)));
        Assert.That(lifted.Equals(v.Ideal), Is.True, string.Join(", ", d.Equations));
        foreach (var e in d.Equations)
            Assert.That(e.Coefficients.ToArray().All(c => c.IsInteger), Is.True, e.ToString());
    }

    [Test]
    public void LargeCoefficientsAreLiftedFromSeveralPrimes()
    {
        // σ(x) = x² + 1000003·x + 99991: the equations' coefficients need more than two 31-bit primes.
        var arch = new PolynomialMlp(new[] { 3, 2, 1 }, Activation.Parse("x^2 + 1000003*x + 99991"));
        var d = DegreeBoundedEquations.ComputeExact(arch, 3, seed: 3);
        Assert.That(d.Verified, Is.True, d.Note);
        Assert.That(d.Primes, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(d.Primes.Take(3), Is.EqualTo(new[] { 2147483647u, 2147483629u, 2147483587u }));
        Assert.That(d.Generators, Has.Count.EqualTo(10));
        Assert.That(d.Equations.Max(e => e.Coefficients.ToArray().Max(c => BigInteger.Abs(c.Numerator))), Is.GreaterThan(new BigInteger(1) << 31));
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        var lifted = new Ideal<Rational, RationalField>(v.Ideal.Ring, d.Equations.Select(e => Rings.Map(e, v.Ideal.Ring)));
        Assert.That(lifted.Equals(v.Ideal), Is.True);
    }

    [Test]
    public void APrimeWithAnotherKernelShapeIsDiscarded()
    {
        var arch = new LinearNetwork(new[] { 3, 2, 3 });
        var map = Parametrisation.Of(arch);
        var layout = new GradedMonomials(arch.ScalingBlocks, arch.Coordinates.Count, 3);
        InterpolationImage Image(uint p, int seed)
        {
            var f = new PrimeField(p);
            return InterpolationImage.Compute(layout, map.Modulo(f).Coordinates, f, arch.ParameterCount, new Random(seed), default);
        }
        // A degenerate image: the (1,1,1) piece claims one more free column and generator.
        var good = Image(2147483587, 2);
        var pieces = good.Pieces.ToList();
        int at = pieces.FindIndex(p => p.Kernel.Count > 0);
        var extra = new uint[pieces[at].Kernel[0].Length];
        extra[0] = 1;
        pieces[at] = new InterpolationImage.Piece(new[] { 0 }.Concat(pieces[at].FreeColumns).ToArray(),
            new[] { extra }.Concat(pieces[at].Kernel).ToList(), new[] { 0, 1 });
        var bad = new InterpolationImage(2147483587, pieces);

        var lift = new MultiModularLift<InterpolationImage>((a, b) => a.SameShape(b));
        bool Add(InterpolationImage image)
        {
            if (lift.Add(image.Prime, image, image.Entries())) return true;
            if (lift.Candidate is null) lift.TryReconstruct();
            return false;
        }
        Assert.That(Add(Image(2147483647, 1)), Is.False);
        Assert.That(Add(bad), Is.False);                 // another shape: a group of its own, tie goes to the first
        Assert.That(Add(Image(2147483629, 3)), Is.True); // agrees with the first prime's lift
        var lifted = lift.Candidate;
        Assert.That(lifted, Is.Not.Null);
        Assert.That(lift.Used, Is.EqualTo(new[] { 2147483647u, 2147483629u }));
        Assert.That(lift.Discarded, Is.EqualTo(new[] { 2147483587u }));
        // The determinant's 6 coefficients ±1 (canonical basis: 1 at its free column).
        Assert.That(lifted!.Count(q => !q.IsZero), Is.EqualTo(6));
        Assert.That(lifted!.Where(q => !q.IsZero).All(q => q == Rational.One || q == -Rational.One), Is.True);
    }

    /// <summary>
    /// Kubjas–Li–Wiesmann V_{(3,3,3),2} ⊆ P⁵×P⁵×P⁵: nothing in degree ≤ 3 and 3 equations in each of the
    /// multidegrees (2,1,1), (1,2,1), (1,1,2), proved to vanish on the variety.
    /// </summary>
    [Test]
    public void KubjasLiWiesmann333HasNineExactQuartics()
    {
        var arch = Klw;
        var clock = Stopwatch.StartNew();
        var d = KlwQuartics.Value;
        TestContext.Out.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s (lift {d.LiftSeconds:0.00} s), primes {string.Join(" ", d.Primes)}");
        Assert.That(d.Verified, Is.True, d.Note);
        Assert.That(d.CheckedSymbolically, Is.True);
        var expected = new[] { "2,1,1", "2,1,1", "2,1,1", "1,2,1", "1,2,1", "1,2,1", "1,1,2", "1,1,2", "1,1,2" };
        Assert.That(d.Generators.Select(g => string.Join(",", g.Multidegree)), Is.EqualTo(expected));
        Assert.That(d.GradedPieces.Where(p => p.Equations > 0).Select(p => (string.Join(",", p.Multidegree), p.Monomials, p.Equations)),
            Is.EqualTo(new[] { ("2,1,1", 756, 3), ("1,2,1", 756, 3), ("1,1,2", 756, 3) }));
        foreach (var e in d.Equations)
        {
            Assert.That(e.Degree, Is.EqualTo(4));
            Assert.That(e.Coefficients.ToArray().All(c => c.IsInteger && BigInteger.Abs(c.Numerator) <= 8), Is.True, e.ToString());
        }
        // The third one exactly (canonical basis, made primitive).
        Assert.That(d.Equations[2].ToString(), Is.EqualTo(
            "y4^2*y8*y13-4*y3*y5*y8*y13-y2*y4*y10*y13+2*y1*y5*y10*y13+4*y2*y3*y11*y13-2*y1*y4*y11*y13-y4^2*y7*y14+4*y3*y5*y7*y14" +
            "+2*y2*y4*y9*y14-4*y1*y5*y9*y14-2*y2*y3*y10*y14+y1*y4*y10*y14-2*y2*y4*y8*y15+4*y1*y5*y8*y15+2*y2^2*y10*y15-8*y0*y5*y10*y15" +
            "-4*y1*y2*y11*y15+8*y0*y4*y11*y15+y2*y4*y7*y16-2*y1*y5*y7*y16+2*y2*y3*y8*y16-y1*y4*y8*y16-2*y2^2*y9*y16+8*y0*y5*y9*y16" +
            "+2*y1^2*y11*y16-8*y0*y3*y11*y16-4*y2*y3*y7*y17+2*y1*y4*y7*y17+4*y1*y2*y9*y17-8*y0*y4*y9*y17-2*y1^2*y10*y17+8*y0*y3*y10*y17"));
        // Independently of CompositionCheck: each vanishes at an exact point φ(θ), θ ∈ ℤ^18.
        var map = Parametrisation.Of(arch);
        var rng = new Random(77);
        var theta = Enumerable.Range(0, arch.ParameterCount).Select(_ => new Rational(rng.Next(-1000, 1000))).ToArray();
        var y = map.CoordinatePolynomials.Select(c => c.Evaluate(theta)).ToArray();
        foreach (var e in d.Equations) Assert.That(e.Evaluate(y).IsZero, Is.True);
    }

    /// <summary>
    /// The nine quartics cut out a set of affine dimension 15 = the back-propagation dimension of
    /// V_{(3,3,3),2}, so V is a component of their zero set (Gröbner basis over GF(32003)).
    /// </summary>
    [Test]
    public void KubjasLiWiesmann333NineQuarticsHaveDimension15()
    {
        var arch = Klw;
        var d = KlwQuartics.Value;
        var f = new PrimeField(32003);
        var ring = new PolynomialRing<uint, PrimeField>(f, d.Ring.Variables);
        var ideal = new Ideal<uint, PrimeField>(ring, d.Equations.Select(e => Rings.ModP(e, ring)));
        var clock = Stopwatch.StartNew();
        Assert.That(ideal.Dimension(), Is.EqualTo(15));
        TestContext.Out.WriteLine($"dimension of the nine quartics mod 32003: {clock.Elapsed.TotalSeconds:0.000} s");
        Assert.That(DimensionReport.Compute(arch).Dimension, Is.EqualTo(15));
    }

    private static bool SamePiece((int[] A, int M, int E) x, (int[] A, int M, int E) y) => x.A.SequenceEqual(y.A) && x.M == y.M && x.E == y.E;
}
