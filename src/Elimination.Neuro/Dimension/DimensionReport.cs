namespace Elimination.Neuro;

/// <summary>
/// Ambient, expected and actual dimension of a neurovariety and the defect (expected − actual).
/// The network is filling when the dimension equals the ambient dimension.
/// </summary>
public sealed record DimensionReport(
    INeuralArchitecture Architecture, long Ambient, int Parameters, int Symmetry, int Expected, DimensionResult Result)
{
    public int Dimension => Result.Dimension;
    public int Defect => Expected - Dimension;
    public bool Filling => Dimension == Ambient;
    public bool Defective => Defect > 0;
    public int FibreDimension => Parameters - Dimension;

    public static DimensionReport Compute(INeuralArchitecture arch, DimensionOptions? options = null)
    {
        var result = BackpropagationDimension.Compute(arch, options);
        return new DimensionReport(arch, arch.AmbientDimension, arch.ParameterCount, arch.SymmetryDimension,
            ExpectedDimension.Of(arch), result);
    }

    /// <summary>How certain the dimension is, in words.</summary>
    public string Certainty => Result.Proved
        ? "proved (meets the symmetry upper bound)"
        : $"lower bound, exact with probability ≥ 1 − {Result.FailureProbability:G3} (prime {Result.Prime}, seed {Result.Seed})";
}
