using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Neuro;

/// <summary>
/// Fully connected network x ↦ W_L σ(… σ(W_1 x + b_1) …) + b_L with widths (d_0, …, d_L), a polynomial
/// activation σ on the hidden layers and no activation on the output. Parameters, layer by layer:
/// W_l row-major (w{l}_{ij}: neuron i of layer l, input j), then b_l when biases are present.
/// </summary>
public sealed class PolynomialMlp : INeuralArchitecture
{
    private readonly int[] _widths;
    private readonly int[] _weightOffset; // per layer l = 1..L (index l−1)
    private readonly int[] _biasOffset;   // −1 without biases
    private readonly string[] _names;
    private readonly string[] _inputs;
    private readonly Lazy<Coordinate[]> _coordinates;
    public const long MaxListedCoordinates = 5_000_000;
    private readonly int[] _normalised;

    public PolynomialMlp(IReadOnlyList<int> widths, Activation activation, bool bias = false)
    {
        if (widths.Count < 2) throw new InvalidInputException("an MLP needs at least two widths (input and output)");
        if (widths.Any(w => w < 1)) throw new InvalidInputException("widths must be positive");
        _widths = widths.ToArray();
        Activation = activation;
        HasBias = bias;
        int L = _widths.Length - 1;
        _weightOffset = new int[L];
        _biasOffset = new int[L];
        var names = new List<string>();
        bool wide = _widths.Any(w => w > 10);
        for (int l = 1; l <= L; l++)
        {
            _weightOffset[l - 1] = names.Count;
            for (int i = 0; i < _widths[l]; i++)
                for (int j = 0; j < _widths[l - 1]; j++)
                    names.Add(wide ? $"w{l}_{i}_{j}" : $"w{l}_{i}{j}");
            _biasOffset[l - 1] = bias ? names.Count : -1;
            if (bias)
                for (int i = 0; i < _widths[l]; i++) names.Add($"b{l}_{i}");
        }
        _names = names.ToArray();
        _inputs = Enumerable.Range(0, _widths[0]).Select(i => $"x{i}").ToArray();

        // Degrees that can occur in the outputs: linear layers then σ, tracked as sets.
        var degrees = new SortedSet<int> { 1 };
        if (bias) degrees.Add(0);
        var powers = Enumerable.Range(0, activation.Degree + 1).Where(i => !activation.Coefficients[i].IsZero).ToArray();
        for (int l = 1; l < L; l++)
        {
            var next = new SortedSet<int>();
            foreach (int i in powers)
                foreach (int s in SumsOf(degrees, i)) next.Add(s);
            if (bias) next.Add(0);
            degrees = next;
        }
        OutputDegrees = degrees.Reverse().ToArray();
        long perOutput = 0;
        foreach (int d in OutputDegrees) perOutput = Saturating(perOutput, MonomialBasis.CountOfDegree(_widths[0], d));
        MaxCoordinatesPerOutput = perOutput;
        AmbientDimension = perOutput > long.MaxValue / _widths[L] ? long.MaxValue : perOutput * _widths[L];
        _coordinates = new Lazy<Coordinate[]>(() =>
        {
            if (AmbientDimension > MaxListedCoordinates)
                throw new ResourceLimitException($"{Description}: {AmbientDimension} coordinates are too many to list (the dimension needs no list; equations do)");
            var basis = new List<int[]>();
            foreach (int d in OutputDegrees) basis.AddRange(MonomialBasis.OfDegree(_widths[0], d));
            return Enumerable.Range(0, _widths[L]).SelectMany(k => basis.Select(e => new Coordinate(k, e))).ToArray();
        });

        int r = activation.Degree;
        int thetaDegree = 0;
        for (int l = 0; l < L; l++) thetaDegree = thetaDegree * r + 1;
        ParameterDegree = thetaDegree;
        InputDegree = OutputDegrees.Max();

        (SymmetryDimension, SymmetryDescription, _normalised) = Symmetries();
    }

    public IReadOnlyList<int> LayerWidths => _widths;
    public Activation Activation { get; }
    public bool HasBias { get; }
    public int Depth => _widths.Length - 1;
    /// <summary>Degrees of the monomials that can appear in the outputs, descending.</summary>
    public IReadOnlyList<int> OutputDegrees { get; }

    public string Kind => "mlp";
    public string Widths => string.Join(",", _widths);
    public string ActivationText => Activation.ToString();
    public string Description => $"MLP ({Widths}), σ = {Activation}{(HasBias ? ", with biases" : "")}";
    public int ParameterCount => _names.Length;
    public IReadOnlyList<string> ParameterNames => _names;
    public int InputCount => _widths[0];
    public IReadOnlyList<string> InputNames => _inputs;
    public int OutputCount => _widths[^1];
    public IReadOnlyList<Coordinate> Coordinates => _coordinates.Value;
    public long AmbientDimension { get; }
    public long MaxCoordinatesPerOutput { get; }

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    public int ParameterDegree { get; }
    public int InputDegree { get; }
    public int SymmetryDimension { get; }
    public string SymmetryDescription { get; }
    public IReadOnlyList<int> NormalisedParameters => _normalised;

