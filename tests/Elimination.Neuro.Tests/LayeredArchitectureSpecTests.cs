using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>The spec lines of attention stacks and multi-channel CNNs, and their canonical forms.</summary>
public class LayeredArchitectureSpecTests
{
    [TestCase("attention 3,2,2;2,1;2", typeof(DeepLightningSelfAttention), "attention 3,2,2;2,1;2")]
    [TestCase("attention 2,1;2;2", typeof(DeepLightningSelfAttention), "attention 2,1,2,2")]
    [TestCase("attention 2,1,2,2", typeof(DeepLightningSelfAttention), "attention 2,1,2,2")]
    [TestCase("cnn 6;2,3;2,1;2,3,1 x^3", typeof(MultiChannelConvolutionalNetwork), "cnn 6;2,3;2,1;2,3,1 x^3")]
    [TestCase("cnn 6;2,3;;2,3,1", typeof(MultiChannelConvolutionalNetwork), "cnn 6;2,3;1,1;2,3,1 x^2")]
    [TestCase("cnn 6;2,3;2,1;1,1,1 x^2", typeof(MultiChannelConvolutionalNetwork), "cnn 6;2,3;2,1 x^2")]
    [TestCase("cnn 6;2,3;2,1;2,3,1 x^2 zero=w1_0_0_0", typeof(Subnetwork), "cnn 6;2,3;2,1;2,3,1 x^2 zero=w1_0_0_0")]
    [TestCase("attention 2,2,1;1,1;2 zero=v1_0_0", typeof(Subnetwork), "attention 2,2,1;1,1;2 zero=v1_0_0")]
    public void ParsesAndWritesBack(string line, Type type, string canonical)
    {
        var arch = ArchitectureSpec.Parse(line);
        Assert.That(arch, Is.InstanceOf(type));
        Assert.That(ArchitectureSpec.Canonical(arch), Is.EqualTo(canonical));
        var again = ArchitectureSpec.Parse(canonical);
        Assert.That(ArchitectureSpec.Canonical(again), Is.EqualTo(canonical));
        Assert.That(again.ParameterCount, Is.EqualTo(arch.ParameterCount));
        Assert.That(again.AmbientDimension, Is.EqualTo(arch.AmbientDimension));
    }

    [Test]
    public void SizesAreReadInOrder()
    {
        var stack = (DeepLightningSelfAttention)ArchitectureSpec.Parse("attention 3,2,2;2,1;2");
        Assert.That(stack.FeatureWidths, Is.EqualTo(new[] { 3, 2, 2 }));
        Assert.That(stack.KeyWidths, Is.EqualTo(new[] { 2, 1 }));
        Assert.That(stack.T, Is.EqualTo(2));
        Assert.That(stack.ParameterCount, Is.EqualTo(2 * 3 + 2 * 2 * 3 + 2 * 2 + 2 * 1 * 2)); // V1, K1+Q1, V2, K2+Q2
        var cnn = (MultiChannelConvolutionalNetwork)ArchitectureSpec.Parse("cnn 6;2,3;2,1;2,3,1 x^3");
        Assert.That(cnn.Channels, Is.EqualTo(new[] { 2, 3, 1 }));
        Assert.That(cnn.LayerLengths, Is.EqualTo(new[] { 6, 3, 1 }));
        Assert.That(cnn.ParameterCount, Is.EqualTo(3 * 2 * 2 + 1 * 3 * 3));
        Assert.That(cnn.InputNames[0], Is.EqualTo("x0_0"));
        Assert.That(cnn.InputNames[^1], Is.EqualTo("x1_5"));
    }

    [TestCase("attention 2,2,1;1;2", "1 key/query size")]
    [TestCase("attention 2;;2", "at least one layer")]
    [TestCase("attention 2,2,1;1,1;2;4", "FEATURES;KEYS;TOKENS")]
    [TestCase("attention 2,2,1;1,1;2 x^2", "no activation")]
    [TestCase("cnn 6;2,3;2,1;2,3", "need 3 channel counts")]
    [TestCase("cnn 6;2,3;2;1,1,1", "2 filter size(s) but 1 stride(s)")]
    [TestCase("cnn 6;2,3;2,1;2,3,1 bias", "no biases")]
    [TestCase("cnn 2;3;1;1,2", "exceeds its input length")]
    public void MalformedLinesSayWhy(string line, string message)
    {
        var e = Assert.Catch<Exception>(() => ArchitectureSpec.Parse(line));
        Assert.That(e, Is.InstanceOf<Elimination.Core.Errors.InvalidInputException>());
        Assert.That(e!.Message, Does.Contain(message));
    }
}
