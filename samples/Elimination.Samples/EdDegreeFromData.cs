using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Geometry.Quadrics;

namespace Elimination.Samples;

/// <summary>
/// MSE training as an ED problem: data (x, y) for a model y = c0 + c1·x + c2·x² give Q = AᵀA (a Hankel
/// moment matrix) and u = A⁺B; then count the critical points of ‖c − u‖²_Q on the parabola c1² = 4·c0·c2
/// (quadratics with a double root).
/// </summary>
public static class EdDegreeFromData
{
    public static void Run(TextWriter output)
    {
        var xs = new long[] { -2, -1, 0, 1, 3 };
        var ys = new long[] { 5, 1, 0, 2, 7 };
        var mse = MseQuadric.Build(
            xs.Select(x => new[] { (Rational)x }).ToList(),
            ys.Select(y => new[] { (Rational)y }).ToList(),
            degree: 2);
        output.WriteLine($"rank(Q) = {mse.Rank} of {mse.Q.Rows}, degenerate: {mse.IsDegenerate}, u = ({string.Join(", ", mse.U)})");

        var fp = new PrimeField(2147483647);
        var ring = new PolynomialRing<uint, PrimeField>(fp, new[] { "c0", "c1", "c2" });
        var doubleRoot = Variety<uint, PrimeField>.Parse(ring, projective: false, "c1^2 - 4*c0*c2");
        var q = QuadraticForms.ToField<uint, PrimeField>(mse.Q, fp);
        var u = mse.U.Select(c => fp.FromRational(c.Numerator, c.Denominator)).ToArray();
        var critical = EdDegree.Count(doubleRoot, q, u);
        output.WriteLine($"critical points for this data: {critical.Invariants}; {critical.ProbabilityNote}");
    }
}
