using System.Diagnostics;
using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Geometry.Quadrics;

namespace Elimination.Geometry;

/// <summary>The critical set of a (possibly degenerate) quadratic loss, split into its parts.</summary>
public sealed class DegenerateCriticalResult<T, TField> where TField : struct, IField<T>
{
    public required int KernelDimension { get; init; }
    /// <summary>The whole saturated critical set.</summary>
    public required LocusInvariants Total { get; init; }
    /// <summary>Zero-loss part X ∩ (u + K): where Q(x − u) = 0.</summary>
    public required LocusInvariants ZeroLoss { get; init; }
    /// <summary>Critical points off the zero-loss part where π_K|X ramifies (dπ|T_xX drops rank).</summary>
    public required LocusInvariants Ramified { get; init; }
    /// <summary>The remaining critical points: off the zero-loss part and unramified — critical points of the ED problem of π_K(X) (present only when π_K|X is not dominant).</summary>
    public required LocusInvariants Unramified { get; init; }
    public double Seconds { get; init; }
    public required string Note { get; init; }
}

/// <summary>
/// For PSD Q with kernel K (dim k) the loss factors through the projection π along K, so the
/// critical set of d_Q(·, u) on X decomposes as (i) the zero-loss part X ∩ (u + K), (ii) critical
/// points on the ramification locus of π|X, and (iii) points where π|X is unramified, which map to
/// ED-critical points of π(X) — empty when π|X is dominant (dim X ≥ n − k). Each part is an
/// ideal: (i) = Crit + Q(x − u); (ii) = (Crit + ramification minors) : ℓ^∞; (iii) = Crit : ℓ^∞ : ρ^∞,
/// with ℓ, ρ random combinations of Q(x − u) and of the ramification minors.
/// </summary>
public static class DegenerateCritical
{
    public static DegenerateCriticalResult<T, TField> Decompose<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> q,
        IReadOnlyList<T> u, GeometryOptions? options = null) where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        var clock = Stopwatch.StartNew();
        if (x.EquidimensionalParts(options).Parts is { } parts)
        {
            // The ramification minors take one codimension: each part of one dimension is split on its own, and the
            // parts' pieces (disjoint for generic data) are added.
            var each = parts.Select(part => Decompose(part, q, u, options)).ToList();
            return new DegenerateCriticalResult<T, TField>
            {
                KernelDimension = each[0].KernelDimension, Total = EdDegree.CriticalIdeal(x, q, u, options).Invariants,
                ZeroLoss = Union(each.Select(r => r.ZeroLoss)), Ramified = Union(each.Select(r => r.Ramified)),
                Unramified = Union(each.Select(r => r.Unramified)), Seconds = clock.Elapsed.TotalSeconds,
                Note = $"X is not equidimensional: its {parts.Count} parts of one dimension split separately and added; " + each[0].Note,
            };
        }
        var ring = x.Ring;
        int n = x.AmbientVariables;
        var rng = new Random(options.Seed ^ 0x5eed);
        var crit = EdDegree.CriticalIdeal(x, q, u, options);
        var critBasis = crit.Basis!;
        var kernel = q.Kernel();
        int k = kernel.Columns;
        var grad = EdDegree.Gradient(ring, q, u).Where(g => !g.IsZero).ToList();
        var zero = options.IdealOf(ring, critBasis.Concat(grad)).DimensionAndDegree();

        // Ramification along K: minors of [Jac; P] of size c + min(d, m), m = n − k.
        int d = x.Dimension, c = x.Codimension, m = n - k;
        var ramGens = new List<Polynomial<T, TField>>();
        if (k > 0 && d >= 0)
        {
            var p = Ramification.ProjectionAlong(kernel);
            int size = c + Math.Min(d, m);
            if (size == 0) ramGens.Add(ring.One);
            else
            {
                var big = PolynomialMatrix<T, TField>.Stack(x.Jacobian(), PolynomialMatrix<T, TField>.FromConstants(ring, p));
                ramGens.AddRange(Minors.All(big, size, options.Groebner.Cancellation));
            }
            if (x.IsProjective && m > 0)
            {
                // The cone's radial direction is killed at the centre Px = 0; keep those points out.
                var px = Enumerable.Range(0, p.Rows).Select(i => Ramification.LinearForm(ring, p, i)).ToList();
                var centre = RandomScalars.Combination(ring, px, rng);
                ramGens = options.IdealOf(ring, critBasis.Concat(ramGens)).Saturation(centre).GroebnerBasis().Basis.ToList();
            }
        }
        var ell = RandomScalars.Combination(ring, grad, rng);
        LocusInvariants ramified, unramified;
        if (k == 0)
        {
            ramified = new LocusInvariants(-1, 0, false);
            var (ud, udeg) = grad.Count == 0 ? (-1, 0) : options.IdealOf(ring, critBasis).Saturation(ell).DimensionAndDegree();
            unramified = new LocusInvariants(ud, (long)udeg, false);
        }
        else
        {
            var (rd, rdeg) = grad.Count == 0 ? (-1, 0) : options.IdealOf(ring, critBasis.Concat(ramGens)).Saturation(ell).DimensionAndDegree();
            ramified = new LocusInvariants(rd, (long)rdeg, false);
            var rho = RandomScalars.Combination(ring, ramGens, rng);
            var (ud, udeg) = grad.Count == 0 ? (-1, 0) : options.IdealOf(ring, critBasis).Saturation(new[] { ell, rho }).DimensionAndDegree();
            unramified = new LocusInvariants(ud, (long)udeg, false);
        }
        var note = $"seed {options.Seed}; parts split by saturation with random combinations (probability of a wrong split ≤ (#associated primes)/{RandomScalars.SampleSize<T, TField>(ring.Field):G3}); " +
                   "affine dimensions (cone dimensions for projective input); degrees with multiplicity";
        return new DegenerateCriticalResult<T, TField>
        {
            KernelDimension = k, Total = crit.Invariants, ZeroLoss = new LocusInvariants(zero.Dimension, (long)zero.Degree, false),
            Ramified = ramified, Unramified = unramified, Seconds = clock.Elapsed.TotalSeconds, Note = note,
        };
    }

    /// <summary>The union of disjoint loci: the largest dimension, the degrees of the loci of that dimension added.</summary>
    private static LocusInvariants Union(IEnumerable<LocusInvariants> loci)
    {
        var list = loci.ToList();
        int dimension = list.Max(l => l.Dimension);
        return new LocusInvariants(dimension, dimension < 0 ? 0 : list.Where(l => l.Dimension == dimension).Sum(l => l.Degree), list[0].Projective);
    }

    /// <summary>
    /// For k = 0..maxKernel: a random PSD Q (over ℚ, mapped into the field) with a random kernel of
    /// dimension k and random data u; the decomposition of the critical set for each.
    /// </summary>
    public static List<DegenerateCriticalResult<T, TField>> Sweep<T, TField>(Variety<T, TField> x, int maxKernel = -1,
        GeometryOptions? options = null) where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        int n = x.AmbientVariables;
        if (maxKernel < 0 || maxKernel > n) maxKernel = n - 1;
        var rng = new Random(options.Seed);
        var results = new List<DegenerateCriticalResult<T, TField>>();
        for (int k = 0; k <= maxKernel; k++)
        {
            options.Groebner.Cancellation.ThrowIfCancellationRequested();
            var q = QuadraticForms.ToField<T, TField>(QuadraticForms.RandomPsd(n, k, rng), x.Ring.Field);
            var u = EdDegree.RandomVector<T, TField>(x.Ring.Field, n, rng);
            results.Add(Decompose(x, q, u, options));
        }
        return results;
    }

    /// <summary>The sweep as a plain-text table.</summary>
    public static string FormatTable<T, TField>(IEnumerable<DegenerateCriticalResult<T, TField>> rows) where TField : struct, IField<T>
    {
        static string Cell(LocusInvariants i) => i.IsEmpty ? "-" : $"{i.Dimension}/{i.Degree}";
        var sb = new StringBuilder();
        sb.AppendLine("k  critical  zero-loss  ramified  unramified  seconds   (cells: dim/degree, '-' = empty)");
        foreach (var r in rows)
            sb.AppendLine($"{r.KernelDimension,-3}{Cell(r.Total),-10}{Cell(r.ZeroLoss),-11}{Cell(r.Ramified),-10}{Cell(r.Unramified),-12}{r.Seconds:F2}");
        return sb.ToString();
    }
}
