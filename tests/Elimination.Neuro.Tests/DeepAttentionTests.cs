using Elimination.Core.Fields;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>Stacks of lightning self-attention layers (<see cref="DeepLightningSelfAttention"/>).</summary>
public class DeepAttentionTests
{
    private static DeepLightningSelfAttention Deep(int[] d, int[] a, int t) => new(d, a, t);

    public static IEnumerable<TestCaseData> OneLayerCases()
    {
        yield return new TestCaseData(2, 1, 2, 2).SetName("one layer 2,1,2,2");
        yield return new TestCaseData(2, 1, 1, 2).SetName("one layer 2,1,1,2");
        yield return new TestCaseData(2, 2, 2, 2).SetName("one layer 2,2,2,2");
        yield return new TestCaseData(2, 2, 3, 3).SetName("one layer 2,2,3,3 (a > d)");
    }

    [TestCaseSource(nameof(OneLayerCases))]
    public void OneLayerIsTheSingleLightningLayer(int d, int dPrime, int a, int t)
    {
        // The one-layer special case keeps its own spelling (d,d',a,t; v{i}_{k}, k{c}_{m}, q{c}_{m}).
        var single = DeepLightningSelfAttention.SingleLayer(d, dPrime, a, t);
        var deep = Deep(new[] { d, dPrime }, new[] { a }, t);
        Assert.That(single.Widths, Is.EqualTo($"{d},{dPrime},{a},{t}"));
        Assert.That(deep.Widths, Is.EqualTo(single.Widths));
        Assert.That(single.ParameterCount, Is.EqualTo(dPrime * d + 2 * a * d));
        Assert.That(single.ParameterNames[0], Is.EqualTo("v0_0"));
        Assert.That(single.ParameterNames[dPrime * d], Is.EqualTo("k0_0"));
        Assert.That(single.ParameterNames[dPrime * d + a * d], Is.EqualTo("q0_0"));
        Assert.That(single.SymmetryDimension, Is.EqualTo((a <= d ? a * a : 2 * a * d - d * d) + 1));
        Assert.That(single.ParameterDegree, Is.EqualTo(3));
        Assert.That(single.InputDegree, Is.EqualTo(3));

        // The evaluator against V X Xᵀ Kᵀ Q X computed here by plain matrix products mod p.
        var f = new PrimeField(1_000_003);
        var rng = new Random(3);
        var theta = Random(rng, f, single.ParameterCount);
        var x = Random(rng, f, single.InputCount);
        var (outputs, _) = Evaluate(single, f, theta, x);
        ulong[,] X = new ulong[d, t], V = new ulong[dPrime, d], K = new ulong[a, d], Q = new ulong[a, d];
        for (int i = 0; i < d; i++) for (int m = 0; m < t; m++) X[i, m] = x[i * t + m];
        for (int i = 0; i < dPrime; i++) for (int k = 0; k < d; k++) V[i, k] = theta[single.VIndex(1, i, k)];
        for (int c = 0; c < a; c++) for (int k = 0; k < d; k++) { K[c, k] = theta[single.KIndex(1, c, k)]; Q[c, k] = theta[single.QIndex(1, c, k)]; }
        var product = Mul(f, Mul(f, Mul(f, Mul(f, V, X), Transpose(X)), Transpose(K)), Mul(f, Q, X));
        for (int i = 0; i < dPrime; i++)
            for (int j = 0; j < t; j++) Assert.That(outputs[i * t + j], Is.EqualTo((uint)product[i, j]));
    }

    private static ulong[,] Mul(PrimeField f, ulong[,] a, ulong[,] b)
    {
        var c = new ulong[a.GetLength(0), b.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < b.GetLength(1); j++)
            {
                ulong s = 0;
                for (int k = 0; k < a.GetLength(1); k++) s = (s + a[i, k] * b[k, j]) % f.P;
                c[i, j] = s;
            }
        return c;
    }

    private static ulong[,] Transpose(ulong[,] a)
    {
        var t = new ulong[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++) for (int j = 0; j < a.GetLength(1); j++) t[j, i] = a[i, j];
        return t;
    }

    internal static uint[] Random(Random rng, PrimeField f, int count)
    {
        var v = new uint[count];
        for (int i = 0; i < count; i++) v[i] = (uint)rng.NextInt64(f.P);
        return v;
    }

