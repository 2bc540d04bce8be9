using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Ideals.Decomposition;

namespace Elimination.Geometry;

/// <summary>
/// The total Milnor number of an affine hypersurface V(f) over its singular points:
/// Σ_{p ∈ Sing V(f)} dim O_p/(∂f). The gradient ideal J = (∂f/∂x_i) is zero-dimensional for
/// isolated critical points, so J = ∩ Q_p over the critical points; J : f^∞ keeps exactly the Q_p with
/// f(p) ≠ 0 (critical points off the hypersurface), hence μ = dim k[x]/J − dim k[x]/(J : f^∞). Exact.
/// </summary>
public static class MilnorNumber
{
    public static int TotalAtSingularPoints<T, TField>(Ideal<T, TField> hypersurface) where TField : struct, IField<T>
    {
        if (hypersurface.Generators.Count != 1)
            throw new InvalidInputException("the Milnor number needs a hypersurface: one equation");
        var f = hypersurface.Generators[0];
        var ring = hypersurface.Ring;
        var gradient = hypersurface.Create(ring, Enumerable.Range(0, ring.VariableCount).Select(f.Derivative));
        if (gradient.IsUnit) return 0;
        if (gradient.Dimension() != 0)
            throw new InvalidInputException("the Milnor number needs isolated critical points: the gradient ideal has positive dimension");
        var offHypersurface = gradient.Saturation(f);
        int all = IdealInvariants.VectorSpaceDimension(gradient);
        int off = offHypersurface.IsUnit ? 0 : IdealInvariants.VectorSpaceDimension(offHypersurface);
        return all - off;
    }

    /// <summary>
    /// Milnor and Tjurina numbers at each singular point of an affine hypersurface V(f), one entry per
    /// Galois orbit of points (a minimal prime P of (f, ∂f)): the P-primary parts of J = (∂f) and of
    /// T = (f, ∂f) are J : h^∞ and T : h'^∞ for h in every other minimal prime and not in P, and their
    /// lengths divided by the orbit's size deg P are μ and τ at each of its (conjugate, hence equal) points.
    /// Exact; needs isolated singular points.
    /// </summary>
    public static IReadOnlyList<SingularPoint<T, TField>> AtSingularPoints<T, TField>(Ideal<T, TField> hypersurface, int seed = 1)
        where TField : struct, IField<T>
    {
        if (hypersurface.Generators.Count != 1)
            throw new InvalidInputException("Milnor numbers need a hypersurface: one equation");
        var f = hypersurface.Generators[0];
        var ring = hypersurface.Ring;
        var gradient = hypersurface.Create(ring, Enumerable.Range(0, ring.VariableCount).Select(f.Derivative));
        var tjurina = hypersurface.Create(ring, gradient.Generators.Prepend(f));
        if (tjurina.IsUnit) return Array.Empty<SingularPoint<T, TField>>();
        if (tjurina.Dimension() != 0)
            throw new InvalidInputException("Milnor numbers need isolated singular points: the singular locus has positive dimension");
        var rng = new Random(seed);
        var points = tjurina.MinimalPrimes(seed).Select(c => c.Prime).ToList();
        var critical = gradient.MinimalPrimes(seed).Select(c => c.Prime).ToList();
        var result = new List<SingularPoint<T, TField>>();
        foreach (var p in points)
        {
            // A curve of critical points through P (in characteristic p dividing an exponent, x³ + y⁴ over GF(3) has
            // ∂f/∂x = 0): μ is infinite there, while τ, a length of (f, ∂f), stays finite (Singular: milnor -1, tjurina 9).
            bool isolated = !critical.Any(q => !q.Equals(p) && q.IsSubsetOf(p));
            int size = IdealInvariants.VectorSpaceDimension(p);
            int? mu = isolated ? IdealInvariants.VectorSpaceDimension(PrimaryPart(gradient, p, critical, rng)) / size : null;
            int tau = IdealInvariants.VectorSpaceDimension(PrimaryPart(tjurina, p, points, rng));
            result.Add(new SingularPoint<T, TField>(p, size, mu, tau / size));
        }
        return result;
    }

    /// <summary>
    /// I : h^∞ with h = ∏ h_q, one h_q ∈ Q \ P for every other prime Q (Q ⊄ P: the points are isolated), so h ∉ P as P is
    /// prime. h_q is a random combination of Q's basis, or when that falls in P (chance about 1/p each, so a product of
    /// random ones over 16 points of GF(7) almost never missed P), the first basis element outside P.
    /// </summary>
    private static Ideal<T, TField> PrimaryPart<T, TField>(Ideal<T, TField> ideal, Ideal<T, TField> p, List<Ideal<T, TField>> primes, Random rng)
        where TField : struct, IField<T>
    {
        var h = ideal.Ring.One;
        foreach (var q in primes.Where(q => !q.Equals(p)))
        {
            var basis = q.GroebnerBasis().Basis;
            var combination = RandomScalars.Combination(ideal.Ring, basis, rng);
            h *= !p.Contains(combination) ? combination
                : basis.FirstOrDefault(g => !p.Contains(g)) ?? throw new InvalidOperationException("a prime contains another (internal error)");
        }
        return h.IsConstant ? ideal : ideal.Saturation(h);
    }
}

/// <summary>
/// One Galois orbit of singular points: its prime, how many points it has, and μ, τ at each of them; μ is null when
/// infinite (the critical points are not isolated there, which characteristic p can cause).
/// </summary>
public sealed record SingularPoint<T, TField>(Ideal<T, TField> Prime, int Points, int? Milnor, int Tjurina) where TField : struct, IField<T>;
