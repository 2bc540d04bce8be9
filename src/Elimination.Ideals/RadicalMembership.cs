using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>f ∈ √I iff 1 ∈ I + (1 − s·f) for a new variable s (Rabinowitsch trick).</summary>
public static class RadicalMembership
{
    public static bool Contains<T, TField>(Ideal<T, TField> ideal, Polynomial<T, TField> f) where TField : struct, IField<T>
    {
        var ring = ideal.Ring;
        f = Rings.Map(f, ring);
        if (f.IsZero) return true;
        var s = Rings.FreshName(ring.Variables, "s");
        var big = Rings.Extend(ring, new[] { s }, Array.Empty<string>());
        var gens = ideal.Generators.Select(g => Rings.Map(g, big)).ToList();
        gens.Add(big.One - big.Variable(s) * Rings.Map(f, big));
        return ideal.Create(big, gens).IsUnit;
    }
}
