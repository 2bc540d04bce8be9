using Elimination.Core.Parsing;

namespace Elimination.Core.IO;

/// <summary>
/// Helper for the foreign-format readers: the text with comments blanked out (so offsets keep
/// their line and column), offset → line/column, and splitting a generator list at top-level commas.
/// </summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string original, string lineComment, bool blockComments)
    {
        Original = original;
        var chars = original.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (string.CompareOrdinal(original, i, lineComment, 0, lineComment.Length) == 0)
            {
                while (i < chars.Length && chars[i] != '\n') chars[i++] = ' ';
                continue;
            }
            if (blockComments && i + 1 < chars.Length && chars[i] == '/' && chars[i + 1] == '*')
            {
                while (i < chars.Length && !(chars[i] == '*' && i + 1 < chars.Length && chars[i + 1] == '/'))
                {
                    if (chars[i] != '\n') chars[i] = ' ';
                    i++;
                }
                if (i < chars.Length) { chars[i] = ' '; if (i + 1 < chars.Length) chars[i + 1] = ' '; i++; }
            }
        }
        Code = new string(chars);
        var starts = new List<int> { 0 };
        for (int i = 0; i < original.Length; i++) if (original[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    public string Original { get; }

    /// <summary>The text with comments replaced by spaces.</summary>
    public string Code { get; }

    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) Position(int offset)
    {
        int idx = Array.BinarySearch(_lineStarts, offset);
        if (idx < 0) idx = ~idx - 1;
        return (idx + 1, offset - _lineStarts[idx] + 1);
    }

    public ParseException Error(string message, int offset)
    {
        var (line, col) = Position(Math.Clamp(offset, 0, Math.Max(0, Original.Length)));
        return new ParseException(message, line, col);
    }

    /// <summary>Comment lines of the form <c>{prefix}key: value</c> (our own header lines).</summary>
    public Dictionary<string, string> HeaderComments(string prefix)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in Original.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var body = line[prefix.Length..].Trim();
            int colon = body.IndexOf(':');
            if (colon <= 0) continue;
            result.TryAdd(body[..colon].Trim(), body[(colon + 1)..].Trim());
        }
        return result;
    }

    /// <summary>
    /// Splits <c>Code[start..end)</c> at commas outside parentheses/braces/brackets (the last piece
    /// is kept even when its brackets do not balance, so the polynomial parser can point at them); each piece is
    /// returned trimmed with its own start offset. Newlines inside a piece become spaces, so the
    /// polynomial parser reports the piece's start line.
    /// </summary>
    public List<(string Text, int Offset)> SplitTopLevel(int start, int end)
    {
        var pieces = new List<(string, int)>();
        int depth = 0, pieceStart = start;
        for (int i = start; i <= end; i++)
        {
            char c = i < end ? Code[i] : ',';
            if (c is '(' or '{' or '[') depth++;
            else if (c is ')' or '}' or ']') depth--;
            else if (c == ',' && (depth <= 0 || i == end))
            {
                int a = pieceStart, b = i;
                while (a < b && char.IsWhiteSpace(Code[a])) a++;
                while (b > a && char.IsWhiteSpace(Code[b - 1])) b--;
                if (a == b) throw Error("empty generator in the list", a);
                pieces.Add((Code[a..b].Replace('\r', ' ').Replace('\n', ' '), a));
                pieceStart = i + 1;
                depth = 0;
            }
        }
        return pieces;
    }

    /// <summary>Offset of the matching close bracket for the open bracket at <paramref name="open"/>, or -1.</summary>
    public int MatchingClose(int open)
    {
        int depth = 0;
        for (int i = open; i < Code.Length; i++)
        {
            char c = Code[i];
            if (c is '(' or '{' or '[') depth++;
            else if (c is ')' or '}' or ']') { depth--; if (depth == 0) return i; }
        }
        return -1;
    }
}
