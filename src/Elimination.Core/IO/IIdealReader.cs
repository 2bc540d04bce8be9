namespace Elimination.Core.IO;

/// <summary>
/// Reads an ideal file into the native <see cref="SystemFile"/> form (field, variables, order,
/// generator texts with their positions), so every command accepts every readable format.
/// Errors are <see cref="Parsing.ParseException"/>s naming line and column.
/// </summary>
public interface IIdealReader
{
    /// <summary>The format name: native, singular, m2, json.</summary>
    string Format { get; }

    /// <summary>File extensions (with the dot) that select this reader.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether the text looks like this format (used when the extension says nothing).</summary>
    bool Recognizes(string text);

    SystemFile Read(string text);
}
