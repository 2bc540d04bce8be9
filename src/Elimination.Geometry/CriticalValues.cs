using System.Diagnostics;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>Where a parametrisation drops rank, and the image of that set.</summary>
public sealed class CriticalValuesResult<T, TField> where TField : struct, IField<T>
{
    /// <summary>The generic rank r of dφ: the dimension of the image's closure X.</summary>
    public required int Rank { get; init; }
    /// <summary>Probability that <see cref="Rank"/> is below the generic rank (two random points both special).</summary>
    public required double RankErrorBound { get; init; }
    /// <summary>Reduced grevlex basis of the critical parameters: I_r(dφ), the r×r minors of the Jacobian of φ.</summary>
    public required IReadOnlyList<Polynomial<T, TField>> CriticalBasis { get; init; }
    public required LocusInvariants CriticalInvariants { get; init; }
    /// <summary>The ring of the targets (the image's coordinates), grevlex.</summary>
    public required PolynomialRing<T, TField> ValueRing { get; init; }
    /// <summary>Reduced grevlex basis of the critical values: the radical ideal of the closure of φ(V(I_r(dφ))).</summary>
    public required IReadOnlyList<Polynomial<T, TField>> ValueBasis { get; init; }
    public required LocusInvariants ValueInvariants { get; init; }
    /// <summary>Non-zero r×r minors formed (0 with random combinations).</summary>
    public int MinorCount { get; init; }
    /// <summary>Null when the minors' ideal is exact; else the probability that it is smaller (random combinations).</summary>
    public double? ErrorBound { get; init; }
    /// <summary>Filled when components were asked for: dimension and degree of each irreducible component of the critical values.</summary>
    public IReadOnlyList<LocusInvariants>? Components { get; init; }
    public IReadOnlyList<IReadOnlyList<Polynomial<T, TField>>>? ComponentBases { get; init; }
    public required string Method { get; init; }
    public double Seconds { get; init; }
}

