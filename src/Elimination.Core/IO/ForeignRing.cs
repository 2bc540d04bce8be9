using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// Shared last step of the Singular and Macaulay2 readers: from the declared variables, the
/// translated order and our own header comments, build the <see cref="SystemFile"/>.
/// </summary>
internal static class ForeignRing
{
    public static SystemFile Build(SourceText src, string commentPrefix, FieldSpec field, List<string> declared, int declaredOffset,
        string orderSpec, IReadOnlyList<(string Text, int Offset)> generators)
    {
        var (varsLine, _) = src.Position(declaredOffset);
        var header = src.HeaderComments(commentPrefix);
        // Our writers rename variables the other program reserves; the header restores the originals.
        if (header.TryGetValue("elimination-renamed", out var renamedText))
        {
            var toOriginal = ForeignNames.ParseRenaming(renamedText);
            declared = declared.Select(v => toOriginal.TryGetValue(v, out var o) ? o : v).ToList();
            generators = generators.Select(g => (ForeignNames.Substitute(g.Text, toOriginal), g.Offset)).ToList();
        }
        var seen = new HashSet<string>();
        foreach (var v in declared)
        {
            if (!VariableNames.IsValid(v)) throw src.Error($"'{v}' is not a valid variable name", declaredOffset);
            if (!seen.Add(v)) throw src.Error($"variable '{v}' is declared twice", declaredOffset);
        }
        if (declared.Count == 0) throw src.Error("no variables declared", declaredOffset);

        // Our header comments restore the variable order that block orders permuted.
        var variables = declared;
        if (header.TryGetValue("elimination-vars", out var hv))
        {
            var names = hv.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (names.Count == declared.Count && names.ToHashSet().SetEquals(declared))
            {
                variables = names;
                if (header.TryGetValue("elimination-order", out var ho) && TryOrder(ho, variables)) orderSpec = ho;
            }
        }
        try { MonomialOrders.Parse(orderSpec, variables); }
        catch (Errors.InvalidInputException e) when (e is not ParseException) { throw new ParseException(e.Message, varsLine, 1); }

        var polys = generators.Select(g =>
        {
            var (line, col) = src.Position(g.Offset);
            return (g.Text, line, col - 1);
        }).ToList();
        return new SystemFile { Field = field, Variables = variables, Order = orderSpec, Polynomials = polys };
    }

    private static bool TryOrder(string spec, IReadOnlyList<string> vars)
    {
        try { MonomialOrders.Parse(spec, vars); return true; }
        catch (Errors.InvalidInputException) { return false; }
    }

    public static FieldSpec Field(SourceText src, string text, int offset)
    {
        var (line, col) = src.Position(offset);
        try { return FieldSpec.Parse(text, line); }
        catch (ParseException e) { throw new ParseException(e.Message, line, col); }
    }

    public static List<string> Names(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
