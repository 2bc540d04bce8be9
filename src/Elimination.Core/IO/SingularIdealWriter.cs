using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// A Singular script that loads the ideal as written:
/// <c>ring R = 32003,(a,b,c),dp; ideal G = …;</c> (characteristic 0 for ℚ; orderings dp, lp,
/// (a(w),dp), and (dp(k),dp(m)) with the variables declared block by block). Header comments
/// <c>// elimination-vars:</c> and <c>// elimination-order:</c> let <see cref="SingularIdealReader"/>
/// restore our variable order exactly.
/// </summary>
public sealed class SingularIdealWriter : IIdealWriter
{
    public string Format => "singular";
    public string Extension => ".sing";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        metadata ??= IdealMetadata.Empty;
        var original = ring.Variables;
        // Reserved words (ring, ideal, QQ, …) cannot be ring variables there: write renamed ones.
        var names = ForeignNames.ForSingular(original);
        var vars = names.Written;
        var renamed = names.Description;
        string ordering = ForeignOrders.Singular(ring.Order);
        var declared = ForeignOrders.DeclarationOrder(ring.Order).Select(i => vars[i]);
        string ringName = ForeignOrders.FreshName("R", vars);
        string idealName = ForeignOrders.FreshName(metadata.Name, vars.Append(ringName).ToList());

        foreach (var line in ForeignOrders.CommentLines(metadata))
            output.Write($"// {ForeignOrders.OneLine(line)}\n");
        output.Write($"// elimination-field: {ring.Field.Name}\n");
        if (renamed is not null)
        {
            output.Write($"// variables renamed because Singular reserves their names (written=original): {renamed}\n");
            output.Write($"// elimination-renamed: {renamed}\n");
        }
        output.Write($"// elimination-vars: {string.Join(", ", original)}\n");
        output.Write($"// elimination-order: {ring.Order.Describe(original)}\n");
        output.Write($"ring {ringName} = {ring.Field.Characteristic},({string.Join(",", declared)}),{ordering};\n");
        if (generators.Count == 0) output.Write($"ideal {idealName} = 0;\n");
        else
        {
            output.Write($"ideal {idealName} =\n");
            for (int i = 0; i < generators.Count; i++)
                output.Write(names.Apply(PolynomialPrinter.Format(generators[i])) + (i + 1 < generators.Count ? ",\n" : ";\n"));
        }
        foreach (var (listName, list) in ForeignOrders.NamedLists(metadata, vars.Append(ringName).Append(idealName)))
            output.Write(list.Ideals.Count == 0 ? $"list {listName};\n"
                : $"list {listName} =\n" + string.Join(",\n", list.Ideals.Select(g => $"ideal({(g.Count == 0 ? "0" : string.Join(", ", g.Select(names.Apply)))})")) + ";\n");
    }
}