/// <summary>
/// The critical values of a polynomial parametrisation φ: k^n → k^m of X = closure φ(k^n): the closure of the image
/// of {θ : rank dφ(θ) &lt; r}, r the generic rank (= dim X). Singular loci of images without X's equations or their
/// Jacobian minors (issue 13 item 4): at φ(θ) with rank dφ(θ) = r the image of a neighbourhood of θ is a smooth
/// r-dimensional germ inside X (constant-rank theorem), so a singular point of X lies among the critical values
/// unless it is a crossing of branches from several preimages (the node of t ↦ (t² − 1, t³ − t)) or lies outside
/// φ(k^n). Conversely a critical value can be smooth (t ↦ t³). For linear networks X = {rank ≤ w} and the critical
/// values are exactly Sing X = {rank ≤ w − 1} (a product AB has rank &lt; w only where A or B does).
/// </summary>
public static class CriticalValues
{
    /// <param name="images">φ_1, …, φ_m in one ring of parameters.</param>
    /// <param name="targets">Names of the image's coordinates (distinct from the parameters').</param>
    public static CriticalValuesResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> images, IReadOnlyList<string> targets,
        GeometryOptions? options = null, bool components = false) where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        if (images.Count == 0) throw new InvalidInputException("the map has no coordinates");
        if (targets.Count != images.Count) throw new InvalidInputException($"{images.Count} coordinates but {targets.Count} target names");
        var parameters = images[0].Ring;
        foreach (var t in targets)
            if (parameters.Variables.Contains(t)) throw new InvalidInputException($"the target name '{t}' is also a parameter");
        var clock = Stopwatch.StartNew();
        var jacobian = Jacobian.Of(images, parameters);
        var (rank, rankBound, rankPoints) = GenericRank(jacobian, options.Seed);
        RefuseInseparable(images, targets, rank, options);

        Ideal<T, TField> critical;
        int minorCount = 0;
        double? errorBound = null;
        string minorsText;
        if (options.Criterion == JacobianCriterion.RandomCombinations)
        {
            (critical, int combinations, double bound) = JacobianIdeal.ByRandomCombinationsOfMatrix(parameters, Array.Empty<Polynomial<T, TField>>(), jacobian, rank, options);
            errorBound = bound;
            minorsText = $"{combinations} random combinations det(A*dphi*B) of the {rank}x{rank} minors (seed {options.Seed}; smaller than the minors' ideal " +
                         $"with probability at most {bound:0.#e+0})";
        }
        else
        {
            (critical, minorCount, _) = JacobianIdeal.OfMinors(parameters, Array.Empty<Polynomial<T, TField>>(), jacobian, rank, options);
            minorsText = $"the {minorCount} {rank}x{rank} minors of dphi (exact)";
        }
        var criticalBasis = critical.GroebnerBasis().Basis;
        var (cd, cdeg) = critical.DimensionAndDegree();

        // The closure of the image of V(I_r). The minors' ideal need not be radical and its image carries embedded points (the product of 2×2 matrices:
        // det·(y)); the locus is its radical, which also makes the answer comparable with Sing X.
        var image = Image(criticalBasis, images, targets, options);
        var values = options.IdealOf(image.Ring, image.Radical(options.Seed, options.Groebner.Cancellation).GroebnerBasis().Basis);
        var valueBasis = values.GroebnerBasis().Basis;
        var (vd, vdeg) = values.DimensionAndDegree();

        IReadOnlyList<LocusInvariants>? parts = null;
        IReadOnlyList<IReadOnlyList<Polynomial<T, TField>>>? partBases = null;
        if (components)
        {
            var primes = values.MinimalPrimes(options.Seed, options.Groebner.Cancellation);
            parts = primes.Select(p => new LocusInvariants(p.Dimension, (long)p.Degree, false)).ToList();
            partBases = primes.Select(p => p.Prime.GroebnerBasis().Basis).ToList();
        }
        return new CriticalValuesResult<T, TField>
        {
            Rank = rank, RankErrorBound = rankBound,
            CriticalBasis = criticalBasis, CriticalInvariants = new LocusInvariants(cd, (long)cdeg, false),
            ValueRing = values.Ring, ValueBasis = valueBasis, ValueInvariants = new LocusInvariants(vd, (long)vdeg, false),
            MinorCount = minorCount, ErrorBound = errorBound, Components = parts, ComponentBases = partBases,
            Method = $"critical values: the closure of phi({{rank dphi < {rank}}}), {rank} = the generic rank (" +
                     (rankBound == 0
                         ? "exact: every larger minor of dphi is the zero polynomial"
                         : $"the largest rank at {rankPoints} random points, seed {options.Seed}: below the generic rank with probability at most {rankBound:0.#e+0}") +
                     $"); critical parameters from {minorsText}",
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>
    /// The largest rank of dφ at k random points. A point where the rank is below the generic rank r is a zero of a
    /// non-zero r×r minor, of degree ≤ r·D (D the entries' largest degree): probability ≤ b = r·D/|S| per point
    /// (Schwartz–Zippel, S the sampled set), so all are special with probability ≤ b^k; k = 2 when b^2 ≤ 10⁻⁹, more
    /// (up to 9) while b &lt; 0.1 (GF(32003) and large networks), and when b ≥ 0.1 points prove nothing and the rank
    /// comes from minors, exactly.
    /// </summary>
    private static (int Rank, double ErrorBound, int Points) GenericRank<T, TField>(PolynomialMatrix<T, TField> jacobian, int seed) where TField : struct, IField<T>
    {
        var field = jacobian.Ring.Field;
        var rng = new Random(seed);
        int degree = 0;
        for (int i = 0; i < jacobian.Rows; i++)
            for (int j = 0; j < jacobian.Columns; j++)
                if (!jacobian[i, j].IsZero) degree = Math.Max(degree, jacobian[i, j].Degree);
        double perPoint = Math.Min(1, (double)Math.Min(jacobian.Rows, jacobian.Columns) * degree / RandomScalars.SampleSize<T, TField>(field));
        int rounds = perPoint < 0.1 ? Math.Max(2, (int)Math.Ceiling(Math.Log(1e-9) / Math.Log(Math.Max(perPoint, 1e-300)))) : 2;
        int rank = 0;
        var point = new T[jacobian.Ring.VariableCount];
        for (int round = 0; round < rounds; round++)
        {
            for (int v = 0; v < point.Length; v++) point[v] = RandomScalars.Any<T, TField>(field, rng);
            rank = Math.Max(rank, jacobian.Evaluate(point).Rank);
        }
        if (perPoint < 0.1) return (rank, Math.Pow(perPoint, rounds), rounds);
        // Every point can be special (over GF(3) the derivatives of s^4 + s^2 vanish at all of GF(3); two random points of
        // GF(3)^n gave rank 2 for a map of rank 3): the rank is settled exactly — a nonzero minor's value proves rank ≥ r,
        // and r + 1 is refused only when every (r+1)×(r+1) minor is the zero polynomial.
        while (rank < Math.Min(jacobian.Rows, jacobian.Columns))
        {
            if (Binomial(jacobian.Rows, rank + 1) * Binomial(jacobian.Columns, rank + 1) > MaxRankMinors)
                throw new ResourceLimitException($"the generic rank of dphi over {field.Name} needs its {rank + 1}x{rank + 1} minors, more than " +
                                                 $"{MaxRankMinors}: random points prove nothing over so small a field; use a larger prime");
            if (!Minors.Enumerate(jacobian, rank + 1).Any()) break;
            rank++;
        }
        return (rank, 0, rounds);
    }

    /// <summary>
    /// In characteristic p a map can be inseparable: t ↦ (t⁶, t⁹) over GF(3) has dφ = 0 everywhere, yet its image is a
    /// curve. Then rank dφ &lt; dim X at every point and "rank below the generic rank" does not find the singular points
    /// (the answer was "empty", the cusp missed). Only exponents of at least p can do this, so when some are, dim X is
    /// computed by elimination and a rank below it is refused.
    /// </summary>
    private static void RefuseInseparable<T, TField>(IReadOnlyList<Polynomial<T, TField>> images, IReadOnlyList<string> targets, int rank,
        GeometryOptions options) where TField : struct, IField<T>
    {
        var parameters = images[0].Ring;
        long p = parameters.Field.Characteristic;
        if (p == 0 || rank >= Math.Min(parameters.VariableCount, images.Count) || images.All(f => f.IsZero || f.Degree < p)) return;
        int dimension = Image(Array.Empty<Polynomial<T, TField>>(), images, targets, options).Dimension();
        if (rank < dimension)
            throw new UnsupportedFieldException(
                $"the map is inseparable over {parameters.Field.Name}: its differential has rank {rank} everywhere but its image has dimension " +
                $"{dimension}, so the rank drop of dphi does not locate critical values; use QQ or a prime above the map's degree");
    }

    /// <summary>
    /// The closure of φ(V(J)), J ⊆ k[θ]: the elimination of θ from J + (y_i − φ_i) (Cox–Little–O'Shea 3.3), in the
    /// ring of the targets.
    /// </summary>
    private static Ideal<T, TField> Image<T, TField>(IEnumerable<Polynomial<T, TField>> j, IReadOnlyList<Polynomial<T, TField>> images,
        IReadOnlyList<string> targets, GeometryOptions options) where TField : struct, IField<T>
    {
        var parameters = images[0].Ring;
        var graph = Rings.Extend(parameters, Array.Empty<string>(), targets);
        var generators = j.Select(g => Rings.Map(g, graph)).ToList();
        for (int i = 0; i < images.Count; i++)
            generators.Add(graph.Variable(parameters.VariableCount + i) - Rings.Map(images[i], graph));
        return options.IdealOf(graph, generators).Eliminate(parameters.Variables);
    }

    /// <summary>Index sets of minors examined for an exact generic rank.</summary>
    private const double MaxRankMinors = 1e6;

    private static double Binomial(int n, int k)
    {
        double r = 1;
        for (int i = 0; i < k; i++) r = r * (n - i) / (i + 1);
        return r;
    }
}
