using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>Knobs for <see cref="NeuroVariety.Compute"/>.</summary>
public sealed record NeuroVarietyOptions
{
    /// <summary>Engine for the elimination (null: the ideal toolkit's default).</summary>
    public IGroebnerEngine? Engine { get; init; }
    public GroebnerOptions? Groebner { get; init; }

    /// <summary>
    /// Treat each scaling block (each output neuron of an MLP) as its own projective factor,
    /// e.g. V_{(3,3,3),2} ⊆ P^5 × P^5 × P^5. The ideal is the same; the computation knows the grading.
    /// </summary>
    public bool Multigraded { get; init; } = true;

    /// <summary>Prefix of the coordinate names: y0, y1, ….</summary>
    public string CoordinatePrefix { get; init; } = "y";

    /// <summary>
    /// Over ℚ, first try <see cref="InterpolatedIdeal"/>: filling networks and hypersurfaces, decided by the dimension,
    /// and in codimension ≥ 2, when a first elimination needs matrices above <see cref="QuickEliminationBytes"/>,
    /// equations proved by <see cref="KernelCertificate"/>; false: always eliminate.
    /// </summary>
    public bool Interpolate { get; init; } = true;

    /// <summary>Seed of the random points of the interpolation and the Jacobian rank.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Over ℚ, eliminate from the parametrisation with an MLP's longest filling prefix of layers replaced by free forms
    /// (<see cref="FillingPrefix"/>: same ideal, filling proved by a Jacobian rank); false: the whole network.
    /// </summary>
    public bool ReducePrefix { get; init; } = true;

    /// <summary>
    /// Eliminate an MLP with σ = x^r (biases or not) on the slice W_L[0, j] = 1 through the last hidden layer's
    /// rescalings (<see cref="RescalingSlice"/>: same ideal, fewer parameters); false: all parameters.
    /// </summary>
    public bool SliceRescalings { get; init; } = true;

    /// <summary>
    /// In codimension ≥ 2 over ℚ, the first elimination is stopped once an F4 matrix would pass this many bytes, and the
    /// ideal is interpolated and proved by <see cref="KernelCertificate"/> instead (elimination again if that declines).
    /// Below the default elimination is as fast or faster ((2,1,5,1) x³: 52 KB, 7 ms; (2,2,1,1) x³, not Cohen–Macaulay:
    /// 224 KB, 0.04 s, where the certificate's attempt costs 0.3 s); (2,2,2) x⁴ reaches 304 KB (0.04 s either way) and
    /// (3,2,1) x³ 1.8 MB (0.11 s, against 0.056 s certified; with a 512 KiB threshold the stopped elimination wasted 20 ms).
    /// </summary>
    public long QuickEliminationBytes { get; init; } = 256 << 10;
}

/// <summary>
/// The neurovariety's implicit equations: the kernel of k[y] → k[θ], y_k ↦ c_k(θ), by elimination
/// (through the ideal toolkit's implicitization), with its Hilbert series, dimension and degree —
/// or, over ℚ when the dimension decides the ideal (filling, hypersurface), by interpolation
/// (<see cref="InterpolatedIdeal"/>; then <see cref="Implicitization"/> is null).
/// </summary>
public sealed class NeuroVariety<T, TField> where TField : struct, IField<T>
{
    internal NeuroVariety(INeuralArchitecture arch, Ideal<T, TField> ideal, ImplicitizationResult<T, TField>? result, HilbertSeries hilbert,
        IReadOnlyList<int[]>? blocks, double seconds, string method)
    {
        Architecture = arch;
        Ideal = ideal;
        Implicitization = result;
        Method = method;
        Hilbert = hilbert;
        Blocks = blocks;
        Seconds = seconds;
    }

    public INeuralArchitecture Architecture { get; }
    /// <summary>The elimination behind the ideal; null when it was interpolated.</summary>
    public ImplicitizationResult<T, TField>? Implicitization { get; }
    public Ideal<T, TField> Ideal { get; }

    /// <summary>How the ideal was obtained, and why it is the whole ideal.</summary>
    public string Method { get; }

    /// <summary>
    /// What found the equations: the Gröbner engine of the elimination, or "interpolation" (with the engine that
    /// then reduced the interpolated generators) — the basis's own engine alone would hide how they were found.
    /// </summary>
    public string Engine => Implicitization is null ? $"interpolation (reduced by {Ideal.GroebnerBasis().Engine})" : Ideal.GroebnerBasis().Engine;

    /// <summary>The reduced grevlex Gröbner basis of the ideal: empty when the network is filling.</summary>
    public IReadOnlyList<Polynomial<T, TField>> Equations => Ideal.GroebnerBasis().Basis;

    public HilbertSeries Hilbert { get; }

    /// <summary>Dimension of the affine (multi)cone, comparable with the Jacobian rank.</summary>
    public int Dimension => Hilbert.Dimension;

    /// <summary>Degree of the variety (of its cone in the ambient affine space, single grading).</summary>
    public System.Numerics.BigInteger Degree => Hilbert.Degree;

    public IReadOnlyList<int[]>? Blocks { get; }
    public double Seconds { get; }

    /// <summary>Multidegree (one entry per block) of each equation's leading term.</summary>
    public int[] Multidegree(Polynomial<T, TField> equation) =>
        Blocks is null ? new[] { equation.Degree } : Multigrading.DegreeOf(equation, 0, Blocks);
}

