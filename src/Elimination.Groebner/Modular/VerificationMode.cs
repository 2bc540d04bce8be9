namespace Elimination.Groebner.Modular;

/// <summary>How the modular engine checks its lifted basis over ℚ (README: "Modular method over QQ").</summary>
public enum VerificationMode
{
    /// <summary>
    /// Proof over ℚ: every S-pair left by the product and chain criteria, and every input, reduces
    /// to zero modulo the candidate in exact rational arithmetic. The default.
    /// </summary>
    Exact,

    /// <summary>
    /// The reduced basis modulo two random primes in [2^30, 2^31) not used by the lift must equal
    /// the lift reduced modulo them (<see cref="RandomPrimeCheck"/>): two more F4 runs instead of
    /// rational reductions; the error probability is stated in the result's note.
    /// </summary>
    Probabilistic,

    /// <summary>Nothing beyond the stop rule (the lift agreed with a further prime); the result says "not verified".</summary>
    None,
}