    private static (uint[], uint[]) Evaluate(INeuralArchitecture arch, PrimeField f, uint[] theta, uint[] x)
    {
        var outputs = new uint[arch.OutputCount];
        var jac = new uint[arch.OutputCount * arch.ParameterCount];
        arch.CreateEvaluator(f).Evaluate(theta, x, outputs, jac);
        return (outputs, jac);
    }

    public static IEnumerable<TestCaseData> SmallStacks()
    {
        yield return new TestCaseData(new[] { 1, 1, 1 }, new[] { 1, 1 }, 2).SetName("stack 1,1,1;1,1;2");
        yield return new TestCaseData(new[] { 2, 1, 1 }, new[] { 1, 1 }, 2).SetName("stack 2,1,1;1,1;2");
        yield return new TestCaseData(new[] { 2, 2, 1 }, new[] { 1, 1 }, 1).SetName("stack 2,2,1;1,1;1");
        yield return new TestCaseData(new[] { 1, 1, 1, 1 }, new[] { 1, 1, 1 }, 1).SetName("stack 1,1,1,1;1,1,1;1");
    }

    [TestCaseSource(nameof(SmallStacks))]
    public void BackpropagationRankEqualsSymbolicRank(int[] d, int[] a, int t)
    {
        var arch = Deep(d, a, t);
        var map = Parametrisation.Of(arch);
        int symbolic = JacobianRank.Compute(map, seed: 7);
        var result = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = 11 });
        TestContext.Out.WriteLine($"{arch.Description}: P={arch.ParameterCount} ambient={arch.Coordinates.Count} symbolic={symbolic} backprop={result.Dimension}");
        Assert.That(result.Dimension, Is.EqualTo(symbolic));
        Assert.That(result.Dimension, Is.LessThanOrEqualTo(ExpectedDimension.Of(arch)));
    }

    [TestCaseSource(nameof(SmallStacks))]
    public void ModularEvaluationMatchesTheSymbolicOutputs(int[] d, int[] a, int t)
    {
        // f_θ(x) and its gradient from the evaluator equal those of Σ_k c_k(θ)·x^{e_k}, at a random point mod p.
        var arch = Deep(d, a, t);
        var f = new PrimeField(1_000_003);
        var (_, coords) = Parametrisation.Of(arch).Modulo(f);
        var rng = new Random(5);
        var theta = Random(rng, f, arch.ParameterCount);
        var x = Random(rng, f, arch.InputCount);
        var (outputs, jac) = Evaluate(arch, f, theta, x);
        int P = arch.ParameterCount;
        var expected = new uint[arch.OutputCount];
        var expectedJac = new uint[arch.OutputCount * P];
        for (int k = 0; k < coords.Length; k++)
        {
            var c = arch.Coordinates[k];
            uint monomial = 1;
            for (int i = 0; i < x.Length; i++)
                for (int e = 0; e < c.Exponents[i]; e++) monomial = f.Mul(monomial, x[i]);
            expected[c.Output] = f.Add(expected[c.Output], f.Mul(coords[k].Evaluate(theta), monomial));
            for (int i = 0; i < P; i++)
                expectedJac[c.Output * P + i] = f.Add(expectedJac[c.Output * P + i], f.Mul(coords[k].Derivative(i).Evaluate(theta), monomial));
        }
        Assert.That(outputs, Is.EqualTo(expected));
        Assert.That(jac, Is.EqualTo(expectedJac));
    }

    [Test]
    public void TwoLayerCoordinatesFollowTheTokenProfiles()
    {
        // Column j of X_2 has token profiles 2(e_p + e_q + e_m + e_r) + e_j: for t = 2, j = 0 these are
        // (1,8), (3,6), (5,4), (7,2), (9,0), with (a+1)(b+1) monomials each in d0 = 2 features:
        // 18 + 28 + 30 + 24 + 10 = 110 coordinates per output.
        var arch = Deep(new[] { 2, 2, 1 }, new[] { 1, 1 }, 2);
        Assert.That(arch.MaxCoordinatesPerOutput, Is.EqualTo(110));
        Assert.That(arch.AmbientDimension, Is.EqualTo(220));
        Assert.That(arch.Coordinates.Count, Is.EqualTo(220));
        Assert.That(arch.InputDegree, Is.EqualTo(9));
        Assert.That(arch.ParameterDegree, Is.EqualTo(12));
        foreach (var c in arch.Coordinates)
        {
            int j = c.Output % 2;
            for (int m = 0; m < 2; m++)
            {
                int degree = c.Exponents[0 * 2 + m] + c.Exponents[1 * 2 + m];
                Assert.That(degree % 2, Is.EqualTo(m == j ? 1 : 0), "profile parity");
            }
        }
        // Every listed coordinate occurs in the expansion (none is identically zero).
        var map = Parametrisation.Of(arch);
        Assert.That(map.CoordinatePolynomials.Count(p => !p.IsZero), Is.EqualTo(220));
    }

    public static IEnumerable<TestCaseData> Dimensions()
    {
        // features; keys; tokens; parameters, symmetry, dimension, proved
        yield return new TestCaseData(new[] { 2, 2, 1 }, new[] { 1, 1 }, 2, 14, 8, 6, true).SetName("dimension 2,2,1;1,1;2");
        yield return new TestCaseData(new[] { 2, 2, 2 }, new[] { 2, 2 }, 2, 24, 14, 10, true).SetName("dimension 2,2,2;2,2;2");
        yield return new TestCaseData(new[] { 3, 2, 2 }, new[] { 2, 1 }, 2, 26, 11, 15, true).SetName("dimension 3,2,2;2,1;2");
        yield return new TestCaseData(new[] { 3, 3, 3 }, new[] { 2, 2 }, 3, 42, 19, 23, true).SetName("dimension 3,3,3;2,2;3");
        yield return new TestCaseData(new[] { 3, 3, 3, 3 }, new[] { 2, 2, 2 }, 2, 63, 33, 30, true).SetName("dimension 3,3,3,3;2,2,2;2");
        // A hidden layer wider than its input: X_1 has rank ≤ 2, so the stack behaves like 2,2,2;2,2;2.
        yield return new TestCaseData(new[] { 2, 3, 2 }, new[] { 2, 2 }, 2, 32, 16, 10, false).SetName("dimension 2,3,2;2,2;2 (bottleneck)");
    }

    [TestCaseSource(nameof(Dimensions))]
    public void DimensionsOfSmallStacks(int[] d, int[] a, int t, int parameters, int symmetry, int dimension, bool proved)
    {
        var arch = Deep(d, a, t);
        var report = DimensionReport.Compute(arch);
        Assert.That(arch.ParameterCount, Is.EqualTo(parameters));
        Assert.That(arch.SymmetryDimension, Is.EqualTo(symmetry));
        Assert.That(report.Dimension, Is.EqualTo(dimension));
        Assert.That(report.Result.Proved, Is.EqualTo(proved));
    }

    [Test]
    public void SymmetryDimensionIsTheOrbitDimensionWhenNoHiddenWidthGrows()
    {
        // The tangent rank of the group (GL(a_l) × scalings × GL(d_l)) at a random point is its orbit
        // dimension; the closed form must equal it when no hidden width grows and never exceed it.
        foreach (var (d, a, t) in new[]
                 {
                     (new[] { 2, 2, 1 }, new[] { 1, 1 }, 2), (new[] { 2, 2, 2 }, new[] { 2, 2 }, 2),
                     (new[] { 3, 2, 2 }, new[] { 2, 1 }, 2), (new[] { 2, 2, 2 }, new[] { 3, 3 }, 2),
                     (new[] { 3, 3, 2, 2 }, new[] { 2, 4, 1 }, 2),
                 })
        {
            var arch = Deep(d, a, t);
            Assert.That(arch.SymmetryDimension, Is.EqualTo(TangentRank(arch)), arch.Widths);
        }
        var growing = Deep(new[] { 2, 3, 2 }, new[] { 2, 2 }, 2);
        Assert.That(growing.SymmetryDimension, Is.EqualTo(16));
        Assert.That(TangentRank(growing), Is.EqualTo(19));
        Assert.That(growing.SymmetryDescription, Does.Contain("lower bound"));
        Assert.That(growing.NormalisedParameters, Is.Empty);
    }

    [Test]
    public void GenericFibreOfATwoLayerStackHasTwoPointsAfterNormalising()
    {
        // With d_1 = a_1 = 1 the first layer is (v G kᵀ)·(q X) with G = X Xᵀ symmetric, so exchanging
        // v and k is a second, discrete symmetry: two points, as for the single layer (2,1,1,2).
        var arch = Deep(new[] { 2, 1, 1 }, new[] { 1, 1 }, 2);
        Assert.That(arch.NormalisedParameters.Count, Is.EqualTo(arch.SymmetryDimension));
        var fibre = GenericFibre.Compute(arch, new FibreOptions { Seed = 2 });
        TestContext.Out.WriteLine(fibre.Note);
        Assert.That(fibre.Dimension, Is.EqualTo(5));
        Assert.That(fibre.Points, Is.EqualTo(2), fibre.Note);
        var single = GenericFibre.Compute(DeepLightningSelfAttention.SingleLayer(2, 1, 1, 2), new FibreOptions { Seed = 2 });
        Assert.That(single.Points, Is.EqualTo(2), single.Note);
    }

    /// <summary>
    /// Rank at a random point mod p of the tangent vectors of the symmetry group's generators
    /// (GL(a_l), the values/keys scaling, GL(d_l) on hidden features), after checking that each is
    /// killed by the Jacobian at random inputs (so it is a symmetry).
    /// </summary>
    internal static int TangentRank(DeepLightningSelfAttention n, int seed = 5)
    {
        var f = new PrimeField(BackpropagationDimension.DefaultPrime);
        var rng = new Random(seed);
        int P = n.ParameterCount, L = n.Depth;
        var theta = Random(rng, f, P);
        var d = n.FeatureWidths; var a = n.KeyWidths;
        var tangents = new List<uint[]>();
        for (int l = 1; l <= L; l++)
        {
            int dl = d[l - 1];
            // gl(a_l): δK = E_rs K, δQ = −E_srᵀ… i.e. δQ = −E_rsᵀ Q.
            for (int r = 0; r < a[l - 1]; r++)
                for (int s = 0; s < a[l - 1]; s++)
                {
                    var v = new uint[P];
                    for (int k = 0; k < dl; k++)
                    {
                        v[n.KIndex(l, r, k)] = f.Add(v[n.KIndex(l, r, k)], theta[n.KIndex(l, s, k)]);
                        v[n.QIndex(l, s, k)] = f.Sub(v[n.QIndex(l, s, k)], theta[n.QIndex(l, r, k)]);
                    }
                    tangents.Add(v);
                }
            // Scaling: δV = V, δK = −K.
            var sc = new uint[P];
            for (int i = 0; i < d[l]; i++) for (int k = 0; k < dl; k++) sc[n.VIndex(l, i, k)] = theta[n.VIndex(l, i, k)];
            for (int c = 0; c < a[l - 1]; c++) for (int k = 0; k < dl; k++) sc[n.KIndex(l, c, k)] = f.Neg(theta[n.KIndex(l, c, k)]);
            tangents.Add(sc);
            if (l == L) continue;
            // gl(d_l) on hidden features: δV_l = E V_l, δ(V,K,Q)_{l+1} = −(·) E.
            for (int r = 0; r < d[l]; r++)
                for (int s = 0; s < d[l]; s++)
                {
                    var v = new uint[P];
                    for (int k = 0; k < dl; k++) v[n.VIndex(l, r, k)] = theta[n.VIndex(l, s, k)];
                    for (int i = 0; i < d[l + 1]; i++) v[n.VIndex(l + 1, i, s)] = f.Neg(theta[n.VIndex(l + 1, i, r)]);
                    for (int c = 0; c < a[l]; c++)
                    {
                        v[n.KIndex(l + 1, c, s)] = f.Neg(theta[n.KIndex(l + 1, c, r)]);
                        v[n.QIndex(l + 1, c, s)] = f.Neg(theta[n.QIndex(l + 1, c, r)]);
                    }
                    tangents.Add(v);
                }
        }
        var eval = n.CreateEvaluator(f);
        var x = new uint[n.InputCount];
        var outputs = new uint[n.OutputCount];
        var jac = new uint[n.OutputCount * P];
        for (int trial = 0; trial < 2; trial++)
        {
            x = Random(rng, f, n.InputCount);
            eval.Evaluate(theta, x, outputs, jac);
            foreach (var v in tangents)
                for (int o = 0; o < n.OutputCount; o++)
                {
                    ulong s = 0;
                    for (int i = 0; i < P; i++) s = (s + (ulong)jac[o * P + i] * v[i]) % f.P;
                    Assert.That(s, Is.EqualTo(0UL), "a claimed symmetry changes the output");
                }
        }
        var echelon = new ModularRowEchelon(f, P);
        foreach (var v in tangents) echelon.Add(v);
        return echelon.Rank;
    }
}
