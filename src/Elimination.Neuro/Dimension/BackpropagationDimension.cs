using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Errors;

namespace Elimination.Neuro;

/// <summary>
/// The dimension of a neurovariety as the rank of the Jacobian of θ ↦ f_θ at a random point,
/// computed mod a prime p &lt; 2^31 without expanding coefficients: the functional f ↦ (f(x_1), …, f(x_N))
/// at N random inputs is injective on the ambient space for generic inputs when N is at least the
/// number of coordinates per output, and the Jacobian of θ ↦ (f_θ(x_i))_i is obtained by
/// back-propagation, one row per (input, output neuron). Rows are added until the rank reaches the
/// upper bound min(P − symmetry, ambient) or every row is used.
/// <para>
/// The computed rank never exceeds the true rank over ℚ (a minor vanishing over ℚ vanishes mod p).
/// It is smaller only if a non-zero ρ×ρ minor of the evaluated Jacobian — a polynomial in the random
/// θ and inputs of degree ≤ ρ·(deg_θ − 1 + deg_x) — vanishes at the random point (Schwartz–Zippel,
/// probability ≤ that degree / p) or p divides all such minors' contents (an unlucky prime).
/// When the rank reaches the symmetry bound the answer is proved.
/// </para>
/// </summary>
public static class BackpropagationDimension
{
    public static DimensionResult Compute(INeuralArchitecture arch, DimensionOptions? options = null)
    {
        options ??= new DimensionOptions();
        var sw = Stopwatch.StartNew();
        uint p = options.Prime != 0 ? options.Prime : DefaultPrime;
        var f = new PrimeField(p);
        int P = arch.ParameterCount, n = arch.InputCount, outs = arch.OutputCount;
        long ambient = arch.AmbientDimension;
        int upper = (int)Math.Min(Math.Min(P, ambient), P - arch.SymmetryDimension);

        // Points needed: the largest number of coordinates of one output (evaluation is injective
        // on each output's coordinate space at that many generic points).
        long points = arch.MaxCoordinatesPerOutput;

        long bytes = 4L * P * Math.Max(0, upper);
        if (bytes > options.MaxMatrixBytes)
            throw new MemoryLimitException($"{arch.Description}: the Jacobian echelon form needs up to {MemoryLimitException.Size(bytes)} ({upper} rows of {P} entries), above the limit of {MemoryLimitException.Size(options.MaxMatrixBytes)}");
        var rng = new Random(options.Seed);
        int best = -1;
        int rowsUsed = 0, pointsUsed = 0;
        for (int trial = 0; trial < Math.Max(1, options.Trials); trial++)
        {
            var eval = arch.CreateEvaluator(f);
            var theta = RandomVector(rng, f, P);
            var x = new uint[n];
            var values = new uint[outs];
            var jac = new uint[outs * P];
            var echelon = new ModularRowEchelon(f, P);
            int used = 0, usedPoints = 0;
            int threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
            // Rows go in batches (reduced in parallel against the pivots so far); small batches near the bound.
            int batchRows = Math.Max(outs, 8 * threads);
            var batch = new List<uint[]>();
            for (long pt = 0; pt < points && echelon.Rank < upper;)
            {
                options.Cancellation.ThrowIfCancellationRequested();
                batch.Clear();
                int want = Math.Min(batchRows, Math.Max(outs, upper - echelon.Rank));
                while (batch.Count < want && pt < points)
                {
                    FillRandom(rng, f, x);
                    eval.Evaluate(theta, x, values, jac);
                    usedPoints++;
                    pt++;
                    for (int k = 0; k < outs; k++) batch.Add(jac.AsSpan(k * P, P).ToArray());
                }
                used += batch.Count;
                if (threads == 1 || batch.Count == 1)
                    foreach (var row in batch) { options.Cancellation.ThrowIfCancellationRequested(); echelon.Add(row); if (echelon.Rank >= upper) break; }
                else echelon.AddBatch(batch, threads, options.Cancellation);
            }
            if (echelon.Rank > best) { best = echelon.Rank; rowsUsed = used; pointsUsed = usedPoints; }
            if (best == upper) break;
        }

        double bound = Math.Min(1.0, (double)best * Math.Max(1, arch.ParameterDegree - 1 + arch.InputDegree) / p);
        return new DimensionResult(
            Dimension: best,
            Ambient: ambient,
            Parameters: P,
            UpperBound: upper,
            Proved: best == upper,
            Prime: p,
            Seed: options.Seed,
            Points: pointsUsed,
            Rows: rowsUsed,
            FailureProbability: best == upper ? 0 : bound,
            Seconds: sw.Elapsed.TotalSeconds);
    }

    /// <summary>The largest prime below 2^31.</summary>
    public const uint DefaultPrime = 2147483647;

    internal static uint[] RandomVector(Random rng, PrimeField f, int n)
    {
        var v = new uint[n];
        FillRandom(rng, f, v);
        return v;
    }

    internal static void FillRandom(Random rng, PrimeField f, Span<uint> v)
    {
        for (int i = 0; i < v.Length; i++) v[i] = (uint)rng.NextInt64(f.P);
    }
}

public sealed record DimensionOptions
{
    /// <summary>0: the largest prime below 2^31.</summary>
    public uint Prime { get; init; }
    public int Seed { get; init; } = 20261125;
    /// <summary>Independent random points; the largest rank wins (each is a lower bound).</summary>
    public int Trials { get; init; } = 1;
    public CancellationToken Cancellation { get; init; }
    /// <summary>Threads for the row reduction (0 = all cores).</summary>
    public int Threads { get; init; }
    /// <summary>Refuse (clearly) when the echelon form would need more memory than this.</summary>
    public long MaxMatrixBytes { get; init; } = 4L << 30;
}

/// <summary>
/// The dimension (affine, of the cone in the coordinate space) with its certificate:
/// <see cref="Proved"/> when it meets the symmetry upper bound, otherwise correct except with
/// probability at most <see cref="FailureProbability"/> (and it is never too large).
/// </summary>
public sealed record DimensionResult(
    int Dimension, long Ambient, int Parameters, int UpperBound, bool Proved, uint Prime, int Seed,
    int Points, int Rows, double FailureProbability, double Seconds)
{
    public int FibreDimension => Parameters - Dimension;
    public bool Filling => Dimension == Ambient;
}
