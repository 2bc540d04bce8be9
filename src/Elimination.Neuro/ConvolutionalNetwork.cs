using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// A one-dimensional, single-channel polynomial convolutional network (as studied by
/// Shahverdi–Marchetti–Kohn): layer l convolves with a filter w_l of size k_l at stride s_l,
/// z_l[i] = Σ_j w_l[j]·a_{l−1}[i·s_l + j], then σ on hidden layers; no biases.
/// Coordinates: the coefficients of each output in the monomials of its receptive field.
/// </summary>
public sealed class ConvolutionalNetwork : INeuralArchitecture
{
    private readonly int[] _filters, _strides, _lengths, _offsets;
    private readonly string[] _names, _inputs;
    private readonly Coordinate[] _coordinates;

    public ConvolutionalNetwork(int inputLength, IReadOnlyList<int> filterSizes, IReadOnlyList<int> strides, Activation activation)
    {
        if (filterSizes.Count == 0) throw new ArgumentException("a CNN needs at least one layer");
        if (strides.Count != filterSizes.Count) throw new ArgumentException($"{filterSizes.Count} filter sizes but {strides.Count} strides");
        if (filterSizes.Any(k => k < 1) || strides.Any(s => s < 1)) throw new ArgumentException("filter sizes and strides must be positive");
        _filters = filterSizes.ToArray();
        _strides = strides.ToArray();
        Activation = activation;
        int L = _filters.Length;
        _lengths = ComputeLayerLengths(inputLength, _filters, _strides);
        _offsets = new int[L];
        var names = new List<string>();
        for (int l = 1; l <= L; l++)
        {
            _offsets[l - 1] = names.Count;
            for (int j = 0; j < _filters[l - 1]; j++) names.Add($"w{l}_{j}");
        }
        _names = names.ToArray();
        _inputs = Enumerable.Range(0, inputLength).Select(i => $"x{i}").ToArray();

        int r = activation.Degree;
        int degree = 1, thetaDegree = 0;
        for (int l = 0; l < L; l++) thetaDegree = thetaDegree * r + 1;
        for (int l = 1; l < L; l++) degree *= r;
        ParameterDegree = thetaDegree;
        InputDegree = degree;

        var coords = new List<Coordinate>();
        for (int o = 0; o < _lengths[L]; o++)
        {
            var (lo, hi) = ReceptiveField(o);
            foreach (int d in PossibleDegrees())
                foreach (var e in MonomialBasis.OfDegree(hi - lo + 1, d))
                {
                    var full = new int[inputLength];
                    Array.Copy(e, 0, full, lo, e.Length);
                    coords.Add(new Coordinate(o, full));
                }
        }
        _coordinates = coords.ToArray();

        if (activation.IsMonomial && L > 1)
        {
            SymmetryDimension = L - 1;
            SymmetryDescription = $"rescaling of each of the {L - 1} hidden filters";
            NormalisedParameters = Enumerable.Range(1, L - 1).Select(l => _offsets[l - 1]).ToArray();
        }
        else
        {
            SymmetryDimension = 0;
            SymmetryDescription = L == 1 ? "none (one layer)" : "no continuous symmetry known";
            NormalisedParameters = Array.Empty<int>();
        }
    }

    public Activation Activation { get; }
    public IReadOnlyList<int> FilterSizes => _filters;
    public IReadOnlyList<int> Strides => _strides;
    /// <summary>Lengths of the layers' outputs, starting with the input length.</summary>
    public IReadOnlyList<int> LayerLengths => _lengths;
    public int Depth => _filters.Length;

    public string Kind => "cnn";
    public string Widths => $"{_lengths[0]};{string.Join(",", _filters)};{string.Join(",", _strides)}";
    public string ActivationText => Activation.ToString();
    public string Description => $"CNN, input length {_lengths[0]}, filters ({string.Join(",", _filters)}), strides ({string.Join(",", _strides)}), σ = {Activation}";
    public int ParameterCount => _names.Length;
    public IReadOnlyList<string> ParameterNames => _names;
    public int InputCount => _lengths[0];
    public IReadOnlyList<string> InputNames => _inputs;
    public int OutputCount => _lengths[^1];
    public IReadOnlyList<Coordinate> Coordinates => _coordinates;
    public long AmbientDimension => _coordinates.Length;
    public long MaxCoordinatesPerOutput => _coordinates.GroupBy(c => c.Output).Max(g => g.Count());
    public int ParameterDegree { get; }
    public int InputDegree { get; }
    public int SymmetryDimension { get; }
    public string SymmetryDescription { get; }
    public IReadOnlyList<int> NormalisedParameters { get; }

    private IEnumerable<int> PossibleDegrees() => PossibleDegrees(Activation, Depth);

    /// <summary>Degrees of the monomials a bias-free network of this depth can produce, descending.</summary>
    /// <summary>Lengths of the input and of each layer's output (valid convolution at the stride); refuses a filter longer than its input.</summary>
    internal static int[] ComputeLayerLengths(int inputLength, int[] filters, int[] strides)
    {
        var lengths = new int[filters.Length + 1];
        lengths[0] = inputLength;
        for (int l = 1; l < lengths.Length; l++)
        {
            int prev = lengths[l - 1];
            if (prev < filters[l - 1])
                throw new ArgumentException($"layer {l}: filter size {filters[l - 1]} exceeds its input length {prev}");
            lengths[l] = (prev - filters[l - 1]) / strides[l - 1] + 1;
        }
        return lengths;
    }

