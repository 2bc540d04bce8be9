using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Neuro;

/// <summary>
/// An architecture with some parameters fixed to zero (sparse connections, pruned weights).
/// The ambient space is the base architecture's; the symmetry dimension is recomputed from the
/// base's rescalings restricted to the surviving parameters (0 when the base has non-torus symmetries).
/// </summary>
public sealed class Subnetwork : INeuralArchitecture
{
    private readonly INeuralArchitecture _base;
    private readonly int[] _kept;      // base index of each remaining parameter
    private readonly int[] _position;  // base index → new index or −1
    private readonly List<IReadOnlyList<(int, int)>> _rescalings = new();

    public Subnetwork(INeuralArchitecture baseArchitecture, IEnumerable<int> zeroParameters)
    {
        _base = baseArchitecture;
        var zero = zeroParameters.ToHashSet();
        foreach (var z in zero)
            if (z < 0 || z >= _base.ParameterCount) throw new InvalidInputException($"parameter index {z} is out of range 0..{_base.ParameterCount - 1}");
        ZeroParameters = zero.OrderBy(i => i).ToArray();
        _kept = Enumerable.Range(0, _base.ParameterCount).Where(i => !zero.Contains(i)).ToArray();
        _position = Enumerable.Repeat(-1, _base.ParameterCount).ToArray();
        for (int i = 0; i < _kept.Length; i++) _position[_kept[i]] = i;
        ParameterNames = _kept.Select(i => _base.ParameterNames[i]).ToArray();

        // Restrict the rescaling characters; their rank is the orbit dimension of the torus.
        var rescalings = _base.Rescalings;
        if (rescalings.Count == _base.SymmetryDimension)
        {
            foreach (var chi in rescalings)
            {
                var restricted = chi.Where(c => _position[c.Parameter] >= 0).Select(c => (_position[c.Parameter], c.Exponent)).ToList();
                if (restricted.Count > 0) _rescalings.Add(restricted);
            }
            var (rank, normalised) = CharacterRank(_rescalings, _kept.Length);
            SymmetryDimension = rank;
            NormalisedParameters = normalised;
            SymmetryDescription = $"{rank} independent rescalings survive";
        }
        else
        {
            SymmetryDimension = 0;
            NormalisedParameters = Array.Empty<int>();
            SymmetryDescription = "unknown after fixing weights to zero (not a torus)";
        }
    }

    public string ZeroNames => string.Join(",", ZeroParameters.Select(i => _base.ParameterNames[i]));

    /// <summary>Base indices of the parameters fixed to zero.</summary>
    public IReadOnlyList<int> ZeroParameters { get; }
    public INeuralArchitecture Base => _base;

    /// <summary>Rank of the character matrix (exact: small integers, eliminated over ℚ) and a pivot parameter per independent rescaling.</summary>
    private static (int, int[]) CharacterRank(List<IReadOnlyList<(int, int)>> characters, int parameters)
    {
        var m = new FieldMatrix<Rational, RationalField>(new RationalField(), characters.Count, parameters);
        for (int r = 0; r < characters.Count; r++)
            foreach (var (p, e) in characters[r]) m[r, p] = e;
        var pivots = m.ReducedRowEchelon().Pivots;
        return (pivots.Length, pivots);
    }

    public string Kind => _base.Kind;
    public string Widths => _base.Widths;
    public string ActivationText => _base.ActivationText;
    public string Description => $"{_base.Description} with {ZeroParameters.Count} weights fixed to zero ({ZeroNames})";
    public int ParameterCount => _kept.Length;
    public IReadOnlyList<string> ParameterNames { get; }
    public int InputCount => _base.InputCount;
    public IReadOnlyList<string> InputNames => _base.InputNames;
    public int OutputCount => _base.OutputCount;
    public IReadOnlyList<Coordinate> Coordinates => _base.Coordinates;
    public long AmbientDimension => _base.AmbientDimension;
    public long MaxCoordinatesPerOutput => _base.MaxCoordinatesPerOutput;
    public int ParameterDegree => _base.ParameterDegree;
    public int InputDegree => _base.InputDegree;
    public int SymmetryDimension { get; }
    public string SymmetryDescription { get; }
    public IReadOnlyList<int> NormalisedParameters { get; }
    public IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings => _rescalings;
    public IReadOnlyList<int[]> ScalingBlocks => _base.ScalingBlocks;
    /// <summary>The base's: its torus acts by rescaling columns of a weight matrix, which keeps zero weights zero.</summary>
    public IReadOnlyList<int[]>? CoordinateWeights => _base.CoordinateWeights;

    public IModularEvaluator CreateEvaluator(PrimeField field) => new Evaluator(this, _base.CreateEvaluator(field));

    public IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring)
    {
        // Expand the base in its own ring, then send zeroed parameters to 0.
        var baseRing = new PolynomialRing<Rational, RationalField>(ring.Field, _base.ParameterNames.Concat(_base.InputNames).ToArray());
        var images = new Polynomial<Rational, RationalField>[baseRing.VariableCount];
        for (int i = 0; i < _base.ParameterCount; i++) images[i] = _position[i] >= 0 ? ring.Variable(_position[i]) : ring.Zero;
        for (int j = 0; j < InputCount; j++) images[_base.ParameterCount + j] = ring.Variable(ParameterCount + j);
        return _base.SymbolicOutputs(baseRing).Select(p => p.Substitute(images)).ToArray();
    }

    private sealed class Evaluator : IModularEvaluator
    {
        private readonly Subnetwork _s;
        private readonly IModularEvaluator _inner;
        private readonly uint[] _theta, _jac;

        public Evaluator(Subnetwork s, IModularEvaluator inner)
        {
            _s = s; _inner = inner;
            _theta = new uint[s._base.ParameterCount];
            _jac = new uint[s._base.OutputCount * s._base.ParameterCount];
        }

        public PrimeField Field => _inner.Field;

        public void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> input, Span<uint> outputs, Span<uint> jacobian)
        {
            int Pb = _s._base.ParameterCount, P = _s.ParameterCount;
            Array.Clear(_theta);
            for (int i = 0; i < P; i++) _theta[_s._kept[i]] = theta[i];
            _inner.Evaluate(_theta, input, outputs, jacobian.IsEmpty ? Span<uint>.Empty : _jac);
            if (jacobian.IsEmpty) return;
            for (int k = 0; k < _s.OutputCount; k++)
                for (int i = 0; i < P; i++) jacobian[k * P + i] = _jac[k * Pb + _s._kept[i]];
        }
    }
}
