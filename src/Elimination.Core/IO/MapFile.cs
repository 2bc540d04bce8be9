using Elimination.Core.Fields;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// A map file: a <see cref="SystemFile"/> whose <c>vars:</c> are the parameters and whose
/// polynomial lines read <c>y = f</c> or <c>y = p/(q)</c>, with optional <c>targets:</c> (the
/// coordinate order) and <c>blocks:</c> (<c>y0,y1 ; z0,z1</c>, or <c>all</c> for one projective
/// space). Reading checks names, duplicates and blocks; errors are <see cref="ParseException"/>s
/// at the offending line. Lives in Core so that every reader of maps (runner, tests, library
/// callers) shares one parser; building the <c>RationalMap</c> is the Ideals layer's job.
/// </summary>
public sealed class MapFile<T, TField> where TField : struct, IField<T>
{
    public required PolynomialRing<T, TField> Parameters { get; init; }
    public required IReadOnlyList<string> Targets { get; init; }
    public required IReadOnlyList<Polynomial<T, TField>> Numerators { get; init; }
    /// <summary>One per target; the constant 1 for a polynomial (not fractional) coordinate.</summary>
    public required IReadOnlyList<Polynomial<T, TField>> Denominators { get; init; }
    /// <summary>Target indices per projective factor; null for an affine image.</summary>
    public IReadOnlyList<int[]>? Blocks { get; init; }
}

/// <summary>Reads <see cref="MapFile{T,TField}"/>s.</summary>
public static class MapFile
{
    public static MapFile<T, TField> Read<T, TField>(TField field, SystemFile system) where TField : struct, IField<T>
    {
        var parameters = new PolynomialRing<T, TField>(field, system.Variables);
        var targets = new List<string>();
        var numerators = new List<Polynomial<T, TField>>();
        var denominators = new List<Polynomial<T, TField>>();
        foreach (var (text, line, column) in system.Polynomials)
        {
            int eq = text.IndexOf('=');
            if (eq < 0) throw new ParseException("expected 'y = f(params)' (a target coordinate, '=', its image)", line, column + 1);
            var name = text[..eq].Trim();
            if (!VariableNames.IsValid(name)) throw new ParseException($"'{name}' is not a valid coordinate name", line, column + 1);
            if (parameters.IndexOf(name) >= 0) throw new ParseException($"'{name}' is a parameter (on the vars: line), not a target coordinate", line, column + 1);
            if (targets.Contains(name)) throw new ParseException($"coordinate '{name}' is given twice", line, column + 1);
            var rhs = text[(eq + 1)..];
            int rhsColumn = column + eq + 1;
            var (num, den) = SplitFraction(rhs);
            targets.Add(name);
            numerators.Add(PolynomialParser.Parse(parameters, num, line, rhsColumn));
            var q = den is null ? parameters.One : PolynomialParser.Parse(parameters, den, line, rhsColumn + num.Length + 1);
            if (q.IsZero) throw new ParseException($"the denominator of '{name}' is zero", line, rhsColumn + 1);
            denominators.Add(q);
        }

        if (system.Extra.TryGetValue("targets", out var declared))
        {
            var order = declared.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (order.Length != targets.Count || order.Any(t => !targets.Contains(t)))
                throw new ParseException("'targets:' must list exactly the coordinates defined after 'polys:'", declared.Line, 1);
            var perm = order.Select(t => targets.IndexOf(t)).ToArray();
            targets = order.ToList();
            numerators = perm.Select(i => numerators[i]).ToList();
            denominators = perm.Select(i => denominators[i]).ToList();
        }

        return new MapFile<T, TField>
        {
            Parameters = parameters, Targets = targets, Numerators = numerators, Denominators = denominators,
            Blocks = system.Extra.TryGetValue("blocks", out var spec) ? ReadBlocks(spec.Value, spec.Line, targets) : null,
        };
    }

    private static List<int[]> ReadBlocks(string value, int line, List<string> targets)
    {
        value = value.Trim();
        if (value.Equals("all", StringComparison.OrdinalIgnoreCase) || value.Equals("projective", StringComparison.OrdinalIgnoreCase))
            return new List<int[]> { Enumerable.Range(0, targets.Count).ToArray() };
        var blocks = new List<int[]>();
        foreach (var part in value.Split(new[] { ';', '|' }, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var block = new List<int>();
            foreach (var n in part.Trim('(', ')', '[', ']', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                int i = targets.IndexOf(n);
                if (i < 0) throw new ParseException($"'{n}' in blocks: is not a target coordinate", line, 1);
                if (blocks.Any(b => b.Contains(i)) || block.Contains(i)) throw new ParseException($"'{n}' is in two blocks", line, 1);
                block.Add(i);
            }
            if (block.Count == 0) throw new ParseException("empty block in blocks:", line, 1);
            blocks.Add(block.ToArray());
        }
        var missing = Enumerable.Range(0, targets.Count).Where(i => !blocks.Any(b => b.Contains(i))).Select(i => targets[i]).ToList();
        if (missing.Count > 0) throw new ParseException($"blocks: must cover every coordinate; missing {string.Join(", ", missing)}", line, 1);
        return blocks;
    }

    /// <summary>
    /// <c>p/(q)</c> → (p, q): splits at a top-level '/' followed by '('; a '/' before a number is a
    /// rational coefficient and stays in the numerator.
    /// </summary>
    public static (string Numerator, string? Denominator) SplitFraction(string text)
    {
        int depth = 0, split = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '/' && depth == 0)
            {
                int j = i + 1;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                if (j < text.Length && text[j] == '(') split = i;
            }
        }
        return split < 0 ? (text, null) : (text[..split], text[(split + 1)..]);
    }
}
