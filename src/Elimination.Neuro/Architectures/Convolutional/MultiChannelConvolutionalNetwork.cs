using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Neuro;

/// <summary>
/// A one-dimensional polynomial convolutional network with several channels per layer and no biases:
/// layer l has c_l channels and filters w_l ∈ k^{c_l×c_{l−1}×k_l} at stride s_l,
/// z_l[o][i] = Σ_{c,j} w_l[o][c][j]·a_{l−1}[c][i·s_l + j], then σ on hidden layers; the input has c_0
/// channels of length n. With every c_l = 1 it is the one-channel CNN of Shahverdi–Marchetti–Kohn
/// (<see cref="SingleChannel"/>), written as before: widths without channels, parameters w{l}_{j}.
/// Parameters w{l}_{o}_{c}_{j} (layer, output channel, input channel, tap); inputs x{c}_{i}
/// (x{i} for one input channel); outputs o·n_L + i. Coordinates: the coefficients of each output in
/// the monomials of its receptive field (every input channel, positions [lo, hi]).
/// <para>
/// Symmetries for σ = c·x^r: each hidden channel (l, o) rescales, w_l[o][·][·] ↦ t·w_l[o][·][·] and
/// w_{l+1}[·][o][·] ↦ t^{−r}·w_{l+1}[·][o][·] (independent characters: a torus of dimension
/// Σ_{l&lt;L} c_l). For σ = x the hidden channels also mix under GL(c_l); that is not counted, so
/// there the expected dimension is only an upper bound further from the truth.
/// </para>
/// </summary>
public sealed class MultiChannelConvolutionalNetwork : INeuralArchitecture
{
    public const long MaxListedCoordinates = 5_000_000;

    private readonly int[] _filters, _strides, _channels, _lengths, _offsets;
    private readonly string[] _names, _inputs;
    private readonly int[] _degrees;
    private readonly Lazy<Coordinate[]> _coordinates;

