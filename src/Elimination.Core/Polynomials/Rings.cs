using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Errors;

namespace Elimination.Core.Polynomials;

/// <summary>
/// Building rings from rings (subrings, extra variables) and moving polynomials between rings
/// by variable name — elimination and implicitization live in several rings at once.
/// </summary>
public static class Rings
{
    /// <summary>k[keep] with the variables in the order they have in <paramref name="ring"/> (grevlex unless given).</summary>
    public static PolynomialRing<T, TField> Subring<T, TField>(PolynomialRing<T, TField> ring, IEnumerable<string> keep, MonomialOrder? order = null)
        where TField : struct, IField<T>
    {
        var set = new HashSet<string>(keep);
        foreach (var v in set)
            if (ring.IndexOf(v) < 0) throw new InvalidInputException($"'{v}' is not a variable of {ring}");
        var vars = ring.Variables.Where(set.Contains).ToArray();
        if (vars.Length == 0) throw new InvalidInputException("a subring needs at least one variable");
        return new PolynomialRing<T, TField>(ring.Field, vars, order ?? new GrevlexOrder(vars.Length));
    }

    /// <summary>The ring with <paramref name="before"/> prepended and <paramref name="after"/> appended (grevlex unless given).</summary>
    public static PolynomialRing<T, TField> Extend<T, TField>(PolynomialRing<T, TField> ring, IEnumerable<string> before, IEnumerable<string> after, MonomialOrder? order = null)
        where TField : struct, IField<T>
    {
        var vars = before.Concat(ring.Variables).Concat(after).ToArray();
        return new PolynomialRing<T, TField>(ring.Field, vars, order ?? new GrevlexOrder(vars.Length));
    }

    /// <summary>
    /// The image over F_p of a polynomial over ℚ, in <paramref name="target"/> (same variables); a coefficient whose
    /// denominator p divides is refused by <see cref="PrimeField.FromRational"/>.
    /// </summary>
    public static Polynomial<uint, PrimeField> ModP(Polynomial<Rational, RationalField> f, PolynomialRing<uint, PrimeField> target) =>
        f.MapCoefficients(target, q => target.Field.FromRational(q.Numerator, q.Denominator));

    /// <summary>Whether p divides no denominator of the polynomials, i.e. <see cref="ModP"/> is defined for each of them.</summary>
    public static bool DefinedModulo(IEnumerable<Polynomial<Rational, RationalField>> polys, uint p)
    {
        foreach (var f in polys)
            foreach (var c in f.Coefficients)
                if (!c.Denominator.IsOne && (c.Denominator % p).IsZero) return false;
        return true;
    }

    /// <summary>A variable name not in <paramref name="taken"/>, built from <paramref name="stem"/>.</summary>
    public static string FreshName(IEnumerable<string> taken, string stem)
    {
        var set = new HashSet<string>(taken);
        if (!set.Contains(stem)) return stem;
        for (int i = 1; ; i++)
            if (!set.Contains(stem + i)) return stem + i;
    }

    /// <summary>
    /// The same polynomial in <paramref name="target"/>, matching variables by name; throws when f
    /// uses a variable the target lacks. Returns f itself when the rings are the same object.
    /// </summary>
    public static Polynomial<T, TField> Map<T, TField>(Polynomial<T, TField> f, PolynomialRing<T, TField> target)
        where TField : struct, IField<T>
    {
        if (ReferenceEquals(f.Ring, target)) return f;
        var source = f.Ring;
        var index = new int[source.VariableCount];
        for (int i = 0; i < index.Length; i++) index[i] = target.IndexOf(source.Variables[i]);
        if (index.Select((j, i) => j == i).All(x => x) && source.VariableCount == target.VariableCount)
            return f.ToRing(target);
        var acc = new TermAccumulator<T, TField>(target);
        var e = new int[source.VariableCount];
        var te = new int[target.VariableCount];
        var packed = new ulong[target.Words];
        for (int t = 0; t < f.Length; t++)
        {
            PackedMonomial.Unpack(f.MonomialAt(t), e);
            Array.Clear(te);
            for (int i = 0; i < e.Length; i++)
            {
                if (e[i] == 0) continue;
                if (index[i] < 0)
                    throw new InvalidInputException($"variable '{source.Variables[i]}' does not exist in {target}");
                te[index[i]] = e[i];
            }
            PackedMonomial.Pack(te, packed);
            acc.Add(packed, f.CoefficientAt(t));
        }
        return acc.ToPolynomial();
    }

    /// <summary>Whether f involves none of the variables with the given indices.</summary>
    public static bool IsFreeOf<T, TField>(Polynomial<T, TField> f, IReadOnlyList<int> variables)
        where TField : struct, IField<T>
    {
        for (int t = 0; t < f.Length; t++)
        {
            var m = f.MonomialAt(t);
            foreach (var v in variables)
                if (PackedMonomial.Exponent(m, v) != 0) return false;
        }
        return true;
    }
}
