using System.Diagnostics;
using System.Numerics;
using System.Runtime.ExceptionServices;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The equations of the neurovariety up to a degree bound, by interpolation instead of
/// elimination: the neurovariety is a cone in each scaling block, so its ideal is multigraded, and
/// for each multidegree α with |α| ≤ bound the equations of multidegree α are the kernel of the
/// matrix of all monomials of multidegree α evaluated at random points φ(θ_i) of the variety.
/// Only the generators not already implied by lower degrees are returned.
/// <para>
/// <see cref="Compute"/> works mod one prime and is probabilistic: the kernel can only be too large
/// (never miss an equation); a false equation survives only if a non-zero minor of the evaluation
/// matrix, a polynomial of degree ≤ rank·|α|·deg_θ in the random θ, vanishes — probability ≤ that
/// degree / p.
/// </para>
/// <para>
/// <c>ComputeExact</c> lifts the canonical kernel bases of several primes to ℚ and checks
/// each lifted equation against the exact parametrisation (<see cref="CompositionCheck"/>). When
/// that check is symbolic the result is proved: each equation lies in the ideal; in each multidegree
/// the kernel dimension mod p is an upper bound for dim I_α (the reduction of the integer points of
/// I_α lies in that kernel), and the lifted generators with their products by monomials have that
/// rank mod the last prime, hence at least that rank over ℚ — so they span every I_α, |α| ≤ bound.
/// </para>
/// </summary>
public static class DegreeBoundedEquations
{
    /// <summary>Most primes tried by <c>ComputeExact</c> before giving up.</summary>
    public const int MaxPrimes = 64;

    /// <summary>When the first prime's image took less than this, later primes run one at a time (no pool workers).</summary>
    private const double SequentialBelowSeconds = 0.02;

