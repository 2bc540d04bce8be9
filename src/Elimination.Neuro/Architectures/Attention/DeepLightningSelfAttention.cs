using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Neuro;

/// <summary>
/// A stack of L lightning (unnormalised) self-attention layers (Henry–Marchetti–Kohn): layer l maps
/// X_{l−1} ∈ k^{d_{l−1}×t} to X_l = V_l X_{l−1} X_{l−1}ᵀ K_lᵀ Q_l X_{l−1}, with Q_l, K_l ∈ k^{a_l×d_{l−1}}
/// and V_l ∈ k^{d_l×d_{l−1}}. The outputs are the entries of X_L, of degree 3^L in the inputs
/// x{i}_{m} = X_0[i][m]. Parameters layer by layer: V_l, K_l, Q_l, each row-major
/// (v{l}_{i}_{k}, k{l}_{c}_{m}, q{l}_{c}_{m}). One layer (<see cref="SingleLayer"/>) is the
/// single lightning self-attention layer, written as before: widths d,d',a,t, parameters v{i}_{k}, k{c}_{m}, q{c}_{m}.
/// <para>
/// Coordinates: for output entry (i, j), every monomial whose token profile (its degree in each
/// token's d_0 features) can occur in column j of X_L. Column j of X_1 has profiles 2e_m + e_j; column
/// j of X_l has u + u' + w with u, u' profiles of one column m of X_{l−1} and w one of column j.
/// </para>
/// <para>
/// Symmetries (all preserve the output): per layer, GL(a_l) on (K_l, Q_l) ↦ (g K_l, g^{−T} Q_l) and
/// the scaling (V_l, K_l) ↦ (c V_l, K_l / c); per hidden layer, GL(d_l) on its features:
/// V_l ↦ h V_l and (V_{l+1}, K_{l+1}, Q_{l+1}) ↦ (V_{l+1} h⁻¹, K_{l+1} h⁻¹, Q_{l+1} h⁻¹). The
/// stabiliser of a generic point, solved layer by layer from the input side, has dimension at most
/// Σ_l (a_l − d_{l−1})₊² + Σ_hidden d_l (d_l − d_{l−1})₊, so the orbit dimension is at least
/// Σ_l (gl(a_l, d_{l−1}) + 1) + Σ_hidden d_l·min(d_l, d_{l−1}), gl(a, d) = a² (a ≤ d) or 2ad − d²;
/// that is <see cref="SymmetryDimension"/>, exact when no hidden width exceeds the one before it
/// (the pure GL(a_l) stabilisers then reach the bound). For L = 1 it is the single-layer count.
/// </para>
/// </summary>
public sealed class DeepLightningSelfAttention : INeuralArchitecture
{
    /// <summary>Coordinates are listed only up to this many (the dimension needs only their count).</summary>
    public const long MaxListedCoordinates = 5_000_000;
    private const int MaxDepth = 12;
    private const long MaxProfileWork = 50_000_000;

    private readonly int[] _d, _a, _vOffset, _kOffset, _qOffset;
    private readonly string[] _names, _inputs;
    private readonly List<int[]>[] _profiles; // reachable token profiles of each output column j
    private readonly Lazy<Coordinate[]> _coordinates;
    private readonly int[] _normalised;

