using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Core.Errors;

namespace Elimination.Geometry;

/// <summary>
/// X = V(I) given by generators: an affine variety in kⁿ, or (when <see cref="IsProjective"/>) a
/// projective variety in Pⁿ⁻¹ handled through its affine cone. Dimension and codimension are
/// computed once, from a grevlex Gröbner basis, and cached.
/// </summary>
public sealed class Variety<T, TField> where TField : struct, IField<T>
{
    private (int Dimension, long Degree)? _invariants;

    public Variety(PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, bool projective = false)
    {
        Ring = ring;
        Generators = generators.Select(g => g.Ring == ring ? g : g.ToRing(ring)).Where(g => !g.IsZero).ToArray();
        IsProjective = projective;
        if (projective)
            foreach (var g in Generators)
                if (!g.IsHomogeneous) throw new InvalidInputException($"a projective variety needs homogeneous equations; '{g}' is not homogeneous");
    }

    /// <summary>Parses the equations (one per string) in the ring.</summary>
    public static Variety<T, TField> Parse(PolynomialRing<T, TField> ring, bool projective, params string[] equations) =>
        new(ring, equations.Select(ring.Parse).ToArray(), projective);

    public PolynomialRing<T, TField> Ring { get; }
    public IReadOnlyList<Polynomial<T, TField>> Generators { get; }
    public bool IsProjective { get; }

    /// <summary>
    /// Known irreducible (the closure of an image, given by its whole ideal), so equidimensional: the singular
    /// locus skips its equidimensionality test.
    /// </summary>
    public bool Irreducible { get; init; }
    public int AmbientVariables => Ring.VariableCount;

    /// <summary>Krull dimension of k[x]/I: the affine dimension, or the dimension of the affine cone.</summary>
    public int Dimension => Invariants().Dimension;

    /// <summary>Codimension c = n − dim (of the top-dimensional part), the size of the Jacobian minors.</summary>
    public int Codimension => AmbientVariables - Dimension;

    public long Degree => Invariants().Degree;

    /// <summary>Dimension as a projective variety (cone dimension − 1), or the affine dimension.</summary>
    public int GeometricDimension => IsProjective ? Math.Max(-1, Dimension - 1) : Dimension;

    public PolynomialMatrix<T, TField> Jacobian() => LinearAlgebra.Jacobian.Of(Generators, Ring);

    internal (int Dimension, long Degree) Invariants(GeometryOptions? options = null)
    {
        if (_invariants is { } v) return v;
        var (d, deg) = (options ?? GeometryOptions.Default).IdealOf(Ring, Generators).DimensionAndDegree();
        _invariants = (d, (long)deg);
        return (d, (long)deg);
    }

    /// <summary>
    /// Whether X is equidimensional, with the reason (<see cref="Ideals.Decomposition.Equidimensionality{T, TField}"/>;
    /// a variety known <see cref="Irreducible"/> is, untested), and when it is not, its parts of one dimension, largest
    /// first: E_d = I : Q_d^∞, Q_d the intersection of the minimal primes of the other dimensions — the part of I of
    /// dimension d, non-reduced where I is (as Singular's equidim). Criteria that take one codimension (the Jacobian's,
    /// the ED critical minors) hold on each part separately.
    /// </summary>
    public (string Verdict, IReadOnlyList<Variety<T, TField>>? Parts) EquidimensionalParts(GeometryOptions? options = null) =>
        _parts ??= ComputeEquidimensionalParts(options ?? GeometryOptions.Default);

    // Computed once: the ED degree and the ramification ask for the parts again per formulation and part.
    private (string, IReadOnlyList<Variety<T, TField>>?)? _parts;

    private (string Verdict, IReadOnlyList<Variety<T, TField>>? Parts) ComputeEquidimensionalParts(GeometryOptions options)
    {
        if (Irreducible) return ("yes: irreducible (the closure of an image)", null);
        var ideal = options.IdealOf(Ring, Generators);
        var test = ideal.Equidimensionality(options.Seed, options.Groebner.Cancellation);
        if (test.Equidimensional) return ("yes: " + test.Reason, null);
        var primes = test.Primes!;
        var parts = primes.Select(p => p.Dimension).Distinct().OrderDescending().Select(d =>
        {
            var others = Ideals.Decomposition.MinimalPrimes.Radical(ideal, primes.Where(p => p.Dimension != d));
            var part = ideal.Saturation(options.IdealOf(Ring, others.GroebnerBasis().Basis.Select(g => g.ToRing(Ring))));
            return new Variety<T, TField>(Ring, part.GroebnerBasis().Basis, IsProjective);
        }).ToList();
        return ("no: " + test.Reason, parts);
    }

    /// <summary>The c×c minors of the Jacobian (c = codimension): with I they cut out the singular locus.</summary>
    public List<Polynomial<T, TField>> JacobianMinors(GeometryOptions? options = null)
    {
        int c = AmbientVariables - Invariants(options).Dimension;
        if (c <= 0) return new List<Polynomial<T, TField>> { Ring.One };
        if (Invariants(options).Dimension < 0) return new List<Polynomial<T, TField>> { Ring.One };
        return Minors.All(Jacobian(), c, (options ?? GeometryOptions.Default).Groebner.Cancellation);
    }
}
