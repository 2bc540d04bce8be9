using Elimination.Core.Fields;

namespace Elimination.Ideals.Decomposition;

/// <summary>
/// Whether every irreducible component of V(I) has the same dimension, and why. <see cref="Primes"/> is filled
/// when the answer needed the minimal primes (then they also give the equidimensional parts).
/// </summary>
public sealed record Equidimensionality<T, TField>(bool Equidimensional, string Reason, IReadOnlyList<PrimeComponent<T, TField>>? Primes)
    where TField : struct, IField<T>
{
    /// <summary>
    /// The cheapest proof that applies: c = codim I generators (a complete intersection, unmixed by Macaulay's
    /// unmixedness theorem), then R/I Cohen–Macaulay (<see cref="CohenMacaulay"/>: unmixed), and only then the
    /// minimal primes (exact, and the costly step on large ideals).
    /// </summary>
    public static Equidimensionality<T, TField> Decide(Ideal<T, TField> ideal, int seed = 1, CancellationToken cancel = default)
    {
        int dim = ideal.Dimension();
        if (dim < 0) return new(true, "V(I) is empty", null);
        int c = ideal.Ring.VariableCount - dim;
        if (c == 0) return new(true, "I = 0: the whole space", null);
        if (ideal.Generators.Count(g => !g.IsZero) <= c)
            return new(true, $"a complete intersection ({c} equation{(c == 1 ? "" : "s")} of codimension {c}), unmixed by Macaulay's unmixedness theorem", null);
        if (CohenMacaulay.Shown(ideal, seed))
            return new(true, "R/I is Cohen-Macaulay (its h-vector kept by random linear forms), so I is unmixed", null);
        cancel.ThrowIfCancellationRequested();
        var primes = MinimalPrimes.Compute(ideal, seed, cancel);
        var dims = primes.Select(p => p.Dimension).Distinct().OrderDescending().ToArray();
        return dims.Length <= 1
            ? new(true, primes.Count == 1 ? $"its only minimal prime has dimension {dim}" : $"its {primes.Count} minimal primes all have dimension {dim}", primes)
            : new(false, $"its minimal primes have dimensions {string.Join(", ", dims)}", primes);
    }
}
