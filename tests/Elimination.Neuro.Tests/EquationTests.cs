using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

public class EquationTests
{
    private static readonly PrimeField F = new(32003);

    [TestCase(2)]
    [TestCase(3)]
    public void Mlp221IsTheZeroIdealOverQ(int r)
    {
        var v = NeuroVariety.Compute<Rational, RationalField>(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(r)), new RationalField());
        Assert.That(v.Equations, Is.Empty);
        Assert.That(v.Dimension, Is.EqualTo(r + 1));
        Assert.That(v.Degree, Is.EqualTo(new System.Numerics.BigInteger(1)));
    }

    [Test]
    public void Linear323GivesThe3x3Determinant()
    {
        var arch = new LinearNetwork(new[] { 3, 2, 3 });
        var v = NeuroVariety.Compute<Rational, RationalField>(arch, new RationalField());
        Assert.That(v.Equations, Has.Count.EqualTo(1));
        var ring = v.Ideal.Ring;
        // Coordinates are the end-to-end matrix row by row: y(3i+j) = M[i][j].
        var det = ring.Parse("y0*y4*y8 - y0*y5*y7 - y1*y3*y8 + y1*y5*y6 + y2*y3*y7 - y2*y4*y6");
        Assert.That(v.Equations[0], Is.EqualTo(det.MakeMonic()));
        Assert.That(v.Degree, Is.EqualTo(new System.Numerics.BigInteger(3)));
        Assert.That(v.Dimension, Is.EqualTo(8));
        Assert.That(v.Multidegree(v.Equations[0]), Is.EqualTo(new[] { 1, 1, 1 }));
    }

    [Test]
    public void Mlp321SquareIsTheSymmetricDeterminant()
    {
        var v = NeuroVariety.Compute<Rational, RationalField>(new PolynomialMlp(new[] { 3, 2, 1 }, Activation.Power(2)), new RationalField());
        // Ternary quadrics q = Σ y_k m_k of rank ≤ 2: det of [[2y0, y1, y2], [y1, 2y3, y4], [y2, y4, 2y5]] = 0.
        var ring = v.Ideal.Ring;
        var det = ring.Parse("8*y0*y3*y5 - 2*y0*y4^2 - 2*y1^2*y5 + 2*y1*y2*y4 - 2*y2^2*y3");
        Assert.That(v.Equations, Has.Count.EqualTo(1));
        Assert.That(v.Equations[0], Is.EqualTo(det.MakeMonic()));
        Assert.That(v.Dimension, Is.EqualTo(DimensionReport.Compute(v.Architecture).Dimension));
    }

    [TestCase("mlp-2-2-1-r3", 2, 2, 1, 3)]
    [TestCase("mlp-3-2-1-r2", 3, 2, 1, 2)]
    [TestCase("mlp-2-2-2-r2", 2, 2, 2, 2)]
    [TestCase("mlp-2-1-1-r4", 2, 1, 1, 4)]
    [TestCase("mlp-2-2-1-1-r2", 2, 2, 1, 1, 2)]
    [TestCase("mlp-3-3-1-r2", 3, 3, 1, 2)]
    public void SystemFilesAreOurParametrisation(string name, params int[] widthsAndPower)
    {
        var widths = widthsAndPower[..^1];
        int r = widthsAndPower[^1];
        var arch = new PolynomialMlp(widths, Activation.Power(r));
        var sys = SystemFile.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", name + "-qq.sys"));
        var ring = sys.Ring<Rational, RationalField>(new RationalField());
        var polys = sys.Parse(ring);
        Assert.That(sys.Eliminate, Is.EqualTo(arch.ParameterNames));
        Assert.That(polys, Has.Count.EqualTo(arch.Coordinates.Count));
        var map = Parametrisation.Of(arch);
        for (int k = 0; k < polys.Count; k++)
        {
            var c = map.CoordinatePolynomials[k];
            var lifted = Polynomial<Rational, RationalField>.FromTerms(ring, c.Terms().Select(t =>
            {
                var e = new int[ring.VariableCount];
                Array.Copy(t.Exponents, e, t.Exponents.Length);
                return (t.Coefficient, e);
            }));
            Assert.That(polys[k] + lifted, Is.EqualTo(ring.Variable("y" + k)), $"{name}, coordinate {k}");
        }
    }

    [TestCase("mlp-2-2-1-r3", 2, 2, 1, 3)]
    [TestCase("mlp-3-2-1-r2", 3, 2, 1, 2)]
    [TestCase("mlp-2-2-2-r2", 2, 2, 2, 2)]
    [TestCase("mlp-2-1-1-r4", 2, 1, 1, 4)]
    [TestCase("mlp-2-2-1-1-r2", 2, 2, 1, 1, 2)]
    public void SystemFileEliminationIsTheNeurovariety(string name, params int[] widthsAndPower)
    {
        // The elimination ideal of the .sys file (computed directly) equals our multigraded kernel, over GF(32003).
        var arch = new PolynomialMlp(widthsAndPower[..^1], Activation.Power(widthsAndPower[^1]));
        var sys = SystemFile.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", name + "-gf32003.sys"));
        var ring = sys.Ring<uint, PrimeField>(F);
        var ideal = new Ideal<uint, PrimeField>(ring, sys.Parse(ring));
        var eliminated = EliminationIdeal.Compute(ideal, sys.Eliminate);
        var v = NeuroVariety.Compute<uint, PrimeField>(arch, F);
        var target = v.Ideal.Ring;
        var direct = new Ideal<uint, PrimeField>(target, eliminated.GroebnerBasis().Basis.Select(g => Rings.Map(g, target)));
        Assert.That(direct.Equals(v.Ideal), Is.True, $"{name}: {string.Join(", ", v.Equations)}");
        Assert.That(v.Dimension, Is.EqualTo(DimensionReport.Compute(arch).Dimension));
        TestContext.Out.WriteLine($"{name}: {v.Equations.Count} equations, dimension {v.Dimension}, degree {v.Degree}");
    }
}

