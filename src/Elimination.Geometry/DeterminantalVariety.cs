using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry.LinearAlgebra;

namespace Elimination.Geometry;

/// <summary>
/// The variety M_r of m×n matrices of rank ≤ r, with the ambient variables as the matrix entries in
/// row-major order (as the neurovariety of a linear network writes them). Its ideal, the (r+1)×(r+1)
/// minors, is prime, and for 0 &lt; r &lt; min(m, n) its singular locus is M_{r−1}, cut out by the r×r
/// minors (Bruns–Vetter, Determinantal Rings, LNM 1327, ch. 2) — so no Jacobian minors are needed.
/// </summary>
public sealed record DeterminantalVariety(int Rows, int Columns, int Rank)
{
    /// <summary>The s×s minors of the matrix of the ring's variables (row-major).</summary>
    public List<Polynomial<T, TField>> Minors<T, TField>(PolynomialRing<T, TField> ring, int size) where TField : struct, IField<T>
    {
        var m = new PolynomialMatrix<T, TField>(ring, Rows, Columns);
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++) m[i, j] = ring.Variable(i * Columns + j);
        return LinearAlgebra.Minors.All(m, size);
    }

    /// <summary>
    /// The layout and rank for which X's ideal equals the ideal of (r+1)-minors (checked by reduced Gröbner
    /// bases), or null. Only equations of one degree r + 1 ≥ 2 are candidates.
    /// </summary>
    public static DeterminantalVariety? Recognise<T, TField>(Variety<T, TField> x, GeometryOptions options) where TField : struct, IField<T>
    {
        int n = x.AmbientVariables;
        if (x.Generators.Count == 0 || x.Generators.Any(g => !g.IsHomogeneous)) return null;
        int k = x.Generators[0].Degree;
        if (k < 2 || x.Generators.Any(g => g.Degree != k)) return null;
        var ideal = options.IdealOf(x.Ring, x.Generators);
        for (int rows = 1; rows <= n; rows++)
        {
            if (n % rows != 0) continue;
            var candidate = new DeterminantalVariety(rows, n / rows, k - 1);
            if (candidate.Rank >= Math.Min(candidate.Rows, candidate.Columns)) continue;
            if (options.IdealOf(x.Ring, candidate.Minors(x.Ring, k)).Equals(ideal)) return candidate;
        }
        return null;
    }
}
