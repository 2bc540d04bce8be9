using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Geometry.LinearAlgebra;

/// <summary>The Jacobian matrix (∂f_i/∂x_j) of a list of polynomials.</summary>
public static class Jacobian
{
    /// <summary>Rows = generators, columns = all variables of the ring.</summary>
    public static PolynomialMatrix<T, TField> Of<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, PolynomialRing<T, TField>? ring = null)
        where TField : struct, IField<T>
    {
        ring ??= generators.Count > 0 ? generators[0].Ring : throw new ArgumentException("the Jacobian of no polynomials needs a ring");
        var m = new PolynomialMatrix<T, TField>(ring, generators.Count, ring.VariableCount);
        for (int i = 0; i < generators.Count; i++)
            for (int j = 0; j < ring.VariableCount; j++) m[i, j] = generators[i].Derivative(j);
        return m;
    }
}
