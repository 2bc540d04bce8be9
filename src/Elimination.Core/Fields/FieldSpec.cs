using Elimination.Core.Parsing;

namespace Elimination.Core.Fields;

/// <summary>A field named in a file or on the command line: <c>QQ</c> or <c>GF(p)</c>.</summary>
public sealed record FieldSpec(long Characteristic)
{
    public static readonly FieldSpec Rationals = new(0);

    public bool IsRationals => Characteristic == 0;

    public override string ToString() => IsRationals ? "QQ" : $"GF({Characteristic})";

    public PrimeField PrimeField() => new(Characteristic);

    /// <summary>Accepts QQ, Q, GF(p), ZZ/p, or a bare prime p.</summary>
    public static FieldSpec Parse(string text, int line = 1)
    {
        var s = text.Trim();
        if (s is "QQ" or "Q" or "0") return Rationals;
        string digits = s;
        if (s.StartsWith("GF(", StringComparison.OrdinalIgnoreCase) && s.EndsWith(')')) digits = s[3..^1].Trim();
        else if (s.StartsWith("ZZ/", StringComparison.Ordinal)) digits = s[3..].Trim();
        if (!long.TryParse(digits, out long p) || digits.Length == 0 || !char.IsAsciiDigit(digits[0]))
            throw new ParseException($"unknown field '{s}' (expected QQ or GF(p) for a prime 2 < p < 2^31)", line, 1);
        try { _ = new PrimeField(p); }
        catch (Errors.InvalidInputException e) { throw new ParseException(e.Message, line, 1); }
        return new FieldSpec(p);
    }
}
