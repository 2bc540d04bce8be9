using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The whole ideal of a neurovariety over ℚ without elimination, in the cases the dimension decides
/// it. The Jacobian rank mod p is a lower bound for the dimension; when it equals the ambient
/// dimension the variety fills the space (ideal 0); when it is ambient − 1 the variety is a
/// hypersurface and its prime ideal is principal, so the first degree in which interpolation finds
/// an equation (lifted to ℚ, proved by composition with the parametrisation, complete up to that
/// degree) gives the whole ideal (<c>DegreeBoundedEquations.ComputeExact</c> says why).
/// Higher codimension is not decided here (null): the caller eliminates.
/// <para>
/// Elimination computes a Gröbner basis of the graph of the map (parameters and coordinates) to
/// find a few equations in the coordinates; interpolation only solves small linear systems in the
/// graded pieces: (2,2,3) x² takes 0.004 s warm instead of 0.41 s (README, Neurovarieties).
/// </para>
/// </summary>
public static class InterpolatedIdeal
{
    /// <summary>Highest degree tried for the equation of a hypersurface.</summary>
    public const int MaxDegree = 12;

    /// <summary>Graded pieces larger than this make the attempt give up (the caller eliminates instead).</summary>
    public const int MaxPieceMonomials = 3000;

    /// <summary>The decided ideal: its generators (none when filling), the proved dimension and the reason.</summary>
    public sealed record Result(PolynomialRing<Rational, RationalField> Ring, IReadOnlyList<Polynomial<Rational, RationalField>> Generators,
        int Dimension, string Note, double Seconds);

    /// <summary>The ideal when the dimension decides it (filling or hypersurface), else null.</summary>
    public static Result? TryCompute(INeuralArchitecture arch, int seed = 1, int threads = 0, CancellationToken cancellation = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rank = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = seed, Cancellation = cancellation, Threads = threads });
        long ambient = arch.AmbientDimension;
        var names = NeuroVariety.CoordinateNames(arch);
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), names);
        if (rank.Dimension == ambient)
            return new Result(ring, Array.Empty<Polynomial<Rational, RationalField>>(), rank.Dimension,
                $"filling: the Jacobian rank mod {rank.Prime} is the ambient dimension {ambient} (a lower bound for the dimension), so the ideal is 0", clock.Elapsed.TotalSeconds);
        if (rank.Dimension != ambient - 1) return null;

        var map = Parametrisation.Of(arch, cancellation);
        for (int degree = 1; degree <= MaxDegree; degree++)
        {
            ExactDegreeBoundedResult found;
            try
            {
                if (LargestPiece(arch, degree) > MaxPieceMonomials) return null;
                found = DegreeBoundedEquations.ComputeExact(arch, degree, seed, CompositionCheck.DefaultTermBudget, threads, cancellation, null, map, rank);
            }
            catch (ResourceLimitException)
            {
                return null;
            }
            if (found.Generators.Count == 0) continue;
            if (found.Ideal is null) return null; // not proved symbolically: leave it to elimination
            return new Result(found.Ring, found.Equations, rank.Dimension,
                $"interpolation in degrees <= {degree}: {found.Note}; {found.Ideal}", clock.Elapsed.TotalSeconds);
        }
        return null;
    }

    /// <summary>The largest graded piece of this total degree (block multidegree and torus weight).</summary>
    private static int LargestPiece(INeuralArchitecture arch, int degree)
    {
        var layout = new GradedMonomials(arch.ScalingBlocks, arch.Coordinates.Count, degree, arch.CoordinateWeights);
        int largest = 0;
        for (int a = 0; a < layout.Count; a++)
            if (layout.Multidegrees[a].Sum() == degree) largest = Math.Max(largest, layout.Monomials[a].Count);
        return largest;
    }
}
