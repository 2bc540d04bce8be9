using Elimination.Core.Fields;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>
/// Known neurovarieties, one test per row: dimension, degree (of the affine cone) and the degrees of
/// a minimal generating set of the ideal over ℚ, each with its source. Rows marked "Singular" were
/// checked by `eliminate` in Singular 4 on the same parametrisation (2026-12-03).
/// </summary>
public class PublishedResultsTests
{
    private static readonly RationalField Q = new();

    public static IEnumerable<TestCaseData> Table()
    {
        // Linear networks: matrices of rank <= min width (determinantal varieties; Harris, Algebraic
        // Geometry, Ex. 19.10 for the degree; Trager-Kohn-Bruna, ICLR 2020, for the network view).
        yield return Row("linear 3,2,3", 8, 3, new[] { 3 }, "3x3 determinant");
        yield return Row("linear 3,1,3", 5, 6, Enumerable.Repeat(2, 9).ToArray(), "2x2 minors; Segre P2xP2, degree 6");
        yield return Row("linear 2,1,3", 4, 3, new[] { 2, 2, 2 }, "2x2 minors of a 3x2 matrix; Segre P1xP2, degree 3");
        yield return Row("linear 2,2,2", 4, 1, Array.Empty<int>(), "rank <= 2 fills 2x2 matrices");
        // Shallow MLPs with sigma = x^2: symmetric d0 x d0 matrices of rank <= d1 (Kileel-Trager-Bruna,
        // NeurIPS 2019, section 3; the degree of the symmetric determinantal variety, Harris-Tu 1984).
        yield return Row("mlp 2,1,1 x^2", 2, 2, new[] { 2 }, "discriminant b^2 - 4ac of binary quadrics");
        yield return Row("mlp 3,1,1 x^2", 3, 4, Enumerable.Repeat(2, 6).ToArray(), "cone over the Veronese surface, degree 4");
        yield return Row("mlp 3,2,1 x^2", 5, 3, new[] { 3 }, "symmetric 3x3 determinant");
        // Shallow MLPs with sigma = x^r, one hidden neuron: the cone over the rational normal curve of
        // degree r (Harris, Lecture 1), cut out by the r(r-1)/2 2x2 minors of its 2 x r catalecticant.
        yield return Row("mlp 2,1,1 x^3", 2, 3, new[] { 2, 2, 2 }, "twisted cubic cone");
        yield return Row("mlp 2,1,1 x^4", 2, 4, Enumerable.Repeat(2, 6).ToArray(), "rational normal quartic cone");
        // Sums of two fourth powers of binary forms: the 3x3 Hankel (catalecticant) determinant
        // (Sylvester 1851; Alexander-Hirschowitz with n = 1, Iarrobino-Kanev Thm 1.44).
        yield return Row("mlp 2,2,1 x^4", 4, 3, new[] { 3 }, "catalecticant cubic");
        yield return Row("mlp 2,2,1 x^3", 4, 1, Array.Empty<int>(), "binary cubics have generic rank 2: filling (Sylvester)");
        // Deeper / wider: checked with Singular's eliminate (7 cubics; one cubic).
        yield return Row("mlp 2,2,1,1 x^2", 3, 4, Enumerable.Repeat(3, 7).ToArray(), "squares of binary quadrics (Singular: 7 cubics)");
        yield return Row("mlp 2,2,3 x^2", 8, 3, new[] { 3 }, "three quadrics in the span of two squares: 3x3 determinant (Singular: 1 cubic)");
        // Linear CNN with stride 1 (Kohn-Merkh-Montufar-Trager, SIAM J. Appl. Alg. Geom. 2022): every
        // filter of length k1 + k2 - 1 factors over C, so the end-to-end filters fill their 3-space;
        // the two output positions share it (3 linear equations).
        yield return Row("cnn 4;2,2;1,1 x", 3, 1, new[] { 1, 1, 1 }, "linear convolutional network, filling in filter space");
    }

    private static TestCaseData Row(string spec, int dimension, int degree, int[] generatorDegrees, string what) =>
        new TestCaseData(spec, dimension, degree, generatorDegrees).SetName($"{spec}: {what}");

    [TestCaseSource(nameof(Table))]
    public void KnownNeurovariety(string spec, int dimension, int degree, int[] generatorDegrees)
    {
        var arch = ArchitectureSpec.Parse(spec);
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        Assert.That(v.Dimension, Is.EqualTo(dimension), v.Method);
        Assert.That(v.Degree, Is.EqualTo(new System.Numerics.BigInteger(degree)));
        Assert.That(DimensionReport.Compute(arch).Dimension, Is.EqualTo(dimension), "Jacobian rank");
        // The reduced Groebner basis is minimal here: count its elements by degree.
        Assert.That(v.Equations.Select(e => e.Degree).Order(), Is.EqualTo(generatorDegrees.Order()));
    }

    /// <summary>Dimensions from the literature for networks whose equations are out of this table's budget.</summary>
    [TestCase("mlp 3,3,3 x^2", 15, TestName = "V_(3,3,3),2: dimension 15 (Kubjas-Li-Wiesmann, Geometry of polynomial neural networks, Example 4.4)")]
    [TestCase("mlp 3,5,1 x^4", 14, TestName = "ternary quartics as 5 fourth powers: 14, defective (Alexander-Hirschowitz 1995)")]
    [TestCase("mlp 4,9,1 x^4", 34, TestName = "quaternary quartics as 9 fourth powers: 34, defective (Alexander-Hirschowitz 1995)")]
    [TestCase("mlp 3,4,1 x^2", 6, TestName = "symmetric 3x3 of rank <= 4: filling, 6 (Kileel-Trager-Bruna 2019)")]
    [TestCase("attention 2,1,2,2", 5, TestName = "lightning self-attention (2,1,2,2): dimension 5 (Henry-Marchetti-Kohn, Geometry of lightning self-attention)")]
    [TestCase("mlp 3,3,3,3 x^2", 21, TestName = "(3,3,3,3) x^2: dimension 21 = parameters - rescalings, nondefective (Kileel-Trager-Bruna 2019)")]
    public void KnownDimension(string spec, int dimension)
    {
        Assert.That(DimensionReport.Compute(ArchitectureSpec.Parse(spec)).Dimension, Is.EqualTo(dimension));
    }

    /// <summary>
    /// Lightning self-attention (2,1,2,2) (Henry-Marchetti-Kohn): the coefficients span a 6-dimensional
    /// space (14 linear relations) in which the variety is a quartic hypersurface. Its ED degree, 14, is
    /// measured by `elimination ed-degree --arch attention --widths 2,1,2,2` (22 s; README).
    /// </summary>
    [Test]
    public void LightningAttentionIsAQuarticInItsSpan()
    {
        var arch = ArchitectureSpec.Parse("attention 2,1,2,2");
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        var degrees = v.Equations.Select(e => e.Degree).ToList();
        Assert.That(degrees.Count(d => d == 1), Is.EqualTo(14));
        Assert.That(degrees.Count(d => d > 1), Is.EqualTo(1));
        Assert.That(degrees.Max(), Is.EqualTo(4));
        Assert.That(v.Dimension, Is.EqualTo(5));
        Assert.That(LinearSpan.Compute(arch), Is.EqualTo(6));
    }
}
