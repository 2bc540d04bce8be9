namespace Elimination.Core.IO;

/// <summary>Reads the text of an input file with its line endings made '\n', so that files saved with CRLF (Windows) or a
/// lone CR (classic Mac OS) have the lines, and the line numbers in errors, that an editor shows.</summary>
public static class TextFile
{
    public static string Read(string path) => NormaliseLineEndings(File.ReadAllText(path));

    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
