using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// A Python script for SymPy: <c>x, y = symbols('x y')</c>, then the ideal as a list expression
/// <c>G = [x**2 - y, …]</c>, with <c>order</c> (SymPy's name of the monomial order when it has one)
/// and <c>modulus</c> (the characteristic, None for ℚ), ready for <c>groebner(G, *gens, order=order,
/// modulus=modulus)</c>. Rational coefficients are exact (<c>Rational(3,4)</c>). Python keywords and
/// the script's own names are renamed (listed in the header).
/// </summary>
public sealed class SymPyIdealWriter : IIdealWriter
{
    public string Format => "sympy";
    public string Extension => ".py";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        metadata ??= IdealMetadata.Empty;
        var original = ring.Variables;
        var names = ForeignNames.ForPython(original);
        var vars = names.Written;
        string name = ForeignOrders.FreshName(metadata.Name, vars);
        foreach (var line in ForeignOrders.CommentLines(metadata)) output.Write($"# {ForeignOrders.OneLine(line)}\n");
        if (names.Description is string renamed) output.Write($"# variables renamed (Python/SymPy names; written=original): {renamed}\n");
        output.Write($"# field: {ring.Field.Name}, order: {ring.Order.Describe(original)}\n");
        output.Write("from sympy import Rational, symbols\n");
        output.Write($"ring_variables = symbols('{string.Join(" ", vars)}')\n");
        output.Write($"{string.Join(", ", vars)}{(vars.Count == 1 ? "," : "")} = ring_variables\n");
        output.Write($"order = {Order(ring.Order)}\n");
        output.Write($"modulus = {(ring.Field.Characteristic == 0 ? "None" : ring.Field.Characteristic.ToString())}\n");
        output.Write($"{name} = [\n");
        foreach (var g in generators)
            output.Write("    " + ScriptText.Python(names.Apply(PolynomialPrinter.Format(g))) + ",\n");
        output.Write("]\n");
        foreach (var (listName, list) in ForeignOrders.NamedLists(metadata, vars.Append(name)))
            output.Write($"{listName} = [" + string.Join(",\n", list.Ideals.Select(g => $"[{string.Join(", ", g.Select(f => ScriptText.Python(names.Apply(f))))}]")) + "]\n");
    }

    /// <summary>SymPy's orders: lex, grlex, grevlex; others are written as None (the header comment names them).</summary>
    private static string Order(MonomialOrder order) => order switch
    {
        GrevlexOrder => "'grevlex'",
        LexOrder => "'lex'",
        _ => "None",
    };
}
