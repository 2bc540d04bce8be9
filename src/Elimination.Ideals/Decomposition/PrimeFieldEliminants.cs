using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Fglm;

namespace Elimination.Ideals.Decomposition;

/// <summary>
/// Eliminants of a zero-dimensional ideal over F_p — for every variable v the monic generator of I ∩ k[v] — without an
/// elimination order: the minimal polynomial of multiplication by v on the class of 1 in k[x]/I
/// (<see cref="MultiplicationMatrices.Eliminant"/>), from the grevlex basis; exact, as that basis is.
/// </summary>
/// <remarks>
/// Over ℚ the same minimal polynomials lift from primes in a few primes (katsura-5: 8), but proving a lifted eliminant
/// in I by its normal form over ℚ took minutes (rational coefficient growth in the reduction), so ℚ still eliminates.
/// </remarks>
internal static class PrimeFieldEliminants
{
    public static List<Polynomial<uint, PrimeField>> Compute(Ideal<uint, PrimeField> ideal)
    {
        var order = new GrevlexOrder(ideal.Ring.VariableCount);
        var matrices = MultiplicationMatrices.Of(ideal.GroebnerBasis(order).Basis, cancel: ideal.Options.Cancellation);
        var ring = ideal.Ring;
        return Enumerable.Range(0, ring.VariableCount)
            .Select(v => Polynomial<uint, PrimeField>.Univariate(ring, v, matrices.Eliminant(v, ideal.Options.Cancellation)))
            .ToList();
    }
}