    internal static IEnumerable<int> PossibleDegrees(Activation activation, int depth)
    {
        var degrees = new HashSet<int> { 1 };
        var powers = Enumerable.Range(0, activation.Degree + 1).Where(i => !activation.Coefficients[i].IsZero).ToArray();
        for (int l = 1; l < depth; l++)
        {
            var next = new HashSet<int>();
            foreach (int i in powers)
            {
                var sums = new HashSet<int> { 0 };
                for (int c = 0; c < i; c++) sums = sums.SelectMany(s => degrees.Select(d => s + d)).ToHashSet();
                next.UnionWith(sums);
            }
            degrees = next;
        }
        return degrees.OrderByDescending(d => d);
    }

    /// <summary>The input indices [lo, hi] that output neuron o depends on.</summary>
    public (int Lo, int Hi) ReceptiveField(int o)
    {
        int lo = o, hi = o;
        for (int l = Depth; l >= 1; l--)
        {
            lo = lo * _strides[l - 1];
            hi = hi * _strides[l - 1] + _filters[l - 1] - 1;
        }
        return (lo, hi);
    }

    public IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings
    {
        get
        {
            var list = new List<IReadOnlyList<(int, int)>>();
            if (SymmetryDimension == 0) return list;
            int r = Activation.Degree;
            for (int l = 1; l < Depth; l++)
            {
                var chi = new List<(int, int)>();
                for (int j = 0; j < _filters[l - 1]; j++) chi.Add((_offsets[l - 1] + j, 1));
                for (int j = 0; j < _filters[l]; j++) chi.Add((_offsets[l] + j, -r));
                list.Add(chi);
            }
            return list;
        }
    }

    /// <summary>One block: scaling the last filter scales every output together.</summary>
    public IReadOnlyList<int[]> ScalingBlocks => new[] { Enumerable.Range(0, _coordinates.Length).ToArray() };

    public IModularEvaluator CreateEvaluator(PrimeField field) => new Evaluator(this, field);

    public IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring)
    {
        int P = ParameterCount;
        var a = Enumerable.Range(0, InputCount).Select(j => ring.Variable(P + j)).ToArray();
        for (int l = 1; l <= Depth; l++)
        {
            var z = new Polynomial<Rational, RationalField>[_lengths[l]];
            for (int i = 0; i < z.Length; i++)
            {
                var s = ring.Zero;
                for (int j = 0; j < _filters[l - 1]; j++) s += ring.Variable(_offsets[l - 1] + j) * a[i * _strides[l - 1] + j];
                z[i] = s;
            }
            a = l < Depth ? z.Select(p => Activation.Apply(p)).ToArray() : z;
        }
        return a;
    }

    private sealed class Evaluator : IModularEvaluator
    {
        private readonly ConvolutionalNetwork _net;
        private readonly PrimeField _f;
        private readonly uint[] _sigma, _sigmaPrime;
        private readonly uint[][] _a, _s, _delta;

        public Evaluator(ConvolutionalNetwork net, PrimeField f)
        {
            if (!net.Activation.IsDefinedModulo(f.P)) throw new ArgumentException($"the activation has a denominator divisible by {f.P}");
            _net = net;
            _f = f;
            _sigma = net.Activation.CoefficientsModulo(f);
            _sigmaPrime = ModularArithmetic.Derivative(f, _sigma);
            _a = net._lengths.Select(n => new uint[n]).ToArray();
            _s = net._lengths.Select(n => new uint[n]).ToArray();
            _delta = net._lengths.Select(n => new uint[n]).ToArray();
        }

        public PrimeField Field => _f;

        public void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> input, Span<uint> outputs, Span<uint> jacobian)
        {
            var net = _net;
            int L = net.Depth, P = net.ParameterCount;
            input.CopyTo(_a[0]);
            for (int l = 1; l <= L; l++)
            {
                int k = net._filters[l - 1], s = net._strides[l - 1], off = net._offsets[l - 1];
                var w = theta.Slice(off, k);
                var prev = _a[l - 1];
                for (int i = 0; i < net._lengths[l]; i++)
                {
                    uint z = ModularArithmetic.Dot(_f, w, prev.AsSpan(i * s, k));
                    if (l < L) { _a[l][i] = ModularArithmetic.Horner(_f, _sigma, z); _s[l][i] = ModularArithmetic.Horner(_f, _sigmaPrime, z); }
                    else _a[l][i] = z;
                }
            }
            _a[L].AsSpan().CopyTo(outputs);
            if (jacobian.IsEmpty) return;
            jacobian.Slice(0, net._lengths[L] * P).Clear();
            for (int o = 0; o < net._lengths[L]; o++)
            {
                var row = jacobian.Slice(o * P, P);
                Array.Clear(_delta[L]);
                _delta[L][o] = 1;
                for (int l = L; l >= 1; l--)
                {
                    int k = net._filters[l - 1], s = net._strides[l - 1], off = net._offsets[l - 1];
                    var d = _delta[l];
                    var prev = _a[l - 1];
                    // ∂/∂w_l[j] = Σ_i δ_l[i]·a_{l−1}[i·s + j]
                    for (int j = 0; j < k; j++)
                        row[off + j] = ModularArithmetic.DotStrided(_f, prev, j, s, d.AsSpan(0, net._lengths[l]));
                    if (l == 1) break;
                    var dp = _delta[l - 1];
                    Array.Clear(dp);
                    for (int i = 0; i < net._lengths[l]; i++)
                    {
                        if (d[i] == 0) continue;
                        for (int j = 0; j < k; j++) dp[i * s + j] = _f.Add(dp[i * s + j], _f.Mul(theta[off + j], d[i]));
                    }
                    for (int m = 0; m < dp.Length; m++) dp[m] = _f.Mul(dp[m], _s[l - 1][m]);
                }
            }
        }
    }
}
