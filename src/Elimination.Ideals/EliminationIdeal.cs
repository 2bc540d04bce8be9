using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Ideals;

/// <summary>Which order elimination uses.</summary>
public enum EliminationOrder
{
    /// <summary>Grevlex on the eliminated variables, then grevlex on the rest (usually much faster).</summary>
    Block,
    /// <summary>Lex with the eliminated variables first; the result is a lex basis.</summary>
    Lex,
}

/// <summary>
/// The elimination ideal I ∩ k[rest]: a Gröbner basis for an order that ranks every monomial
/// involving an eliminated variable above all monomials free of them contains a basis of the
/// elimination ideal — its elements free of the eliminated variables (Elimination Theorem).
/// </summary>
public static class EliminationIdeal
{
    /// <summary>
    /// I ∩ k[rest], living in k[rest] (variables in their original relative order). With
    /// <see cref="EliminationOrder.Block"/> the result ring is grevlex, with <see cref="EliminationOrder.Lex"/>
    /// it is lex, and the basis found is installed as that ring's reduced Gröbner basis.
    /// </summary>
    public static Ideal<T, TField> Compute<T, TField>(Ideal<T, TField> ideal, IEnumerable<string> eliminate, EliminationOrder kind = EliminationOrder.Block)
        where TField : struct, IField<T>
    {
        var clock = Stopwatch.StartNew();
        var ring = ideal.Ring;
        var names = eliminate.Distinct().ToArray();
        foreach (var v in names)
            if (ring.IndexOf(v) < 0) throw new InvalidInputException($"cannot eliminate '{v}': not a variable of {ring}");
        var rest = ring.Variables.Where(v => !names.Contains(v)).ToArray();
        if (rest.Length == 0) throw new InvalidInputException("cannot eliminate every variable: nothing would remain");
        if (names.Length == 0) return ideal;

        // Work ring: for lex the eliminated variables must come first; a block order needs no reordering.
        PolynomialRing<T, TField> work;
        Ideal<T, TField> source;
        if (kind == EliminationOrder.Block)
        {
            source = ideal;
            work = ideal.RingFor(BlockOrder.Elimination(ring.VariableCount, names.Select(ring.IndexOf)));
        }
        else
        {
            var vars = names.OrderBy(ring.IndexOf).Concat(rest).ToArray();
            var lexRing = new PolynomialRing<T, TField>(ring.Field, vars, new LexOrder(vars.Length));
            source = ideal.Create(lexRing, ideal.Generators);
            work = lexRing;
        }
        var gb = source.GroebnerBasis(work.Order);
        var eliminated = names.Select(work.IndexOf).ToArray();
        var kept = gb.Basis.Where(g => Rings.IsFreeOf(g, eliminated)).ToList();

        MonomialOrder resultOrder = kind == EliminationOrder.Lex ? new LexOrder(rest.Length) : new GrevlexOrder(rest.Length);
        var subring = Rings.Subring(ring, rest, resultOrder);
        var mapped = kept.Select(g => Rings.Map(g, subring)).ToList();
        var origin = new Provenance($"eliminate {string.Join(",", names)} ({(kind == EliminationOrder.Lex ? "lex" : "block order")})",
            gb.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>(),
            gb.Verified switch { true => "verified", false => "NOT verified (probabilistic): " + gb.VerificationNote, _ => null });
        var result = ideal.Create(subring, mapped, origin);
        // The order restricted to k[rest] is grevlex (block) or lex, so 'kept' is already the reduced basis there.
        result.SeedBasis(mapped, gb);
        return result;
    }
}
