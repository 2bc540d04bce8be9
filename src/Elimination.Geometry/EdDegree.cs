using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Core.Errors;

namespace Elimination.Geometry;

/// <summary>The ED critical locus for one choice of data u and form Q.</summary>
public sealed class EdCriticalResult<T, TField> where TField : struct, IField<T>
{
    public required FieldMatrix<T, TField> Q { get; init; }
    public required IReadOnlyList<T> Data { get; init; }
    /// <summary>Dimension and degree of the saturated critical ideal (degree = number of critical points when finite).</summary>
    public required LocusInvariants Invariants { get; init; }
    /// <summary>Reduced grevlex basis of the saturated critical ideal (null when only counted by localisation).</summary>
    public IReadOnlyList<Polynomial<T, TField>>? Basis { get; init; }
    public required int MinorCount { get; init; }
    public double Seconds { get; init; }
    public required string ProbabilityNote { get; init; }
    /// <summary>Upper bound on the failure probability, not counting the ED discriminant (see <see cref="ProbabilityNote"/>).</summary>
    public double ProbabilityBound { get; init; }
}

/// <summary>
/// Critical points of d_Q(x, u) = (x − u)ᵀQ(x − u) on the smooth part of X = V(I), codim c:
/// x ∈ X_reg is critical iff Q(x − u) lies in the row space of Jac(I)(x), i.e. the (c+1)-minors of
/// [ (Q(x − u))ᵀ ; Jac(I) ] vanish. The critical ideal is I + those minors, saturated by the singular
/// locus (a random combination σ of the c×c minors) and, for projective X (affine cone), by the
/// isotropic quadric xᵀQx. ED degree = its degree for random u (and Q), computed mod p.
/// </summary>
public static class EdDegree
{
    /// <summary>I + the (c+1)-minors of [Q(x−u); Jac(I)] — before saturation.</summary>
    public static List<Polynomial<T, TField>> CriticalGenerators<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q,
        IReadOnlyList<T> u, GeometryOptions? options = null) where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        int n = x.AmbientVariables;
        if (q.Rows != n || q.Columns != n) throw new InvalidInputException($"Q must be {n}×{n}, got {q.Rows}×{q.Columns}");
        if (!q.IsSymmetric) throw new InvalidInputException("Q must be symmetric");
        if (u.Count != n) throw new InvalidInputException($"the data point needs {n} coordinates, got {u.Count}");
        int c = x.Codimension;
        var grad = Gradient(x.Ring, q, u);
        var gens = x.Generators.ToList();
        var aug = PolynomialMatrix<T, TField>.Stack(PolynomialMatrix<T, TField>.Row(x.Ring, grad), x.Jacobian());
        gens.AddRange(Minors.All(aug, c + 1, options.Groebner.Cancellation));
        return gens;
    }

    /// <summary>Q(x − u) as n polynomials (half the gradient of the loss).</summary>
    public static List<Polynomial<T, TField>> Gradient<T, TField>(PolynomialRing<T, TField> ring, FieldMatrix<T, TField> q, IReadOnlyList<T> u)
        where TField : struct, IField<T>
    {
        var f = ring.Field;
        var r = new List<Polynomial<T, TField>>(q.Rows);
        for (int i = 0; i < q.Rows; i++)
        {
            var p = ring.Zero;
            for (int j = 0; j < q.Columns; j++)
                p = p.AddScaled(ring.Variable(j) - Polynomial<T, TField>.Constant(ring, u[j]), q[i, j]);
            r.Add(p);
        }
        return r;
    }

    /// <summary>xᵀQx.</summary>
    public static Polynomial<T, TField> Isotropic<T, TField>(PolynomialRing<T, TField> ring, FieldMatrix<T, TField> q)
        where TField : struct, IField<T>
    {
        var s = ring.Zero;
        for (int i = 0; i < q.Rows; i++)
            for (int j = 0; j < q.Columns; j++)
                if (!ring.Field.IsZero(q[i, j])) s = s.AddScaled(ring.Variable(i) * ring.Variable(j), q[i, j]);
        return s;
    }

    /// <summary>The polynomials to saturate by: σ (random combination of the c×c minors) and, projectively, xᵀQx.</summary>
    internal static List<Polynomial<T, TField>> Saturators<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q, Random rng, GeometryOptions options)
        where TField : struct, IField<T>
    {
        var list = new List<Polynomial<T, TField>>();
        if (x.Codimension > 0) list.Add(RandomScalars.Combination(x.Ring, x.JacobianMinors(options), rng));
        if (x.IsProjective) list.Add(Isotropic(x.Ring, q));
        return list;
    }

    /// <summary>
    /// The saturated critical ideal for the given Q and u, computed as an ideal (works when the
    /// critical set is positive-dimensional, e.g. degenerate Q).
    /// </summary>
    public static EdCriticalResult<T, TField> CriticalIdeal<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q,
        IReadOnlyList<T> u, GeometryOptions? options = null) where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        if (x.EquidimensionalParts(options).Parts is { } parts)
        {
            // The critical sets of the parts, each with its own codimension; their union's ideal is the intersection.
            var clock0 = Stopwatch.StartNew();
            var results = parts.Select(part => CriticalIdeal(part, q, u, options)).ToList();
            var union = results.Select(r => options.IdealOf(x.Ring, r.Basis!)).Aggregate((a, b) => a.Intersection(b));
            var (dim, degree) = union.DimensionAndDegree();
            return Combined(x, q, u, results, new LocusInvariants(dim, (long)degree, false), union.GroebnerBasis().Basis.ToList(), clock0.Elapsed.TotalSeconds);
        }
        var clock = Stopwatch.StartNew();
        var rng = new Random(options.Seed);
        var gens = CriticalGenerators(x, q, u, options);
        var sats = Saturators(x, q, rng, options);
        var critical = options.IdealOf(x.Ring, gens).Saturation(sats);
        var basis = critical.GroebnerBasis().Basis.ToList();
        var (d, deg) = critical.DimensionAndDegree();
        var inv = new LocusInvariants(d, (long)deg, false);
        var (note, bound) = Probability(x, inv, options);
        return new EdCriticalResult<T, TField>
        {
            Q = q, Data = u, Invariants = inv, Basis = basis, MinorCount = gens.Count - x.Generators.Count,
            Seconds = clock.Elapsed.TotalSeconds, ProbabilityNote = note, ProbabilityBound = bound,
        };
    }

    /// <summary>
    /// The number of critical points for data u (random when null) by localisation: the degree of
    /// I + minors + (1 − t·σ·q) in k[x, t]; no elimination order needed.
    /// </summary>
    public static EdCriticalResult<T, TField> Count<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q,
        IReadOnlyList<T>? u = null, GeometryOptions? options = null) where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        RequireRoomForRandomChoices<T, TField>(x.Ring.Field);
        var clock = Stopwatch.StartNew();
        var rng = new Random(options.Seed);
        u ??= RandomVector<T, TField>(x.Ring.Field, x.AmbientVariables, rng);
        var gens = CriticalGenerators(x, q, u, options);
        var sats = Saturators(x, q, rng, options);
        var g = x.Ring.One;
        foreach (var s in sats) g *= s;
        var (d, deg) = Localized(x.Ring, gens, g, options);
        // Krull dimension of the localisation equals that of the saturation; the degree is the point count only when finite.
        var inv = new LocusInvariants(d, d == 0 ? (long)deg : -1, false);
        var (note, bound) = Probability(x, inv, options);
        if (d > 0) note = "the critical set is positive-dimensional (degenerate Q or special data); use CriticalIdeal for its degree. " + note;
        return new EdCriticalResult<T, TField>
        {
            Q = q, Data = u, Invariants = inv, MinorCount = gens.Count - x.Generators.Count,
            Seconds = clock.Elapsed.TotalSeconds, ProbabilityNote = note, ProbabilityBound = bound,
        };
    }

    /// <summary>The ED degree for a given Q and random data u (seeded), by the cheaper formulation for the size.</summary>
    public static EdCriticalResult<T, TField> Compute<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q, GeometryOptions? options = null)
        where TField : struct, IField<T> => CountBest(x, q, null, options);

    /// <summary>The count for data u (random when null) by minors or by Lagrange multipliers, whichever is cheaper.</summary>
    public static EdCriticalResult<T, TField> CountBest<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q, IReadOnlyList<T>? u, GeometryOptions? options = null)
        where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        if (x.EquidimensionalParts(options).Parts is not { } parts)
            return PrefersLagrange(x) ? CountLagrange(x, q, u, options) : Count(x, q, u, options);
        // X not equidimensional: the top codimension's minors do not vanish at the smooth points of smaller components,
        // so their critical points were missed (a plane and a line: 1 instead of 2). Each part is counted with its own
        // codimension, for the same data; for generic u the critical points avoid the parts' intersections (singular
        // on X), so ED(X) is the sum.
        var clock = Stopwatch.StartNew();
        // One u for all parts, from a stream apart from the one each part's saturator is drawn from.
        u ??= RandomVector<T, TField>(x.Ring.Field, x.AmbientVariables, new Random(options.Seed ^ 0x0ed0));
        var results = parts.Select(part => PrefersLagrange(part) ? CountLagrange(part, q, u, options) : Count(part, q, u, options)).ToList();
        int dim = results.Max(r => r.Invariants.Dimension);
        long degree = dim == 0 ? results.Where(r => r.Invariants.Dimension == 0).Sum(r => r.Invariants.Degree) : dim < 0 ? 0 : -1;
        return Combined(x, q, u, results, new LocusInvariants(dim, degree, false), null, clock.Elapsed.TotalSeconds);
    }

    /// <summary>One result for X from those of its parts of one dimension (<see cref="Variety{T, TField}.EquidimensionalParts"/>).</summary>
    private static EdCriticalResult<T, TField> Combined<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q, IReadOnlyList<T> u,
        List<EdCriticalResult<T, TField>> parts, LocusInvariants total, IReadOnlyList<Polynomial<T, TField>>? basis, double seconds)
        where TField : struct, IField<T>
    {
        var counts = parts.Select(r => r.Invariants.Dimension == 0 ? r.Invariants.Degree.ToString() : r.Invariants.Dimension < 0 ? "0" : "positive-dimensional");
        return new EdCriticalResult<T, TField>
        {
            Q = q, Data = u, Invariants = total, Basis = basis, MinorCount = parts.Sum(r => r.MinorCount), Seconds = seconds,
            ProbabilityNote = $"X is not equidimensional: summed over its {parts.Count} parts of one dimension, each with its own codimension " +
                              $"({string.Join(" + ", counts)} critical points); " + string.Join("; ", parts.Select(r => r.ProbabilityNote).Distinct()),
            ProbabilityBound = parts.Sum(r => r.ProbabilityBound),
        };
    }

    /// <summary>
    /// Above a few thousand (c+1)-minors the Lagrange formulation is cheaper: the minor count grows
    /// like binom(r+1, c+1)·binom(n, c+1), the Lagrange system only by c multiplier variables.
    /// </summary>
    public static bool PrefersLagrange<T, TField>(Variety<T, TField> x) where TField : struct, IField<T>
    {
        int c = x.Codimension, n = x.AmbientVariables, r = x.Generators.Count;
        if (c <= 0) return false;
        double minors = Binomial(r + 1, c + 1) * Binomial(n, c + 1);
        return minors > 2000;
    }

    private static double Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        double b = 1;
        for (int i = 1; i <= k; i++) b = b * (n - k + i) / i;
        return b;
    }

    /// <summary>
    /// The number of critical points by Lagrange multipliers: with g = R·f (c random combinations of
    /// the generators) and C a random n×c matrix, count the solutions (x, λ, t) of
    /// I, Q(x − u) = Jac(g)ᵀλ, 1 − t·det(Jac(g)·C)[·xᵀQx]. Where det(Jac(g)·C) ≠ 0 the point is smooth
    /// on X and λ is unique, so the count equals the ED count; a fixed critical point is lost only if
    /// the random determinant vanishes there (probability ≤ c·(#points)/|sample set| by Schwartz–Zippel in R, C).
    /// </summary>
    public static EdCriticalResult<T, TField> CountLagrange<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q,
        IReadOnlyList<T>? u = null, GeometryOptions? options = null) where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        RequireRoomForRandomChoices<T, TField>(x.Ring.Field);
        int c = x.Codimension;
        if (c <= 0) return Count(x, q, u, options);
        var clock = Stopwatch.StartNew();
        var rng = new Random(options.Seed);
        var ring = x.Ring;
        var field = ring.Field;
        int n = x.AmbientVariables;
        u ??= RandomVector<T, TField>(field, n, rng);
        if (q.Rows != n || q.Columns != n) throw new InvalidInputException($"Q must be {n}×{n}, got {q.Rows}×{q.Columns}");
        if (!q.IsSymmetric) throw new InvalidInputException("Q must be symmetric");
        if (u.Count != n) throw new InvalidInputException($"the data point needs {n} coordinates, got {u.Count}");
        var taken = ring.Variables.ToList();
        var extra = new List<string>();
        for (int k = 0; k < c; k++) { var nm = Rings.FreshName(taken, "lambda" + (k + 1)); extra.Add(nm); taken.Add(nm); }
        extra.Add(Rings.FreshName(taken, "tsat"));
        var ext = Rings.Extend(ring, Array.Empty<string>(), extra);
        var gs = new List<Polynomial<T, TField>>();
        for (int k = 0; k < c; k++) gs.Add(RandomScalars.Combination(ring, x.Generators, rng));
        var jg = LinearAlgebra.Jacobian.Of(gs, ring);
        var grad = Gradient(ring, q, u);
        var eqs = x.Generators.Select(f => Rings.Map(f, ext)).ToList();
        for (int i = 0; i < n; i++)
        {
            var e = Rings.Map(grad[i], ext);
            for (int k = 0; k < c; k++) e -= ext.Variable(n + k) * Rings.Map(jg[k, i], ext);
            eqs.Add(e);
        }
        var cols = new T[n, c];
        for (int j = 0; j < n; j++) for (int l = 0; l < c; l++) cols[j, l] = RandomScalars.Any<T, TField>(field, rng);
        var g = Minors.Determinant(jg.Times(cols));
        if (x.IsProjective) g *= Isotropic(ring, q);
        eqs.Add(ext.One - ext.Variable(n + c) * Rings.Map(g, ext));
        var (d, deg) = options.IdealOf(ext, eqs).DimensionAndDegree();
        var inv = new LocusInvariants(d, d == 0 ? (long)deg : -1, false);
        var (note, bound) = Probability(x, inv, options);
        bound *= c;
        note = "Lagrange formulation (c random combinations of the generators, multipliers λ); " + note;
        if (d > 0) note = "the critical set is positive-dimensional (degenerate Q or special data); use CriticalIdeal for its degree. " + note;
        return new EdCriticalResult<T, TField>
        {
            Q = q, Data = u, Invariants = inv, MinorCount = 0,
            Seconds = clock.Elapsed.TotalSeconds, ProbabilityNote = note, ProbabilityBound = bound,
        };
    }

    /// <summary>
    /// Dimension and degree of I + (1 − t·g) in k[x, t]: the localisation at g, whose quotient equals
    /// that of I : g^∞ when finite; no elimination order needed.
    /// </summary>
    private static (int Dimension, System.Numerics.BigInteger Degree) Localized<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, Polynomial<T, TField> g, GeometryOptions options) where TField : struct, IField<T>
    {
        if (g.IsZero) return (-1, 0);
        var ext = Rings.Extend(ring, Array.Empty<string>(), new[] { Rings.FreshName(ring.Variables, "tsat") });
        var gens = generators.Select(p => Rings.Map(p, ext)).ToList();
        gens.Add(ext.One - ext.Variable(ring.VariableCount) * Rings.Map(g, ext));
        return options.IdealOf(ext, gens).DimensionAndDegree();
    }

    /// <summary>Counts need random data off the ED discriminant and saturators off the critical points.</summary>
    public const int MinimumFieldSize = 1000;

    /// <summary>
    /// A count draws data and saturating combinations at random from the field; in GF(7) they hit the ED discriminant or a
    /// critical point so often that the count changes with the seed (the cardioid mod 7 gave 1, 2 or 3 where it has 3),
    /// and the bound printed (points / field size) cannot see the discriminant. Refused below <see cref="MinimumFieldSize"/>.
    /// </summary>
    private static void RequireRoomForRandomChoices<T, TField>(TField field) where TField : struct, IField<T>
    {
        if (field.Characteristic > 0 && field.Characteristic < MinimumFieldSize)
            throw new UnsupportedFieldException($"ED degree counts draw random data from the field, and {field.Name} has too few elements: " +
                $"the data would meet the ED discriminant too often for a count (it would change with --seed); count over QQ or GF(p) with p >= {MinimumFieldSize}");
    }

    public static T[] RandomVector<T, TField>(TField field, int n, Random rng) where TField : struct, IField<T>
    {
        var v = new T[n];
        for (int i = 0; i < n; i++) v[i] = RandomScalars.Any<T, TField>(field, rng);
        return v;
    }

    private static (string Note, double Bound) Probability<T, TField>(Variety<T, TField> x, LocusInvariants inv, GeometryOptions options)
        where TField : struct, IField<T>
    {
        double s = RandomScalars.SampleSize<T, TField>(x.Ring.Field);
        long points = Math.Max(1, inv.Degree);
        double bound = points / s;
        var note = $"seed {options.Seed}; random data/saturator over a set of size {s:G4}: a random saturating combination vanishes at one of the {points} critical point(s) with probability ≤ {bound:G3}; " +
                   $"in addition the data may lie on the ED discriminant (a hypersurface of some degree D, not computed), probability ≤ D/{s:G4}. " +
                   (x.Ring.Field.Characteristic > 0 ? "Counted over the algebraic closure of GF(p); for a variety over ℚ reduced mod p, equal to the count over ℚ unless p divides a finite set of bad primes." : "");
        return (note, bound);
    }
}
