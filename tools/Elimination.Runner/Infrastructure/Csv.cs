using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Infrastructure;

/// <summary>Minimal RFC 4180 CSV: fields with commas, quotes or newlines are quoted.</summary>
internal static class Csv
{
    public static string Line(IEnumerable<string> cells) =>
        string.Join(",", cells.Select(c => c.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)) + "\n";

    public static List<string> Split(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        cells.Add(sb.ToString());
        return cells;
    }
}