    /// <summary>Index of weight W_l[i][j] (l from 1).</summary>
    public int WeightIndex(int layer, int i, int j) => _weightOffset[layer - 1] + i * _widths[layer - 1] + j;

    /// <summary>Index of bias b_l[i] (l from 1); throws without biases.</summary>
    public int BiasIndex(int layer, int i) =>
        HasBias ? _biasOffset[layer - 1] + i : throw new InvalidOperationException("this network has no biases");

    private static IEnumerable<int> SumsOf(SortedSet<int> set, int count)
    {
        var sums = new HashSet<int> { 0 };
        for (int c = 0; c < count; c++)
            sums = sums.SelectMany(s => set.Select(d => s + d)).ToHashSet();
        return sums;
    }

    private (int, string, int[]) Symmetries()
    {
        int L = Depth;
        int hidden = 0;
        for (int l = 1; l < L; l++) hidden += _widths[l];
        if (Activation.IsAffine)
        {
            // Linear (or affine) network: the end-to-end affine map has rank ≤ m = min width, and
            // the generic fibre is the orbit of Π GL(d_l) (with translations of hidden biases).
            bool pureLinear = Activation.Coefficients[0].IsZero;
            if (!pureLinear && !HasBias) return (0, "none known (affine activation with a constant, no biases)", Array.Empty<int>());
            long m = _widths.Min();
            long dim = m * (_widths[0] + _widths[L] - m) + (HasBias ? _widths[L] : 0);
            // The fibre, not the group: Π GL(d_l) has dimension Σ d_l², more or less than the fibre's when a narrow layer
            // leaves a wider one's extra directions free, or the group does not act freely.
            long group = 0;
            for (int l = 1; l < L; l++) group += (long)_widths[l] * _widths[l];
            return ((int)(ParameterCount - dim), $"the fibres of the end-to-end product (Π GL(d_l) on the hidden layers, of dimension {group}, acts on them" +
                (HasBias ? ", with bias translations)" : ")"), Array.Empty<int>());
        }
        bool homogeneous = Activation.IsMonomial;
        if (homogeneous || (HasBias && Activation.IsShiftedPower))
        {
            var normalised = new List<int>();
            for (int l = 1; l < L; l++)
                for (int i = 0; i < _widths[l]; i++) normalised.Add(WeightIndex(l, i, 0));
            return (hidden, $"rescaling of each of the {hidden} hidden neurons", normalised.ToArray());
        }
        return (0, "no continuous symmetry known (only permutations/sign changes)", Array.Empty<int>());
    }

    public IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings
    {
        get
        {
            var list = new List<IReadOnlyList<(int, int)>>();
            if (SymmetryDimension == 0 || Activation.IsAffine) return list;
            int r = Activation.Degree;
            for (int l = 1; l < Depth; l++)
                for (int i = 0; i < _widths[l]; i++)
                {
                    var chi = new List<(int, int)>();
                    for (int j = 0; j < _widths[l - 1]; j++) chi.Add((WeightIndex(l, i, j), 1));
                    if (HasBias) chi.Add((BiasIndex(l, i), 1));
                    for (int k = 0; k < _widths[l + 1]; k++) chi.Add((WeightIndex(l + 1, k, i), -r));
                    list.Add(chi);
                }
            return list;
        }
    }

    /// <summary>Each output neuron is its own block: scaling row k of W_L (and b_L[k]) scales output k only.</summary>
    public IReadOnlyList<int[]> ScalingBlocks =>
        Enumerable.Range(0, OutputCount).Select(k => Enumerable.Range(0, Coordinates.Count).Where(c => Coordinates[c].Output == k).ToArray()).ToArray();

    /// <summary>Exponent vectors of the coordinates: x ↦ diag(t)·x is absorbed by W_1 ↦ W_1·diag(t) (with or without biases).</summary>
    public IReadOnlyList<int[]>? CoordinateWeights => Coordinates.Select(c => c.Exponents).ToArray();

    public IModularEvaluator CreateEvaluator(PrimeField field) => new Evaluator(this, field);

