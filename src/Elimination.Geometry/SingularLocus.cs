using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>The singular locus of a variety and how it was obtained.</summary>
public sealed class SingularLocusResult<T, TField> where TField : struct, IField<T>
{
    public required Variety<T, TField> Variety { get; init; }
    /// <summary>Reduced grevlex Gröbner basis of I + (c×c minors of the Jacobian).</summary>
    public required IReadOnlyList<Polynomial<T, TField>> Basis { get; init; }
    public required int Codimension { get; init; }
    /// <summary>Non-zero c×c minors of the Jacobian, one per pair of row and column sets (or the r×r minors of a determinantal variety).</summary>
    public required int MinorCount { get; init; }
    public required LocusInvariants Invariants { get; init; }
    /// <summary>Filled when components were asked for: dimension and degree of each irreducible component (minimal prime).</summary>
    public IReadOnlyList<LocusInvariants>? Components { get; init; }
    /// <summary>Filled with <see cref="Components"/>: each component's prime as a reduced grevlex basis.</summary>
    public IReadOnlyList<IReadOnlyList<Polynomial<T, TField>>>? ComponentBases { get; init; }
    public double Seconds { get; init; }
    public string? Note { get; init; }
    /// <summary>How the locus was obtained when not from one basis of all minors: a structure (a determinantal variety) or the seeded criterion.</summary>
    public string? Method { get; init; }
    /// <summary>Whether X is equidimensional and why ("yes: …" or "no: …"); when not, the locus is assembled from its parts of one dimension.</summary>
    public string? Equidimensional { get; init; }
    /// <summary>True when the determinantal structure replaced the Jacobian criterion.</summary>
    public bool Determinantal { get; init; }
    /// <summary>Null when the basis is exact; else the probability that it is smaller than I + I_c(J) (<see cref="JacobianCriterion.RandomCombinations"/>).</summary>
    public double? ErrorBound { get; init; }
}

