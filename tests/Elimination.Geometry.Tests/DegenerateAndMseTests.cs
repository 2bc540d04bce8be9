using Elimination.Core.LinearAlgebra;
using Elimination.Core.Fields;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Geometry.Quadrics;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

public class DegenerateAndMseTests
{
    [Test]
    public void CircleWithRankOneForm()
    {
        // Loss (x − u1)²: zero on the two points with x = u1, and critical at the two tangency points x = ±1.
        var x = Affine("x,y", "x^2 + y^2 - 1");
        var q = QuadraticForms.ToField<uint, PrimeField>(QuadraticForms.Diagonal(1, 0), Fp);
        var u = EdDegree.RandomVector<uint, PrimeField>(Fp, 2, new Random(5));
        var r = DegenerateCritical.Decompose(x, q, u, Options(5));
        Assert.That(r.KernelDimension, Is.EqualTo(1));
        Assert.That((r.Total.Dimension, r.Total.Degree), Is.EqualTo((0, 4L)));
        Assert.That((r.ZeroLoss.Dimension, r.ZeroLoss.Degree), Is.EqualTo((0, 2L)));
        Assert.That((r.Ramified.Dimension, r.Ramified.Degree), Is.EqualTo((0, 2L)));
        Assert.That(r.Unramified.IsEmpty, Is.True);
    }

    [Test]
    public void SweepOverKernelDimensionsOnTheDeterminantalHypersurface()
    {
        // X = {ad − bc = 0} ⊂ k⁴, dim 3. k = 0: ED degree for a generic PD form (6; it is 2 only for the Frobenius form).
        // k ≥ 1: π_K|X is dominant, so the critical set is the zero-loss part (dim k − 1) plus ramified points.
        var x = Affine("a,b,c,d", "a*d - b*c");
        var rows = DegenerateCritical.Sweep(x, 2, Options(6));
        TestContext.Out.WriteLine(DegenerateCritical.FormatTable(rows));
        Assert.That(rows[0].Total.Dimension, Is.EqualTo(0));
        Assert.That(rows[0].Total.Degree, Is.EqualTo(6));
        Assert.That(rows[0].ZeroLoss.IsEmpty, Is.True);
        Assert.That((rows[1].ZeroLoss.Dimension, rows[1].ZeroLoss.Degree), Is.EqualTo((0, 2L)));
        Assert.That((rows[2].ZeroLoss.Dimension, rows[2].ZeroLoss.Degree), Is.EqualTo((1, 2L)));
        for (int k = 1; k <= 2; k++) Assert.That(rows[k].Unramified.IsEmpty, Is.True);
    }

    private static Rational R(long n, long d = 1) => new(n, d);

    [Test]
    public void LeastSquaresLineAsAnEdProblem()
    {
        var q = MseQuadric.Build(new[] { new[] { R(0) }, new[] { R(1) }, new[] { R(2) } },
                                 new[] { new[] { R(1) }, new[] { R(3) }, new[] { R(7) } }, degree: 1);
        Assert.That(q.Moment.ToString(), Is.EqualTo("[3, 3]\n[3, 5]"));
        Assert.That(q.U, Is.EqualTo(new[] { R(2, 3), R(3) }));
        Assert.That(q.Residual, Is.EqualTo(R(2, 3)));
        Assert.That(q.Rank, Is.EqualTo(2));
        Assert.That(q.IsDegenerate, Is.False);
    }

    [Test]
    public void MseIdentityHoldsExactly()
    {
        int seed = 77;
        TestContext.Out.WriteLine($"seed {seed}");
        var rng = new Random(seed);
        var inputs = Enumerable.Range(0, 6).Select(_ => new[] { R(rng.Next(-5, 6), rng.Next(1, 4)), R(rng.Next(-5, 6)) }).ToArray();
        var outputs = Enumerable.Range(0, 6).Select(_ => new[] { R(rng.Next(-9, 10)), R(rng.Next(-9, 10), 2) }).ToArray();
        var q = MseQuadric.Build(inputs, outputs, degree: 2);
        Assert.That(q.Monomials, Has.Count.EqualTo(6));
        Assert.That(q.Dimension, Is.EqualTo(12));
        for (int t = 0; t < 5; t++)
        {
            var w = Enumerable.Range(0, 12).Select(_ => R(rng.Next(-20, 21), rng.Next(1, 5))).ToArray();
            Assert.That(q.QuadricLoss(w), Is.EqualTo(q.ScaledLoss(w)));
        }
    }

    [Test]
    public void TooFewDistinctInputsGiveADegenerateQuadric()
    {
        // Two distinct inputs cannot determine a cubic in one variable: Hankel moment matrix of rank 2, kernel 2.
        var xs = new[] { 1, 2, 1, 2 }.Select(v => new[] { R(v) }).ToArray();
        var ys = new[] { 1, 4, 2, 3 }.Select(v => new[] { R(v) }).ToArray();
        var q = MseQuadric.Build(xs, ys, degree: 3);
        Assert.That(q.Rank, Is.EqualTo(2));
        Assert.That(q.IsDegenerate, Is.True);
        Assert.That(q.KernelDimension, Is.EqualTo(2));
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++)
            if (i + j < 4) Assert.That(q.Moment[i, j], Is.EqualTo(q.Moment[0, i + j])); // Hankel: Σ_s x_s^(i+j)
        Assert.That(q.Moment.IsSymmetric, Is.True);
        Assert.That(q.Moment[1, 2], Is.EqualTo(q.Moment[0, 3])); // Hankel: entries depend on i + j only
    }

    [Test]
    public void BombieriWeylWeights()
    {
        Assert.That(BombieriWeyl.Monomials(2, 3).Select(a => string.Join("", a)), Is.EqualTo(new[] { "30", "21", "12", "03" }));
        Assert.That(BombieriWeyl.ForTensorEntries(3, 2).ToString().Split('\n').Select(r => r.Count(ch => ch == '2')).Sum(), Is.EqualTo(3));
        Assert.That(BombieriWeyl.Multinomial(new[] { 2, 1, 1 }).ToString(), Is.EqualTo("12"));
    }

    [Test]
    public void RandomPsdHasTheRequestedKernel()
    {
        var rng = new Random(8);
        for (int k = 0; k <= 3; k++)
        {
            var q = QuadraticForms.RandomPsd(4, k, rng);
            Assert.That(q.IsSymmetric, Is.True);
            Assert.That(q.Kernel().Columns, Is.EqualTo(k));
        }
        var kernel = FieldMatrix<Rational, RationalField>.FromIntegers(QQ, new long[,] { { 1 }, { 2 }, { 0 } });
        var qk = QuadraticForms.RandomPsdWithKernel(kernel, rng);
        Assert.That((qk * kernel).Rank, Is.EqualTo(0));
        Assert.That(qk.Rank, Is.EqualTo(2));
    }
}
