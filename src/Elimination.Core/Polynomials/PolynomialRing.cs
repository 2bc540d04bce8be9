using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Errors;

namespace Elimination.Core.Polynomials;

/// <summary>
/// k[x1..xn] with a monomial order: the context every polynomial carries. Rings compare by value
/// (field, variable names, order), so polynomials from separately built equal rings combine.
/// </summary>
public sealed class PolynomialRing<T, TField> : IEquatable<PolynomialRing<T, TField>> where TField : struct, IField<T>
{
    public PolynomialRing(TField field, IReadOnlyList<string> variables, MonomialOrder? order = null)
    {
        if (variables.Count == 0) throw new InvalidInputException("a polynomial ring needs at least one variable");
        var seen = new HashSet<string>();
        foreach (var v in variables)
        {
            if (!VariableNames.IsValid(v)) throw new InvalidInputException($"'{v}' is not a valid variable name");
            if (!seen.Add(v)) throw new InvalidInputException($"variable '{v}' is declared twice");
        }
        Field = field;
        Variables = variables.ToArray();
        Order = order ?? new GrevlexOrder(variables.Count);
        if (Order.Variables != variables.Count) throw new InvalidInputException("the order is for a different number of variables");
        Words = PackedMonomial.Words(variables.Count);
    }

    public TField Field { get; }
    public IReadOnlyList<string> Variables { get; }
    public MonomialOrder Order { get; }
    public int VariableCount => Variables.Count;

    /// <summary>ulong words per packed monomial.</summary>
    public int Words { get; }

    public int IndexOf(string variable)
    {
        for (int i = 0; i < Variables.Count; i++) if (Variables[i] == variable) return i;
        return -1;
    }

    /// <summary>The same variables and field with another order.</summary>
    public PolynomialRing<T, TField> WithOrder(MonomialOrder order) => new(Field, Variables, order);

    public Polynomial<T, TField> Zero => Polynomial<T, TField>.Zero(this);
    public Polynomial<T, TField> One => Polynomial<T, TField>.Constant(this, Field.One);
    public Polynomial<T, TField> Variable(int i) => Polynomial<T, TField>.Variable(this, i);
    public Polynomial<T, TField> Variable(string name) =>
        Variable(IndexOf(name) is var i and >= 0 ? i : throw new InvalidInputException($"unknown variable '{name}'"));

    /// <summary>Parses a polynomial in this ring (see <see cref="Parsing.PolynomialParser"/>).</summary>
    public Polynomial<T, TField> Parse(string text) => Parsing.PolynomialParser.Parse(this, text);

    public bool Equals(PolynomialRing<T, TField>? other) =>
        ReferenceEquals(this, other) ||
        other is not null && EqualityComparer<TField>.Default.Equals(Field, other.Field) && Order == other.Order &&
        ((IReadOnlyList<string>)Variables).SequenceEqual(other.Variables);

    public override bool Equals(object? obj) => obj is PolynomialRing<T, TField> r && Equals(r);

    public override int GetHashCode() => HashCode.Combine(Field, VariableCount, Variables[0], Order);

    public static bool operator ==(PolynomialRing<T, TField>? a, PolynomialRing<T, TField>? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(PolynomialRing<T, TField>? a, PolynomialRing<T, TField>? b) => !(a == b);

    public override string ToString() => $"{Field.Name}[{string.Join(",", Variables)}] {Order.Describe(Variables)}";
}

/// <summary>Rules for variable names shared by the parser, the rings and the file writers.</summary>
public static class VariableNames
{
    // Names Singular and Macaulay2 both accept: a letter, then letters, digits or underscores.
    public static bool IsValid(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