    /// <summary>The equations mod <paramref name="prime"/> (probabilistic, see the class remarks).</summary>
    public static DegreeBoundedResult Compute(INeuralArchitecture arch, int degreeBound, uint prime = BackpropagationDimension.DefaultPrime,
        int seed = 1, CancellationToken cancellation = default, int threads = 0, Action<InterpolationProgress>? progress = null,
        InterpolationCheckpoint? checkpoint = null)
    {
        if (degreeBound < 1) throw new InvalidInputException("the degree bound must be at least 1");
        var clock = Stopwatch.StartNew();
        var f = new PrimeField(prime);
        var map = Parametrisation.Of(arch, cancellation);
        var (_, coords) = map.Modulo(f);
        var names = NeuroVariety.CoordinateNames(arch);
        var ring = new PolynomialRing<uint, PrimeField>(f, names);
        var layout = new GradedMonomials(arch.ScalingBlocks, names.Length, degreeBound, arch.CoordinateWeights);
        var image = InterpolationImage.Compute(layout, coords, f, arch.ParameterCount, new Random(seed), cancellation, threads: threads, progress: progress,
            checkpoint: checkpoint, pointSeed: seed);

        var generators = new List<(int[] Multidegree, Polynomial<uint, PrimeField> Equation)>();
        foreach (var (a, v) in image.Generators())
        {
            var terms = new List<(uint, int[])>();
            for (int m = 0; m < v.Length; m++) if (v[m] != 0) terms.Add((v[m], layout.Monomials[a][m]));
            generators.Add((layout.Multidegrees[a], Polynomial<uint, PrimeField>.FromTerms(ring, terms).MakeMonic()));
        }
        return new DegreeBoundedResult(ring, generators, Pieces(layout, image), degreeBound, prime, seed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The equations over ℚ: interpolation mod primes below 2^31 (from the largest down), lifted by
    /// Chinese remaindering and rational reconstruction until one more prime agrees, then checked
    /// against the exact parametrisation — symbolically when the expansion has at most
    /// <paramref name="symbolicTermBudget"/> term products (a proof), else at random points.
    /// <paramref name="threads"/>: 0 = all cores (pieces of one prime in parallel, at most two primes at once).
    /// The first prime interpolates every graded piece; later primes only those with a kernel mod the
    /// first (a zero kernel mod any prime proves that piece of the ideal is zero).
    /// </summary>
    public static ExactDegreeBoundedResult ComputeExact(INeuralArchitecture arch, int degreeBound, int seed = 1,
        long symbolicTermBudget = CompositionCheck.DefaultTermBudget, int threads = 0, CancellationToken cancellation = default,
        Action<InterpolationProgress>? progress = null, InterpolationCheckpoint? checkpoint = null) =>
        ComputeExact(arch, degreeBound, seed, symbolicTermBudget, threads, cancellation, progress, null, null, checkpoint);

    /// <summary><paramref name="map"/> and <paramref name="rank"/> (the Jacobian rank), when the caller has them already.</summary>
    internal static ExactDegreeBoundedResult ComputeExact(INeuralArchitecture arch, int degreeBound, int seed, long symbolicTermBudget,
        int threads, CancellationToken cancellation, Action<InterpolationProgress>? progress, Parametrisation? map, DimensionResult? rank,
        InterpolationCheckpoint? checkpoint = null)
    {
        if (degreeBound < 1) throw new InvalidInputException("the degree bound must be at least 1");
        var clock = Stopwatch.StartNew();
        map ??= Parametrisation.Of(arch, cancellation);
        var names = NeuroVariety.CoordinateNames(arch);
        var layout = new GradedMonomials(arch.ScalingBlocks, names.Length, degreeBound, arch.CoordinateWeights);
        var denominators = BigInteger.One;
        foreach (var c in map.CoordinatePolynomials)
            foreach (var q in c.Coefficients) denominators = Lcm(denominators, q.Denominator);

        // Images are independent: a batch of primes (two on two cores) is interpolated at once and
        // fed to the lift in prime order, so the result does not depend on the thread count.
        int batch = Math.Clamp(threads > 0 ? threads : Environment.ProcessorCount, 1, 2);
        // Shape = free columns and selected generators per multidegree: a prime where the variety or
        // the points degenerate has a larger kernel and is outvoted.
        var lift = new MultiModularLift<InterpolationImage>((a, b) => a.SameShape(b));
        Rational[]? lifted = null;
        InterpolationImage? last = null;
        bool[]? active = null;
        using var primes = Primes.DescendingFrom().Where(p => !(denominators % p).IsZero).GetEnumerator();
        for (int tried = 0; lifted is null; )
        {
            if (tried >= MaxPrimes)
                throw new ResourceLimitException($"the interpolated equations did not stabilise over {tried} primes (coefficients too large to reconstruct?)");
            var round = new List<(uint Prime, int Index)>();
            // The first prime alone: it decides which pieces the later ones need.
            while (round.Count < (active is null ? 1 : batch) && primes.MoveNext()) round.Add((primes.Current, tried + round.Count));
            tried += round.Count;
            var images = new InterpolationImage[round.Count];
            void Image(int i)
            {
                var f = new PrimeField(round[i].Prime);
                var (_, coords) = map.Modulo(f);
                // The first prime (2^31 − 1) draws the same points as Compute with the same seed.
                int pointSeed = unchecked(seed + 1_000_003 * round[i].Index);
                images[i] = InterpolationImage.Compute(layout, coords, f, map.Ring.VariableCount, new Random(pointSeed), cancellation, active, threads, progress,
                    checkpoint, pointSeed);
            }
            // One prime runs on this thread: a small network's whole run is milliseconds, less than starting pool workers.
            if (round.Count == 1) Image(0);
            else
                try { Parallel.For(0, round.Count, new ParallelOptions { MaxDegreeOfParallelism = batch, CancellationToken = cancellation }, Image); }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    // Surface the worker's own exception (cancellation, bad input), not the wrapper.
                    ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }
            if (active is null && clock.Elapsed.TotalSeconds < SequentialBelowSeconds) batch = 1;
            active ??= images[0].Pieces.Select(piece => piece.Kernel.Count > 0).ToArray();
            foreach (var image in images)
            {
                if (lift.Add(image.Prime, image, image.Entries())) { lifted = lift.Candidate; last = image; break; }
                if (lift.Candidate is null) lift.TryReconstruct();
            }
        }
        double liftSeconds = clock.Elapsed.TotalSeconds;

        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), names);
        var generators = new List<(int[] Multidegree, Polynomial<Rational, RationalField> Equation)>();
        int at = 0;
        foreach (var (a, v) in last!.Generators())
        {
            var terms = new List<(Rational, int[])>();
            for (int m = 0; m < v.Length; m++, at++)
                if (!lifted![at].IsZero) terms.Add((lifted[at], layout.Monomials[a][m]));
            generators.Add((layout.Multidegrees[a], Primitive(Polynomial<Rational, RationalField>.FromTerms(ring, terms))));
        }

