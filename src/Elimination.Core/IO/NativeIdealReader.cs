namespace Elimination.Core.IO;

/// <summary>Reads the native <c>.sys</c> format: <see cref="SystemFile.Read"/>.</summary>
public sealed class NativeIdealReader : IIdealReader
{
    public string Format => "native";
    public IReadOnlyList<string> Extensions { get; } = new[] { ".sys", ".txt" };

    public bool Recognizes(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            return line.StartsWith("field:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("vars:", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    public SystemFile Read(string text) => SystemFile.Read(text);
}
