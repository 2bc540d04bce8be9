using System.Text.RegularExpressions;

namespace Elimination.Core.IO;

/// <summary>
/// Reads the Macaulay2 scripts <see cref="Macaulay2IdealWriter"/> writes: the first
/// <c>R = QQ[…]</c> or <c>R = ZZ/p[…]</c> (with an optional <c>MonomialOrder=&gt;…</c>) and the
/// first <c>G = ideal(…)</c> after it.
/// </summary>
public sealed partial class Macaulay2IdealReader : IIdealReader
{
    public string Format => "m2";
    public IReadOnlyList<string> Extensions { get; } = new[] { ".m2" };

    public bool Recognizes(string text) => RingRegex().IsMatch(text) && text.Contains("ideal", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?<name>[A-Za-z]\w*)\s*=\s*(?<coef>QQ|ZZ\s*/\s*\d+)\s*\[")]
    private static partial Regex RingRegex();

    [GeneratedRegex(@"\b(?<name>[A-Za-z]\w*)\s*=\s*ideal\s*\(")]
    private static partial Regex IdealRegex();

    public SystemFile Read(string text)
    {
        var src = new SourceText(text, "--", blockComments: false);
        var ring = RingRegex().Match(src.Code);
        if (!ring.Success) throw src.Error("expected a ring 'R = QQ[x,y,z]' or 'R = ZZ/p[x,y,z]'", 0);
        var coef = ring.Groups["coef"];
        var coefText = Regex.Replace(coef.Value, @"\s+", "");
        var field = ForeignRing.Field(src, coefText == "QQ" ? "QQ" : coefText[3..], coef.Index);
        int open = ring.Index + ring.Length - 1;
        int close = src.MatchingClose(open);
        if (close < 0) throw src.Error("unbalanced '[' in the ring declaration", open);

        var declared = new List<string>();
        string orderSpec = "grevlex"; // Macaulay2's default
        foreach (var (item, offset) in src.SplitTopLevel(open + 1, close))
        {
            int arrow = item.IndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0) { declared.Add(item); continue; }
            var key = item[..arrow].Trim();
            if (key != "MonomialOrder") throw src.Error($"unsupported ring option '{key}'", offset);
            orderSpec = Order(item[(arrow + 2)..], declared.Count, src, offset);
        }
        if (orderSpec.StartsWith("blocks:", StringComparison.Ordinal))
        {
            var sizes = orderSpec[7..].Split(',').Select(int.Parse).ToList();
            if (sizes.Sum() != declared.Count) throw src.Error($"block sizes add up to {sizes.Sum()}, but {declared.Count} variables are declared", open);
            try { orderSpec = ForeignOrders.FromBlocks(sizes, declared); }
            catch (Errors.InvalidInputException e) { throw src.Error(e.Message, open); }
        }

        var ideal = IdealRegex().Match(src.Code, close);
        if (!ideal.Success) throw src.Error("expected 'G = ideal(…)' after the ring", close);
        int iopen = ideal.Index + ideal.Length - 1;
        int iclose = src.MatchingClose(iopen);
        if (iclose < 0) throw src.Error("unbalanced parenthesis: 'ideal(' is never closed", iopen);
        var gens = src.SplitTopLevel(iopen + 1, iclose)
            .Select(g => Regex.Match(g.Text, @"^\s*(-?[0-9/]+)_\w+\s*$") is { Success: true } m ? (m.Groups[1].Value, g.Offset) : g).ToList();
        return ForeignRing.Build(src, "--", field, declared, open, orderSpec, gens);
    }

    /// <summary>GRevLex, Lex, {Weights=>{w},GRevLex(=>n)}, {GRevLex=>k,GRevLex=>m,…} (returned as "blocks:k,m").</summary>
    private static string Order(string text, int n, SourceText src, int offset)
    {
        var s = Regex.Replace(text, @"\s+", "");
        if (s.StartsWith('{') && s.EndsWith('}') && !s[1..^1].Contains(',') && !s[1..^1].Contains('{')) s = s[1..^1];
        switch (s)
        {
            case "GRevLex": return "grevlex";
            case "Lex": return "lex";
        }
        var weighted = Regex.Match(s, @"^\{Weights=>\{(?<w>[0-9,]+)\},GRevLex(=>\d+)?\}$");
        if (weighted.Success) return $"weighted({weighted.Groups["w"].Value})";
        var blocks = Regex.Match(s, @"^\{(?:GRevLex=>(?<k>\d+),?)+\}$");
        if (blocks.Success) return "blocks:" + string.Join(",", blocks.Groups["k"].Captures.Select(c => c.Value));
        throw src.Error($"unsupported Macaulay2 MonomialOrder '{text.Trim()}' (expected GRevLex, Lex, {{Weights=>…,GRevLex}} or {{GRevLex=>k,GRevLex=>m}})", offset);
    }
}
