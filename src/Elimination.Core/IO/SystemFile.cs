using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// The native <c>.sys</c> format: <c>#</c> comments, headers <c>field:</c>, <c>vars:</c>, optional
/// <c>order:</c> and <c>eliminate:</c>, then <c>polys:</c> and one polynomial per line.
/// Reading checks the headers; <see cref="Parse{T,TField}"/> parses the polynomials in a ring.
/// </summary>
public sealed class SystemFile
{
    public required FieldSpec Field { get; init; }
    public required IReadOnlyList<string> Variables { get; init; }
    public string? Order { get; init; }
    public IReadOnlyList<string> Eliminate { get; init; } = Array.Empty<string>();
    /// <summary>Polynomial texts with their 1-based line numbers and column offsets in the file.</summary>
    public required IReadOnlyList<(string Text, int Line, int Column)> Polynomials { get; init; }
    /// <summary>Any other <c>key: value</c> headers, for commands that need more (maps, blocks).</summary>
    public IReadOnlyDictionary<string, (string Value, int Line)> Extra { get; init; } = new Dictionary<string, (string, int)>();

    public static SystemFile Load(string path) => Read(TextFile.Read(path));

    /// <summary>Headers beyond the ring's, kept in <see cref="Extra"/> for the commands that read them (<see cref="MapFile"/>).</summary>
    private static readonly HashSet<string> ExtraHeaders = new() { "targets", "blocks" };

    public static SystemFile Read(string text)
    {
        string? field = null, vars = null, order = null, elim = null;
        int fieldLine = 0, varsLine = 0, orderLine = 0, elimLine = 0, varsColumn = 1, elimColumn = 1;
        var polys = new List<(string, int, int)>();
        var extra = new Dictionary<string, (string, int)>();
        bool inPolys = false;
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            var raw = lines[i].TrimEnd('\r');
            int hash = raw.IndexOf('#');
            var line = hash >= 0 ? raw[..hash] : raw;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (inPolys)
            {
                polys.Add((line, lineNo, 0));
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon < 0) throw new ParseException($"expected a header 'key: value' (field, vars, order, eliminate, polys)", lineNo, 1);
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            int valueColumn = colon + 2 + (line.Length - colon - 1 - line[(colon + 1)..].TrimStart().Length);
            switch (key)
            {
                case "field": Set(ref field, ref fieldLine, value, lineNo, key); break;
                case "vars": Set(ref vars, ref varsLine, value, lineNo, key); varsColumn = valueColumn; break;
                case "order": Set(ref order, ref orderLine, value, lineNo, key); break;
                case "eliminate": Set(ref elim, ref elimLine, value, lineNo, key); elimColumn = valueColumn; break;
                case "polys":
                    inPolys = true;
                    if (value.Length > 0) polys.Add((line[(colon + 1)..], lineNo, colon + 1));
                    break;
                default:
                    // A misspelt header (ordr: lex) would otherwise be ignored and change the answer silently.
                    if (!ExtraHeaders.Contains(key))
                        throw new ParseException($"unknown header '{key}:' (the headers are field, vars, order, eliminate, polys; map files also take targets, blocks)", lineNo, 1);
                    if (extra.ContainsKey(key)) throw new ParseException($"header '{key}' appears twice", lineNo, 1);
                    extra[key] = (value, lineNo);
                    break;
            }
        }
        if (field is null) throw new ParseException("missing header 'field:' (QQ or GF(p))", 1, 1);
        if (vars is null) throw new ParseException("missing header 'vars:'", 1, 1);
        if (!inPolys) throw new ParseException("missing header 'polys:'", lines.Length, 1);
        var fieldSpec = FieldSpec.Parse(field, fieldLine);
        var variables = SplitNames(vars, varsLine, "vars", varsColumn);
        if (variables.Count == 0) throw new ParseException("no variables declared", varsLine, 1);
        var eliminate = elim is null ? Array.Empty<string>() : (IReadOnlyList<string>)SplitNames(elim, elimLine, "eliminate", elimColumn);
        foreach (var e in eliminate)
            if (!variables.Contains(e)) throw new ParseException($"unknown variable '{e}' in eliminate", elimLine, 1);
        if (order is not null)
        {
            try { MonomialOrders.Parse(order, variables); }
            catch (Errors.InvalidInputException ex) { throw new ParseException(ex.Message, orderLine, 1); }
        }
        return new SystemFile { Field = fieldSpec, Variables = variables, Order = order, Eliminate = eliminate, Polynomials = polys, Extra = extra };
    }

    private static void Set(ref string? slot, ref int slotLine, string value, int line, string key)
    {
        if (slot is not null) throw new ParseException($"header '{key}' appears twice", line, 1);
        slot = value;
        slotLine = line;
    }

    /// <param name="column">The 1-based column where <paramref name="list"/> starts, so errors point at the name.</param>
    internal static List<string> SplitNames(string list, int line, string what, int column = 1)
    {
        var names = new List<string>();
        int offset = 0;
        foreach (var raw in list.Split(','))
        {
            var part = raw.Trim();
            int at = column + offset + (raw.Length - raw.TrimStart().Length);
            offset += raw.Length + 1;
            if (part.Length == 0) continue;
            if (!VariableNames.IsValid(part)) throw new ParseException($"'{part}' is not a valid variable name in {what}", line, at);
            if (names.Contains(part)) throw new ParseException($"variable '{part}' is declared twice in {what}", line, at);
            names.Add(part);
        }
        return names;
    }

    /// <summary>The monomial order given by <paramref name="overrideOrder"/>, else the file's, else grevlex.</summary>
    public MonomialOrder ResolveOrder(string? overrideOrder = null) =>
        MonomialOrders.Parse(overrideOrder ?? Order ?? "grevlex", Variables);

    public PolynomialRing<T, TField> Ring<T, TField>(TField field, string? overrideOrder = null) where TField : struct, IField<T> =>
        new(field, Variables, ResolveOrder(overrideOrder));

    /// <summary>Parses every polynomial line in <paramref name="ring"/>; errors name line and column.</summary>
    public List<Polynomial<T, TField>> Parse<T, TField>(PolynomialRing<T, TField> ring, CancellationToken cancellation = default)
        where TField : struct, IField<T>
    {
        var result = new List<Polynomial<T, TField>>(Polynomials.Count);
        foreach (var p in Polynomials)
        {
            cancellation.ThrowIfCancellationRequested();
            result.Add(PolynomialParser.Parse(ring, p.Text, p.Line, p.Column, cancellation));
        }
        return result;
    }
}
