using Elimination.Core.LinearAlgebra;
using Elimination.Core.Fields;
using Elimination.Ideals;
using Elimination.Geometry.LinearAlgebra;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

public class LinearAlgebraTests
{
    private static FieldMatrix<Rational, RationalField> M(long[,] a) => FieldMatrix<Rational, RationalField>.FromIntegers(QQ, a);

    [Test]
    public void RankKernelInverse()
    {
        var a = M(new long[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 1, 0, 1 } });
        Assert.That(a.Rank, Is.EqualTo(2));
        var k = a.Kernel();
        Assert.That(k.Columns, Is.EqualTo(1));
        Assert.That((a * k).EqualsMatrix(new FieldMatrix<Rational, RationalField>(QQ, 3, 1)), Is.True);
        var b = M(new long[,] { { 2, 1 }, { 7, 4 } });
        Assert.That(b.Inverse().ToString(), Is.EqualTo("[4, -1]\n[-7, 2]"));
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => a.Inverse());
    }

    [Test]
    public void PseudoInverseOfSingularMatrix()
    {
        var a = M(new long[,] { { 1, 1 }, { 1, 1 } });
        Assert.That(a.PseudoInverse().ToString(), Is.EqualTo("[1/4, 1/4]\n[1/4, 1/4]"));
    }

    [Test]
    public void PseudoInverseSatisfiesPenroseEquations()
    {
        var a = M(new long[,] { { 1, 2, 0, -1 }, { 3, 6, 1, 0 }, { 4, 8, 1, -1 } }); // rank 2, 3×4
        var p = a.PseudoInverse();
        Assert.That((a * p * a).EqualsMatrix(a), Is.True);
        Assert.That((p * a * p).EqualsMatrix(p), Is.True);
        Assert.That((a * p).IsSymmetric && (p * a).IsSymmetric, Is.True);
    }

    [Test]
    public void DeterminantAndMinors()
    {
        var r = Ring("x", "y", "z");
        var m = new PolynomialMatrix<uint, Core.Fields.PrimeField>(r, 3, 3);
        string[,] e = { { "x", "y", "0" }, { "0", "x", "y" }, { "z", "0", "x" } };
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) m[i, j] = r.Parse(e[i, j]);
        Assert.That(Minors.Determinant(m), Is.EqualTo(r.Parse("x^3 + y^2*z")));
        var two = Minors.All(m, 2);
        Assert.That(two.Select(p => p.MakeMonic().ToString()), Is.EquivalentTo(new[] { "x^2", "x*y", "y^2", "y*z", "x*z" })); // 9 minors, 5 distinct up to scalars
        Assert.That(two, Does.Contain(r.Parse("x^2")));
    }

    [Test]
    public void JacobianOfTwistedCubic()
    {
        var r = Ring("a", "b", "c", "d");
        var j = Jacobian.Of(new[] { r.Parse("a*c - b^2") });
        Assert.That(Enumerable.Range(0, 4).Select(k => j[0, k].ToString()), Is.EqualTo(new[] { "c", "-2*b", "a", "0" }));
    }

    [Test]
    public void HilbertDimensionDegreeOfMonomialIdeals()
    {
        // (xy) in 2 vars: two lines, dim 1 degree 2; (x^2, xy) in 2 vars: a line with an embedded point, dim 1 degree 1.
        Assert.That(DimensionDegree(new[] { new[] { 1, 1 } }, 2), Is.EqualTo((1, 2L)));
        Assert.That(DimensionDegree(new[] { new[] { 2, 0 }, new[] { 1, 1 } }, 2), Is.EqualTo((1, 1L)));
        // (x^2, y^3, z^4): a point of multiplicity 24; (xy, xz, yz) in 3 vars: three axes.
        Assert.That(DimensionDegree(new[] { new[] { 2, 0, 0 }, new[] { 0, 3, 0 }, new[] { 0, 0, 4 } }, 3), Is.EqualTo((0, 24L)));
        Assert.That(DimensionDegree(new[] { new[] { 1, 1, 0 }, new[] { 1, 0, 1 }, new[] { 0, 1, 1 } }, 3), Is.EqualTo((1, 3L)));
        Assert.That(DimensionDegree(new[] { new[] { 0, 0 } }, 2), Is.EqualTo((-1, 0L)));
    }

    private static (int, long) DimensionDegree(int[][] monomials, int variables)
    {
        var series = new HilbertSeries(variables, new MonomialIdeal(variables, monomials).HilbertNumerator(), true, Provenance.Given);
        return series.Dimension < 0 ? (-1, 0) : (series.Dimension, (long)series.Degree);
    }
}
