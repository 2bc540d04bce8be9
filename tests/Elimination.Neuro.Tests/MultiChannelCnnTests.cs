using Elimination.Core.Fields;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>Multi-channel 1-D polynomial CNNs (<see cref="MultiChannelConvolutionalNetwork"/>).</summary>
public class MultiChannelCnnTests
{
    private static MultiChannelConvolutionalNetwork Cnn(int n, int[] k, int[] s, int[] c, string sigma) =>
        new(n, k, s, c, Activation.Parse(sigma));

    public static IEnumerable<TestCaseData> OneChannelCases()
    {
        yield return new TestCaseData(5, new[] { 2, 2 }, new[] { 1, 1 }, "x^2").SetName("one channel 5;2,2;1,1 x^2");
        yield return new TestCaseData(6, new[] { 2, 3 }, new[] { 2, 1 }, "x^3").SetName("one channel 6;2,3;2,1 x^3");
        yield return new TestCaseData(7, new[] { 3, 2 }, new[] { 2, 1 }, "x^2 + x").SetName("one channel 7;3,2;2,1 x^2+x");
        yield return new TestCaseData(4, new[] { 2 }, new[] { 1 }, "x^2").SetName("one channel 4;2 (one layer)");
    }

    [TestCaseSource(nameof(OneChannelCases))]
    public void OneChannelIsTheSingleChannelCnn(int n, int[] k, int[] s, string sigma)
    {
        // The one-channel special case keeps its own spelling (no channel list; w{l}_{j}; x{i}).
        var single = MultiChannelConvolutionalNetwork.SingleChannel(n, k, s, Activation.Parse(sigma));
        var multi = Cnn(n, k, s, Enumerable.Repeat(1, k.Length + 1).ToArray(), sigma);
        Assert.That(single.Widths, Is.EqualTo($"{n};{string.Join(",", k)};{string.Join(",", s)}"));
        Assert.That(multi.Widths, Is.EqualTo(single.Widths));
        Assert.That(single.ParameterCount, Is.EqualTo(k.Sum()));
        Assert.That(single.ParameterNames[0], Is.EqualTo("w1_0"));
        Assert.That(single.InputNames, Is.EqualTo(Enumerable.Range(0, n).Select(i => $"x{i}")));
        Assert.That(single.SymmetryDimension, Is.EqualTo(Activation.Parse(sigma).IsMonomial ? k.Length - 1 : 0));
        var map = Parametrisation.Of(single);
        Assert.That(map.CoordinatePolynomials.Count, Is.EqualTo(single.Coordinates.Count));
        Assert.That(DimensionReport.Compute(single).Dimension, Is.EqualTo(JacobianRank.Compute(map, seed: 7)));
    }

    public static IEnumerable<TestCaseData> SmallNetworks()
    {
        yield return new TestCaseData(3, new[] { 1, 1 }, new[] { 1, 1 }, new[] { 2, 2, 1 }, "x^2").SetName("cnn 3;1,1;1,1;2,2,1 x^2");
        yield return new TestCaseData(4, new[] { 2, 2 }, new[] { 1, 1 }, new[] { 1, 2, 1 }, "x^3").SetName("cnn 4;2,2;1,1;1,2,1 x^3");
        yield return new TestCaseData(5, new[] { 2, 2 }, new[] { 1, 1 }, new[] { 2, 2, 2 }, "x^2").SetName("cnn 5;2,2;1,1;2,2,2 x^2");
        yield return new TestCaseData(5, new[] { 2, 2 }, new[] { 2, 1 }, new[] { 2, 2, 1 }, "x^2 + x").SetName("cnn 5;2,2;2,1;2,2,1 x^2+x");
        yield return new TestCaseData(4, new[] { 2 }, new[] { 2 }, new[] { 2, 3 }, "x^2").SetName("cnn 4;2;2;2,3 (one layer)");
    }

