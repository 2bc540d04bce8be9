using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// The ideal quotient I : J = { f : f·J ⊆ I } = ∩_j (I : g_j), with I : (g) = (I ∩ (g)) / g.
/// </summary>
public static class IdealQuotient
{
    public static Ideal<T, TField> Compute<T, TField>(Ideal<T, TField> ideal, Polynomial<T, TField> g)
        where TField : struct, IField<T>
    {
        var clock = Stopwatch.StartNew();
        var ring = ideal.Ring;
        g = Rings.Map(g, ring);
        if (g.IsZero) return ideal.Create(ring, new[] { ring.One }, new Provenance("quotient", "-", 0, Array.Empty<int>()));
        var principal = ideal.Create(ring, new[] { g });
        var meet = IdealIntersection.Compute(ideal, principal);
        var quotients = meet.Generators.Select(h => ExactDivision.Divide(h, g)).ToList();
        return ideal.Create(ring, quotients, new Provenance("quotient", meet.Origin.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>()));
    }

    public static Ideal<T, TField> Compute<T, TField>(Ideal<T, TField> ideal, Ideal<T, TField> by)
        where TField : struct, IField<T>
    {
        var clock = Stopwatch.StartNew();
        if (by.IsZero) return ideal.Create(ideal.Ring, new[] { ideal.Ring.One }, new Provenance("quotient", "-", 0, Array.Empty<int>()));
        Ideal<T, TField>? result = null;
        foreach (var g in by.Generators)
        {
            var q = Compute(ideal, g);
            // The unit ideal is neutral for intersection.
            if (result is not null && q.IsUnit) continue;
            result = result is null || result.IsUnit ? q : IdealIntersection.Compute(result, q);
        }
        return result!.MapTo(ideal.Ring, new Provenance("quotient", result.Origin.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>()));
    }
}
