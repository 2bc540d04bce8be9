using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Polynomials;
using Elimination.Groebner;

namespace Elimination.Ideals;

/// <summary>Knobs for <see cref="Implicitization"/>.</summary>
public sealed record ImplicitizationOptions
{
    public static readonly ImplicitizationOptions Default = new();
    public IGroebnerEngine? Engine { get; init; }
    public GroebnerOptions? Groebner { get; init; }
    public EliminationOrder Order { get; init; } = EliminationOrder.Block;

    /// <summary>
    /// Also saturate explicitly by each block's irrelevant ideal. Never changes the answer (the
    /// kernel is prime, see <see cref="Implicitization"/>) and costs one saturation per block
    /// variable; for cross-checks.
    /// </summary>
    public bool SaturateBlocks { get; init; }

    /// <summary>
    /// Positive weights on the parameters under which every image is homogeneous, for the kernel lift over ℚ (a
    /// network with biases, weighted by the characters of its rescalings); null: total degree.
    /// </summary>
    public IReadOnlyList<int>? ParameterWeights { get; init; }
}

/// <summary>The implicit equations of a parametrised variety and how they were obtained.</summary>
public sealed class ImplicitizationResult<T, TField> where TField : struct, IField<T>
{
    internal ImplicitizationResult(RationalMap<T, TField> map, Ideal<T, TField> ideal, IReadOnlyList<string> graphVariables,
        bool multihomogeneous, string saturationNote, Provenance origin)
    {
        Map = map; Ideal = ideal; GraphVariables = graphVariables; IsMultihomogeneous = multihomogeneous;
        SaturationNote = saturationNote; Origin = origin;
    }

    public RationalMap<T, TField> Map { get; }

    /// <summary>The ideal of the closure of the image, in k[targets] (grevlex; its basis is cached).</summary>
    public Ideal<T, TField> Ideal { get; }

    /// <summary>Variables of the graph ring: parameters, scalings, the denominator inverse, targets.</summary>
    public IReadOnlyList<string> GraphVariables { get; }

    /// <summary>Whether every basis element is homogeneous in each block (always true for projective targets).</summary>
    public bool IsMultihomogeneous { get; }

    /// <summary>Why the ideal is saturated by each block's irrelevant ideal.</summary>
    public string SaturationNote { get; }
    public Provenance Origin { get; }
}

