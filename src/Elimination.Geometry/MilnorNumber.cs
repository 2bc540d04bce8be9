using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>
/// The total Milnor number of an affine hypersurface V(f) over its singular points:
/// Σ_{p ∈ Sing V(f)} dim O_p/(∂f). The gradient ideal J = (∂f/∂x_i) is zero-dimensional for
/// isolated critical points, so J = ∩ Q_p over the critical points; J : f^∞ keeps exactly the Q_p with
/// f(p) ≠ 0 (critical points off the hypersurface), hence μ = dim k[x]/J − dim k[x]/(J : f^∞). Exact.
/// </summary>
public static class MilnorNumber
{
    public static int TotalAtSingularPoints<T, TField>(Ideal<T, TField> hypersurface) where TField : struct, IField<T>
    {
        if (hypersurface.Generators.Count != 1)
            throw new InvalidInputException("the Milnor number needs a hypersurface: one equation");
        var f = hypersurface.Generators[0];
        var ring = hypersurface.Ring;
        var gradient = hypersurface.Create(ring, Enumerable.Range(0, ring.VariableCount).Select(f.Derivative));
        if (gradient.IsUnit) return 0;
        if (gradient.Dimension() != 0)
            throw new InvalidInputException("the Milnor number needs isolated critical points: the gradient ideal has positive dimension");
        var offHypersurface = gradient.Saturation(f);
        int all = IdealInvariants.VectorSpaceDimension(gradient);
        int off = offHypersurface.IsUnit ? 0 : IdealInvariants.VectorSpaceDimension(offHypersurface);
        return all - off;
    }
}