    public IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring)
    {
        int P = ParameterCount;
        if (ring.VariableCount < P + InputCount) throw new ArgumentException("ring has too few variables");
        var x = Enumerable.Range(0, InputCount).Select(j => ring.Variable(P + j)).ToArray();
        return Forward(ring, x, 1, ring.Variable);
    }

    /// <summary>
    /// Layers <paramref name="firstLayer"/>..L applied symbolically to <paramref name="inputs"/> (the values entering
    /// that layer: x for layer 1, σ of the previous layer's outputs after it), σ between layers, with parameter p
    /// (weight or bias index) given by <paramref name="parameter"/>.
    /// </summary>
    internal Polynomial<Rational, RationalField>[] Forward(PolynomialRing<Rational, RationalField> ring,
        Polynomial<Rational, RationalField>[] inputs, int firstLayer, Func<int, Polynomial<Rational, RationalField>> parameter)
    {
        var a = inputs;
        for (int l = firstLayer; l <= Depth; l++)
        {
            var z = new Polynomial<Rational, RationalField>[_widths[l]];
            for (int i = 0; i < _widths[l]; i++)
            {
                var s = HasBias ? parameter(BiasIndex(l, i)) : ring.Zero;
                for (int j = 0; j < _widths[l - 1]; j++) s += parameter(WeightIndex(l, i, j)) * a[j];
                z[i] = s;
            }
            a = l < Depth ? z.Select(p => Activation.Apply(p)).ToArray() : z;
        }
        return a;
    }

    private sealed class Evaluator : IModularEvaluator
    {
        private readonly PolynomialMlp _net;
        private readonly PrimeField _f;
        private readonly uint[] _sigma, _sigmaPrime;
        private readonly uint[][] _a, _s; // activations a_l (a_0 = x) and σ'(z_l)
        private readonly uint[] _delta, _deltaNext;

        public Evaluator(PolynomialMlp net, PrimeField f)
        {
            if (!net.Activation.IsDefinedModulo(f.P)) throw new InvalidInputException($"the activation has a denominator divisible by {f.P}");
            _net = net;
            _f = f;
            _sigma = net.Activation.CoefficientsModulo(f);
            _sigmaPrime = ModularArithmetic.Derivative(f, _sigma);
            _a = net._widths.Select(w => new uint[w]).ToArray();
            _s = net._widths.Select(w => new uint[w]).ToArray();
            int max = net._widths.Max();
            _delta = new uint[max];
            _deltaNext = new uint[max];
        }

        public PrimeField Field => _f;

        public void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> input, Span<uint> outputs, Span<uint> jacobian)
        {
            var net = _net;
            var w = net._widths;
            int L = net.Depth, P = net.ParameterCount;
            input.CopyTo(_a[0]);
            for (int l = 1; l <= L; l++)
            {
                int rows = w[l], cols = w[l - 1];
                var prev = _a[l - 1];
                var cur = _a[l];
                int wo = net._weightOffset[l - 1], bo = net._biasOffset[l - 1];
                for (int i = 0; i < rows; i++)
                {
                    uint z = ModularArithmetic.Dot(_f, theta.Slice(wo + i * cols, cols), prev);
                    if (bo >= 0) z = _f.Add(z, theta[bo + i]);
                    if (l < L)
                    {
                        cur[i] = ModularArithmetic.Horner(_f, _sigma, z);
                        _s[l][i] = ModularArithmetic.Horner(_f, _sigmaPrime, z);
                    }
                    else cur[i] = z;
                }
            }
            _a[L].AsSpan().CopyTo(outputs);
            if (jacobian.IsEmpty) return;
            jacobian.Slice(0, w[L] * P).Clear();

            // Back-propagation, one output neuron at a time.
            for (int k = 0; k < w[L]; k++)
            {
                var row = jacobian.Slice(k * P, P);
                int cols = w[L - 1];
                _a[L - 1].AsSpan().CopyTo(row.Slice(net._weightOffset[L - 1] + k * cols, cols));
                if (net.HasBias) row[net._biasOffset[L - 1] + k] = 1;
                // δ_{L−1}[j] = W_L[k][j]·σ'(z_{L−1}[j])
                int woL = net._weightOffset[L - 1];
                for (int j = 0; j < cols; j++) _delta[j] = _f.Mul(theta[woL + k * cols + j], _s[L - 1][j]);
                for (int l = L - 1; l >= 1; l--)
                {
                    int rows = w[l], inCols = w[l - 1];
                    int wo = net._weightOffset[l - 1], bo = net._biasOffset[l - 1];
                    var prev = _a[l - 1];
                    for (int i = 0; i < rows; i++)
                    {
                        uint d = _delta[i];
                        if (d == 0) continue;
                        ModularArithmetic.Scale(_f, d, prev, row.Slice(wo + i * inCols, inCols));
                        if (bo >= 0) row[bo + i] = d;
                    }
                    if (l > 1)
                    {
                        var delta = _delta.AsSpan(0, rows);
                        for (int j = 0; j < inCols; j++)
                            _deltaNext[j] = _f.Mul(ModularArithmetic.DotStrided(_f, theta, wo + j, inCols, delta), _s[l - 1][j]);
                        _deltaNext.AsSpan(0, inCols).CopyTo(_delta);
                    }
                }
            }
        }
    }
}
