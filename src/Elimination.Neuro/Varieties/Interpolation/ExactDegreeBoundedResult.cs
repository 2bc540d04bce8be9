using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// Generators over ℚ of the neurovariety's ideal in degrees ≤ the bound, each primitive with integer
/// coefficients and a positive leading coefficient, with the multidegree of each and the dimension
/// of each graded piece. <see cref="Verified"/>: each equation was shown to vanish on the variety by
/// symbolic substitution of the parametrisation, which also proves completeness up to the bound.
/// Otherwise <see cref="FailureProbability"/> bounds the chance that one does not (random points).
/// <see cref="Ideal"/> says, when it is decided, that the generators are the whole ideal of the
/// variety and why (then <see cref="Dimension"/> is proved); <see cref="GradedPieceCount"/> counts the
/// pieces (block multidegree and torus weight) interpolated.
/// </summary>
public sealed record ExactDegreeBoundedResult(
    PolynomialRing<Rational, RationalField> Ring,
    IReadOnlyList<(int[] Multidegree, Polynomial<Rational, RationalField> Equation)> Generators,
    IReadOnlyList<(int[] Multidegree, int Monomials, int Equations)> GradedPieces,
    int DegreeBound,
    bool Verified,
    bool CheckedSymbolically,
    double FailureProbability,
    string Note,
    IReadOnlyList<uint> Primes,
    IReadOnlyList<uint> DiscardedPrimes,
    int Seed,
    double LiftSeconds,
    double Seconds,
    string? Ideal = null,
    int? Dimension = null,
    int GradedPieceCount = 0)
{
    public IReadOnlyList<Polynomial<Rational, RationalField>> Equations => Generators.Select(g => g.Equation).ToList();
}
