using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// A Macaulay2 script that loads the ideal as written:
/// <c>R = ZZ/32003[a,b,c, MonomialOrder=&gt;GRevLex]; G = ideal(…);</c> (<c>QQ</c> for ℚ; orders
/// GRevLex, Lex, {Weights=&gt;w,GRevLex=&gt;n}, {GRevLex=&gt;k,GRevLex=&gt;m} with block-by-block
/// variables). Header comments let <see cref="Macaulay2IdealReader"/> restore our variable order.
/// </summary>
public sealed class Macaulay2IdealWriter : IIdealWriter
{
    public string Format => "m2";
    public string Extension => ".m2";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        metadata ??= IdealMetadata.Empty;
        var original = ring.Variables;
        // Reserved words (ring, ideal, QQ, …) cannot be ring variables there: write renamed ones.
        var names = ForeignNames.ForMacaulay2(original);
        var vars = names.Written;
        var renamed = names.Description;
        string order = ForeignOrders.Macaulay2(ring.Order);
        var declared = ForeignOrders.DeclarationOrder(ring.Order).Select(i => vars[i]);
        string ringName = ForeignOrders.FreshName("R", vars);
        string idealName = ForeignOrders.FreshName(metadata.Name, vars.Append(ringName).ToList());
        string coefficients = ring.Field.Characteristic == 0 ? "QQ" : $"ZZ/{ring.Field.Characteristic}";

        foreach (var line in ForeignOrders.CommentLines(metadata))
            output.Write($"-- {ForeignOrders.OneLine(line)}\n");
        output.Write($"-- elimination-field: {ring.Field.Name}\n");
        if (renamed is not null)
        {
            output.Write($"-- variables renamed because Macaulay2 reserves their names (written=original): {renamed}\n");
            output.Write($"-- elimination-renamed: {renamed}\n");
        }
        output.Write($"-- elimination-vars: {string.Join(", ", original)}\n");
        output.Write($"-- elimination-order: {ring.Order.Describe(original)}\n");
        output.Write($"{ringName} = {coefficients}[{string.Join(",", declared)}, MonomialOrder=>{order}];\n");
        if (generators.Count == 0) output.Write($"{idealName} = ideal(0_{ringName});\n");
        else
        {
            output.Write($"{idealName} = ideal(\n");
            for (int i = 0; i < generators.Count; i++)
                // A constant alone would make ideal(1) an ideal of ZZ; 1_R puts it in the ring.
                output.Write(names.Apply(PolynomialPrinter.Format(generators[i])) + (generators[i].IsConstant ? $"_{ringName}" : "")
                             + (i + 1 < generators.Count ? ",\n" : "\n"));
            output.Write(");\n");
        }
        foreach (var (listName, list) in ForeignOrders.NamedLists(metadata, vars.Append(ringName).Append(idealName)))
            // As above, a constant generator gets _R.
            output.Write($"{listName} = {{" + string.Join(",\n", list.Ideals.Select(g =>
                $"ideal({(g.Count == 0 ? $"0_{ringName}" : string.Join(", ", g.Select(f => names.Apply(f) + (IsConstant(f) ? $"_{ringName}" : ""))))})")) + "};\n");
    }

    private static bool IsConstant(string generator) => System.Text.RegularExpressions.Regex.IsMatch(generator, @"^-?[0-9]+(/[0-9]+)?$");
}
