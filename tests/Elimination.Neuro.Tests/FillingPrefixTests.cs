using Elimination.Core.Fields;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>
/// Networks whose first layers fill their output space are eliminated with those layers replaced by free forms
/// (<see cref="FillingPrefix"/>): the ideal is the whole network's, and the equations vanish on the whole network.
/// </summary>
public class FillingPrefixTests
{
    private static readonly RationalField Q = new();

    [TestCase(new[] { 2, 2, 1, 1 }, 2)]
    [TestCase(new[] { 2, 3, 1, 1 }, 2)]
    [TestCase(new[] { 2, 3, 1, 2 }, 2)]
    public void ReducedParametrisationGivesTheSameIdeal(int[] widths, int r)
    {
        var arch = new PolynomialMlp(widths, Activation.Power(r));
        var reduced = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = false });
        var whole = NeuroVariety.Compute<Rational, RationalField>(arch, Q,
            new NeuroVarietyOptions { Interpolate = false, ReducePrefix = false, SliceRescalings = false });
        Assert.That(reduced.Method, Does.Contain("layers 1..2 fill"), reduced.Method);
        Assert.That(whole.Method, Is.EqualTo("elimination"));
        Assert.That(reduced.Ideal.Equals(whole.Ideal), Is.True, $"{string.Join(", ", reduced.Equations)} vs {string.Join(", ", whole.Equations)}");
    }

    /// <summary>
    /// σ = x³ after a filling (2,k,1) prefix: the closure of the cubes of binary cubics (260 quartics, dimension 4,
    /// degree 27, the whole network's ideal by elimination: README, issue 14), for k = 2 and for k = 3 alike.
    /// </summary>
    [TestCase(new[] { 2, 2, 1, 1 })]
    [TestCase(new[] { 2, 3, 1, 1 })]
    public void CubesOfBinaryCubics(int[] widths)
    {
        var arch = new PolynomialMlp(widths, Activation.Power(3));
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        Assert.That(v.Equations, Has.Count.EqualTo(260));
        Assert.That(v.Equations.All(g => g.Degree == 4), Is.True);
        Assert.That(v.Dimension, Is.EqualTo(4));
        Assert.That(v.Degree, Is.EqualTo(new System.Numerics.BigInteger(27)));
        var check = CompositionCheck.Run(Parametrisation.Of(arch), v.Equations.ToList());
        Assert.That(check.AllVanish, Is.True, check.Note);
    }

    /// <summary>
    /// With biases the whole network's elimination does not finish in a minute; the reduced map (w3·h² + b3 for a free
    /// inhomogeneous binary quadric h) gives 220 equations that vanish on the whole network, of the network's dimension.
    /// </summary>
    [Test]
    public void WithBiases()
    {
        var arch = new PolynomialMlp(new[] { 2, 2, 1, 1 }, Activation.Power(2), bias: true);
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = false });
        Assert.That(v.Method, Does.Contain("layers 1..2 fill their 6 coordinates"), v.Method);
        Assert.That(v.Equations, Has.Count.EqualTo(220));
        Assert.That(v.Dimension, Is.EqualTo(BackpropagationDimension.Compute(arch).Dimension));
        var check = CompositionCheck.Run(Parametrisation.Of(arch), v.Equations.ToList());
        Assert.That(check.AllVanish && check.Exact, Is.True, check.Note);
    }

    [Test]
    public void NothingToReduceWithoutAFillingPrefix()
    {
        Assert.That(FillingPrefix.TryReduce(new PolynomialMlp(new[] { 2, 1, 1, 1 }, Activation.Power(2))), Is.Null, "(2,1,1) x^2 is a curve of binary quadrics");
        Assert.That(FillingPrefix.TryReduce(new PolynomialMlp(new[] { 2, 2, 2, 1 }, Activation.Power(3))), Is.Null, "(2,2,2) x^3 has dimension 6 < 8");
        Assert.That(FillingPrefix.TryReduce(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(2))), Is.Null, "two layers: only the trivial prefix");
        Assert.That(FillingPrefix.TryReduce(new PolynomialMlp(new[] { 2, 2, 1, 1 }, Activation.Parse("x^3 + x"))), Is.Null, "σ not a monomial");
        var r = FillingPrefix.TryReduce(new PolynomialMlp(new[] { 2, 2, 1, 1 }, Activation.Power(3)));
        Assert.That(r, Is.Not.Null);
        Assert.That(r!.Layers, Is.EqualTo(2));
        Assert.That(r.Ring.VariableCount, Is.EqualTo(5), "a free binary cubic and w3_00");
        Assert.That(r.Coordinates.All(c => c.IsHomogeneous && c.Degree == 4), Is.True);
    }
}
