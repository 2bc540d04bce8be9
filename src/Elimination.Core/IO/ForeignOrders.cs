using Elimination.Core.Monomials;
using Elimination.Core.Errors;

namespace Elimination.Core.IO;

/// <summary>
/// Translates our monomial orders into Singular and Macaulay2 ring orderings. Both systems want
/// each block of a product order to be a run of consecutive variables, so block orders declare
/// the variables block by block (<see cref="DeclarationOrder"/>); polynomials are written with
/// names, so the permutation changes nothing else.
/// </summary>
public static class ForeignOrders
{
    /// <summary>Variable indices in the order the ring declaration lists them.</summary>
    public static int[] DeclarationOrder(MonomialOrder order) => order switch
    {
        BlockOrder b => b.Blocks.SelectMany(x => x).ToArray(),
        _ => Enumerable.Range(0, order.Variables).ToArray(),
    };

    /// <summary>Singular ordering: <c>dp</c>, <c>lp</c>, <c>(a(w),dp)</c>, <c>(dp(k),dp(m))</c>.</summary>
    public static string Singular(MonomialOrder order) => order switch
    {
        GrevlexOrder => "dp",
        LexOrder => "lp",
        WeightedOrder w => $"(a({string.Join(",", w.Weights)}),dp)",
        BlockOrder b when b.Blocks.Count == 1 => "dp",
        BlockOrder b => "(" + string.Join(",", b.Blocks.Select(x => $"dp({x.Length})")) + ")",
        _ => throw new InvalidInputException($"the order {order.GetType().Name} has no Singular translation"),
    };

    /// <summary>Macaulay2 MonomialOrder value: <c>GRevLex</c>, <c>Lex</c>, <c>{Weights=>…,GRevLex=>n}</c>, <c>{GRevLex=>k,GRevLex=>m}</c>.</summary>
    public static string Macaulay2(MonomialOrder order) => order switch
    {
        GrevlexOrder => "GRevLex",
        LexOrder => "Lex",
        WeightedOrder w => $"{{Weights=>{{{string.Join(",", w.Weights)}}},GRevLex=>{w.Variables}}}",
        BlockOrder b when b.Blocks.Count == 1 => "GRevLex",
        BlockOrder b => "{" + string.Join(",", b.Blocks.Select(x => $"GRevLex=>{x.Length}")) + "}",
        _ => throw new InvalidInputException($"the order {order.GetType().Name} has no Macaulay2 translation"),
    };

    /// <summary>
    /// Our order spec for a product of grevlex blocks of the given sizes over the declared
    /// variables: one block is grevlex, two blocks are <c>elim(first block)</c>.
    /// </summary>
    public static string FromBlocks(IReadOnlyList<int> sizes, IReadOnlyList<string> declared)
    {
        if (sizes.Count == 1) return "grevlex";
        if (sizes.Count == 2) return $"elim({string.Join(",", declared.Take(sizes[0]))})";
        throw new InvalidInputException("orders with more than two blocks cannot be read back yet");
    }

    /// <summary>A name for the ring or the ideal that no variable already uses.</summary>
    internal static string FreshName(string preferred, IReadOnlyList<string> variables)
    {
        var name = preferred;
        for (int k = 0; variables.Contains(name); k++) name = preferred + k;
        return name;
    }

    /// <summary>The metadata's ideal lists, each with a name no variable, earlier name or earlier list uses.</summary>
    internal static IEnumerable<(string Name, IdealList List)> NamedLists(IdealMetadata meta, IEnumerable<string> taken)
    {
        var used = taken.ToList();
        foreach (var list in meta.Lists)
        {
            string name = FreshName(list.Name, used);
            used.Add(name);
            yield return (name, list);
        }
    }

    /// <summary>"key: value" lines describing the metadata, for formats that only have comments.</summary>
    internal static IEnumerable<string> CommentLines(IdealMetadata meta)
    {
        if (meta.Title is not null) yield return meta.Title;
        if (meta.Engine is not null) yield return $"engine: {meta.Engine}";
        if (meta.Seconds is double s) yield return $"seconds: {s.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)}";
        if (meta.Verified is bool v) yield return $"verified: {(v ? "yes" : "no (probabilistic)")}";
        if (meta.VerificationNote is not null) yield return $"verification: {meta.VerificationNote}";
        foreach (var (k, value) in meta.Extra) yield return $"{k}: {FactText.Format(value)}";
    }

    /// <summary>One comment line cannot contain a newline.</summary>
    internal static string OneLine(string s) => s.Replace("\r", " ").Replace("\n", " ");
}
