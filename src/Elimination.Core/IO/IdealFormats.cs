using Elimination.Core.Parsing;
using Elimination.Core.Errors;

namespace Elimination.Core.IO;

/// <summary>
/// The known readers and writers by format name and file extension. The runner fills it from its
/// container; library callers can use <see cref="Default"/>.
/// </summary>
public sealed class IdealFormats
{
    public IdealFormats(IEnumerable<IIdealReader> readers, IEnumerable<IIdealWriter> writers)
    {
        Readers = readers.ToList();
        Writers = writers.ToList();
    }

    public static IdealFormats Default { get; } = new(
        new IIdealReader[] { new NativeIdealReader(), new JsonIdealReader(), new SingularIdealReader(), new Macaulay2IdealReader() },
        new IIdealWriter[] { new NativeIdealWriter(), new SingularIdealWriter(), new Macaulay2IdealWriter(), new JsonIdealWriter(), new LatexIdealWriter(),
            new MsolveIdealWriter(), new OscarIdealWriter(), new SymPyIdealWriter() });

    public IReadOnlyList<IIdealReader> Readers { get; }
    public IReadOnlyList<IIdealWriter> Writers { get; }

    public IEnumerable<string> WriterNames => Writers.Select(w => w.Format);

    /// <summary>The writer for a format name (native, singular, m2, json, latex, msolve, oscar, sympy; also sing, macaulay2, tex, ms, jl, py).</summary>
    public IIdealWriter Writer(string format)
    {
        var f = format.Trim().ToLowerInvariant() switch { "sing" => "singular", "macaulay2" => "m2", "tex" => "latex", "sys" => "native", "ms" => "msolve", "jl" => "oscar", "py" => "sympy", var x => x };
        return Writers.FirstOrDefault(w => w.Format == f)
            ?? throw new InvalidInputException($"unknown format '{format}' (expected {string.Join(", ", WriterNames)})");
    }

    /// <summary>The writer whose extension <paramref name="path"/> has, if any.</summary>
    public IIdealWriter? WriterForPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return Writers.FirstOrDefault(w => w.Extension == ext);
    }

    /// <summary>Chooses a reader by extension, else by content (native when nothing else fits).</summary>
    public IIdealReader ReaderFor(string path, string text)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return Readers.FirstOrDefault(r => r.Extensions.Contains(ext))
            ?? Readers.FirstOrDefault(r => r.Recognizes(text))
            ?? Readers.First(r => r.Format == "native");
    }

    /// <summary>Reads any supported ideal file; errors are <see cref="ParseException"/>s.</summary>
    public SystemFile Load(string path)
    {
        var text = TextFile.Read(path);
        return ReaderFor(path, text).Read(text);
    }
}