/// <summary>
/// Implicitization: the ideal of all polynomial relations among y_i = p_i(t)/q_i(t), i.e. the kernel
/// of k[y] → k[t, 1/q] (affine target) or of k[y] → k[t, λ], y_i ↦ λ_B·P_i(t) (block B of a
/// product of projective spaces, P_i the images on a common denominator, λ_B a scaling per block).
/// It is computed by eliminating t, λ and s from the graph ideal (y_i − images, 1 − s·∏q).
/// The kernel of a map into a domain is prime and, for blocks, multihomogeneous; a prime that
/// contains no block's irrelevant ideal equals its saturation by it, so the result needs no
/// further saturation — the check that no block lies entirely in the ideal is done and reported.
/// </summary>
public static class Implicitization
{
    public static ImplicitizationResult<T, TField> Compute<T, TField>(RationalMap<T, TField> map, ImplicitizationOptions? options = null)
        where TField : struct, IField<T>
    {
        options ??= ImplicitizationOptions.Default;
        var clock = Stopwatch.StartNew();
        var p = map.Parameters;
        var taken = p.Variables.Concat(map.Targets).ToList();
        var blocks = map.Blocks;

        // Images on a common denominator per block (projective) or per coordinate (affine).
        var images = new Polynomial<T, TField>[map.Targets.Count];
        var denominators = new List<Polynomial<T, TField>>();
        if (blocks is null)
        {
            for (int i = 0; i < images.Length; i++) images[i] = map.Numerators[i];
            foreach (var q in map.Denominators) AddDistinct(denominators, q);
        }
        else
        {
            foreach (var b in blocks)
            {
                var distinct = new List<Polynomial<T, TField>>();
                foreach (var i in b) AddDistinct(distinct, map.Denominators[i]);
                var common = distinct.Aggregate(p.One, (a, q) => a * q);
                foreach (var i in b) images[i] = map.Numerators[i] * ExactDivision.Divide(common, map.Denominators[i]);
            }
        }

        // A block needs its own scaling λ unless scaling some parameters already scales exactly that block:
        // the only block, homogeneous of one positive degree; or parameters used by no other block in which
        // the block is homogeneous of one positive degree. (G(μ^d·P) ≡ 0 in μ forces G(λ·P) ≡ 0.)
        var scaled = new bool[blocks?.Count ?? 0];
        if (blocks is not null)
            for (int k = 0; k < blocks.Count; k++)
            {
                var own = blocks[k].Select(i => images[i]).ToList();
                var others = blocks.Where((_, j) => j != k).SelectMany(b => b).Select(i => images[i]).ToList();
                var privateVars = blocks.Count == 1 ? Enumerable.Range(0, p.VariableCount).ToArray()
                    : Enumerable.Range(0, p.VariableCount).Where(v => own.Any(f => Uses(f, v)) && !others.Any(f => Uses(f, v))).ToArray();
                // Failing all of them, those of degree ≤ 1 in every term: a network's last layer, when σ is not homogeneous
                // (cnn 6;3,3;1,2 x²+x: its images have degrees 3 and 2, but are linear in the last filter).
                var linearVars = privateVars.Where(v => own.All(f => f.DegreeIn(v) <= 1)).ToArray();
                scaled[k] = privateVars.Length == 0 || !SameDegreeHomogeneous(own, privateVars) && !SameDegreeHomogeneous(own, linearVars);
            }
        var lambdas = new string[scaled.Length];
        for (int k = 0; k < scaled.Length; k++)
            if (scaled[k]) { lambdas[k] = Rings.FreshName(taken, scaled.Length == 1 ? "lambda" : $"lambda{k + 1}_"); taken.Add(lambdas[k]); }
        string? s = null;
        var inverted = denominators.Where(q => !q.IsConstant).ToList();
        if (inverted.Count > 0) { s = Rings.FreshName(taken, "s"); taken.Add(s); }

        var extra = lambdas.Where(l => l is not null).ToList();
        if (s is not null) extra.Add(s);
        var graphVars = p.Variables.Concat(extra).Concat(map.Targets).ToArray();
        var target = map.TargetRing();
        if (blocks is null && FullRankAt(map, new Random(map.Targets.Count)) is int points)
        {
            var dense = new Provenance("implicitization (affine)", "jacobian rank", clock.Elapsed.TotalSeconds, Array.Empty<int>(),
                $"dominant: the Jacobian has rank {map.Targets.Count} (all targets) at a point, so the image is dense");
            return new ImplicitizationResult<T, TField>(map, new Ideal<T, TField>(target, Array.Empty<Polynomial<T, TField>>(), options.Engine, options.Groebner),
                graphVars, true, $"affine target: dominant (full Jacobian rank at {(points == 1 ? "a point" : $"one of {points} points")}), so the ideal is 0", dense);
        }
        // Without s every denominator is a constant (affine) or already cleared per block.
        var polynomial = s is not null ? null
            : blocks is null ? images.Select((f, i) => ExactDivision.Divide(f, map.Denominators[i])).ToArray() : images;
        // Coordinates that are zero, repeated or combinations of others are set aside (within a block when it has a λ).
        var linear = polynomial is null ? null : LinearRelations<T, TField>.Find(target, polynomial, extra.Count > 0 ? blocks : null);
        var ideal = linear is not null ? WithLinearRelations(map, polynomial!, linear, extra.Count > 0, options)
            : extra.Count > 0 ? null : KernelOfGradedMap(target, polynomial!, options);
        if (ideal is null)
        {
            var graph = new PolynomialRing<T, TField>(p.Field, graphVars);
            var gens = new List<Polynomial<T, TField>>();
            for (int i = 0; i < images.Length; i++)
            {
                var y = graph.Variable(map.Targets[i]);
                var image = Rings.Map(images[i], graph);
                if (blocks is null)
                    gens.Add(Rings.Map(map.Denominators[i], graph) * y - image);
                else
                {
                    int k = Array.FindIndex(blocks.ToArray(), b => b.Contains(i));
                    gens.Add(y - (scaled[k] ? graph.Variable(lambdas[k]) * image : image));
                }
            }
            if (s is not null)
                gens.Add(graph.One - graph.Variable(s) * inverted.Aggregate(graph.One, (a, q) => a * Rings.Map(q, graph)));
            var graphIdeal = new Ideal<T, TField>(graph, gens, options.Engine, options.Groebner);
            var eliminate = p.Variables.Concat(extra).ToArray();
            ideal = EliminationIdeal.Compute(graphIdeal, eliminate, options.Order).MapTo(target);
        }

        bool multihomogeneous = true;
        string note;
        if (blocks is null) note = "affine target: no irrelevant ideal";
        else
        {
            var basis = ideal.GroebnerBasis().Basis;
            multihomogeneous = basis.All(g => Multigrading.IsMultihomogeneous(g, blocks));
            var full = blocks.Where(b => b.All(i => ideal.Contains(target.Variable(i)))).ToList();
            if (full.Count > 0)
                note = "a block's coordinates all vanish on the image (its image is empty in projective space)";
            else note = "saturated: the ideal is prime (a kernel) and no block's coordinates all lie in it";
            if (options.SaturateBlocks)
            {
                foreach (var b in blocks)
                    ideal = IdealSaturation.Compute(ideal, Multigrading.IrrelevantIdeal(ideal, b));
                note += "; saturated explicitly by each block's irrelevant ideal";
            }
        }
        var origin = new Provenance(blocks is null ? "implicitization (affine)" : $"implicitization ({blocks.Count} projective block(s))",
            ideal.Engine.Name, clock.Elapsed.TotalSeconds, Array.Empty<int>());
        var final = ideal.MapTo(target, origin);
        return new ImplicitizationResult<T, TField>(map, final, graphVars, multihomogeneous, note, origin);
    }