    /// <param name="widths">d_0, …, d_L: input features, then the features after each layer.</param>
    /// <param name="keyWidths">a_1, …, a_L: key/query sizes of the layers.</param>
    /// <param name="tokens">t, the number of tokens (columns of X).</param>
    public DeepLightningSelfAttention(IReadOnlyList<int> widths, IReadOnlyList<int> keyWidths, int tokens)
    {
        if (widths.Count < 2) throw new InvalidInputException("attention needs at least two feature sizes d0,d1 (one layer)");
        if (keyWidths.Count != widths.Count - 1)
            throw new InvalidInputException($"{widths.Count - 1} layer(s) from the feature sizes but {keyWidths.Count} key/query size(s): give one a_l per layer");
        if (widths.Any(w => w < 1) || keyWidths.Any(a => a < 1) || tokens < 1) throw new InvalidInputException("attention sizes must be positive");
        if (keyWidths.Count > MaxDepth) throw new ResourceLimitException($"{keyWidths.Count} attention layers: the output degree 3^L is too large (at most {MaxDepth} layers)");
        _d = widths.ToArray();
        _a = keyWidths.ToArray();
        T = tokens;
        int L = _a.Length;
        _vOffset = new int[L]; _kOffset = new int[L]; _qOffset = new int[L];
        var names = new List<string>();
        for (int l = 1; l <= L; l++)
        {
            int d = _d[l - 1];
            _vOffset[l - 1] = names.Count;
            string layer = L == 1 ? "" : $"{l}_";
            for (int i = 0; i < _d[l]; i++) for (int k = 0; k < d; k++) names.Add($"v{layer}{i}_{k}");
            _kOffset[l - 1] = names.Count;
            for (int c = 0; c < _a[l - 1]; c++) for (int k = 0; k < d; k++) names.Add($"k{layer}{c}_{k}");
            _qOffset[l - 1] = names.Count;
            for (int c = 0; c < _a[l - 1]; c++) for (int k = 0; k < d; k++) names.Add($"q{layer}{c}_{k}");
        }
        _names = names.ToArray();
        _inputs = new string[_d[0] * tokens];
        for (int i = 0; i < _d[0]; i++) for (int m = 0; m < tokens; m++) _inputs[i * tokens + m] = $"x{i}_{m}";

        int degree = 1, thetaDegree = 0;
        for (int l = 0; l < L; l++) { degree *= 3; thetaDegree = 3 + 3 * thetaDegree; }
        InputDegree = degree;
        ParameterDegree = thetaDegree;

        _profiles = Profiles();
        long perOutput = 0;
        foreach (var list in _profiles)
        {
            long count = 0;
            foreach (var p in list) count = Saturating(count, MonomialsOfProfile(p));
            perOutput = Math.Max(perOutput, count);
        }
        MaxCoordinatesPerOutput = perOutput;
        long outputs = (long)_d[L] * tokens;
        AmbientDimension = perOutput > long.MaxValue / outputs ? long.MaxValue : perOutput * outputs;
        _coordinates = new Lazy<Coordinate[]>(ListCoordinates);

        int symmetry = 0;
        bool exact = true, sliceable = true;
        for (int l = 1; l <= L; l++)
        {
            int a = _a[l - 1], d = _d[l - 1];
            symmetry += (a <= d ? a * a : 2 * a * d - d * d) + 1;
            if (a > d) sliceable = false;
            if (l < L)
            {
                symmetry += _d[l] * Math.Min(_d[l], d);
                if (_d[l] > d) exact = false;
            }
        }
        SymmetryDimension = symmetry;
        string layers = L == 1 ? "" : $", GL(d_l) on the features of each of the {L - 1} hidden layer(s)";
        SymmetryDescription = L == 1
            ? (_a[0] <= _d[0] ? $"GL({_a[0]}) on keys and queries, and one rescaling between values and keys" : "fibres of (K, Q) ↦ KᵀQ and one rescaling")
            : $"GL(a_l) on keys and queries and one values/keys rescaling per layer{layers}" +
              (exact ? "" : " (a lower bound: some hidden width exceeds the one before it)");
        _normalised = exact && sliceable ? Normalisation() : Array.Empty<int>();
    }

    public int Depth => _a.Length;

    /// <summary>One lightning self-attention layer X ↦ V X Xᵀ Kᵀ Q X (Henry–Marchetti–Kohn), V ∈ k^{d'×d}, K, Q ∈ k^{a×d}, t tokens.</summary>
    public static DeepLightningSelfAttention SingleLayer(int d, int dPrime, int a, int t) => new(new[] { d, dPrime }, new[] { a }, t);
    public int T { get; }
    /// <summary>d_0, …, d_L.</summary>
    public IReadOnlyList<int> FeatureWidths => _d;
    /// <summary>a_1, …, a_L.</summary>
    public IReadOnlyList<int> KeyWidths => _a;

