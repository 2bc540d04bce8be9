using Elimination.Core.Fields;
using Elimination.Ideals;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>
/// MLPs with σ = x^r are eliminated on the slice W_L[0, j] = 1 (<see cref="RescalingSlice"/>): the ideal is
/// the one of all parameters (with biases too), and without biases the sliced coordinates stay homogeneous, output 0
/// one degree below the others.
/// </summary>
public class RescalingSliceTests
{
    private static readonly RationalField Q = new();

    [TestCase(new[] { 2, 2, 2 }, 3)]
    [TestCase(new[] { 2, 2, 2 }, 4)]
    [TestCase(new[] { 3, 2, 1 }, 3)]
    [TestCase(new[] { 2, 2, 1, 2 }, 2)]
    [TestCase(new[] { 2, 3, 1, 2 }, 2)]
    [TestCase(new[] { 2, 2, 1, 1 }, 3)]
    public void SliceGivesTheIdealOfAllParameters(int[] widths, int r)
    {
        var arch = new PolynomialMlp(widths, Activation.Power(r));
        var sliced = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = false });
        var whole = NeuroVariety.Compute<Rational, RationalField>(arch, Q,
            new NeuroVarietyOptions { Interpolate = false, SliceRescalings = false });
        Assert.That(sliced.Method, Does.Contain("sliced by W"), sliced.Method);
        Assert.That(whole.Method, Does.Not.Contain("sliced"));
        Assert.That(sliced.Ideal.Equals(whole.Ideal), Is.True);
    }

    /// <summary>Over F_p too: the slice's closure is the network's over the algebraic closure of any field.</summary>
    [TestCase(new[] { 2, 2, 3 }, 2)]
    [TestCase(new[] { 2, 2, 2 }, 3)]
    [TestCase(new[] { 2, 2, 1, 2 }, 2)]
    [TestCase(new[] { 3, 2, 1 }, 3)]
    [TestCase(new[] { 3, 2, 1 }, 2, true)]
    [TestCase(new[] { 2, 1, 2 }, 3, true)]
    public void SliceGivesTheSameIdealModuloAPrime(int[] widths, int r, bool bias = false)
    {
        var arch = new PolynomialMlp(widths, Activation.Power(r), bias);
        var field = new PrimeField(32003);
        var sliced = NeuroVariety.Compute<uint, PrimeField>(arch, field);
        var whole = NeuroVariety.Compute<uint, PrimeField>(arch, field, new NeuroVarietyOptions { SliceRescalings = false });
        Assert.That(sliced.Method, Does.Contain("sliced by W"), sliced.Method);
        Assert.That(sliced.Ideal.Equals(whole.Ideal), Is.True);
    }

    [Test]
    public void SlicedCoordinatesAreHomogeneousWithOutputZeroOneDegreeLower()
    {
        var arch = new PolynomialMlp(new[] { 2, 2, 2, 2 }, Activation.Power(2));
        var map = Parametrisation.Of(arch);
        var slice = RescalingSlice.TryApply(arch, map.Ring, map.CoordinatePolynomials);
        Assert.That(slice, Is.Not.Null);
        var (ring, coordinates) = slice!.Value;
        Assert.That(ring.VariableCount, Is.EqualTo(arch.ParameterCount - 2));
        Assert.That(ring.Variables, Does.Not.Contain(arch.ParameterNames[arch.WeightIndex(3, 0, 0)]));
        for (int k = 0; k < coordinates.Length; k++)
        {
            Assert.That(coordinates[k].IsHomogeneous, Is.True);
            Assert.That(coordinates[k].Degree, Is.EqualTo(arch.Coordinates[k].Output == 0 ? 6 : 7));
        }
    }

    /// <summary>With biases the rescaling scales the neuron's bias too; the sliced map is inhomogeneous and goes through the graph's elimination without λ.</summary>
    [TestCase(new[] { 3, 2, 1 }, 2)]
    [TestCase(new[] { 2, 1, 2 }, 3)]
    [TestCase(new[] { 2, 1, 1 }, 2)]
    [TestCase(new[] { 2, 2, 1, 1 }, 2)]
    public void WithBiasesTheSliceGivesTheSameIdeal(int[] widths, int r)
    {
        var arch = new PolynomialMlp(widths, Activation.Power(r), bias: true);
        var sliced = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = false });
        var whole = NeuroVariety.Compute<Rational, RationalField>(arch, Q,
            new NeuroVarietyOptions { Interpolate = false, SliceRescalings = false });
        Assert.That(sliced.Method, Does.Contain("sliced by W"), sliced.Method);
        Assert.That(sliced.Ideal.IsZero, Is.False);
        Assert.That(sliced.Ideal.Equals(whole.Ideal), Is.True);
    }

    /// <summary>
    /// With biases the sliced coordinates are homogeneous under <see cref="RescalingGrading"/>'s weights (not under
    /// the total degree), so the kernel is lifted with its graded proof rather than by a graph basis over ℚ.
    /// </summary>
    [TestCase(new[] { 3, 2, 1 }, 2, 0)]
    [TestCase(new[] { 2, 2, 1, 1 }, 2, 2)]
    [TestCase(new[] { 2, 2, 2, 1 }, 3, 0)]
    public void WithBiasesTheRescalingsGradeTheSlicedCoordinates(int[] widths, int r, int prefix)
    {
        var arch = new PolynomialMlp(widths, Activation.Power(r), bias: true);
        var (ring, coordinates) = prefix > 0
            ? (FillingPrefix.TryReduce(arch)!.Ring, FillingPrefix.TryReduce(arch)!.Coordinates)
            : (Parametrisation.Of(arch).Ring, Parametrisation.Of(arch).CoordinatePolynomials.ToArray());
        var sliced = RescalingSlice.TryApply(arch, ring, coordinates)!.Value;
        var graded = RescalingGrading.Weights(arch, sliced.Ring.Variables, prefix);
        Assert.That(graded, Is.Not.Null);
        var weights = graded!;
        Assert.That(weights.All(w => w > 0), Is.True);
        foreach (var f in sliced.Coordinates)
        {
            var degrees = Enumerable.Range(0, f.Length).Select(t => Enumerable.Range(0, weights.Length)
                .Sum(v => weights[v] * Elimination.Core.Monomials.PackedMonomial.Exponent(f.MonomialAt(t), v))).Distinct().ToList();
            Assert.That(degrees, Has.Count.EqualTo(1), f.ToString());
        }
        Assert.That(sliced.Coordinates.Any(f => !f.IsHomogeneous), Is.True, "not graded by the total degree");
    }

    [TestCase(new[] { 3, 2, 1 }, 2)]
    [TestCase(new[] { 2, 2, 1, 1 }, 2)]
    public void WithBiasesTheKernelIsLifted(int[] widths, int r)
    {
        var arch = new PolynomialMlp(widths, Activation.Power(r), bias: true);
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = false });
        Assert.That(v.Ideal.GroebnerBasis().Engine, Is.EqualTo("kernel-lift"));
        Assert.That(RescalingGrading.Weights(new PolynomialMlp(widths, Activation.Power(r)), new[] { "w1_00" }, 0), Is.Null,
            "bias-free networks keep the total degree");
    }

    [Test]
    public void DeclinesOtherActivationsAndShallowNetworks()
    {
        foreach (var arch in new[]
                 {
                     new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Parse("x^3 + x")),
                     new PolynomialMlp(new[] { 2, 1 }, Activation.Power(2)),
                 })
        {
            var map = Parametrisation.Of(arch);
            Assert.That(RescalingSlice.TryApply(arch, map.Ring, map.CoordinatePolynomials), Is.Null, arch.Description);
        }
    }

    /// <summary>
    /// The certificate's map of (2,2,2,2) x²: the filling prefix (2,2,2) x² becomes two free binary quadrics (6
    /// parameters) before the last layer's 4 weights, and the counting slice fixes the first coefficient of each free
    /// form (no hidden neuron lies past the prefix). With biases the map is not homogeneous: no slice, no certificate.
    /// </summary>
    [Test]
    public void KernelMapIsThePrefixReducedMapAndItsCountingSlice()
    {
        var map = KernelMap.Of(new PolynomialMlp(new[] { 2, 2, 2, 2 }, Activation.Power(2)));
        Assert.That(map.Certifiable, Is.True);
        Assert.That(map.Images[0].Ring.VariableCount, Is.EqualTo(10));
        Assert.That(map.Slice, Is.Not.Null);
        Assert.That(map.Slice!.Count(s => s.IsConstant), Is.EqualTo(2), "h0 and h1 each have their first coefficient fixed");

        var biased = KernelMap.Of(new PolynomialMlp(new[] { 3, 2, 1 }, Activation.Power(2), bias: true));
        Assert.That(biased.Slice, Is.Null);
        Assert.That(biased.Certifiable, Is.False);
    }

    /// <summary>
    /// (2,2,2,2) x²: the 6 quintics of dimension 8 and degree 15 (README, issue 14), each composing to zero with the
    /// whole network — interpolated on the prefix's free forms and the counting slice, and proved the whole ideal
    /// by <see cref="KernelCertificate"/> (the slice's elimination, 5.5 s, found the same: README).
    /// </summary>
    [Test]
    public void PairsOfQuarticsInTheSpanOfTwoSquares()
    {
        var arch = new PolynomialMlp(new[] { 2, 2, 2, 2 }, Activation.Power(2));
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        Assert.That(v.Method, Does.Contain("interpolation in degrees <= 5").And.Contain("J = I(V), proved"), v.Method);
        Assert.That(v.Hilbert.Format(), Is.EqualTo("(1 + 2*t + 3*t^2 + 4*t^3 + 5*t^4)/(1-t)^8"));
        Assert.That(v.Equations, Has.Count.EqualTo(6));
        Assert.That(v.Equations.All(g => g.Degree == 5), Is.True);
        Assert.That(v.Dimension, Is.EqualTo(8));
        Assert.That(v.Degree, Is.EqualTo(new System.Numerics.BigInteger(15)));
        var check = CompositionCheck.Run(Parametrisation.Of(arch), v.Equations.ToList());
        Assert.That(check.AllVanish, Is.True, check.Note);
    }
}