    /// <summary>
    /// Over ℚ, a polynomial map y ↦ <paramref name="images"/> (no λ, no inverted denominator; graded or not): the kernel
    /// lifted alone and proved (<see cref="KernelLift"/>) instead of a Gröbner basis of the graph over ℚ; null when
    /// that does not apply.
    /// Without λ the graph's elimination ideal is the affine kernel whatever the blocks (each block is already
    /// scaled by parameters of its own), so several blocks need no special case.
    /// </summary>
    private static Ideal<T, TField>? KernelOfGradedMap<T, TField>(PolynomialRing<T, TField> target, Polynomial<T, TField>[] images,
        ImplicitizationOptions options) where TField : struct, IField<T>
    {
        // An explicitly chosen engine other than the default is the user's wish to run that engine.
        bool defaultEngine = options.Engine is null || options.Engine.Name == GroebnerEngines.Default<T, TField>(target.Field).Name;
        if (typeof(T) != typeof(Rational) || !defaultEngine
            || options.Order != EliminationOrder.Block || options.SaturateBlocks)
            return null;
        var rational = images.Select(f => (Polynomial<Rational, RationalField>)(object)f).ToList();
        return (Ideal<T, TField>?)(object?)KernelLift.TryCompute((PolynomialRing<Rational, RationalField>)(object)target, rational,
            options.Groebner, options.ParameterWeights);
    }

    /// <summary>
    /// The kernel with the coordinates that are linear combinations of others set aside (<see cref="LinearRelations{T, TField}"/>):
    /// the free coordinates' own implicitization (affine: without λ the blocks do not change the kernel), then the relations.
    /// </summary>
    private static Ideal<T, TField> WithLinearRelations<T, TField>(RationalMap<T, TField> map, Polynomial<T, TField>[] images,
        LinearRelations<T, TField> linear, bool scaled, ImplicitizationOptions options) where TField : struct, IField<T>
    {
        var target = map.TargetRing();
        if (linear.Free.Length == 0) return linear.Extend(target, null, options.Engine, options.Groebner);
        // With λ the blocks stay (each free coordinate in its block, renumbered; a block left empty is dropped).
        int[][]? blocks = null;
        if (scaled)
        {
            var position = new Dictionary<int, int>();
            for (int k = 0; k < linear.Free.Length; k++) position[linear.Free[k]] = k;
            blocks = map.Blocks!.Select(b => b.Where(position.ContainsKey).Select(i => position[i]).ToArray()).Where(b => b.Length > 0).ToArray();
        }
        var free = new RationalMap<T, TField>(map.Parameters, linear.Free.Select(i => map.Targets[i]).ToArray(),
            linear.Free.Select(i => images[i]).ToArray(), null, blocks);
        var kernel = Compute(free, options with { SaturateBlocks = false }).Ideal.GroebnerBasis();
        return linear.Extend(target, kernel, options.Engine, options.Groebner);
    }

