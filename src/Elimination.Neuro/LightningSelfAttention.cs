using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// Single-layer lightning (unnormalised) self-attention X ↦ V X Xᵀ Kᵀ Q X (Henry–Marchetti–Kohn) for
/// X ∈ k^{d×t} (d features, t tokens), Q, K ∈ k^{a×d}, V ∈ k^{d'×d}. Parameters V, K, Q row-major;
/// inputs x{i}_{m} = X[i][m]; outputs Y[i][j] row-major. Coordinates: per output entry (i, j), the
/// coefficients of the cubic monomials X[k][m]·X[l][m]·X[n][j] that can occur.
/// </summary>
public sealed class LightningSelfAttention : INeuralArchitecture
{
    private readonly string[] _names, _inputs;
    private readonly Coordinate[] _coordinates;

    public LightningSelfAttention(int d, int dPrime, int a, int t)
    {
        if (d < 1 || dPrime < 1 || a < 1 || t < 1) throw new ArgumentException("attention sizes must be positive");
        D = d; DPrime = dPrime; A = a; T = t;
        var names = new List<string>();
        for (int i = 0; i < dPrime; i++) for (int k = 0; k < d; k++) names.Add($"v{i}_{k}");
        for (int c = 0; c < a; c++) for (int k = 0; k < d; k++) names.Add($"k{c}_{k}");
        for (int c = 0; c < a; c++) for (int k = 0; k < d; k++) names.Add($"q{c}_{k}");
        _names = names.ToArray();
        _inputs = new string[d * t];
        for (int i = 0; i < d; i++) for (int m = 0; m < t; m++) _inputs[i * t + m] = $"x{i}_{m}";

        var coords = new List<Coordinate>();
        for (int i = 0; i < dPrime; i++)
            for (int j = 0; j < t; j++)
            {
                var seen = new SortedSet<string>(StringComparer.Ordinal);
                var list = new List<int[]>();
                for (int m = 0; m < t; m++)
                    for (int k = 0; k < d; k++)
                        for (int l = 0; l < d; l++)
                            for (int n = 0; n < d; n++)
                            {
                                var e = new int[d * t];
                                e[k * t + m]++; e[l * t + m]++; e[n * t + j]++;
                                if (seen.Add(string.Join(",", e))) list.Add(e);
                            }
                // Same order as the other architectures: lex descending.
                list.Sort((x, y) => { for (int q = 0; q < x.Length; q++) if (x[q] != y[q]) return y[q].CompareTo(x[q]); return 0; });
                coords.AddRange(list.Select(e => new Coordinate(i * t + j, e)));
            }
        _coordinates = coords.ToArray();

        // GL(a) acting on (K, Q) ↦ (gK, g⁻ᵀQ), plus the scaling (V, KᵀQ) ↦ (cV, KᵀQ/c).
        int gl = a <= d ? a * a : 2 * a * d - d * d;
        SymmetryDimension = gl + 1;
        SymmetryDescription = a <= d ? $"GL({a}) on keys and queries, and one rescaling between values and keys" : "fibres of (K, Q) ↦ KᵀQ and one rescaling";
        if (a <= d)
        {
            var normalised = new List<int> { 0 }; // v0_0
            for (int c = 0; c < a; c++) for (int k = 0; k < a; k++) normalised.Add(KIndex(c, k));
            NormalisedParameters = normalised.ToArray();
        }
        else NormalisedParameters = Array.Empty<int>();
    }

    public int D { get; }
    public int DPrime { get; }
    public int A { get; }
    public int T { get; }

    public int VIndex(int i, int k) => i * D + k;
    public int KIndex(int c, int k) => DPrime * D + c * D + k;
    public int QIndex(int c, int k) => DPrime * D + A * D + c * D + k;

    public string Kind => "attention";
    public string Widths => $"{D},{DPrime},{A},{T}";
    public string ActivationText => "-";
    public string Description => $"lightning self-attention d={D}, d'={DPrime}, a={A}, t={T}";
    public int ParameterCount => _names.Length;
    public IReadOnlyList<string> ParameterNames => _names;
    public int InputCount => D * T;
    public IReadOnlyList<string> InputNames => _inputs;
    public int OutputCount => DPrime * T;
    public IReadOnlyList<Coordinate> Coordinates => _coordinates;
    public long AmbientDimension => _coordinates.Length;
    public long MaxCoordinatesPerOutput => _coordinates.GroupBy(c => c.Output).Max(g => g.Count());
    public int ParameterDegree => 3;
    public int InputDegree => 3;
    public int SymmetryDimension { get; }
    public string SymmetryDescription { get; }
    public IReadOnlyList<int> NormalisedParameters { get; }

    public IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings => Array.Empty<IReadOnlyList<(int, int)>>();

    /// <summary>One block: scaling V scales every output together.</summary>
    public IReadOnlyList<int[]> ScalingBlocks => new[] { Enumerable.Range(0, _coordinates.Length).ToArray() };

    public IModularEvaluator CreateEvaluator(PrimeField field) => new Evaluator(this, field);

