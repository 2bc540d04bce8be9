namespace Elimination.Groebner.Modular;

/// <summary>How the modular engine checks its lifted basis over ℚ (see docs/readme/modular.md).</summary>
public enum VerificationMode
{
    /// <summary>
    /// Proof over ℚ: every S-pair left by the product and chain criteria, and every input, reduces
    /// to zero modulo the candidate in exact rational arithmetic. The default.
    /// </summary>
    Exact,

    /// <summary>
    /// The same reductions modulo two random primes in [2^30, 2^31) that were not used for the lift.
    /// Much cheaper; a wrong candidate passes only if both primes divide one of finitely many
    /// integers fixed by the input (error probability stated in the result's note).
    /// </summary>
    Probabilistic,
}
