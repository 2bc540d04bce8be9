using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Core.Errors;

namespace Elimination.Geometry;

/// <summary>Ramification and branch loci of a linear projection restricted to a variety.</summary>
public sealed class RamificationResult<T, TField> where TField : struct, IField<T>
{
    public required Variety<T, TField> Variety { get; init; }
    /// <summary>The m×n matrix of π (rows span the annihilator of the kernel).</summary>
    public required FieldMatrix<T, TField> Projection { get; init; }
    /// <summary>Size of the minors of [Jac(I); P] whose vanishing means dπ|T_xX drops rank: c + min(dim X, m).</summary>
    public required int MinorSize { get; init; }
    public required IReadOnlyList<Polynomial<T, TField>> RamificationBasis { get; init; }
    public required LocusInvariants RamificationInvariants { get; init; }
    /// <summary>The ring of the target coordinates y_1..y_m (one per row of the projection given) and the ideal of π(Ram) there.</summary>
    public PolynomialRing<T, TField>? BranchRing { get; init; }
    public IReadOnlyList<Polynomial<T, TField>>? BranchBasis { get; init; }
    public LocusInvariants? BranchInvariants { get; init; }
    public double Seconds { get; init; }
    public required string Note { get; init; }

    /// <summary>True when a saturation used a random element (a probabilistic answer, bound in <see cref="Note"/>); false when every step was exact.</summary>
    public bool Randomised { get; init; }
}

/// <summary>
/// For π: kⁿ → kᵐ, x ↦ Px and X = V(I) of codimension c and dimension d, dπ restricted to
/// T_xX = ker Jac(x) has rank rank[Jac; P](x) − c at a smooth point, and full rank is min(d, m);
/// so Ram = V(I + (c + min(d,m))-minors of [Jac; P]) on the smooth part (saturated by a random
/// combination of the c×c Jacobian minors). Projective X: computed on the cone with the same
/// count (the radial direction maps to Px ≠ 0), also saturated by the centre Px = 0.
/// The branch locus is π(Ram) = V((Ram + (y − Px)) ∩ k[y]).
/// </summary>
public static class Ramification
{
    /// <summary>The projection along a subspace K (given by the columns of <paramref name="kernel"/>): rows spanning K^⊥.</summary>
    public static FieldMatrix<T, TField> ProjectionAlong<T, TField>(FieldMatrix<T, TField> kernel) where TField : struct, IField<T> =>
        kernel.Transpose().Kernel().Transpose();