    public IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring)
    {
        int P = ParameterCount;
        Polynomial<Rational, RationalField> X(int i, int m) => ring.Variable(P + i * T + m);
        // A = KᵀQ (d×d), G = X Xᵀ (d×d)
        var Am = new Polynomial<Rational, RationalField>[D, D];
        var G = new Polynomial<Rational, RationalField>[D, D];
        for (int l = 0; l < D; l++)
            for (int n = 0; n < D; n++)
            {
                var s = ring.Zero;
                for (int c = 0; c < A; c++) s += ring.Variable(KIndex(c, l)) * ring.Variable(QIndex(c, n));
                Am[l, n] = s;
                var g = ring.Zero;
                for (int m = 0; m < T; m++) g += X(l, m) * X(n, m);
                G[l, n] = g;
            }
        var outputs = new List<Polynomial<Rational, RationalField>>();
        for (int i = 0; i < DPrime; i++)
            for (int j = 0; j < T; j++)
            {
                var y = ring.Zero;
                for (int k = 0; k < D; k++)
                {
                    var inner = ring.Zero; // (G A X)[k][j]
                    for (int l = 0; l < D; l++)
                    {
                        var ax = ring.Zero;
                        for (int n = 0; n < D; n++) ax += Am[l, n] * X(n, j);
                        inner += G[k, l] * ax;
                    }
                    y += ring.Variable(VIndex(i, k)) * inner;
                }
                outputs.Add(y);
            }
        return outputs;
    }

    private sealed class Evaluator : IModularEvaluator
    {
        private readonly LightningSelfAttention _n;
        private readonly PrimeField _f;
        private readonly uint[] _a, _g, _ax, _gax, _vg, _qx, _vgk;

        public Evaluator(LightningSelfAttention n, PrimeField f)
        {
            _n = n; _f = f;
            int d = n.D, t = n.T, a = n.A, dp = n.DPrime;
            _a = new uint[d * d]; _g = new uint[d * d]; _ax = new uint[d * t]; _gax = new uint[d * t];
            _vg = new uint[dp * d]; _qx = new uint[a * t]; _vgk = new uint[dp * a];
        }

        public PrimeField Field => _f;

        private uint Sum3(uint acc, uint x, uint y) => _f.Add(acc, _f.Mul(x, y));

        public void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> x, Span<uint> outputs, Span<uint> jacobian)
        {
            var n = _n; var f = _f;
            int d = n.D, t = n.T, a = n.A, dp = n.DPrime, P = n.ParameterCount;
            for (int l = 0; l < d; l++)
                for (int m = 0; m < d; m++)
                {
                    uint s = 0, g = 0;
                    for (int c = 0; c < a; c++) s = Sum3(s, theta[n.KIndex(c, l)], theta[n.QIndex(c, m)]);
                    for (int q = 0; q < t; q++) g = Sum3(g, x[l * t + q], x[m * t + q]);
                    _a[l * d + m] = s; _g[l * d + m] = g;
                }
            for (int l = 0; l < d; l++)
                for (int j = 0; j < t; j++)
                {
                    uint s = 0;
                    for (int m = 0; m < d; m++) s = Sum3(s, _a[l * d + m], x[m * t + j]);
                    _ax[l * t + j] = s;
                }
            for (int k = 0; k < d; k++)
                for (int j = 0; j < t; j++)
                {
                    uint s = 0;
                    for (int l = 0; l < d; l++) s = Sum3(s, _g[k * d + l], _ax[l * t + j]);
                    _gax[k * t + j] = s;
                }
            for (int i = 0; i < dp; i++)
                for (int j = 0; j < t; j++)
                {
                    uint s = 0;
                    for (int k = 0; k < d; k++) s = Sum3(s, theta[n.VIndex(i, k)], _gax[k * t + j]);
                    outputs[i * t + j] = s;
                }
            if (jacobian.IsEmpty) return;
            for (int i = 0; i < dp; i++)
                for (int l = 0; l < d; l++)
                {
                    uint s = 0;
                    for (int k = 0; k < d; k++) s = Sum3(s, theta[n.VIndex(i, k)], _g[k * d + l]);
                    _vg[i * d + l] = s;
                }
            for (int c = 0; c < a; c++)
                for (int j = 0; j < t; j++)
                {
                    uint s = 0;
                    for (int m = 0; m < d; m++) s = Sum3(s, theta[n.QIndex(c, m)], x[m * t + j]);
                    _qx[c * t + j] = s;
                }
            for (int i = 0; i < dp; i++)
                for (int c = 0; c < a; c++)
                {
                    uint s = 0;
                    for (int l = 0; l < d; l++) s = Sum3(s, _vg[i * d + l], theta[n.KIndex(c, l)]);
                    _vgk[i * a + c] = s;
                }
            jacobian.Slice(0, dp * t * P).Clear();
            for (int i = 0; i < dp; i++)
                for (int j = 0; j < t; j++)
                {
                    var row = jacobian.Slice((i * t + j) * P, P);
                    for (int k = 0; k < d; k++) row[n.VIndex(i, k)] = _gax[k * t + j];            // ∂/∂V[i][k]
                    for (int c = 0; c < a; c++)
                        for (int l = 0; l < d; l++) row[n.KIndex(c, l)] = f.Mul(_vg[i * d + l], _qx[c * t + j]); // ∂/∂K[c][l]
                    for (int c = 0; c < a; c++)
                        for (int m = 0; m < d; m++) row[n.QIndex(c, m)] = f.Mul(_vgk[i * a + c], x[m * t + j]);  // ∂/∂Q[c][m]
                }
        }
    }
}
