using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>The back-propagation rank equals the rank of the symbolic Jacobian of the expanded coefficients.</summary>
public class JacobianAgreementTests
{
    public static IEnumerable<TestCaseData> Architectures()
    {
        yield return new TestCaseData(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(3))).SetName("mlp 2,2,1 x^3");
        yield return new TestCaseData(new PolynomialMlp(new[] { 3, 2, 2 }, Activation.Power(2))).SetName("mlp 3,2,2 x^2");
        yield return new TestCaseData(new PolynomialMlp(new[] { 2, 2, 2, 1 }, Activation.Power(2))).SetName("mlp 2,2,2,1 x^2");
        yield return new TestCaseData(new PolynomialMlp(new[] { 2, 3, 1 }, Activation.Power(2), bias: true)).SetName("mlp 2,3,1 x^2 bias");
        yield return new TestCaseData(new PolynomialMlp(new[] { 2, 2, 2 }, Activation.Parse("x^3 + x"))).SetName("mlp 2,2,2 x^3+x");
        yield return new TestCaseData(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Parse("1/2*x^2 - 3*x + 1"), bias: true)).SetName("mlp 2,2,1 rational sigma bias");
        yield return new TestCaseData(new LinearNetwork(new[] { 3, 2, 3 })).SetName("linear 3,2,3");
        yield return new TestCaseData(MultiChannelConvolutionalNetwork.SingleChannel(5, new[] { 2, 2 }, new[] { 1, 1 }, Activation.Power(2))).SetName("cnn 5;2,2;1,1 x^2");
        yield return new TestCaseData(MultiChannelConvolutionalNetwork.SingleChannel(6, new[] { 2, 3 }, new[] { 2, 1 }, Activation.Power(3))).SetName("cnn 6;2,3;2,1 x^3");
        yield return new TestCaseData(DeepLightningSelfAttention.SingleLayer(2, 1, 1, 2)).SetName("attention 2,1,1,2");
        yield return new TestCaseData(DeepLightningSelfAttention.SingleLayer(2, 2, 2, 2)).SetName("attention 2,2,2,2");
        yield return new TestCaseData(new Subnetwork(new PolynomialMlp(new[] { 3, 3, 1 }, Activation.Power(2)), new[] { 0, 4 })).SetName("subnetwork mlp 3,3,1 x^2");
    }

    [TestCaseSource(nameof(Architectures))]
    public void BackpropagationRankEqualsSymbolicRank(INeuralArchitecture arch)
    {
        var map = Parametrisation.Of(arch);
        int symbolic = JacobianRank.Compute(map, seed: 7);
        var result = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = 11 });
        TestContext.Out.WriteLine($"{arch.Description}: P={arch.ParameterCount} ambient={arch.Coordinates.Count} symbolic={symbolic} backprop={result.Dimension} seed=11");
        Assert.That(result.Dimension, Is.EqualTo(symbolic));
        Assert.That(result.Dimension, Is.LessThanOrEqualTo(ExpectedDimension.Of(arch)));
    }

    [TestCaseSource(nameof(Architectures))]
    public void ModularEvaluationMatchesTheSymbolicOutputs(INeuralArchitecture arch)
    {
        // f_θ(x) from the evaluator equals Σ_k c_k(θ)·x^{e_k} from the expansion, at a random point mod p.
        var f = new Elimination.Core.Fields.PrimeField(1_000_003);
        var map = Parametrisation.Of(arch);
        var (_, coords) = map.Modulo(f);
        var rng = new Random(5);
        var theta = Enumerable.Range(0, arch.ParameterCount).Select(_ => (uint)rng.Next(1, 1_000_000)).ToArray();
        var x = Enumerable.Range(0, arch.InputCount).Select(_ => (uint)rng.Next(1, 1_000_000)).ToArray();
        var outputs = new uint[arch.OutputCount];
        var jac = new uint[arch.OutputCount * arch.ParameterCount];
        arch.CreateEvaluator(f).Evaluate(theta, x, outputs, jac);
        var expected = new uint[arch.OutputCount];
        for (int k = 0; k < coords.Length; k++)
        {
            var c = arch.Coordinates[k];
            uint v = coords[k].Evaluate(theta);
            for (int i = 0; i < x.Length; i++)
                for (int e = 0; e < c.Exponents[i]; e++) v = f.Mul(v, x[i]);
            expected[c.Output] = f.Add(expected[c.Output], v);
        }
        Assert.That(outputs, Is.EqualTo(expected));
    }
}
