using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Factorisation;

/// <summary>
/// f = Unit · ∏ Factor^Multiplicity with pairwise distinct irreducible factors, normalised:
/// monic in the ring's order over F_p; over ℚ with integer coprime coefficients and a positive
/// leading coefficient (so the unit carries content and sign). Factors are sorted by degree, then by text.
/// </summary>
public sealed class Factorisation<T, TField> where TField : struct, IField<T>
{
    public Factorisation(T unit, IReadOnlyList<(Polynomial<T, TField> Factor, int Multiplicity)> factors)
    {
        Unit = unit;
        Factors = factors;
    }

    public T Unit { get; }
    public IReadOnlyList<(Polynomial<T, TField> Factor, int Multiplicity)> Factors { get; }

    /// <summary>True when the polynomial is irreducible (one factor, multiplicity one).</summary>
    public bool IsIrreducible => Factors.Count == 1 && Factors[0].Multiplicity == 1;

    /// <summary>True when no factor is repeated.</summary>
    public bool IsSquarefree => Factors.All(f => f.Multiplicity == 1);

    /// <summary>The product of the distinct factors (the squarefree part, generator of the radical of (f)).</summary>
    public Polynomial<T, TField> SquarefreePart(PolynomialRing<T, TField> ring)
    {
        var r = ring.One;
        foreach (var (g, _) in Factors) r *= g;
        return r;
    }

    /// <summary>Multiplies everything back together (for checks).</summary>
    public Polynomial<T, TField> Expand(PolynomialRing<T, TField> ring)
    {
        var r = Polynomial<T, TField>.Constant(ring, Unit);
        foreach (var (g, m) in Factors) r *= g.Pow(m);
        return r;
    }

    public override string ToString()
    {
        var parts = Factors.Select(f => f.Multiplicity == 1 ? $"({f.Factor})" : $"({f.Factor})^{f.Multiplicity}").ToList();
        if (Factors.Count == 0) return Unit?.ToString() ?? "";
        var field = Factors[0].Factor.Ring.Field;
        if (!field.IsOne(Unit)) parts.Insert(0, field.Format(Unit));
        return string.Join("*", parts);
    }
}