    public static RamificationResult<T, TField> Compute<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> projection,
        GeometryOptions? options = null, bool smoothPartOnly = true, bool branch = true)
        where TField : struct, IField<T>
    {
        options ??= GeometryOptions.Default;
        var clock = Stopwatch.StartNew();
        var ring = x.Ring;
        int n = x.AmbientVariables;
        if (projection.Columns != n) throw new InvalidInputException($"the projection has {projection.Columns} columns but the variety lives in {n} variables");
        var p = projection.SelectRows(projection.Transpose().ReducedRowEchelon().Pivots); // independent rows only
        int m = p.Rows;
        if (m == 0) throw new Elimination.Core.Errors.InvalidInputException("the projection is zero (rank 0): it maps X to a point, so there is no ramification to compute; give a projection of rank ≥ 1");
        var rng = new Random(options.Seed);
        var note = new List<string>();
        var px = Enumerable.Range(0, m).Select(i => LinearForm(ring, p, i)).ToList();
        Ideal<T, TField> ramIdeal;
        int size;
        bool saturated;
        if (x.EquidimensionalParts(options).Parts is { } parts)
        {
            // The minors take one codimension and one dimension: each part of one dimension on its own, off the other
            // parts (their intersections are singular points of X), and the union of the parts' loci.
            var loci = new List<Ideal<T, TField>>();
            size = 0;
            saturated = false;
            foreach (var part in parts)
            {
                var (locus, partSize, partSaturated) = OnePart(part, p, px, options, smoothPartOnly, rng, note);
                if (smoothPartOnly)
                    foreach (var other in parts)
                        if (!ReferenceEquals(other, part)) locus = locus.Saturation(options.IdealOf(ring, other.Generators));
                loci.Add(locus);
                size = Math.Max(size, partSize);
                saturated |= partSaturated;
            }
            ramIdeal = loci.Aggregate((a, b) => a.Intersection(b));
            note.Insert(0, $"X is not equidimensional: the union over its {parts.Count} parts of one dimension, each by its own minors" +
                           (smoothPartOnly ? " and off the other parts" : ""));
        }
        else (ramIdeal, size, saturated) = OnePart(x, p, px, options, smoothPartOnly, rng, note);
        var ram = ramIdeal.GroebnerBasis().Basis.ToList();
        var (rd, rdeg) = ramIdeal.DimensionAndDegree();
        double sample = RandomScalars.SampleSize<T, TField>(ring.Field);
        if (saturated)
            note.Add($"seed {options.Seed}; a random saturating element fails only on an associated prime, probability ≤ (#associated primes)/{sample:G3}");

        PolynomialRing<T, TField>? branchRing = null;
        List<Polynomial<T, TField>>? branchBasis = null;
        LocusInvariants? branchInv = null;
        if (branch && m > 0)
        {
            // In the user's target coordinates: a projection of rank m below its row count maps into an m-plane, whose
            // linear equations the branch locus then contains.
            int targets = projection.Rows;
            if (targets > m) note.Add($"the projection has rank {m} < {targets} rows: the branch locus lies in its {m}-dimensional image");
            var ys = new List<string>();
            for (int i = 0; i < targets; i++) ys.Add(Rings.FreshName(ring.Variables.Concat(ys), "y" + (i + 1)));
            var ext = Rings.Extend(ring, Array.Empty<string>(), ys);
            var all = ram.Select(f => Rings.Map(f, ext)).ToList();
            for (int i = 0; i < targets; i++) all.Add(ext.Variable(n + i) - Rings.Map(LinearForm(ring, projection, i), ext));
            var branchIdeal = options.IdealOf(ext, all).Eliminate(ring.Variables);
            (branchRing, branchBasis) = (branchIdeal.Ring, branchIdeal.GroebnerBasis().Basis.ToList());
            var (bd, bdeg) = branchIdeal.DimensionAndDegree();
            branchInv = new LocusInvariants(bd, (long)bdeg, x.IsProjective);
        }
        return new RamificationResult<T, TField>
        {
            Variety = x, Projection = p, MinorSize = size, RamificationBasis = ram,
            RamificationInvariants = new LocusInvariants(rd, (long)rdeg, x.IsProjective),
            BranchRing = branchRing, BranchBasis = branchBasis, BranchInvariants = branchInv,
            Seconds = clock.Elapsed.TotalSeconds, Note = string.Join("; ", note), Randomised = saturated,
        };
    }

    /// <summary>The ramification ideal of π on an equidimensional X, the minor size, and whether it was saturated.</summary>
    private static (Ideal<T, TField> Ideal, int Size, bool Saturated) OnePart<T, TField>(Variety<T, TField> x, FieldMatrix<T, TField> p,
        List<Polynomial<T, TField>> px, GeometryOptions options, bool smoothPartOnly, Random rng, List<string> note) where TField : struct, IField<T>
    {
        var ring = x.Ring;
        int n = x.AmbientVariables, m = p.Rows;
        var (d, _) = x.Invariants(options);
        int c = n - d;
        int size = c + Math.Min(d, m);
        var gens = x.Generators.ToList();
        void Note(string text) { if (!note.Contains(text)) note.Add(text); }
        if (d < 0) Note("the variety is empty");
        else if (size > 0)
        {
            var big = PolynomialMatrix<T, TField>.Stack(x.Jacobian(), PolynomialMatrix<T, TField>.FromConstants(ring, p));
            gens.AddRange(Minors.All(big, size, options.Groebner.Cancellation));
        }
        var ideal = options.IdealOf(ring, gens);
        var saturateBy = new List<Polynomial<T, TField>>();
        // Over a small field a random combination can vanish on ramification points where no generator does (GF(11),
        // x^4 + y^4 - 1: 6 seeds of 40 gave no ramification at all), so there the saturation is by the ideal, exactly.
        bool exact = RandomScalars.TooSmallForCombinations<T, TField>(ring.Field);
        if (smoothPartOnly && c > 0 && d >= 0)
        {
            if (exact)
            {
                // I : J^∞ = I : (I + J)^∞, and I + J is the singular locus: often the unit ideal (nothing to remove), else
                // a few generators where the minors are many.
                var singular = options.IdealOf(ring, x.Generators.Concat(x.JacobianMinors(options)));
                if (!singular.IsUnit) ideal = ideal.Saturation(options.IdealOf(ring, singular.GroebnerBasis().Basis));
                Note("smooth part: saturated by the ideal of the Jacobian minors (exact; the field is too small for a random combination)");
            }
            else
            {
                saturateBy.Add(RandomScalars.Combination(ring, x.JacobianMinors(options), rng));
                Note("smooth part: saturated by a random combination of the Jacobian minors");
            }
        }
        if (x.IsProjective && m > 0)
        {
            if (exact) ideal = ideal.Saturation(options.IdealOf(ring, px));
            else saturateBy.Add(RandomScalars.Combination(ring, px, rng));
            Note("projective: saturated by the centre of projection");
        }
        return (ideal.Saturation(saturateBy), size, saturateBy.Count > 0);
    }

    /// <summary>Σ_j P[i,j]·x_j.</summary>
    internal static Polynomial<T, TField> LinearForm<T, TField>(PolynomialRing<T, TField> ring, FieldMatrix<T, TField> p, int i)
        where TField : struct, IField<T>
    {
        var f = ring.Zero;
        for (int j = 0; j < p.Columns; j++) f = f.AddScaled(ring.Variable(j), p[i, j]);
        return f;
    }
}