    [TestCaseSource(nameof(SmallNetworks))]
    public void BackpropagationRankEqualsSymbolicRank(int n, int[] k, int[] s, int[] c, string sigma)
    {
        var arch = Cnn(n, k, s, c, sigma);
        int symbolic = JacobianRank.Compute(Parametrisation.Of(arch), seed: 7);
        var result = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = 11 });
        TestContext.Out.WriteLine($"{arch.Description}: P={arch.ParameterCount} ambient={arch.Coordinates.Count} symbolic={symbolic} backprop={result.Dimension}");
        Assert.That(result.Dimension, Is.EqualTo(symbolic));
        Assert.That(result.Dimension, Is.LessThanOrEqualTo(ExpectedDimension.Of(arch)));
    }

    [TestCaseSource(nameof(SmallNetworks))]
    public void ModularEvaluationMatchesTheSymbolicOutputs(int n, int[] k, int[] s, int[] c, string sigma)
    {
        var arch = Cnn(n, k, s, c, sigma);
        var f = new PrimeField(1_000_003);
        var (_, coords) = Parametrisation.Of(arch).Modulo(f);
        var rng = new Random(5);
        var theta = DeepAttentionTests.Random(rng, f, arch.ParameterCount);
        var x = DeepAttentionTests.Random(rng, f, arch.InputCount);
        var (outputs, jac) = Evaluate(arch, f, theta, x);
        int P = arch.ParameterCount;
        var expected = new uint[arch.OutputCount];
        var expectedJac = new uint[arch.OutputCount * P];
        for (int q = 0; q < coords.Length; q++)
        {
            var coordinate = arch.Coordinates[q];
            uint monomial = 1;
            for (int i = 0; i < x.Length; i++)
                for (int e = 0; e < coordinate.Exponents[i]; e++) monomial = f.Mul(monomial, x[i]);
            expected[coordinate.Output] = f.Add(expected[coordinate.Output], f.Mul(coords[q].Evaluate(theta), monomial));
            for (int i = 0; i < P; i++)
                expectedJac[coordinate.Output * P + i] = f.Add(expectedJac[coordinate.Output * P + i], f.Mul(coords[q].Derivative(i).Evaluate(theta), monomial));
        }
        Assert.That(outputs, Is.EqualTo(expected));
        Assert.That(jac, Is.EqualTo(expectedJac));
    }

    [Test]
    public void SumOfTwoSquaresWithSharedWeightsHasDimensionThree()
    {
        // Input channels (x0, x1), filters of size 1, two hidden channels, σ = x²:
        // y[i] = Σ_o w2[o]·(w1[o][0]·x0_i + w1[o][1]·x1_i)², the same binary quadric at each of the 3
        // positions. Two squares of linear forms span every binary quadric: dimension 3, although the
        // ambient is 3 positions × 3 monomials = 9 and parameters − rescalings = 6 − 2 = 4 (defect 1).
        var arch = Cnn(3, new[] { 1, 1 }, new[] { 1, 1 }, new[] { 2, 2, 1 }, "x^2");
        var report = DimensionReport.Compute(arch);
        Assert.That(arch.AmbientDimension, Is.EqualTo(9));
        Assert.That(report.Expected, Is.EqualTo(4));
        Assert.That(report.Dimension, Is.EqualTo(3));
        Assert.That(report.Defect, Is.EqualTo(1));
        Assert.That(LinearSpan.Compute(arch), Is.EqualTo(3));
        // Two output channels: a generic pencil of binary quadrics contains two squares, so every pair of
        // quadrics is reached: dimension 6 = parameters − rescalings = 8 − 2, no defect.
        var two = Cnn(3, new[] { 1, 1 }, new[] { 1, 1 }, new[] { 2, 2, 2 }, "x^2");
        Assert.That(DimensionReport.Compute(two).Dimension, Is.EqualTo(6));
    }

    [Test]
    public void HiddenChannelRescalingsAreSymmetries()
    {
        // Each character χ (θ_i ↦ t^{e_i} θ_i) has tangent (e_i θ_i); the Jacobian must kill it.
        var arch = Cnn(8, new[] { 2, 2, 2 }, new[] { 2, 1, 1 }, new[] { 2, 3, 3, 2 }, "x^3");
        Assert.That(arch.SymmetryDimension, Is.EqualTo(6));
        Assert.That(arch.Rescalings.Count, Is.EqualTo(6));
        Assert.That(arch.NormalisedParameters.Count, Is.EqualTo(6));
        var f = new PrimeField(BackpropagationDimension.DefaultPrime);
        var rng = new Random(9);
        var theta = DeepAttentionTests.Random(rng, f, arch.ParameterCount);
        int P = arch.ParameterCount;
        for (int trial = 0; trial < 2; trial++)
        {
            var x = DeepAttentionTests.Random(rng, f, arch.InputCount);
            var (_, jac) = Evaluate(arch, f, theta, x);
            foreach (var chi in arch.Rescalings)
                for (int o = 0; o < arch.OutputCount; o++)
                {
                    ulong s = 0;
                    foreach (var (p, e) in chi)
                        s = (s + (ulong)jac[o * P + p] * f.Mul(theta[p], e >= 0 ? (uint)e : f.Neg((uint)-e))) % f.P;
                    Assert.That(s, Is.EqualTo(0UL));
                }
        }
        Assert.That(DimensionReport.Compute(arch).Result.Proved, Is.True);
        Assert.That(Cnn(8, new[] { 2, 2, 2 }, new[] { 2, 1, 1 }, new[] { 2, 3, 3, 2 }, "x^3 + x").SymmetryDimension, Is.EqualTo(0));
    }

    [Test]
    public void GenericFibreCountsTheHiddenChannelOrderings()
    {
        // 4;2,2;1,1;1,2,1 with x³: fibre dimension 2 (the rescalings) and 2 points after normalising.
        var arch = Cnn(4, new[] { 2, 2 }, new[] { 1, 1 }, new[] { 1, 2, 1 }, "x^3");
        var fibre = GenericFibre.Compute(arch, new FibreOptions { Seed = 2 });
        TestContext.Out.WriteLine(fibre.Note);
        Assert.That(fibre.Dimension, Is.EqualTo(2));
        Assert.That(fibre.Points, Is.EqualTo(2), fibre.Note);
    }

    [Test]
    public void SubnetworkKeepsTheSurvivingRescalings()
    {
        var arch = Cnn(5, new[] { 2, 2 }, new[] { 1, 1 }, new[] { 2, 2, 2 }, "x^2");
        var sub = new Subnetwork(arch, new[] { arch.WeightIndex(1, 0, 1, 0), arch.WeightIndex(1, 0, 1, 1) });
        Assert.That(sub.SymmetryDimension, Is.EqualTo(2));
        Assert.That(sub.ParameterNames, Does.Not.Contain("w1_0_1_0"));
        Assert.That(BackpropagationDimension.Compute(sub).Dimension, Is.LessThanOrEqualTo(ExpectedDimension.Of(sub)));
    }

    private static (uint[], uint[]) Evaluate(INeuralArchitecture arch, PrimeField f, uint[] theta, uint[] x)
    {
        var outputs = new uint[arch.OutputCount];
        var jac = new uint[arch.OutputCount * arch.ParameterCount];
        arch.CreateEvaluator(f).Evaluate(theta, x, outputs, jac);
        return (outputs, jac);
    }

    [Test]
    public void EquationsWithZeroAndRepeatedCoordinates()
    {
        // 118 of the 140 coordinates of cnn 8;3,3 x³ are zero or copies of others: they are set aside as linear relations,
        // and the kernel lift applies to the other 22 (the whole graph took 100 s over ℚ). Singular's eliminate agrees.
        var cnn = ArchitectureSpec.Parse("cnn 8;3,3 x^3");
        var v = NeuroVariety.Compute<Rational, RationalField>(cnn, new RationalField());
        Assert.That(v.Equations.Count, Is.EqualTo(329));
        Assert.That(v.Equations.Count(e => e.Degree == 1), Is.EqualTo(118));
        Assert.That((v.Dimension, (int)v.Degree), Is.EqualTo((5, 54)));
        Assert.That(v.Engine, Is.EqualTo("kernel-lift"));
        Assert.That(v.Ideal.GroebnerBasis().Verified, Is.True);
        Assert.That(v.Ideal.GroebnerBasis().VerificationNote, Does.Contain("118 coordinates are linear combinations of the other 22"));

        // σ = x² + x: images of degrees 3 and 2, each linear in the last filter, which scales the block without a λ.
        var strided = ArchitectureSpec.Parse("cnn 6;3,3;1,2 x^2 + x");
        var w = NeuroVariety.Compute<uint, PrimeField>(strided, new PrimeField(5));
        Assert.That(w.Equations.Count, Is.EqualTo(198));
        Assert.That(w.Equations.Count(e => e.Degree == 1), Is.EqualTo(3));
        Assert.That((w.Dimension, (int)w.Degree), Is.EqualTo((6, 70)));
        Assert.That(w.Implicitization!.GraphVariables.Any(n => n.StartsWith("lambda", StringComparison.Ordinal)), Is.False);
    }
}
