using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>
/// The whole ideal of a neurovariety over ℚ without elimination, in the cases the dimension decides
/// it. The Jacobian rank mod p is a lower bound for the dimension; when it equals the ambient
/// dimension the variety fills the space (ideal 0); when it is ambient − 1 the variety is a
/// hypersurface and its prime ideal is principal, so the first degree in which interpolation finds
/// an equation (lifted to ℚ, proved by composition with the parametrisation, complete up to that
/// degree) gives the whole ideal (<c>DegreeBoundedEquations.ComputeExact</c> says why).
/// In higher codimension, given a homogeneous map with the same kernel, the equations through the first degrees
/// whose zero set has V's dimension are proved to be the whole ideal by <see cref="KernelCertificate"/> (Cohen–Macaulay,
/// and as many distinct points on a linear section mod p as their degree); when that fails the caller eliminates (null).
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

    /// <summary>
    /// Degrees tried with <see cref="KernelCertificate"/>, from the first whose equations have V's dimension: one more
    /// degree can complete J, and beyond that elimination is the cheaper way to the missing generators.
    /// </summary>
    public const int CertificateDegrees = 2;

    /// <summary>
    /// The ideal when the dimension decides it (filling or hypersurface), or — given <paramref name="kernelMap"/>, a map
    /// homogeneous of one degree whose kernel is V's ideal, and its slice for the point count (see
    /// <see cref="KernelCertificate.Prove"/>) — when the certificate proves the equations of low degree are all of it; else null.
    /// </summary>
    public static Result? TryCompute(INeuralArchitecture arch, int seed = 1, int threads = 0, CancellationToken cancellation = default,
        KernelMap? kernelMap = null) =>
        TryCompute(arch, seed, threads, cancellation, kernelMap, null);

    /// <summary><paramref name="rank"/>: the Jacobian rank, when the caller has it already.</summary>
    internal static Result? TryCompute(INeuralArchitecture arch, int seed, int threads, CancellationToken cancellation,
        KernelMap? kernelMap,
        DimensionResult? rank)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        rank ??= BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = seed, Cancellation = cancellation, Threads = threads });
        long ambient = arch.AmbientDimension;
        var names = NeuroVariety.CoordinateNames(arch);
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), names);
        if (rank.Dimension == ambient)
            return new Result(ring, Array.Empty<Polynomial<Rational, RationalField>>(), rank.Dimension,
                $"filling: the Jacobian rank mod {rank.Prime} is the ambient dimension {ambient} (a lower bound for the dimension), so the ideal is 0", clock.Elapsed.TotalSeconds);
        bool hypersurface = rank.Dimension == ambient - 1;
        if (!hypersurface && kernelMap is not { Certifiable: true }) return null;

        // The certificate's slice parametrises a dense subset too: fewer parameters and lower degrees to interpolate and compose.
        var map = kernelMap is { } given
            ? Parametrisation.Dense(arch, given.Slice is null ? given.Images : given.Images.Select(g => g.Substitute(given.Slice)).ToArray())
            : Parametrisation.Of(arch, cancellation);
        int known = 0, lastDegree = MaxDegree;
        for (int degree = 1; degree <= lastDegree; degree++)
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
            if (found.Generators.Count == known) continue;
            known = found.Generators.Count;
            if (!found.Verified) return null; // not proved symbolically: leave it to elimination
            if (hypersurface)
                return found.Ideal is null ? null : new Result(found.Ring, found.Equations, rank.Dimension,
                    $"interpolation in degrees <= {degree}: {found.Note}; {found.Ideal}", clock.Elapsed.TotalSeconds);
            var modP = HilbertModP(found, cancellation);
            if (modP.Dimension > rank.Dimension) continue;
            // A negative h-vector entry mod p: R/J_p is not Cohen–Macaulay, and R/J over ℚ most likely not either (a
            // filter, not a proof: the certificate would fail); elimination decides instead ((2,2,1,2) x²: 1,6,11,−12,8,−2).
            if (modP.ReducedNumerator.Any(h => h.Sign < 0)) return null;
            lastDegree = Math.Min(lastDegree, degree + CertificateDegrees - 1);
            var candidate = new Ideal<Rational, RationalField>(found.Ring, found.Equations, null, new GroebnerOptions { Cancellation = cancellation });
            var proof = kernelMap!.Prove(candidate, seed, cancellation);
            if (proof.Proved)
                return new Result(found.Ring, found.Equations, rank.Dimension,
                    $"interpolation in degrees <= {degree}: {found.Note}; {proof.Note}", clock.Elapsed.TotalSeconds);
        }
        return null;
    }

    /// <summary>The Hilbert series of the equations mod a prime: a cheap filter before the certificate.</summary>
    private static HilbertSeries HilbertModP(ExactDegreeBoundedResult found, CancellationToken cancellation)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(BackpropagationDimension.DefaultPrime), found.Ring.Variables);
        var modular = found.Equations.Where(e => Rings.DefinedModulo(new[] { e }, ring.Field.P)).Select(e => Rings.ModP(e, ring)).ToList();
        return HilbertSeries.Of(new Ideal<uint, PrimeField>(ring, modular, null, new GroebnerOptions { Cancellation = cancellation }));
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
