using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// A linear network x ↦ W_L ⋯ W_1 x with widths (d_0, …, d_L). Its coordinates are the entries of
/// the end-to-end d_L × d_0 matrix (row by row); the neurovariety is the determinantal variety of
/// matrices of rank ≤ min d_l, of dimension m(d_0 + d_L − m).
/// </summary>
public sealed class LinearNetwork : INeuralArchitecture
{
    private readonly PolynomialMlp _mlp;

    public LinearNetwork(IReadOnlyList<int> widths) => _mlp = new PolynomialMlp(widths, Activation.Identity, bias: false);

    public IReadOnlyList<int> LayerWidths => _mlp.LayerWidths;
    public string Kind => "linear";
    public string Widths => _mlp.Widths;
    public string ActivationText => "x";
    public string Description => $"linear network ({Widths})";
    public int ParameterCount => _mlp.ParameterCount;
    public IReadOnlyList<string> ParameterNames => _mlp.ParameterNames;
    public int InputCount => _mlp.InputCount;
    public IReadOnlyList<string> InputNames => _mlp.InputNames;
    public int OutputCount => _mlp.OutputCount;
    public IReadOnlyList<Coordinate> Coordinates => _mlp.Coordinates;
    public long AmbientDimension => _mlp.AmbientDimension;
    public long MaxCoordinatesPerOutput => _mlp.MaxCoordinatesPerOutput;
    public int ParameterDegree => _mlp.ParameterDegree;
    public int InputDegree => 1;
    public int SymmetryDimension => _mlp.SymmetryDimension;
    public string SymmetryDescription => _mlp.SymmetryDescription;
    public IReadOnlyList<int> NormalisedParameters => _mlp.NormalisedParameters;
    public IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings => Array.Empty<IReadOnlyList<(int, int)>>();
    public IReadOnlyList<int[]> ScalingBlocks => _mlp.ScalingBlocks;
    public IReadOnlyList<int[]>? CoordinateWeights => _mlp.CoordinateWeights;
    public IModularEvaluator CreateEvaluator(PrimeField field) => _mlp.CreateEvaluator(field);
    public IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring) => _mlp.SymbolicOutputs(ring);

    /// <summary>Index of W_l[i][j] (l from 1).</summary>
    public int WeightIndex(int layer, int i, int j) => _mlp.WeightIndex(layer, i, j);
}
