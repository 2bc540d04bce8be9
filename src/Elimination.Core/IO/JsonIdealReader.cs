using System.Text;
using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// Reads <see cref="JsonIdealWriter"/>'s files: <c>field</c>, <c>vars</c> (array or comma list),
/// optional <c>order</c>, <c>generators</c>; other keys with simple values go to <see cref="SystemFile.Extra"/>.
/// Errors name the line and column of the offending token (or character inside a generator).
/// </summary>
public sealed class JsonIdealReader : IIdealReader
{
    public string Format => "json";
    public IReadOnlyList<string> Extensions { get; } = new[] { ".json" };

    public bool Recognizes(string text) => text.TrimStart().StartsWith('{');

    public SystemFile Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        (int Line, int Column) Pos(long offset)
        {
            int idx = lineStarts.BinarySearch((int)offset);
            if (idx < 0) idx = ~idx - 1;
            return (idx + 1, (int)offset - lineStarts[idx] + 1);
        }
        ParseException Error(string msg, long offset) { var (l, c) = Pos(offset); return new ParseException(msg, l, c); }

        string? field = null, order = null;
        long fieldAt = 0, varsAt = 0, orderAt = 0;
        List<string>? vars = null;
        List<(string, int, int)>? gens = null;
        var extra = new Dictionary<string, (string, int)>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw Error("expected a JSON object '{…}'", reader.TokenStartIndex);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string key = reader.GetString()!;
                long keyAt = reader.TokenStartIndex;
                reader.Read();
                switch (key)
                {
                    case "field":
                        fieldAt = reader.TokenStartIndex;
                        field = reader.TokenType switch
                        {
                            JsonTokenType.String => reader.GetString(),
                            // Raw digits: FieldSpec.Parse refuses out-of-range numbers with a ParseException.
                            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                            _ => throw Error("'field' must be a string such as \"QQ\" or \"GF(32003)\"", reader.TokenStartIndex),
                        };
                        break;
                    case "vars":
                        varsAt = reader.TokenStartIndex;
                        vars = new List<string>();
                        void AddVariable(string name, long at)
                        {
                            if (!VariableNames.IsValid(name)) throw Error($"'{name}' is not a valid variable name", at);
                            if (vars.Contains(name)) throw Error($"variable '{name}' is declared twice", at);
                            vars.Add(name);
                        }
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            // A comma list gets the same checks as the array form.
                            foreach (var name in reader.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                                AddVariable(name, reader.TokenStartIndex);
                        }
                        else if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                            {
                                if (reader.TokenType != JsonTokenType.String) throw Error("variable names must be strings", reader.TokenStartIndex);
                                AddVariable(reader.GetString()!, reader.TokenStartIndex);
                            }
                        }
                        else throw Error("'vars' must be an array of names", reader.TokenStartIndex);
                        break;
                    case "order":
                        orderAt = reader.TokenStartIndex;
                        if (reader.TokenType == JsonTokenType.String) order = reader.GetString();
                        else if (reader.TokenType != JsonTokenType.Null) throw Error("'order' must be a string", reader.TokenStartIndex);
                        break;
                    case "generators" or "polys":
                        // Both spellings, or one twice: which list is the ideal would be a silent guess.
                        if (gens is not null) throw Error($"the generators are given twice (\"{key}\" after \"generators\" or \"polys\"): keep one list", keyAt);
                        if (reader.TokenType != JsonTokenType.StartArray) throw Error($"'{key}' must be an array of strings", reader.TokenStartIndex);
                        gens = new List<(string, int, int)>();
                        var (arrayLine, arrayColumn) = Pos(reader.TokenStartIndex);
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (reader.TokenType != JsonTokenType.String) throw Error("each generator must be a string", reader.TokenStartIndex);
                            var (l, c) = Pos(reader.TokenStartIndex);
                            gens.Add((reader.GetString()!, l, c)); // column offset = the opening quote's column
                        }
                        // An explicit [] is the zero ideal (what the writer gives for it), as "0" is in a .sys file.
                        if (gens.Count == 0) gens.Add(("0", arrayLine, arrayColumn));
                        break;
                    default:
                        // Other keys are metadata (the writer's title, engine, facts), kept as they are; a near miss of a
                        // structural key is a typo that would silently change the answer ("ordr": "lex" gave grevlex).
                        if (NearMiss(key) is { } meant) throw Error($"unknown key \"{key}\": did you mean \"{meant}\"?", keyAt);
                        var (kl, _) = Pos(keyAt);
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            long from = reader.TokenStartIndex;
                            reader.Skip();
                            extra[key] = (Encoding.UTF8.GetString(bytes, (int)from, (int)(reader.BytesConsumed - from)), kl);
                        }
                        else extra[key] = (reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan), kl);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var msg = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.');
            throw new ParseException($"invalid JSON: {msg}", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
        if (field is null) throw new ParseException("missing key \"field\" (QQ or GF(p))", 1, 1);
        if (vars is null) throw new ParseException("missing key \"vars\"", 1, 1);
        if (gens is null) throw new ParseException("missing key \"generators\"", 1, 1);
        var (fl, fc) = Pos(fieldAt);
        FieldSpec spec;
        try { spec = FieldSpec.Parse(field, fl); }
        catch (ParseException e) { throw new ParseException(e.Message, fl, fc); }
        if (vars.Count == 0) throw Error("no variables declared", varsAt);
        if (order is not null)
        {
            try { MonomialOrders.Parse(order, vars); }
            catch (Errors.InvalidInputException e) { throw Error(e.Message, orderAt); }
        }
        return new SystemFile { Field = spec, Variables = vars, Order = order, Polynomials = gens, Extra = extra };
    }

    private static readonly string[] StructuralKeys = { "field", "vars", "order", "generators", "polys" };

    /// <summary>The structural key within one edit (two for "generators") of <paramref name="key"/>, ignoring case; else null.</summary>
    private static string? NearMiss(string key)
    {
        foreach (var k in StructuralKeys)
            if (EditDistance(key.ToLowerInvariant(), k) <= (k.Length > 6 ? 2 : 1)) return k;
        return null;
    }

    private static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
