namespace Elimination.Geometry;

/// <summary>How the Jacobian ideal I + I_c(J) of a singular locus is obtained.</summary>
public enum JacobianCriterion
{
    /// <summary>From every c×c minor (incrementally reduced above a few hundred of them): exact.</summary>
    Minors,

    /// <summary>
    /// From random combinations det(A·J·B) of the minors, grown until fresh combinations reduce to zero: no minor is
    /// formed, and the answer is probabilistic with a stated error bound (<see cref="JacobianIdeal.ByRandomCombinations{T, TField}"/>).
    /// </summary>
    RandomCombinations,
}
