using System.Text.RegularExpressions;

namespace Elimination.Core.IO;

/// <summary>
/// Our polynomial text (<c>3/4*x^2*y-1</c>) in the syntax of a general-purpose language, where
/// <c>^</c> and <c>/</c> between integers mean something else: Python (<c>**</c>, <c>Rational(3,4)</c>)
/// and Julia (<c>^</c>, <c>3//4</c>).
/// </summary>
internal static class ScriptText
{
    private static readonly Regex Fraction = new(@"(?<![A-Za-z0-9_])(\d+)/(\d+)", RegexOptions.CultureInvariant);

    public static string Python(string polynomial) =>
        Fraction.Replace(polynomial, "Rational($1,$2)").Replace("^", "**");

    public static string Julia(string polynomial) => Fraction.Replace(polynomial, "$1//$2");
}
