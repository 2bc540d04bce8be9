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
    /// <summary>True when the determinantal structure replaced the Jacobian criterion.</summary>
    public bool Determinantal { get; init; }
    /// <summary>Null when the basis is exact; else the probability that it is smaller than I + I_c(J) (<see cref="JacobianCriterion.RandomCombinations"/>).</summary>
    public double? ErrorBound { get; init; }
}

/// <summary>
/// Jacobian criterion: Sing(X) = V(I + c×c minors of ∂(f_i)/∂(x_j)), c = codim X. For a
/// radical equidimensional I this is exactly the singular locus (as Singular's and Macaulay2's
/// singularLocus); otherwise it is the Jacobian ideal with c the codimension of the top-dimensional
/// part. Projective input: the locus of the cone, reported projectively. A determinantal variety
/// (<see cref="DeterminantalVariety"/>) is answered from its structure instead.
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
        string? method = null;
        double? errorBound = null;
        bool determinantal = false;
        if (c > 1 && DeterminantalVariety.Recognise(x, options) is { } det)
        {
            determinantal = true;
            var minors = det.Minors(x.Ring, det.Rank);
            minorCount = minors.Count;
            locus = options.IdealOf(x.Ring, minors);
            method = $"determinantal: X = {{{det.Rows}x{det.Columns} matrices of rank <= {det.Rank}}} (its ideal checked equal to the {det.Rank + 1}x{det.Rank + 1} minors), " +
                     $"so Sing X = rank <= {det.Rank - 1}, the {det.Rank}x{det.Rank} minors (Bruns-Vetter, Determinantal Rings, ch. 2)";
        }
        else if (options.Criterion == JacobianCriterion.RandomCombinations)
        {
            (locus, int combinations, double bound) = JacobianIdeal.ByRandomCombinations(x, c, options);
            minorCount = 0;
            errorBound = bound;
            method = $"Jacobian criterion by {combinations} random combinations det(A*J*B) of the {c}x{c} minors (seed {options.Seed}), " +
                     $"grown until fresh ones reduce to 0: probabilistic, the ideal is smaller than I + minors with probability at most {bound:0.#e+0} (Schwartz-Zippel)";
        }
        else
        {
            (locus, minorCount, int added) = JacobianIdeal.Compute(x, c, options);
            if (added < minorCount)
                method = $"Jacobian criterion by incremental reduction: {added} of the {minorCount} minors were added to the basis, " +
                         "every other one reduces to 0 modulo it (so the ideal is exactly I + minors)";
        }
        var (dim, deg) = locus.DimensionAndDegree();
        var basis = locus.GroebnerBasis().Basis.ToList();
        IReadOnlyList<LocusInvariants>? parts = null;
        IReadOnlyList<IReadOnlyList<Polynomial<T, TField>>>? componentIdeals = null;
        string? note = null;
        if (components)
        {
            var primes = locus.MinimalPrimes(options.Seed);
            parts = primes.Select(p => new LocusInvariants(p.Dimension, (long)p.Degree, x.IsProjective)).ToList();
            componentIdeals = primes.Select(p => p.Prime.GroebnerBasis().Basis).ToList();
            note = "irreducible components: the minimal primes of the locus's ideal (GTZ with factorisation splitting; exact)";
        }
        return new SingularLocusResult<T, TField>
        {
            Variety = x, Basis = basis, Codimension = c, MinorCount = minorCount,
            Invariants = new LocusInvariants(dim, (long)deg, x.IsProjective), Components = parts, ComponentBases = componentIdeals,
            Seconds = clock.Elapsed.TotalSeconds, Note = note, Method = method, Determinantal = determinantal, ErrorBound = errorBound,
        };
    }
}