        var equations = generators.Select(g => g.Equation).ToList();
        var check = CompositionCheck.Run(map, equations, symbolicTermBudget, seed, cancellation);
        var used = lift.Used;
        var discarded = lift.Discarded.OrderByDescending(p => p).ToList();
        string origin = $"interpolation mod {used.Count} primes (from {used[0]}), lifted by CRT and rational reconstruction, stable over the last prime" +
                        (discarded.Count > 0 ? $"; {discarded.Count} primes of another kernel shape discarded" : "");
        string note = !check.AllVanish
            ? $"{origin}; NOT verified: {check.Note}"
            : check.Exact
                ? $"{origin}; {check.Note}; complete in degrees <= {degreeBound}: the kernel dimension mod p bounds each graded piece of the ideal from above and the generators reach it (proof)"
                : $"{origin}; {check.Note}; complete in degrees <= {degreeBound} if they lie in the ideal";
        string? ideal = DecideIdeal(arch, generators.Count, check.AllVanish && check.Exact, seed, cancellation, rank, out int? dimension);
        return new ExactDegreeBoundedResult(ring, generators, Pieces(layout, last), degreeBound,
            Verified: check.AllVanish && check.Exact, CheckedSymbolically: check.Exact, FailureProbability: check.AllVanish ? check.FailureProbability : 1,
            Note: note, Primes: used, DiscardedPrimes: discarded, Seed: seed,
            LiftSeconds: liftSeconds, Seconds: clock.Elapsed.TotalSeconds, Ideal: ideal, Dimension: dimension, GradedPieceCount: layout.Count);
    }

    /// <summary>Per block multidegree (the torus weights summed over): monomials and the dimension of the ideal's piece.</summary>
    private static List<(int[] Multidegree, int Monomials, int Equations)> Pieces(GradedMonomials layout, InterpolationImage image)
    {
        var result = new List<(int[] Multidegree, int Monomials, int Equations)>();
        for (int a = 0; a < layout.Count; a++)
        {
            var alpha = layout.Multidegrees[a];
            if (result.Count > 0 && result[^1].Multidegree.AsSpan().SequenceEqual(alpha))
                result[^1] = (alpha, result[^1].Monomials + layout.Monomials[a].Count, result[^1].Equations + image.Pieces[a].Kernel.Count);
            else result.Add((alpha, layout.Monomials[a].Count, image.Pieces[a].Kernel.Count));
        }
        return result;
    }

    /// <summary>
    /// What the generators say about the whole ideal, when that is decided: a variety of dimension
    /// ambient − 1 is a hypersurface and its prime ideal is principal, so one proved generator (complete
    /// up to the bound) is the whole ideal. The dimension is the Jacobian rank mod p, a lower bound,
    /// and the nonzero equation bounds it from above, so it is proved too. Null when not decided.
    /// </summary>
    private static string? DecideIdeal(INeuralArchitecture arch, int generators, bool verified, int seed, CancellationToken cancellation,
        DimensionResult? rank, out int? dimension)
    {
        dimension = null;
        if (!verified || generators != 1) return null;
        rank ??= BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = seed, Cancellation = cancellation });
        if (rank.Dimension != arch.AmbientDimension - 1) return null;
        dimension = rank.Dimension;
        return $"the ideal of the variety is generated by this equation: V is irreducible of dimension >= {rank.Dimension} (Jacobian rank mod {rank.Prime}) " +
               $"and lies in its zero set, so dim V = {rank.Dimension} = ambient - 1 (proved); the prime ideal of a hypersurface is principal, " +
               "generated by a homogeneous element of least degree, and the ideal is complete up to the bound with this single generator (proof)";
    }

    /// <summary>The integer multiple with coprime coefficients and a positive leading coefficient.</summary>
    private static Polynomial<Rational, RationalField> Primitive(Polynomial<Rational, RationalField> p)
    {
        if (p.IsZero) return p;
        BigInteger den = BigInteger.One, num = BigInteger.Zero;
        foreach (var c in p.Coefficients) den = Lcm(den, c.Denominator);
        foreach (var c in p.Coefficients) num = BigInteger.GreatestCommonDivisor(num, c.Numerator * (den / c.Denominator));
        if (p.LeadingCoefficient.Sign < 0) num = -num;
        return p.Scale(new Rational(den, num));
    }

    private static BigInteger Lcm(BigInteger a, BigInteger b) => a / BigInteger.GreatestCommonDivisor(a, b) * b;
}

/// <summary>Generators of the neurovariety's ideal in degrees ≤ the bound (over GF(p)), and the dimension of each graded piece.</summary>
public sealed record DegreeBoundedResult(
    PolynomialRing<uint, PrimeField> Ring,
    IReadOnlyList<(int[] Multidegree, Polynomial<uint, PrimeField> Equation)> Generators,
    IReadOnlyList<(int[] Multidegree, int Monomials, int Equations)> GradedPieces,
    int DegreeBound, uint Prime, int Seed, double Seconds)
{
    public IReadOnlyList<Polynomial<uint, PrimeField>> Equations => Generators.Select(g => g.Equation).ToList();
}
