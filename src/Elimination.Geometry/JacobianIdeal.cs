using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>
/// The Jacobian ideal I + I_c(J) without a Gröbner basis of all c×c minors at once: each minor is reduced modulo
/// the basis found so far and only those that do not reduce to zero are added, in batches (4, 8, …, 256) after
/// each of which the basis is recomputed. A minor that reduced to zero stays in the ideal as it grows, so at the
/// end every minor lies in it: the ideal is exactly I + I_c(J), the same reduced basis as Singular's slocus + std.
/// The minors are still all formed (their number bounds what can be asked), but a basis of tens of thousands of
/// them (C(15,5)·C(7,5) for the rational normal sextic) becomes normal forms against a basis of a few dozen.
/// Seeding with random combinations det(A·J·B) was measured and dropped: slower on the sextic (0.81 s against
/// 0.46 s) and a dense c×c determinant when c is large (minutes for the 15×15 of the attention quartic).
/// </summary>
public static class JacobianIdeal
{
    /// <summary>Below this many minors the plain basis of all of them is as fast.</summary>
    public const int DirectLimit = 200;

    /// <summary>The ideal I + I_c(J) with the number of non-zero minors (one per pair of row and column sets) and of those that had to be added (the others reduced to zero).</summary>
    public static (Ideal<T, TField> Ideal, int Minors, int Added) Compute<T, TField>(Variety<T, TField> x, int c, GeometryOptions options)
        where TField : struct, IField<T>
    {
        var ring = x.Ring;
        var cancel = options.Groebner.Cancellation;
        // Few index sets, and the degenerate cases (c ≤ 0, or X empty so that c exceeds the matrix) whose minors
        // ideal is the unit ideal: the plain basis of all the distinct minors.
        if (Count(x.Generators.Count, c) * Count(x.AmbientVariables, c) <= DirectLimit)
        {
            var minors = x.JacobianMinors(options);
            return (options.IdealOf(ring, x.Generators.Concat(minors)), minors.Count, minors.Count);
        }
        // Repeated minors (up to sign) are not filtered: the second copy reduces to zero.
        var all = Minors.Enumerate(x.Jacobian(), c, cancel);
        var ideal = options.IdealOf(ring, x.Generators);
        var basis = ideal.GroebnerBasis().Basis;
        int count = 0, added = 0, batch = 4;
        var pending = new List<Polynomial<T, TField>>();
        foreach (var minor in all)
        {
            count++;
            var r = Reduction.NormalForm(minor, basis, cancel);
            if (r.IsZero) continue;
            pending.Add(r);
            if (pending.Count < batch) continue;
            (ideal, basis) = Grow(options, ideal, pending);
            added += pending.Count;
            pending.Clear();
            batch = Math.Min(2 * batch, 256);
        }
        if (pending.Count > 0)
        {
            (ideal, basis) = Grow(options, ideal, pending);
            added += pending.Count;
        }
        return (ideal, count, added);
    }

    private static (Ideal<T, TField>, IReadOnlyList<Polynomial<T, TField>>) Grow<T, TField>(GeometryOptions options, Ideal<T, TField> ideal, List<Polynomial<T, TField>> more)
        where TField : struct, IField<T>
    {
        var grown = options.IdealOf(ideal.Ring, ideal.GroebnerBasis().Basis.Concat(more));
        return (grown, grown.GroebnerBasis().Basis);
    }

    private static long Count(int n, int k)
    {
        long r = 1;
        for (int i = 0; i < k; i++) r = r * (n - i) / (i + 1);
        return r;
    }
}