    /// <param name="channels">c_0, …, c_L: input channels, then the channels after each layer.</param>
    public MultiChannelConvolutionalNetwork(int inputLength, IReadOnlyList<int> filterSizes, IReadOnlyList<int> strides,
        IReadOnlyList<int> channels, Activation activation)
    {
        if (filterSizes.Count == 0) throw new InvalidInputException("a CNN needs at least one layer");
        if (strides.Count != filterSizes.Count) throw new InvalidInputException($"{filterSizes.Count} filter sizes but {strides.Count} strides");
        if (channels.Count != filterSizes.Count + 1)
            throw new InvalidInputException($"{filterSizes.Count} layer(s) need {filterSizes.Count + 1} channel counts c0,...,cL, got {channels.Count}");
        if (inputLength < 1 || filterSizes.Any(k => k < 1) || strides.Any(s => s < 1) || channels.Any(c => c < 1))
            throw new InvalidInputException("input length, filter sizes, strides and channel counts must be positive");
        _filters = filterSizes.ToArray();
        _strides = strides.ToArray();
        _channels = channels.ToArray();
        Activation = activation;
        int L = _filters.Length;
        _lengths = ComputeLayerLengths(inputLength, _filters, _strides);
        _offsets = new int[L];
        var names = new List<string>();
        for (int l = 1; l <= L; l++)
        {
            _offsets[l - 1] = names.Count;
            for (int o = 0; o < _channels[l]; o++)
                for (int c = 0; c < _channels[l - 1]; c++)
                    for (int j = 0; j < _filters[l - 1]; j++) names.Add(IsSingleChannel ? $"w{l}_{j}" : $"w{l}_{o}_{c}_{j}");
        }
        _names = names.ToArray();
        _inputs = new string[_channels[0] * inputLength];
        for (int c = 0; c < _channels[0]; c++)
            for (int i = 0; i < inputLength; i++) _inputs[c * inputLength + i] = _channels[0] == 1 ? $"x{i}" : $"x{c}_{i}";

        int r = activation.Degree;
        int degree = 1, thetaDegree = 0;
        for (int l = 0; l < L; l++) thetaDegree = thetaDegree * r + 1;
        for (int l = 1; l < L; l++) degree *= r;
        ParameterDegree = thetaDegree;
        InputDegree = degree;

        _degrees = PossibleDegrees(activation, L).ToArray();
        var (lo, hi) = ReceptiveField(0);
        int window = _channels[0] * (hi - lo + 1);
        long perOutput = 0;
        foreach (int d in _degrees)
        {
            long c = MonomialBasis.CountOfDegree(window, d);
            perOutput = perOutput > long.MaxValue - c ? long.MaxValue : perOutput + c;
        }
        MaxCoordinatesPerOutput = perOutput;
        long outputs = OutputCount;
        AmbientDimension = perOutput > long.MaxValue / outputs ? long.MaxValue : perOutput * outputs;
        _coordinates = new Lazy<Coordinate[]>(ListCoordinates);

        int hidden = 0;
        for (int l = 1; l < L; l++) hidden += _channels[l];
        if (activation.IsMonomial && L > 1)
        {
            SymmetryDimension = hidden;
            SymmetryDescription = (IsSingleChannel ? $"rescaling of each of the {hidden} hidden filters" : $"rescaling of each of the {hidden} hidden channels") + (activation.IsAffine ? " (GL mixing of channels not counted)" : "");
            var normalised = new List<int>();
            for (int l = 1; l < L; l++)
                for (int o = 0; o < _channels[l]; o++) normalised.Add(WeightIndex(l, o, 0, 0));
            NormalisedParameters = normalised.ToArray();
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
    /// <summary>c_0, …, c_L.</summary>
    public IReadOnlyList<int> Channels => _channels;
    /// <summary>Lengths of the layers' outputs, starting with the input length.</summary>
    public IReadOnlyList<int> LayerLengths => _lengths;
    public int Depth => _filters.Length;
    /// <summary>Every c_l = 1: the one-channel CNN.</summary>
    public bool IsSingleChannel => _channels.All(c => c == 1);

    /// <summary>The one-channel CNN (every c_l = 1) with these filter sizes and strides.</summary>
    public static MultiChannelConvolutionalNetwork SingleChannel(int inputLength, IReadOnlyList<int> filterSizes, IReadOnlyList<int> strides, Activation activation) =>
        new(inputLength, filterSizes, strides, Enumerable.Repeat(1, filterSizes.Count + 1).ToArray(), activation);

    /// <summary>Index of w_l[o][c][j] (l from 1).</summary>
    public int WeightIndex(int layer, int o, int c, int j) =>
        _offsets[layer - 1] + (o * _channels[layer - 1] + c) * _filters[layer - 1] + j;

    public string Kind => "cnn";
    public string Widths => $"{_lengths[0]};{string.Join(",", _filters)};{string.Join(",", _strides)}" + (IsSingleChannel ? "" : $";{string.Join(",", _channels)}");
    public string ActivationText => Activation.ToString();
    public string Description => $"CNN, input length {_lengths[0]}, " + (IsSingleChannel ? "" : $"channels ({string.Join(",", _channels)}), ") + $"filters ({string.Join(",", _filters)}), strides ({string.Join(",", _strides)}), σ = {Activation}";
    public int ParameterCount => _names.Length;
    public IReadOnlyList<string> ParameterNames => _names;
    public int InputCount => _channels[0] * _lengths[0];
    public IReadOnlyList<string> InputNames => _inputs;
    public int OutputCount => _channels[^1] * _lengths[^1];
    public IReadOnlyList<Coordinate> Coordinates => _coordinates.Value;
    public long AmbientDimension { get; }
    public long MaxCoordinatesPerOutput { get; }
    public int ParameterDegree { get; }
    public int InputDegree { get; }
    public int SymmetryDimension { get; }
    public string SymmetryDescription { get; }
    public IReadOnlyList<int> NormalisedParameters { get; }

    /// <summary>The input positions [lo, hi] (in every input channel) that output position i depends on.</summary>
    public (int Lo, int Hi) ReceptiveField(int i)
    {
        int lo = i, hi = i;
        for (int l = Depth; l >= 1; l--)
        {
            lo *= _strides[l - 1];
            hi = hi * _strides[l - 1] + _filters[l - 1] - 1;
        }
        return (lo, hi);
    }

    /// <summary>Lengths of the input and of each layer's output (valid convolution at the stride); refuses a filter longer than its input.</summary>
    internal static int[] ComputeLayerLengths(int inputLength, int[] filters, int[] strides)
    {
        var lengths = new int[filters.Length + 1];
        lengths[0] = inputLength;
        for (int l = 1; l < lengths.Length; l++)
        {
            int prev = lengths[l - 1];
            if (prev < filters[l - 1])
                throw new InvalidInputException($"layer {l}: filter size {filters[l - 1]} exceeds its input length {prev}");
            lengths[l] = (prev - filters[l - 1]) / strides[l - 1] + 1;
        }
        return lengths;
    }

    /// <summary>Degrees of the monomials a bias-free network of this depth can produce, descending.</summary>
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

    private Coordinate[] ListCoordinates()
    {
        if (AmbientDimension > MaxListedCoordinates)
            throw new ResourceLimitException($"{Description}: {AmbientDimension} coordinates are too many to list (the dimension needs no list; equations do)");
        int n = _lengths[0], c0 = _channels[0];
        var coords = new List<Coordinate>();
        for (int o = 0; o < _channels[^1]; o++)
            for (int i = 0; i < _lengths[^1]; i++)
            {
                var (lo, hi) = ReceptiveField(i);
                int width = hi - lo + 1;
                foreach (int d in _degrees)
                    foreach (var e in MonomialBasis.OfDegree(c0 * width, d))
                    {
                        // Window variables in channel-major order, as the inputs: lex order is kept.
                        var full = new int[c0 * n];
                        for (int c = 0; c < c0; c++) Array.Copy(e, c * width, full, c * n + lo, width);
                        coords.Add(new Coordinate(o * _lengths[^1] + i, full));
                    }
            }
        return coords.ToArray();
    }

    public IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings
    {
        get
        {
            var list = new List<IReadOnlyList<(int, int)>>();
            if (SymmetryDimension == 0) return list;
            int r = Activation.Degree;
            for (int l = 1; l < Depth; l++)
                for (int h = 0; h < _channels[l]; h++)
                {
                    var chi = new List<(int, int)>();
                    for (int c = 0; c < _channels[l - 1]; c++)
                        for (int j = 0; j < _filters[l - 1]; j++) chi.Add((WeightIndex(l, h, c, j), 1));
                    for (int o = 0; o < _channels[l + 1]; o++)
                        for (int j = 0; j < _filters[l]; j++) chi.Add((WeightIndex(l + 1, o, h, j), -r));
                    list.Add(chi);
                }
            return list;
        }
    }

    /// <summary>None known: filters are shared across positions, so rescaling one input position is not absorbed.</summary>
    public IReadOnlyList<int[]>? CoordinateWeights => null;

    /// <summary>One block per output channel: scaling its last-layer filters scales all its positions together.</summary>
    public IReadOnlyList<int[]> ScalingBlocks
    {
        get
        {
            var coords = Coordinates;
            int nL = _lengths[^1];
            var blocks = new List<int>[_channels[^1]];
            for (int o = 0; o < blocks.Length; o++) blocks[o] = new List<int>();
            for (int k = 0; k < coords.Count; k++) blocks[coords[k].Output / nL].Add(k);
            return blocks.Select(b => b.ToArray()).ToArray();
        }
    }

    public IModularEvaluator CreateEvaluator(PrimeField field) => new Evaluator(this, field);

    public IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring)
    {
        int P = ParameterCount;
        if (ring.VariableCount < P + InputCount) throw new ArgumentException("ring has too few variables");
        var a = Enumerable.Range(0, InputCount).Select(j => ring.Variable(P + j)).ToArray();
        for (int l = 1; l <= Depth; l++)
        {
            int n = _lengths[l], nPrev = _lengths[l - 1];
            var z = new Polynomial<Rational, RationalField>[_channels[l] * n];
            for (int o = 0; o < _channels[l]; o++)
                for (int i = 0; i < n; i++)
                {
                    var s = ring.Zero;
                    for (int c = 0; c < _channels[l - 1]; c++)
                        for (int j = 0; j < _filters[l - 1]; j++)
                            s += ring.Variable(WeightIndex(l, o, c, j)) * a[c * nPrev + i * _strides[l - 1] + j];
                    z[o * n + i] = s;
                }
            a = l < Depth ? z.Select(p => Activation.Apply(p)).ToArray() : z;
        }
        return a;
    }

    /// <summary>
    /// Forward pass, then back-propagation once per output neuron; δ is non-zero only on the positions
    /// of that neuron's receptive field in each layer, so only that range is visited.
    /// </summary>
    private sealed class Evaluator : IModularEvaluator
    {
        private readonly MultiChannelConvolutionalNetwork _net;
        private readonly PrimeField _f;
        private readonly uint[] _sigma, _sigmaPrime;
        private readonly uint[][] _a, _s, _delta; // per layer, channel-major: [c·n_l + i]

        public Evaluator(MultiChannelConvolutionalNetwork net, PrimeField f)
        {
            if (!net.Activation.IsDefinedModulo(f.P)) throw new InvalidInputException($"the activation has a denominator divisible by {f.P}");
            _net = net;
            _f = f;
            _sigma = net.Activation.CoefficientsModulo(f);
            _sigmaPrime = ModularArithmetic.Derivative(f, _sigma);
            int layers = net._lengths.Length;
            _a = new uint[layers][]; _s = new uint[layers][]; _delta = new uint[layers][];
            for (int l = 0; l < layers; l++)
            {
                int size = net._channels[l] * net._lengths[l];
                _a[l] = new uint[size]; _s[l] = new uint[size]; _delta[l] = new uint[size];
            }
        }

        public PrimeField Field => _f;

        public void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> input, Span<uint> outputs, Span<uint> jacobian)
        {
            var net = _net;
            var f = _f;
            int L = net.Depth, P = net.ParameterCount;
            input.Slice(0, _a[0].Length).CopyTo(_a[0]);
            for (int l = 1; l <= L; l++)
            {
                int k = net._filters[l - 1], s = net._strides[l - 1];
                int cin = net._channels[l - 1], nPrev = net._lengths[l - 1], n = net._lengths[l];
                var prev = _a[l - 1];
                for (int o = 0; o < net._channels[l]; o++)
                    for (int i = 0; i < n; i++)
                    {
                        uint z = 0;
                        for (int c = 0; c < cin; c++)
                            z = f.Add(z, ModularArithmetic.Dot(f, theta.Slice(net.WeightIndex(l, o, c, 0), k), prev.AsSpan(c * nPrev + i * s, k)));
                        if (l < L)
                        {
                            _a[l][o * n + i] = ModularArithmetic.Horner(f, _sigma, z);
                            _s[l][o * n + i] = ModularArithmetic.Horner(f, _sigmaPrime, z);
                        }
                        else _a[l][o * n + i] = z;
                    }
            }
            _a[L].AsSpan().CopyTo(outputs);
            if (jacobian.IsEmpty) return;
            int outs = net.OutputCount, nL = net._lengths[L];
            jacobian.Slice(0, outs * P).Clear();
            for (int row0 = 0; row0 < outs; row0++)
            {
                var row = jacobian.Slice(row0 * P, P);
                int lo = row0 % nL, hi = lo; // δ_l is non-zero only on positions [lo, hi]
                Array.Clear(_delta[L]);
                _delta[L][row0] = 1;
                for (int l = L; l >= 1; l--)
                {
                    int k = net._filters[l - 1], s = net._strides[l - 1];
                    int cout = net._channels[l], cin = net._channels[l - 1];
                    int n = net._lengths[l], nPrev = net._lengths[l - 1];
                    var d = _delta[l];
                    var prev = _a[l - 1];
                    int span = hi - lo + 1;
                    // ∂/∂w_l[o][c][j] = Σ_i δ_l[o][i]·a_{l−1}[c][i·s + j]
                    for (int o = 0; o < cout; o++)
                    {
                        var dRange = d.AsSpan(o * n + lo, span);
                        for (int c = 0; c < cin; c++)
                            for (int j = 0; j < k; j++)
                                row[net.WeightIndex(l, o, c, j)] = ModularArithmetic.DotStrided(f, prev, c * nPrev + lo * s + j, s, dRange);
                    }
                    if (l == 1) break;
                    var dp = _delta[l - 1];
                    int plo = lo * s, phi = hi * s + k - 1;
                    for (int c = 0; c < cin; c++) dp.AsSpan(c * nPrev + plo, phi - plo + 1).Clear(); // entries outside are never read
                    for (int o = 0; o < cout; o++)
                        for (int i = lo; i <= hi; i++)
                        {
                            uint di = d[o * n + i];
                            if (di == 0) continue;
                            for (int c = 0; c < cin; c++)
                            {
                                int w0 = net.WeightIndex(l, o, c, 0), p0 = c * nPrev + i * s;
                                for (int j = 0; j < k; j++) dp[p0 + j] = f.Add(dp[p0 + j], f.Mul(theta[w0 + j], di));
                            }
                        }
                    for (int c = 0; c < cin; c++)
                        for (int m = plo; m <= phi; m++) dp[c * nPrev + m] = f.Mul(dp[c * nPrev + m], _s[l - 1][c * nPrev + m]);
                    lo = plo; hi = phi;
                }
            }
        }
    }
}
