using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// The saturation I : J^∞ = ∪_k I : J^k. For one polynomial, I : g^∞ = (I + (1 − s·g)) ∩ k[x]
/// (Rabinowitsch: the ideal of V(I) minus V(g), localised at g); for J = (g_1..g_m) it is
/// ∩_j I : g_j^∞, since V(J) = ∩_j V(g_j).
/// </summary>
public static class IdealSaturation
{
    public static Ideal<T, TField> Compute<T, TField>(Ideal<T, TField> ideal, Polynomial<T, TField> g)
        where TField : struct, IField<T>
    {
        var clock = Stopwatch.StartNew();
        var ring = ideal.Ring;
        g = Rings.Map(g, ring);
        if (g.IsZero) return ideal.Create(ring, new[] { ring.One }, new Provenance("saturation", "-", 0, Array.Empty<int>()));
        if (g.IsConstant) return ideal;
        if (g.Length == 1 && ideal.Generators.All(f => f.IsHomogeneous))
        {
            var result = ideal;
            var e = g.ExponentsAt(0);
            for (int v = 0; v < e.Length; v++)
                if (e[v] > 0) result = ByVariable(result, v);
            return result.MapTo(ring, new Provenance("saturation (homogeneous, by variables)", result.Origin.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>()));
        }
        var s = Rings.FreshName(ring.Variables, "s");
        var big = Rings.Extend(ring, new[] { s }, Array.Empty<string>());
        var gens = ideal.Generators.Select(f => Rings.Map(f, big)).ToList();
        gens.Add(big.One - big.Variable(s) * Rings.Map(g, big));
        var eliminated = ideal.Create(big, gens).Eliminate(s);
        return eliminated.MapTo(ring, new Provenance("saturation", eliminated.Origin.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>()));
    }

    /// <summary>
    /// Saturation by several polynomials in turn, (…(I : g_1^∞) : g_2^∞ …) = I : (g_1⋯g_m)^∞;
    /// stops once the unit ideal is reached.
    /// </summary>
    public static Ideal<T, TField> ByEach<T, TField>(Ideal<T, TField> ideal, IEnumerable<Polynomial<T, TField>> gs)
        where TField : struct, IField<T>
    {
        var current = ideal;
        foreach (var g in gs)
        {
            current = Compute(current, g);
            if (current.IsUnit) break;
        }
        return current;
    }

    /// <summary>
    /// I : x^∞ for homogeneous I (Bayer): in grevlex with x the last variable, x divides a homogeneous
    /// polynomial iff it divides its leading monomial, so dividing every element of the reduced basis
    /// by its largest power of x gives a basis of I : x^∞.
    /// </summary>
    public static Ideal<T, TField> ByVariable<T, TField>(Ideal<T, TField> ideal, int variable) where TField : struct, IField<T>
    {
        var clock = Stopwatch.StartNew();
        var ring = ideal.Ring;
        var name = ring.Variables[variable];
        var vars = ring.Variables.Where(v => v != name).Append(name).ToArray();
        var last = new PolynomialRing<T, TField>(ring.Field, vars);
        var moved = ideal.Create(last, ideal.Generators);
        var gb = moved.GroebnerBasis();
        int x = vars.Length - 1;
        var divided = new List<Polynomial<T, TField>>(gb.Basis.Count);
        foreach (var f in gb.Basis)
        {
            int k = int.MaxValue;
            for (int t = 0; t < f.Length && k > 0; t++) k = Math.Min(k, Core.Monomials.PackedMonomial.Exponent(f.MonomialAt(t), x));
            if (k == 0) { divided.Add(f); continue; }
            var e = new int[vars.Length];
            e[x] = k;
            divided.Add(ExactDivision.Divide(f, Polynomial<T, TField>.Monomial(last, ring.Field.One, e)));
        }
        return ideal.Create(ring, divided, new Provenance("saturation by a variable (homogeneous)", gb.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>()));
    }

    public static Ideal<T, TField> Compute<T, TField>(Ideal<T, TField> ideal, Ideal<T, TField> by)
        where TField : struct, IField<T>
    {
        var clock = Stopwatch.StartNew();
        if (by.IsZero) return ideal.Create(ideal.Ring, new[] { ideal.Ring.One }, new Provenance("saturation", "-", 0, Array.Empty<int>()));
        Ideal<T, TField>? result = null;
        foreach (var g in by.Generators)
        {
            var q = Compute(ideal, g);
            // The unit ideal is neutral for intersection.
            if (result is not null && q.IsUnit) continue;
            result = result is null || result.IsUnit ? q : IdealIntersection.Compute(result, q);
        }
        return result!.MapTo(ideal.Ring, new Provenance("saturation", result.Origin.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>()));
    }

    /// <summary>Whether I = I : J^∞.</summary>
    public static bool IsSaturated<T, TField>(Ideal<T, TField> ideal, Ideal<T, TField> by) where TField : struct, IField<T> =>
        Compute(ideal, by).IsSubsetOf(ideal);
}
