using Elimination.Core.Errors;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner;

namespace Elimination.Ideals.Decomposition;

/// <summary>
/// Radical of a zero-dimensional ideal by Seidenberg's lemma: over a perfect field (ℚ, GF(p)),
/// an ideal that contains a squarefree univariate polynomial in every variable is radical, and
/// √I = I + (squarefree part of the eliminant of I in x_i, for every i). The number of distinct
/// points of V(I) over the algebraic closure is then dim_k k[x]/√I. Exact; the squarefree parts
/// come from <see cref="PolynomialFactorisation"/>, so its limits apply.
/// </summary>
public static class ZeroDimensionalRadical
{
    public static Ideal<T, TField> Compute<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T>
    {
        if (ideal.IsUnit) return ideal;
        if (ideal.Dimension() != 0)
            throw new InvalidInputException($"the radical here needs a zero-dimensional ideal; this one has dimension {ideal.Dimension()}");
        if (ideal is Ideal<Rational, RationalField> rational && RadicalByReduction(rational)) return ideal;
        var ring = ideal.Ring;
        var generators = ideal.Generators.ToList();
        bool changed = false;
        var eliminants = Eliminants(ideal);
        foreach (var eliminant in eliminants)
        {
            var part = Rings.Map(PolynomialFactorisation.SquarefreePart(eliminant), ring);
            if (part.Degree < eliminant.Degree) changed = true;
            generators.Add(part);
        }
        return changed ? ideal.Create(ring, generators) : ideal;
    }

    /// <summary>Number of distinct points of V(I) over the algebraic closure (I zero-dimensional).</summary>
    public static int DistinctPoints<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T> =>
        ideal.IsUnit ? 0 : IdealInvariants.VectorSpaceDimension(Compute(ideal));

    /// <summary>
    /// √I with the number of points of V(I) over the algebraic closure, distinct (dim k[x]/√I) and with
    /// multiplicity (dim k[x]/I); for the unit ideal both are 0.
    /// </summary>
    public static ZeroDimensionalPoints<T, TField> Points<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T>
    {
        if (ideal.IsUnit) return new(ideal, 0, 0);
        var radical = Compute(ideal);
        return new(radical, IdealInvariants.VectorSpaceDimension(radical), IdealInvariants.VectorSpaceDimension(ideal));
    }

    /// <summary>
    /// Whether I ⊆ ℚ[x] is radical, decided mod one prime: the reduced grevlex basis G, monic with p-integral
    /// coefficients, reduces to a Gröbner basis G_p with the same staircase (its S-polynomials' reductions need no division
    /// but by 1), so dim k[x]/⟨G_p⟩ = D = vdim I. When V(G_p) has D distinct points over F̄_p, I has D over ℚ̄ and is radical:
    /// otherwise the characteristic polynomial of every linear form ℓ on ℚ[x]/I has a repeated root, its discriminant is 0
    /// and so is that of its reduction — the characteristic polynomial of ℓ on F_p[x]/⟨G_p⟩ — but an integral ℓ separating
    /// the D points mod p exists since p > D(D−1)/2, and its discriminant there is not 0. Exact; false proves nothing
    /// (points may merge mod p), and the eliminants over ℚ are then computed.
    /// </summary>
    private static bool RadicalByReduction(Ideal<Rational, RationalField> ideal)
    {
        var order = new GrevlexOrder(ideal.Ring.VariableCount);
        var basis = ideal.GroebnerBasis(order).Basis;
        long d = IdealInvariants.VectorSpaceDimension(ideal);
        uint p = Primes.DescendingFrom().First(q => Rings.DefinedModulo(basis, q));
        if (d * (d - 1) / 2 >= p) return false;
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(p), ideal.Ring.Variables, order);
        var reduced = new Ideal<uint, PrimeField>(ring, basis.Select(g => Rings.ModP(g, ring)), null,
            new GroebnerOptions { Cancellation = ideal.Options.Cancellation, Threads = ideal.Options.Threads });
        return IdealInvariants.VectorSpaceDimension(reduced) == d && DistinctPoints(reduced) == d;
    }

    /// <summary>
    /// The eliminant of every variable: over F_p from the multiplication matrices (<see cref="PrimeFieldEliminants"/>),
    /// otherwise by elimination.
    /// </summary>
    private static List<Polynomial<T, TField>> Eliminants<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T>
    {
        if (ideal is Ideal<uint, PrimeField> modular) return (List<Polynomial<T, TField>>)(object)PrimeFieldEliminants.Compute(modular);
        return ideal.Ring.Variables.Select(v => Eliminant(ideal, v)).ToList();
    }

    /// <summary>The monic generator of I ∩ k[v].</summary>
    private static Polynomial<T, TField> Eliminant<T, TField>(Ideal<T, TField> ideal, string v) where TField : struct, IField<T>
    {
        var others = ideal.Ring.Variables.Where(x => x != v).ToArray();
        var eliminated = others.Length == 0 ? ideal : ideal.Eliminate(others);
        var basis = eliminated.GroebnerBasis().Basis;
        if (basis.Count != 1) throw new InvalidOperationException($"the eliminant in {v} of a zero-dimensional ideal is principal; got {basis.Count} generators");
        return Rings.Map(basis[0], ideal.Ring);
    }
}

/// <summary>The result of <see cref="ZeroDimensionalRadical.Points{T, TField}"/>.</summary>
public sealed record ZeroDimensionalPoints<T, TField>(Ideal<T, TField> Radical, int Distinct, int WithMultiplicity)
    where TField : struct, IField<T>;
