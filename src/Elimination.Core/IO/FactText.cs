using System.Globalization;

namespace Elimination.Core.IO;

/// <summary>
/// How a fact's value reads as text, the same on the console and in an ideal file's comment lines (JSON keeps its
/// own types): yes/no, lists in brackets, numbers invariant, null (a count not known, e.g. an infinite fibre) "unknown".
/// </summary>
public static class FactText
{
    /// <summary>A value known to be infinite (a Milnor number at a non-isolated critical point): "infinite" as text, null in JSON.</summary>
    public static readonly object Infinite = new InfiniteValue();

    public static string Format(object? value) => value switch
    {
        null => "unknown",
        InfiniteValue => "infinite",
        string s => s,
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}

internal sealed class InfiniteValue
{
    public override string ToString() => "infinite";
}
