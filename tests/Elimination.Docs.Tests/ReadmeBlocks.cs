using System.Text.RegularExpressions;

namespace Elimination.Docs.Tests;

/// <summary>A fenced code block of README.md, with the test markers in the HTML comment lines just above it.</summary>
/// <param name="Line">1-based line of the opening fence, for failure messages.</param>
/// <param name="Language">the fence's info string ("" for a bare fence).</param>
/// <param name="Skip">the reason of a <c>&lt;!-- test: skip (reason) --&gt;</c> marker, or null.</param>
/// <param name="TimeoutSeconds">per-command limit, from <c>&lt;!-- test: timeout N --&gt;</c> (default 60).</param>
public sealed record ReadmeBlock(int Line, string Language, string[] Lines, string? Skip, int TimeoutSeconds)
{
    public override string ToString() => $"README.md:{Line}";

    public static IReadOnlyList<ReadmeBlock> All { get; } = Read();

    private static IReadOnlyList<ReadmeBlock> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"));
        var blocks = new List<ReadmeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```"))
                continue;
            var language = lines[i][3..].Trim();
            string? skip = null;
            var timeout = 60;
            // Markers sit on the comment lines directly above the fence (blank lines between are allowed).
            for (var j = i - 1; j >= 0 && (lines[j].Length == 0 || lines[j].StartsWith("<!--")); j--)
            {
                var skipMatch = Regex.Match(lines[j], @"<!--\s*test:\s*skip\s*\((.+)\)\s*-->");
                if (skipMatch.Success)
                    skip = skipMatch.Groups[1].Value;
                var timeoutMatch = Regex.Match(lines[j], @"<!--\s*test:\s*timeout\s+(\d+)\s*-->");
                if (timeoutMatch.Success)
                    timeout = int.Parse(timeoutMatch.Groups[1].Value);
            }
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```"); i++)
                body.Add(lines[i]);
            blocks.Add(new ReadmeBlock(start + 1, language, body.ToArray(), skip, timeout));
        }
        return blocks;
    }
}
