using System.Text.RegularExpressions;
using Elimination.Core.Parsing;

namespace Elimination.Core.IO;

/// <summary>
/// Reads the Singular scripts <see cref="SingularIdealWriter"/> writes: the first
/// <c>ring R = p,(vars),ordering;</c> and the first <c>ideal G = …;</c> after it.
/// Orderings dp, lp, (a(w),dp), (dp(k),dp(m)); polynomials in the <c>x^2*y</c> syntax.
/// </summary>
public sealed partial class SingularIdealReader : IIdealReader
{
    public string Format => "singular";
    public IReadOnlyList<string> Extensions { get; } = new[] { ".sing", ".singular", ".lib" };

    public bool Recognizes(string text) => RingRegex().IsMatch(text);

    [GeneratedRegex(@"\bring\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<char>[^,;]*?)\s*,\s*\((?<vars>[^)]*)\)\s*,\s*(?<ord>[^;]*);")]
    private static partial Regex RingRegex();

    [GeneratedRegex(@"\bideal\s+(?<name>[A-Za-z_]\w*)\s*=")]
    private static partial Regex IdealRegex();

    public SystemFile Read(string text)
    {
        var src = new SourceText(text, "//", blockComments: true);
        var ring = RingRegex().Match(src.Code);
        if (!ring.Success)
        {
            int at = src.Code.IndexOf("ring", StringComparison.Ordinal);
            throw src.Error("expected a ring declaration 'ring R = p,(x,y,z),dp;'", Math.Max(0, at));
        }
        var charGroup = ring.Groups["char"];
        var field = ForeignRing.Field(src, charGroup.Value.Trim().Trim('(', ')'), charGroup.Index);
        var varsGroup = ring.Groups["vars"];
        var declared = ForeignRing.Names(varsGroup.Value);
        var ordGroup = ring.Groups["ord"];
        var orderSpec = Ordering(ordGroup.Value, declared, src, ordGroup.Index);

        var ideal = IdealRegex().Match(src.Code, ring.Index + ring.Length);
        if (!ideal.Success) throw src.Error("expected 'ideal G = …;' after the ring", ring.Index + ring.Length);
        int start = ideal.Index + ideal.Length;
        int end = StatementEnd(src.Code, start);
        if (end < 0) throw src.Error("the ideal is not closed by ';'", ideal.Index);
        var gens = src.SplitTopLevel(start, end);
        if (declared.All(v => v.Length == 1 && char.IsAsciiLetter(v[0])))
            gens = gens.Select(g => (ExpandShort(g.Text, declared), g.Offset)).ToList();
        return ForeignRing.Build(src, "//", field, declared, varsGroup.Index, orderSpec, gens);
    }

    /// <summary>
    /// Singular's short notation, which it prints and reads when every variable is one letter: x2y3 is x^2*y^3 and 3xz
    /// is 3*x*z. A word that is not a variable and reads as letters (each a variable) with optional exponents, after
    /// optional digits, is expanded; anything else is left for the parser to report. Columns in errors past an expanded
    /// word are then off by the inserted characters.
    /// </summary>
    private static string ExpandShort(string text, List<string> variables)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i])) { sb.Append(text[i++]); continue; }
            int end = i;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
            var word = text[i..end];
            // A digit run right after '^' is an exponent, and a number stays a number.
            sb.Append(variables.Contains(word) || (i > 0 && text[i - 1] == '^') ? word : ShortWord(word, variables) ?? word);
            i = end;
        }
        return sb.ToString();
    }

    private static string? ShortWord(string word, List<string> variables)
    {
        var parts = new List<string>();
        int i = 0;
        while (i < word.Length && char.IsAsciiDigit(word[i])) i++;
        if (i == word.Length) return null;
        int digits = i;
        if (i > 0) parts.Add(word[..i]);
        while (i < word.Length)
        {
            var v = word[i].ToString();
            // Not short notation: a coefficient still gets its '*', so the parser names the unknown word ("3xw": 'xw').
            if (!variables.Contains(v)) return digits > 0 ? word[..digits] + "*" + word[digits..] : null;
            int e = ++i;
            while (e < word.Length && char.IsAsciiDigit(word[e])) e++;
            parts.Add(e > i ? $"{v}^{word[i..e]}" : v);
            i = e;
        }
        return string.Join("*", parts);
    }

    // Polynomials never contain ';', so the first one ends the statement even when a parenthesis is
    // unbalanced (the polynomial parser then reports that parenthesis with its position).
    private static int StatementEnd(string code, int start) => code.IndexOf(';', start);

    /// <summary>dp → grevlex, lp → lex, (a(w),dp) → weighted(w), (dp(k),dp(m)) → elim(first k variables).</summary>
    private static string Ordering(string text, List<string> declared, SourceText src, int offset)
    {
        var s = Regex.Replace(text, @"\s+", "");
        // A trailing module component (C or c) does not affect polynomials.
        s = Regex.Replace(s, @"^\((.*),[Cc]\)$", "($1)");
        s = Regex.Replace(s, @"^\([Cc],(.*)\)$", "($1)");
        if (s.StartsWith('(') && s.EndsWith(')') && !s[1..^1].Contains('(') && !s[1..^1].Contains(',')) s = s[1..^1];
        switch (s)
        {
            case "dp": return "grevlex";
            case "lp": return "lex";
        }
        var weighted = Regex.Match(s, @"^\(a\((?<w>[0-9,]+)\),dp\)$");
        if (weighted.Success) return $"weighted({weighted.Groups["w"].Value})";
        var blocks = Regex.Match(s, @"^\((?:dp\((?<k>\d+)\),?)+\)$");
        if (blocks.Success)
        {
            var sizes = blocks.Groups["k"].Captures.Select(c => int.Parse(c.Value)).ToList();
            if (sizes.Sum() != declared.Count) throw src.Error($"block sizes add up to {sizes.Sum()}, but {declared.Count} variables are declared", offset);
            try { return ForeignOrders.FromBlocks(sizes, declared); }
            catch (Errors.InvalidInputException e) { throw src.Error(e.Message, offset); }
        }
        throw src.Error($"unsupported Singular ordering '{text.Trim()}' (expected dp, lp, (a(w),dp) or (dp(k),dp(m)))", offset);
    }
}
