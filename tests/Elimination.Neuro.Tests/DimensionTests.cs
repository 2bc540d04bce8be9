using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

public class DimensionTests
{
    [TestCase(2)]
    [TestCase(3)]
    public void Mlp221IsFilling(int r)
    {
        var report = DimensionReport.Compute(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(r)));
        Assert.That(report.Ambient, Is.EqualTo(r + 1));
        Assert.That(report.Dimension, Is.EqualTo(r + 1));
        Assert.That(report.Filling, Is.True);
        Assert.That(report.Result.Proved, Is.True);
    }

    [Test]
    public void Linear323IsTheDeterminantalHypersurface()
    {
        var report = DimensionReport.Compute(new LinearNetwork(new[] { 3, 2, 3 }));
        Assert.That(report.Ambient, Is.EqualTo(9));
        Assert.That(report.Parameters, Is.EqualTo(12));
        Assert.That(report.Dimension, Is.EqualTo(8));
        Assert.That(report.Defect, Is.EqualTo(0));
    }

    [Test]
    public void LinearNetworksHaveTheDeterminantalDimension()
    {
        foreach (var w in new[] { new[] { 3, 5, 3 }, new[] { 4, 2, 5 }, new[] { 2, 3, 1, 4 }, new[] { 5, 3, 4, 6 } })
        {
            int m = w.Min();
            var report = DimensionReport.Compute(new LinearNetwork(w));
            Assert.That(report.Dimension, Is.EqualTo(m * (w[0] + w[^1] - m)), string.Join(",", w));
            Assert.That(report.Defect, Is.EqualTo(0));
        }
    }

    [Test]
    public void Deep3333SquareNetwork()
    {
        var arch = new PolynomialMlp(new[] { 3, 3, 3, 3 }, Activation.Power(2));
        var report = DimensionReport.Compute(arch);
        TestContext.Out.WriteLine($"(3,3,3,3) x^2: ambient {report.Ambient}, expected {report.Expected}, dimension {report.Dimension}, {report.Certainty}, {report.Result.Seconds:F3}s");
        Assert.That(report.Ambient, Is.EqualTo(45));
        Assert.That(report.Parameters, Is.EqualTo(27));
        Assert.That(report.Expected, Is.EqualTo(21));
        Assert.That(report.Dimension, Is.EqualTo(21));
        Assert.That(report.Result.Proved, Is.True);
    }

    [Test]
    public void BiasesAndNonMonomialActivations()
    {
        // With biases the (2,2,1) x^2 network still has 2 rescalings; σ = x^2 + x has none without biases.
        var biased = DimensionReport.Compute(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(2), bias: true));
        Assert.That(biased.Ambient, Is.EqualTo(6));
        Assert.That(biased.Parameters, Is.EqualTo(9));
        Assert.That(biased.Symmetry, Is.EqualTo(2));
        Assert.That(biased.Dimension, Is.LessThanOrEqualTo(biased.Expected));
        var mixed = new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Parse("x^3 + x"));
        Assert.That(mixed.OutputDegrees, Is.EqualTo(new[] { 3, 1 }));
        Assert.That(mixed.Coordinates.Count, Is.EqualTo(6));
        Assert.That(mixed.SymmetryDimension, Is.EqualTo(0));
    }

    [Test]
    public void ShiftedPowerWithBiasesKeepsRescalings()
    {
        var a = Activation.Parse("x^2 + 2*x + 1");
        Assert.That(a.IsShiftedPower, Is.True);
        Assert.That(Activation.Parse("x^3 + x").IsShiftedPower, Is.False);
        Assert.That(new PolynomialMlp(new[] { 2, 3, 1 }, a, bias: true).SymmetryDimension, Is.EqualTo(3));
        Assert.That(new PolynomialMlp(new[] { 2, 3, 1 }, a, bias: false).SymmetryDimension, Is.EqualTo(0));
    }

    [Test]
    public void BadActivationsAreRejectedClearly()
    {
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => Activation.Parse("x*y"));
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => Activation.Parse("3"));
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => Activation.Parse("x^"));
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => new PolynomialMlp(new[] { 3 }, Activation.Power(2)));
    }
}
