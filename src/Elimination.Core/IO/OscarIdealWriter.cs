using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// A Julia script for Oscar: <c>R, (x, y) = polynomial_ring(QQ, ["x", "y"])</c> (<c>GF(p)</c> over
/// a prime field), <c>G = ideal(R, [...])</c> and <c>ord</c>, the monomial order as an Oscar ordering
/// (<c>degrevlex</c>, <c>lex</c>; other orders are named in a comment and left to the
/// reader), for <c>groebner_basis(G, ordering=ord)</c>. Rationals are exact
/// (<c>3//4</c>). Julia keywords and the script's names are renamed (listed in the header).
/// </summary>
public sealed class OscarIdealWriter : IIdealWriter
{
    public string Format => "oscar";
    public string Extension => ".jl";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        metadata ??= IdealMetadata.Empty;
        var original = ring.Variables;
        var names = ForeignNames.ForJulia(original);
        var vars = names.Written;
        string ringName = ForeignOrders.FreshName("R", vars);
        string name = ForeignOrders.FreshName(metadata.Name, vars.Append(ringName).ToList());
        foreach (var line in ForeignOrders.CommentLines(metadata)) output.Write($"# {ForeignOrders.OneLine(line)}\n");
        if (names.Description is string renamed) output.Write($"# variables renamed (Julia/Oscar names; written=original): {renamed}\n");
        output.Write($"# field: {ring.Field.Name}, order: {ring.Order.Describe(original)}\n");
        output.Write("using Oscar\n");
        string field = ring.Field.Characteristic == 0 ? "QQ" : $"GF({ring.Field.Characteristic})";
        output.Write($"{ringName}, ({string.Join(", ", vars)}{(vars.Count == 1 ? "," : "")}) = polynomial_ring({field}, [{string.Join(", ", vars.Select(v => $"\"{v}\""))}])\n");
        output.Write($"ord = {Order(ring.Order, ringName, vars)}\n");
        output.Write($"{name} = ideal({ringName}, [\n");
        foreach (var g in generators)
            output.Write("    " + ScriptText.Julia(names.Apply(PolynomialPrinter.Format(g))) + ",\n");
        output.Write($"])\n");
        foreach (var (listName, list) in ForeignOrders.NamedLists(metadata, vars.Append(ringName).Append(name)))
            output.Write($"{listName} = [" + string.Join(",\n", list.Ideals.Select(g =>
                $"ideal({ringName}, [{string.Join(", ", g.Select(f => ScriptText.Julia(names.Apply(f))))}])")) + "]\n");
    }

    private static string Order(MonomialOrder order, string ring, IReadOnlyList<string> vars) => order switch
    {
        GrevlexOrder => $"degrevlex({ring})",
        LexOrder => $"lex({ring})",
        _ => $"degrevlex({ring})  # {order.Describe(vars)}: see the header; not translated",
    };
}
