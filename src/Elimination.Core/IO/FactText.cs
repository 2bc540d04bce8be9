using System.Globalization;

namespace Elimination.Core.IO;

/// <summary>
/// How a fact's value reads as text, the same on the console and in an ideal file's comment lines (JSON keeps its
/// own types): yes/no, lists in brackets, numbers invariant, null (a count not known, e.g. an infinite fibre) "unknown".
/// </summary>
public static class FactText
{
    public static string Format(object? value) => value switch
    {
        null => "unknown",
        string s => s,
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}