    /// <summary>Index of V_l[i][k] (l from 1).</summary>
    public int VIndex(int layer, int i, int k) => _vOffset[layer - 1] + i * _d[layer - 1] + k;
    /// <summary>Index of K_l[c][k] (l from 1).</summary>
    public int KIndex(int layer, int c, int k) => _kOffset[layer - 1] + c * _d[layer - 1] + k;
    /// <summary>Index of Q_l[c][k] (l from 1).</summary>
    public int QIndex(int layer, int c, int k) => _qOffset[layer - 1] + c * _d[layer - 1] + k;

    public string Kind => "attention";
    public string Widths => Depth == 1 ? $"{_d[0]},{_d[1]},{_a[0]},{T}" : $"{string.Join(",", _d)};{string.Join(",", _a)};{T}";
    public string ActivationText => "-";
    public string Description => Depth == 1
        ? $"lightning self-attention d={_d[0]}, d'={_d[1]}, a={_a[0]}, t={T}"
        : $"{Depth}-layer lightning self-attention d=({string.Join(",", _d)}), a=({string.Join(",", _a)}), t={T}";
    public int ParameterCount => _names.Length;
    public IReadOnlyList<string> ParameterNames => _names;
    public int InputCount => _d[0] * T;
    public IReadOnlyList<string> InputNames => _inputs;
    public int OutputCount => _d[^1] * T;
    public IReadOnlyList<Coordinate> Coordinates => _coordinates.Value;
    public long AmbientDimension { get; }
    public long MaxCoordinatesPerOutput { get; }
    public int ParameterDegree { get; }
    public int InputDegree { get; }
    public int SymmetryDimension { get; }
    public string SymmetryDescription { get; }
    public IReadOnlyList<int> NormalisedParameters => _normalised;

    /// <summary>Not a torus (GL actions).</summary>
    public IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings => Array.Empty<IReadOnlyList<(int, int)>>();

    /// <summary>
    /// Degree in each input feature: X_0 ↦ D·X_0 (D diagonal) is absorbed by V_1, K_1, Q_1 ↦ V_1·D, K_1·D, Q_1·D.
    /// (Rescaling tokens is not absorbed.)
    /// </summary>
    public IReadOnlyList<int[]>? CoordinateWeights => Coordinates.Select(c =>
    {
        var w = new int[_d[0]];
        for (int i = 0; i < _d[0]; i++) for (int m = 0; m < T; m++) w[i] += c.Exponents[i * T + m];
        return w;
    }).ToArray();

    /// <summary>One block per output feature i: scaling row i of V_L scales the outputs (i, ·) only.</summary>
    public IReadOnlyList<int[]> ScalingBlocks
    {
        get
        {
            var coords = Coordinates;
            var blocks = new List<int>[_d[^1]];
            for (int i = 0; i < blocks.Length; i++) blocks[i] = new List<int>();
            for (int c = 0; c < coords.Count; c++) blocks[coords[c].Output / T].Add(c);
            return blocks.Select(b => b.ToArray()).ToArray();
        }
    }

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private long MonomialsOfProfile(int[] profile)
    {
        long n = 1;
        foreach (int p in profile)
        {
            long c = MonomialBasis.CountOfDegree(_d[0], p);
            n = c != 0 && n > long.MaxValue / c ? long.MaxValue : n * c;
        }
        return n;
    }

    /// <summary>The reachable token profiles of each column of X_L (see the class summary).</summary>
    private List<int[]>[] Profiles()
    {
        int t = T;
        var current = new List<int[]>[t];
        for (int j = 0; j < t; j++) { var e = new int[t]; e[j] = 1; current[j] = new List<int[]> { e }; }
        for (int l = 1; l <= Depth; l++)
        {
            long work = 0;
            foreach (var s in current) work += (long)s.Count * s.Count;
            if (work > MaxProfileWork) throw new ResourceLimitException($"{Description}: too many token patterns to enumerate the coordinates");
            // Pairs u + u' from one column m (the Gram factor X Xᵀ).
            var pairs = new HashSet<int[]>(ProfileComparer.Instance);
            foreach (var s in current)
                for (int x = 0; x < s.Count; x++)
                    for (int y = x; y < s.Count; y++) pairs.Add(Sum(s[x], s[y]));
            if ((long)pairs.Count * current.Max(s => s.Count) * t > MaxProfileWork)
                throw new ResourceLimitException($"{Description}: too many token patterns to enumerate the coordinates");
            var next = new List<int[]>[t];
            for (int j = 0; j < t; j++)
            {
                var set = new HashSet<int[]>(ProfileComparer.Instance);
                foreach (var u in pairs) foreach (var w in current[j]) set.Add(Sum(u, w));
                next[j] = set.ToList();
            }
            current = next;
        }
        return current;
    }

