using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

public class FibreTests
{
    [Test]
    public void BinaryCubicWaringDecompositionIsUniqueUpToPermutation()
    {
        // (2,2,1) x^3: a generic binary cubic is a sum of two cubes in one way; fibre = 2 hidden-neuron rescalings + 2! permutations.
        var fibre = GenericFibre.Compute(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(3)), new FibreOptions { Seed = 3 });
        Assert.That(fibre.Dimension, Is.EqualTo(2));
        Assert.That(fibre.Points, Is.EqualTo(2), fibre.Note);
    }

    [Test]
    public void TernaryCubicsOfRankThreeAreIdentifiable()
    {
        var fibre = GenericFibre.Compute(new PolynomialMlp(new[] { 3, 3, 1 }, Activation.Power(3)), new FibreOptions { Seed = 4 });
        Assert.That(fibre.Dimension, Is.EqualTo(3));
        Assert.That(fibre.Points, Is.EqualTo(6), fibre.Note);
    }

    [Test]
    public void PositiveDimensionalExcessIsReported()
    {
        // (2,2,1) x^2 fills binary quadrics with 6 − 3 = 3 fibre dimensions, one more than the rescalings.
        var fibre = GenericFibre.Compute(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(2)));
        Assert.That(fibre.Dimension, Is.EqualTo(3));
        Assert.That(fibre.Finite, Is.False);
    }
}
