using Elimination.Core.IO;
using Elimination.Core.Parsing;
using Elimination.Core.Errors;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Reads a command's input file in any readable format (native .sys, JSON, the Singular and
/// Macaulay2 files we write) into a <see cref="SystemFile"/>.
/// </summary>
public sealed class InputLoader
{
    private readonly IdealFormats _formats;

    public InputLoader(IdealFormats formats) => _formats = formats;

    public SystemFile Load(string path)
    {
        if (Directory.Exists(path)) throw new InvalidInputException($"'{path}' is a directory, not a file");
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file: '{path}'", path);
        var text = TextFile.Read(path);
        return _formats.ReaderFor(path, text).Read(text);
    }

    /// <summary>Loads and refuses an ideal without generators (an empty <c>polys:</c> section).</summary>
    public SystemFile LoadIdeal(string path)
    {
        var file = Load(path);
        if (file.Polynomials.Count == 0)
        {
            var lines = File.ReadAllLines(path);
            int at = Array.FindIndex(lines, l => l.TrimStart().StartsWith("polys:", StringComparison.OrdinalIgnoreCase));
            throw new ParseException(at >= 0 ? "empty ideal: no polynomials after 'polys:'" : "empty ideal: no generators",
                at >= 0 ? at + 1 : Math.Max(1, lines.Length), 1);
        }
        return file;
    }
}