    private static int[] Sum(int[] u, int[] v)
    {
        var s = new int[u.Length];
        for (int i = 0; i < s.Length; i++) s[i] = u[i] + v[i];
        return s;
    }

    private Coordinate[] ListCoordinates()
    {
        if (AmbientDimension > MaxListedCoordinates)
            throw new ResourceLimitException($"{Description}: {AmbientDimension} coordinates are too many to list (the dimension needs no list; equations do)");
        int d0 = _d[0], t = T;
        var perColumn = new List<int[]>[t];
        for (int j = 0; j < t; j++)
        {
            var list = new List<int[]>();
            foreach (var profile in _profiles[j])
            {
                // Cartesian product over tokens of the monomials of degree profile[m] in that token's features.
                var partial = new List<int[]> { new int[d0 * t] };
                for (int m = 0; m < t; m++)
                {
                    if (profile[m] == 0) continue;
                    var monomials = MonomialBasis.OfDegree(d0, profile[m]);
                    var grown = new List<int[]>(partial.Count * monomials.Count);
                    foreach (var e in partial)
                        foreach (var mono in monomials)
                        {
                            var x = (int[])e.Clone();
                            for (int i = 0; i < d0; i++) x[i * t + m] = mono[i];
                            grown.Add(x);
                        }
                    partial = grown;
                }
                list.AddRange(partial);
            }
            // Lex descending, as for the single layer.
            list.Sort((x, y) => { for (int q = 0; q < x.Length; q++) if (x[q] != y[q]) return y[q].CompareTo(x[q]); return 0; });
            perColumn[j] = list;
        }
        var coords = new List<Coordinate>();
        for (int i = 0; i < _d[^1]; i++)
            for (int j = 0; j < t; j++)
                foreach (var e in perColumn[j]) coords.Add(new Coordinate(i * t + j, e));
        return coords.ToArray();
    }

    /// <summary>
    /// A slice of the orbits (valid when every a_l ≤ d_{l−1} and no hidden width grows): per layer the
    /// first a_l columns of K_l (for GL(a_l)); q_l[0][0] on hidden layers and v_L[0][0] on the last
    /// (for the scaling); the first d_l columns of V_l on hidden layers (for GL(d_l)). The tangent map
    /// of the group onto these coordinates is block-bidiagonal with invertible diagonal blocks.
    /// </summary>
    private int[] Normalisation()
    {
        var list = new List<int>();
        for (int l = 1; l <= Depth; l++)
        {
            for (int c = 0; c < _a[l - 1]; c++) for (int k = 0; k < _a[l - 1]; k++) list.Add(KIndex(l, c, k));
            if (l == Depth) list.Add(VIndex(l, 0, 0));
            else
            {
                list.Add(QIndex(l, 0, 0));
                for (int i = 0; i < _d[l]; i++) for (int k = 0; k < _d[l]; k++) list.Add(VIndex(l, i, k));
            }
        }
        return list.ToArray();
    }

    public IModularEvaluator CreateEvaluator(PrimeField field) => new Evaluator(this, field);