    /// <summary>Points tried for a full-rank Jacobian (a failure proves nothing: the elimination then decides).</summary>
    private const int RankPoints = 3;

    /// <summary>
    /// The number of the point at which d(N_i/D_i) has rank m = #targets (so the map is dominant: the rank is lower
    /// semicontinuous, so it is m on a dense open set, whose image points are smooth points of the image closure Z,
    /// giving dim Z ≥ m, in any characteristic); null when no point of <see cref="RankPoints"/> shows it. Exact: a rank
    /// at one point of the field, nothing modular. A dominant map over ℚ (answer 0) took 8.9 s of elimination and
    /// verification; over GF(11), 3.3 s (exploratory testing against Singular).
    /// </summary>
    private static int? FullRankAt<T, TField>(RationalMap<T, TField> map, Random rng) where TField : struct, IField<T>
    {
        var ring = map.Parameters;
        var field = ring.Field;
        int m = map.Targets.Count, n = ring.VariableCount;
        if (m > n || m == 0) return null;
        // d(N/D)/dx_j = (D·∂N − N·∂D)/D²: the rank is that of the matrix D·∂N − N·∂D (row i scaled by D_i² ≠ 0).
        for (int attempt = 1; attempt <= RankPoints; attempt++)
        {
            var point = new T[n];
            for (int j = 0; j < n; j++) point[j] = field.FromInteger(rng.Next(-1000, 1001));
            var jacobian = new FieldMatrix<T, TField>(field, m, n);
            bool defined = true;
            for (int i = 0; i < m && defined; i++)
            {
                var (num, den) = (map.Numerators[i], map.Denominators[i]);
                T dv = den.Evaluate(point), nv = num.Evaluate(point);
                defined = !field.IsZero(dv);
                for (int j = 0; j < n && defined; j++)
                    jacobian[i, j] = field.Sub(field.Mul(dv, num.Derivative(j).Evaluate(point)), field.Mul(nv, den.Derivative(j).Evaluate(point)));
            }
            if (defined && jacobian.ReducedRowEchelon().Pivots.Length == m) return attempt;
        }
        return null;
    }

    private static void AddDistinct<T, TField>(List<Polynomial<T, TField>> list, Polynomial<T, TField> q) where TField : struct, IField<T>
    {
        var monic = q.MakeMonic();
        if (!list.Any(x => x.Equals(monic))) list.Add(monic);
    }

    private static bool Uses<T, TField>(Polynomial<T, TField> f, int variable) where TField : struct, IField<T>
    {
        for (int t = 0; t < f.Length; t++)
            if (Core.Monomials.PackedMonomial.Exponent(f.MonomialAt(t), variable) != 0) return true;
        return false;
    }

    /// <summary>Whether every non-zero f has all terms of one common positive degree in the given variables.</summary>
    internal static bool SameDegreeHomogeneous<T, TField>(IEnumerable<Polynomial<T, TField>> polys, int[] variables) where TField : struct, IField<T>
    {
        int degree = -1;
        foreach (var f in polys)
            for (int t = 0; t < f.Length; t++)
            {
                int d = 0;
                foreach (var v in variables) d += Core.Monomials.PackedMonomial.Exponent(f.MonomialAt(t), v);
                if (d == 0) return false;
                if (degree < 0) degree = d;
                else if (d != degree) return false;
            }
        return degree > 0;
    }
}
