using Elimination.Core.Fields;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Core.Errors;

namespace Elimination.Geometry.Quadrics;

/// <summary>
/// The ED problem equivalent to least squares: for a model whose outputs are polynomials of degree
/// ≤ D (or exactly D) in the inputs, with coefficient vector w (per output, output-major), the mean
/// squared error on a dataset S = {(x_s, y_s)} is (1/N)·Σ_o ‖A·w_o − B_o‖² with A the N×M matrix of
/// monomials at the inputs (Vandermonde for one input). Since AᵀA·u = AᵀB for u = A⁺B,
/// N·MSE(w) = (w − u)ᵀ(I_o ⊗ Q)(w − u) + ‖B − A·u‖², Q = AᵀA (a Hankel moment matrix for one input).
/// Everything is exact over ℚ.
/// </summary>
public sealed class MseQuadric
{
    private static readonly RationalField F = new();

    private MseQuadric() { }

    /// <summary>The monomials indexing the coefficient coordinates of each output.</summary>
    public required IReadOnlyList<int[]> Monomials { get; init; }
    public required FieldMatrix<Rational, RationalField> A { get; init; }
    /// <summary>N×o matrix of outputs.</summary>
    public required FieldMatrix<Rational, RationalField> B { get; init; }
    /// <summary>AᵀA (M×M).</summary>
    public required FieldMatrix<Rational, RationalField> Moment { get; init; }
    /// <summary>The form on all o·M coordinates: block diagonal with o copies of AᵀA.</summary>
    public required FieldMatrix<Rational, RationalField> Q { get; init; }
    /// <summary>u = A⁺B stacked output-major (length o·M).</summary>
    public required Rational[] U { get; init; }
    /// <summary>‖B − A·u‖²: the least achievable N·MSE over all polynomials of this degree.</summary>
    public required Rational Residual { get; init; }
    public required int Samples { get; init; }
    public int Rank { get; init; }
    public int Dimension => Q.Rows;
    /// <summary>Q is singular: the data do not determine a polynomial of this degree (kernel dimension = Dimension − Rank).</summary>
    public bool IsDegenerate => Rank < Dimension;
    public int KernelDimension => Dimension - Rank;

    /// <summary>Monomials of degree ≤ D (or = D) in m variables: by increasing degree, lex-decreasing within a degree (1, x, x², … for one input).</summary>
    public static List<int[]> ModelMonomials(int inputs, int degree, bool homogeneous)
    {
        var list = new List<int[]>();
        for (int d = homogeneous ? degree : 0; d <= degree; d++) list.AddRange(BombieriWeyl.Monomials(inputs, d));
        return list;
    }

    /// <summary>Builds the quadric from inputs (N rows of m values) and outputs (N rows of o values).</summary>
    public static MseQuadric Build(IReadOnlyList<Rational[]> inputs, IReadOnlyList<Rational[]> outputs, int degree,
        bool homogeneous = false, IReadOnlyList<int[]>? monomials = null)
    {
        if (inputs.Count == 0) throw new InvalidInputException("the dataset is empty");
        if (inputs.Count != outputs.Count) throw new InvalidInputException($"{inputs.Count} inputs but {outputs.Count} outputs");
        if (degree < 0) throw new InvalidInputException("the degree must be non-negative");
        int m = inputs[0].Length, o = outputs[0].Length;
        if (m == 0 || o == 0) throw new InvalidInputException("inputs and outputs need at least one coordinate");
        for (int s = 0; s < inputs.Count; s++)
            if (inputs[s].Length != m || outputs[s].Length != o)
                throw new InvalidInputException($"sample {s + 1} has {inputs[s].Length} inputs and {outputs[s].Length} outputs, expected {m} and {o}");
        var mons = monomials?.ToList() ?? ModelMonomials(m, degree, homogeneous);
        int n = inputs.Count, cols = mons.Count;
        var a = new FieldMatrix<Rational, RationalField>(F, n, cols);
        var b = new FieldMatrix<Rational, RationalField>(F, n, o);
        for (int s = 0; s < n; s++)
        {
            for (int j = 0; j < cols; j++)
            {
                var v = Rational.One;
                for (int i = 0; i < m; i++)
                    for (int k = 0; k < mons[j][i]; k++) v *= inputs[s][i];
                a[s, j] = v;
            }
            for (int k = 0; k < o; k++) b[s, k] = outputs[s][k];
        }
        var at = a.Transpose();
        var moment = at * a;
        var pinv = a.PseudoInverse();
        var uMat = pinv * b; // cols × o
        var q = new FieldMatrix<Rational, RationalField>(F, cols * o, cols * o);
        var u = new Rational[cols * o];
        for (int k = 0; k < o; k++)
        {
            for (int i = 0; i < cols; i++)
            {
                u[k * cols + i] = uMat[i, k];
                for (int j = 0; j < cols; j++) q[k * cols + i, k * cols + j] = moment[i, j];
            }
        }
        var fit = a * uMat;
        var residual = Rational.Zero;
        for (int s = 0; s < n; s++)
            for (int k = 0; k < o; k++) { var r = b[s, k] - fit[s, k]; residual += r * r; }
        return new MseQuadric
        {
            Monomials = mons, A = a, B = b, Moment = moment, Q = q, U = u, Residual = residual,
            Samples = n, Rank = moment.Rank * o,
        };
    }

    /// <summary>N·MSE at coefficient vector w (output-major), straight from the data — for checking the identity.</summary>
    public Rational ScaledLoss(IReadOnlyList<Rational> w)
    {
        int cols = Monomials.Count, o = B.Columns;
        if (w.Count != cols * o) throw new InvalidInputException($"w needs {cols * o} coordinates");
        var total = Rational.Zero;
        for (int s = 0; s < Samples; s++)
            for (int k = 0; k < o; k++)
            {
                var pred = Rational.Zero;
                for (int j = 0; j < cols; j++) pred += A[s, j] * w[k * cols + j];
                var r = pred - B[s, k];
                total += r * r;
            }
        return total;
    }

    /// <summary>(w − u)ᵀQ(w − u) + Residual: equals <see cref="ScaledLoss"/> for every w.</summary>
    public Rational QuadricLoss(IReadOnlyList<Rational> w)
    {
        var d = w.Select((x, i) => x - U[i]).ToArray();
        var qd = Q.Apply(d);
        var s = Residual;
        for (int i = 0; i < d.Length; i++) s += d[i] * qd[i];
        return s;
    }
}
