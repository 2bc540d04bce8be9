namespace Elimination.Neuro;

/// <summary>
/// The expected dimension: parameters minus the dimension of the known symmetry orbits, capped by
/// the ambient dimension. Because the symmetries are genuine, the true dimension never exceeds it.
/// </summary>
public static class ExpectedDimension
{
    public static int Of(INeuralArchitecture arch) =>
        (int)Math.Min(arch.AmbientDimension, arch.ParameterCount - arch.SymmetryDimension);
}