public static class NeuroVariety
{
    /// <summary>Implicit equations of the architecture's neurovariety over <paramref name="field"/> (ℚ or F_p).</summary>
    public static NeuroVariety<T, TField> Compute<T, TField>(INeuralArchitecture arch, TField field, NeuroVarietyOptions? options = null)
        where TField : struct, IField<T>
    {
        options ??= new NeuroVarietyOptions();
        var clock = Stopwatch.StartNew();
        var cancellation = options.Groebner?.Cancellation ?? default;
        var targets = CoordinateNames(arch, options.CoordinatePrefix);
        var blocks = options.Multigraded ? arch.ScalingBlocks : null;
        // Filling or a hypersurface: the Jacobian rank decides, interpolation gives the equations.
        DimensionResult? rank = null;
        if (options.Interpolate && field is RationalField)
        {
            rank = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = options.Seed, Cancellation = cancellation });
            if (InterpolatedIdeal.TryCompute(arch, options.Seed, 0, cancellation, null, rank) is { } decided) return Interpolated(decided);
        }
        var mlp = arch as PolynomialMlp;
        // Filling is proved by a rank mod p, a bound over ℚ only; the slice holds over any field's closure.
        var reduced = options.ReducePrefix && mlp is not null && field is RationalField ? FillingPrefix.TryReduce(mlp, cancellation) : null;
        var parametrisation = reduced is null ? Parametrisation.Of(arch, cancellation) : null;
        var ring = reduced?.Ring ?? parametrisation!.Ring;
        var coordinates = reduced?.Coordinates ?? parametrisation!.CoordinatePolynomials.ToArray();
        // Only the interpolating path (over ℚ, rank known) uses the certificate's map.
        var kernelMap = rank is null ? null : KernelMap.Of(arch, coordinates, reduced?.Layers ?? 0);
        var method = reduced is null ? "elimination" : "elimination; " + reduced.Note;
        // The slice's image is dense in the network's, whose blocks are already cones: one affine target, no λ.
        var mapBlocks = blocks;
        int[]? weights = null;
        if (options.SliceRescalings && mlp is not null && RescalingSlice.TrySubstitution(mlp, ring) is { } substitution)
        {
            ring = substitution[0].Ring;
            coordinates = coordinates.Select(c => c.Substitute(substitution)).ToArray();
            mapBlocks = null;
            method += $"; sliced by W{mlp.Depth}[0,j] = 1 through the last hidden layer's {mlp.LayerWidths[mlp.Depth - 1]} rescalings";
            // With biases the coordinates are homogeneous only under the rescalings' characters.
            weights = RescalingGrading.Weights(mlp, ring.Variables, reduced?.Layers ?? 0);
        }
        var images = Parametrisation.Over<T, TField>(coordinates, field);
        var rational = new RationalMap<T, TField>(images[0].Ring, targets, images, null, mapBlocks);
        var implicitization = new ImplicitizationOptions { Engine = options.Engine, Groebner = options.Groebner, ParameterWeights = weights };
        if (kernelMap is { Certifiable: true })
        {
            // Codimension ≥ 2: a small graph is eliminated at once (a few ms); a larger one is left for the certificate,
            // which is the faster way to the same ideal there ((3,2,1) x³ 0.11 → 0.056 s, (2,2,2,2) x² 5.5 → 0.05 s).
            var groebner = options.Groebner ?? new GroebnerOptions { Cancellation = cancellation };
            long cap = Math.Max(1, options.QuickEliminationBytes);
            if (groebner.MaxMatrixBytes > 0) cap = Math.Min(cap, groebner.MaxMatrixBytes);
            try
            {
                var quick = Elimination.Ideals.Implicitization.Compute(rational, implicitization with { Groebner = groebner with { MaxMatrixBytes = cap } });
                return Eliminated(quick);
            }
            catch (Elimination.Groebner.F4.MatrixTooLargeException) { }
            if (InterpolatedIdeal.TryCompute(arch, options.Seed, 0, cancellation, kernelMap, rank) is { } certified) return Interpolated(certified);
        }
        return Eliminated(Elimination.Ideals.Implicitization.Compute(rational, implicitization));

        NeuroVariety<T, TField> Interpolated(InterpolatedIdeal.Result decided)
        {
            var target = new PolynomialRing<T, TField>(field, targets);
            var generators = decided.Generators.Select(g => (Polynomial<T, TField>)(object)g.MapCoefficients(
                (PolynomialRing<Rational, RationalField>)(object)target, q => q)).ToList();
            var ideal = new Ideal<T, TField>(target, generators, options.Engine, options.Groebner);
            return new NeuroVariety<T, TField>(arch, ideal, null, HilbertSeries.Of(ideal), blocks, clock.Elapsed.TotalSeconds, decided.Note);
        }

        NeuroVariety<T, TField> Eliminated(ImplicitizationResult<T, TField> result) =>
            new(arch, result.Ideal, result, HilbertSeries.Of(result.Ideal), blocks, clock.Elapsed.TotalSeconds, method);
    }

    /// <summary>y0, y1, … in coordinate order.</summary>
    public static string[] CoordinateNames(INeuralArchitecture arch, string prefix = "y") =>
        Enumerable.Range(0, arch.Coordinates.Count).Select(i => prefix + i).ToArray();

    /// <summary>Which monomial of which output each coordinate is, e.g. "y3 = [x0*x1^2] of output 0".</summary>
    public static string DescribeCoordinate(INeuralArchitecture arch, int k, string prefix = "y")
    {
        var c = arch.Coordinates[k];
        var parts = new List<string>();
        for (int i = 0; i < c.Exponents.Length; i++)
            if (c.Exponents[i] > 0) parts.Add(c.Exponents[i] == 1 ? arch.InputNames[i] : $"{arch.InputNames[i]}^{c.Exponents[i]}");
        return $"{prefix}{k} = coefficient of {(parts.Count == 0 ? "1" : string.Join("*", parts))} in output {c.Output}";
    }
}