public class AttentionTests
{
    [Test]
    public void SmallestLightningAttentionIsAQuarticHypersurfaceInSixCoordinates()
    {
        // d = 2 features, d' = 1, a = 2, t = 2 tokens: 10 parameters, GL(2) × scaling symmetry, dimension 5;
        // the coefficients span a 6-dimensional space (14 linear relations) and one quartic cuts it out.
        var arch = DeepLightningSelfAttention.SingleLayer(2, 1, 2, 2);
        Assert.That(LinearSpan.Compute(arch), Is.EqualTo(6));
        var report = DimensionReport.Compute(arch);
        Assert.That(report.Dimension, Is.EqualTo(5));
        Assert.That(report.Result.Proved, Is.True);
        var v = NeuroVariety.Compute<uint, Elimination.Core.Fields.PrimeField>(arch, new Elimination.Core.Fields.PrimeField(32003));
        var degrees = v.Equations.Select(e => e.Degree).OrderBy(d => d).ToArray();
        Assert.That(degrees, Is.EqualTo(Enumerable.Repeat(1, 14).Append(4).ToArray()));
        Assert.That(v.Degree, Is.EqualTo(new System.Numerics.BigInteger(4)));
        var fibre = GenericFibre.Compute(arch, new FibreOptions { Seed = 2 });
        Assert.That(fibre.Points, Is.EqualTo(1), fibre.Note);
    }

    [Test]
    public void LinearSpanOfMlpIsTheAmbientSpace()
    {
        Assert.That(LinearSpan.Compute(new PolynomialMlp(new[] { 3, 2, 2 }, Activation.Power(2))), Is.EqualTo(12));
        Assert.That(LinearSpan.Compute(DeepLightningSelfAttention.SingleLayer(2, 1, 1, 2)), Is.EqualTo(6));
    }
}

public class DegreeBoundedEquationTests
{
    [Test]
    public void InterpolationFindsTheDeterminantsThatEliminationFinds()
    {
        var f = new PrimeField(32003);
        foreach (var arch in new INeuralArchitecture[]
                 {
                     new LinearNetwork(new[] { 3, 2, 3 }),
                     new PolynomialMlp(new[] { 3, 2, 1 }, Activation.Power(2)),
                     new PolynomialMlp(new[] { 2, 2, 1, 1 }, Activation.Power(2)),
                 })
        {
            var v = NeuroVariety.Compute<uint, PrimeField>(arch, f);
            int top = v.Equations.Max(e => e.Degree);
            var d = DegreeBoundedEquations.Compute(arch, top, 32003, seed: 9);
            // Same ideal: every interpolated equation lies in it, and they generate it.
            var interpolated = new Ideal<uint, PrimeField>(v.Ideal.Ring, d.Equations.Select(e => Rings.Map(e, v.Ideal.Ring)));
            Assert.That(interpolated.Equals(v.Ideal), Is.True, $"{arch.Description}: {string.Join(", ", d.Equations)}");
        }
    }

    [Test]
    public void FillingNetworkHasNoEquations()
    {
        var d = DegreeBoundedEquations.Compute(new PolynomialMlp(new[] { 2, 2, 1 }, Activation.Power(3)), 3, seed: 4);
        Assert.That(d.Generators, Is.Empty);
    }
}

public class ModularLinearAlgebraTests
{
    [Test]
    public void KernelVectorsAnnihilateTheRowsAndHaveTheRightCount()
    {
        const int seed = 12345;
        TestContext.Out.WriteLine($"seed {seed}");
        var f = new PrimeField(2147483647);
        var rng = new Random(seed);
        // 30 rows of rank 20 (products of random 30×20 and 20×50 matrices) in 50 columns.
        var a = Enumerable.Range(0, 30).Select(_ => Enumerable.Range(0, 20).Select(_ => (uint)rng.NextInt64(f.P)).ToArray()).ToArray();
        var b = Enumerable.Range(0, 20).Select(_ => Enumerable.Range(0, 50).Select(_ => (uint)rng.NextInt64(f.P)).ToArray()).ToArray();
        var rows = a.Select(r => Enumerable.Range(0, 50).Select(j =>
        {
            uint s = 0;
            for (int k = 0; k < 20; k++) s = f.Add(s, f.Mul(r[k], b[k][j]));
            return s;
        }).ToArray()).ToList();
        var kernel = ModularKernel.Of(f, rows, 50);
        Assert.That(kernel, Has.Count.EqualTo(30));
        foreach (var v in kernel)
            foreach (var r in rows)
            {
                uint s = 0;
                for (int j = 0; j < 50; j++) s = f.Add(s, f.Mul(r[j], v[j]));
                Assert.That(s, Is.EqualTo(0u));
            }
    }
}
