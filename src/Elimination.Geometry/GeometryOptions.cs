using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>Options shared by the geometry modules.</summary>
public sealed record GeometryOptions
{
    public static readonly GeometryOptions Default = new();

    /// <summary>The Gröbner engine (null: the project default).</summary>
    public IGroebnerEngine? Engine { get; init; }

    /// <summary>Options handed to every Gröbner computation (cancellation, threads, …).</summary>
    public GroebnerOptions Groebner { get; init; } = GroebnerOptions.Default;

    /// <summary>Seed of the random choices (generic combinations, random data); printed with every result.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How singular loci obtain their Jacobian ideal (all minors, exact; or random combinations, probabilistic).</summary>
    public JacobianCriterion Criterion { get; init; } = JacobianCriterion.Minors;

    /// <summary>
    /// The ideal of <paramref name="generators"/> over the variables of <paramref name="ring"/> ordered by
    /// grevlex (geometry reads dimension and degree off grevlex bases), computed with these options.
    /// </summary>
    public Ideal<T, TField> IdealOf<T, TField>(PolynomialRing<T, TField> ring, IEnumerable<Polynomial<T, TField>> generators)
        where TField : struct, IField<T>
    {
        var grevlex = ring.Order is GrevlexOrder ? ring : ring.WithOrder(new GrevlexOrder(ring.VariableCount));
        return new Ideal<T, TField>(grevlex, generators, IdealEngine.ResolveSupported<T, TField>(Engine, ring.Field), Groebner);
    }
}