    public IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring)
    {
        int P = ParameterCount, t = T;
        if (ring.VariableCount < P + InputCount) throw new ArgumentException("ring has too few variables");
        var x = new Polynomial<Rational, RationalField>[_d[0], t];
        for (int i = 0; i < _d[0]; i++) for (int m = 0; m < t; m++) x[i, m] = ring.Variable(P + i * t + m);
        for (int l = 1; l <= Depth; l++)
        {
            int d = _d[l - 1], a = _a[l - 1], dp = _d[l];
            var z = new Polynomial<Rational, RationalField>[a, t];   // Q X
            for (int c = 0; c < a; c++)
                for (int j = 0; j < t; j++)
                {
                    var s = ring.Zero;
                    for (int k = 0; k < d; k++) s += ring.Variable(QIndex(l, c, k)) * x[k, j];
                    z[c, j] = s;
                }
            var ax = new Polynomial<Rational, RationalField>[d, t]; // Kᵀ Q X
            for (int k = 0; k < d; k++)
                for (int j = 0; j < t; j++)
                {
                    var s = ring.Zero;
                    for (int c = 0; c < a; c++) s += ring.Variable(KIndex(l, c, k)) * z[c, j];
                    ax[k, j] = s;
                }
            var g = new Polynomial<Rational, RationalField>[d, d]; // X Xᵀ
            for (int k = 0; k < d; k++)
                for (int n = k; n < d; n++)
                {
                    var s = ring.Zero;
                    for (int m = 0; m < t; m++) s += x[k, m] * x[n, m];
                    g[k, n] = s; g[n, k] = s;
                }
            var mm = new Polynomial<Rational, RationalField>[d, t]; // X Xᵀ Kᵀ Q X
            for (int k = 0; k < d; k++)
                for (int j = 0; j < t; j++)
                {
                    var s = ring.Zero;
                    for (int n = 0; n < d; n++) s += g[k, n] * ax[n, j];
                    mm[k, j] = s;
                }
            var y = new Polynomial<Rational, RationalField>[dp, t];
            for (int i = 0; i < dp; i++)
                for (int j = 0; j < t; j++)
                {
                    var s = ring.Zero;
                    for (int k = 0; k < d; k++) s += ring.Variable(VIndex(l, i, k)) * mm[k, j];
                    y[i, j] = s;
                }
            x = y;
        }
        var outputs = new List<Polynomial<Rational, RationalField>>();
        for (int i = 0; i < _d[^1]; i++) for (int j = 0; j < t; j++) outputs.Add(x[i, j]);
        return outputs;
    }

    /// <summary>Forward pass keeping each layer's intermediates, then reverse mode once per output entry.</summary>
    private sealed class Evaluator : IModularEvaluator
    {
        private readonly DeepLightningSelfAttention _n;
        private readonly PrimeField _f;
        private readonly uint[][] _x, _z, _ax, _g, _m;     // per layer: input X, Q X, Kᵀ Q X, X Xᵀ, X Xᵀ Kᵀ Q X
        private readonly uint[] _ybar, _mbar, _gbar, _b, _zbar;

        public Evaluator(DeepLightningSelfAttention n, PrimeField f)
        {
            _n = n; _f = f;
            int L = n.Depth, t = n.T;
            _x = new uint[L + 1][];
            for (int l = 0; l <= L; l++) _x[l] = new uint[n._d[l] * t];
            _z = new uint[L][]; _ax = new uint[L][]; _g = new uint[L][]; _m = new uint[L][];
            for (int l = 0; l < L; l++)
            {
                int d = n._d[l];
                _z[l] = new uint[n._a[l] * t]; _ax[l] = new uint[d * t]; _g[l] = new uint[d * d]; _m[l] = new uint[d * t];
            }
            int dmax = n._d.Max(), amax = n._a.Max();
            _ybar = new uint[dmax * t]; _mbar = new uint[dmax * t]; _gbar = new uint[dmax * dmax];
            _b = new uint[dmax * t]; _zbar = new uint[amax * t];
        }

        public PrimeField Field => _f;

        public void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> input, Span<uint> outputs, Span<uint> jacobian)
        {
            var n = _n; var f = _f;
            int L = n.Depth, t = n.T, P = n.ParameterCount;
            input.Slice(0, n._d[0] * t).CopyTo(_x[0]);
            for (int l = 1; l <= L; l++)
            {
                int d = n._d[l - 1], a = n._a[l - 1], dp = n._d[l];
                var x = _x[l - 1];
                ModularMatrix.Multiply(f, theta.Slice(n._qOffset[l - 1], a * d), x, _z[l - 1], a, d, t);
                ModularMatrix.MultiplyTransposedLeft(f, theta.Slice(n._kOffset[l - 1], a * d), _z[l - 1], _ax[l - 1], d, a, t);
                ModularMatrix.MultiplyTransposedRight(f, x, x, _g[l - 1], d, t, d);
                ModularMatrix.Multiply(f, _g[l - 1], _ax[l - 1], _m[l - 1], d, d, t);
                ModularMatrix.Multiply(f, theta.Slice(n._vOffset[l - 1], dp * d), _m[l - 1], _x[l], dp, d, t);
            }
            _x[L].AsSpan().CopyTo(outputs);
            if (jacobian.IsEmpty) return;
            int outs = n._d[L] * t;
            jacobian.Slice(0, outs * P).Clear();
            for (int o = 0; o < outs; o++)
            {
                var row = jacobian.Slice(o * P, P);
                var ybar = _ybar.AsSpan(0, outs);
                ybar.Clear();
                ybar[o] = 1;
                for (int l = L; l >= 1; l--)
                {
                    int d = n._d[l - 1], a = n._a[l - 1], dp = n._d[l];
                    var v = theta.Slice(n._vOffset[l - 1], dp * d);
                    var k = theta.Slice(n._kOffset[l - 1], a * d);
                    var q = theta.Slice(n._qOffset[l - 1], a * d);
                    var x = _x[l - 1];
                    var yb = _ybar.AsSpan(0, dp * t);
                    var mb = _mbar.AsSpan(0, d * t);
                    var b = _b.AsSpan(0, d * t);
                    var zb = _zbar.AsSpan(0, a * t);
                    // Y = V M: V̄ = Ȳ Mᵀ, M̄ = Vᵀ Ȳ.
                    ModularMatrix.MultiplyTransposedRight(f, yb, _m[l - 1], row.Slice(n._vOffset[l - 1], dp * d), dp, t, d);
                    ModularMatrix.MultiplyTransposedLeft(f, v, yb, mb, d, dp, t);
                    // M = G (AX): (AX)‾ = G M̄ (G symmetric).
                    ModularMatrix.Multiply(f, _g[l - 1], mb, b, d, d, t);
                    // AX = Kᵀ Z: K̄ = Z (AX)‾ᵀ, Z̄ = K (AX)‾.
                    ModularMatrix.MultiplyTransposedRight(f, _z[l - 1], b, row.Slice(n._kOffset[l - 1], a * d), a, t, d);
                    ModularMatrix.Multiply(f, k, b, zb, a, d, t);
                    // Z = Q X: Q̄ = Z̄ Xᵀ.
                    ModularMatrix.MultiplyTransposedRight(f, zb, x, row.Slice(n._qOffset[l - 1], a * d), a, t, d);
                    if (l == 1) break;
                    // X̄ = Qᵀ Z̄ + (Ḡ + Ḡᵀ) X with Ḡ = M̄ (AX)ᵀ; it is Ȳ for the layer below.
                    var gb = _gbar.AsSpan(0, d * d);
                    ModularMatrix.MultiplyTransposedRight(f, mb, _ax[l - 1], gb, d, t, d);
                    for (int r = 0; r < d; r++)
                        for (int c = r; c < d; c++)
                        {
                            uint s = f.Add(gb[r * d + c], gb[c * d + r]);
                            gb[r * d + c] = s; gb[c * d + r] = s;
                        }
                    var xb = _ybar.AsSpan(0, d * t);
                    ModularMatrix.MultiplyTransposedLeft(f, q, zb, xb, d, a, t);
                    ModularMatrix.Multiply(f, gb, x, xb, d, d, t, accumulate: true);
                }
            }
        }
    }

    private sealed class ProfileComparer : IEqualityComparer<int[]>
    {
        public static readonly ProfileComparer Instance = new();
        public bool Equals(int[]? x, int[]? y) => x!.AsSpan().SequenceEqual(y);
        public int GetHashCode(int[] v)
        {
            var h = new HashCode();
            foreach (int i in v) h.Add(i);
            return h.ToHashCode();
        }
    }
}