/// <summary>
/// Jacobian criterion: Sing(X) = V(I + c×c minors of ∂(f_i)/∂(x_j)), c = codim X. For a
/// radical equidimensional I this is exactly the singular locus (as Singular's and Macaulay2's
/// singularLocus); for an equidimensional non-radical I it is the Jacobian ideal of the scheme. X is first
/// shown equidimensional (<see cref="Ideals.Decomposition.Equidimensionality{T, TField}"/>); when it is not, the locus is
/// assembled from its equidimensional parts. Projective input: the locus of the cone, reported projectively.
/// A determinantal variety (<see cref="DeterminantalVariety"/>) is answered from its structure instead.
/// </summary>
public static class SingularLocus
{
    public static SingularLocusResult<T, TField> Compute<T, TField>(Variety<T, TField> x, GeometryOptions? options = null, bool components = false)
        where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        var clock = Stopwatch.StartNew();
        int c = x.AmbientVariables - x.Invariants(options).Dimension;
        int minorCount;
        Ideal<T, TField> locus;
        string? method;
        double? errorBound = null;
        bool determinantal = false;
        string equidimensional;
        if (c > 1 && DeterminantalVariety.Recognise(x, options) is { } det)
        {
            determinantal = true;
            equidimensional = "yes: a determinantal variety (irreducible)";
            var minors = det.Minors(x.Ring, det.Rank);
            minorCount = minors.Count;
            locus = options.IdealOf(x.Ring, minors);
            method = $"determinantal: X = {{{det.Rows}x{det.Columns} matrices of rank <= {det.Rank}}} (its ideal checked equal to the {det.Rank + 1}x{det.Rank + 1} minors), " +
                     $"so Sing X = rank <= {det.Rank - 1}, the {det.Rank}x{det.Rank} minors (Bruns-Vetter, Determinantal Rings, ch. 2)";
        }
        else
        {
            var (verdict, equidimensionalParts) = x.EquidimensionalParts(options);
            equidimensional = verdict;
            (locus, minorCount, method, errorBound) = equidimensionalParts is null ? Jacobian(x, c, options) : UnionOverParts(x, equidimensionalParts, options);
        }
        var (dim, deg) = locus.DimensionAndDegree();
        var basis = locus.GroebnerBasis().Basis.ToList();
        IReadOnlyList<LocusInvariants>? parts = null;
        IReadOnlyList<IReadOnlyList<Polynomial<T, TField>>>? componentIdeals = null;
        string? note = null;
        if (components)
        {
            // The cone's vertex (the irrelevant ideal) is no point of projective space.
            var primes = locus.MinimalPrimes(options.Seed).Where(p => !(x.IsProjective && p.Dimension == 0)).ToList();
            parts = primes.Select(p => new LocusInvariants(p.Dimension, (long)p.Degree, x.IsProjective)).ToList();
            componentIdeals = primes.Select(p => p.Prime.GroebnerBasis().Basis).ToList();
            note = "irreducible components: the minimal primes of the locus's ideal (GTZ with factorisation splitting; exact)";
        }
        return new SingularLocusResult<T, TField>
        {
            Variety = x, Basis = basis, Codimension = c, MinorCount = minorCount,
            Invariants = new LocusInvariants(dim, (long)deg, x.IsProjective), Components = parts, ComponentBases = componentIdeals,
            Seconds = clock.Elapsed.TotalSeconds, Note = note, Method = method, Determinantal = determinantal, ErrorBound = errorBound,
            Equidimensional = equidimensional,
        };
    }

    /// <summary>I + the c×c minors (all of them, or random combinations), with how they entered.</summary>
    private static (Ideal<T, TField> Locus, int Minors, string? Method, double? ErrorBound) Jacobian<T, TField>(Variety<T, TField> x, int c,
        GeometryOptions options) where TField : struct, IField<T>
    {
        if (options.Criterion == JacobianCriterion.RandomCombinations)
        {
            var (locus, combinations, bound) = JacobianIdeal.ByRandomCombinations(x, c, options);
            return (locus, 0, $"Jacobian criterion by {combinations} random combinations det(A*J*B) of the {c}x{c} minors (seed {options.Seed}), " +
                              $"grown until fresh ones reduce to 0: probabilistic, the ideal is smaller than I + minors with probability at most {bound:0.#e+0} (Schwartz-Zippel)",
                bound);
        }
        var (ideal, minors, added) = JacobianIdeal.Compute(x, c, options);
        return (ideal, minors, added < minors
            ? $"Jacobian criterion by incremental reduction: {added} of the {minors} minors were added to the basis, " +
              "every other one reduces to 0 modulo it (so the ideal is exactly I + minors)"
            : null, null);
    }

    /// <summary>
    /// X not equidimensional: the Jacobian criterion with the top codimension misses the singular points of the smaller
    /// components (at a smooth point of a component of codimension c' &gt; c the c×c minors do not vanish). A point is
    /// singular on X exactly when it is singular on a part of one dimension through it or lies on two parts, so
    /// Sing X = ∪ Sing X_d ∪ ⋃_(d&lt;d') (X_d ∩ X_d'), each Sing X_d by the criterion with its own codimension on its part
    /// (<see cref="Variety{T, TField}.EquidimensionalParts"/>), as Singular's slocus.
    /// </summary>
    private static (Ideal<T, TField> Locus, int Minors, string Method, double? ErrorBound) UnionOverParts<T, TField>(Variety<T, TField> x,
        IReadOnlyList<Variety<T, TField>> varieties, GeometryOptions options) where TField : struct, IField<T>
    {
        var parts = varieties.Select(v => (Dimension: v.Dimension, Part: options.IdealOf(x.Ring, v.Generators), Variety: v)).ToList();
        Ideal<T, TField>? union = null;
        int minors = 0;
        double? bound = null;
        var pieces = new List<string>();
        foreach (var (d, _, xd) in parts)
        {
            int cd = x.AmbientVariables - d;
            var (sing, m, _, b) = Jacobian(xd, cd, options);
            minors += m;
            if (b is { } e) bound = (bound ?? 0) + e;
            union = union is null ? sing : union.Intersection(sing);
            pieces.Add($"dimension {(x.IsProjective ? d - 1 : d)} by its {cd}x{cd} minors");
        }
        for (int i = 0; i < parts.Count; i++)
            for (int j = i + 1; j < parts.Count; j++)
                union = union!.Intersection(parts[i].Part.Sum(parts[j].Part));
        return (options.IdealOf(x.Ring, union!.GroebnerBasis().Basis),
            minors,
            $"X is not equidimensional: Sing X = the singular loci of its parts of one dimension ({string.Join("; ", pieces)}) " +
            "together with their pairwise intersections" + (bound is { } p ? $" (random combinations of minors: probabilistic, error at most {p:0.#e+0})" : ""),
            bound);
    }
}
