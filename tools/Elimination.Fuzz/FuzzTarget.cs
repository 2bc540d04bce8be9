using System.Text;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.IO;

namespace Elimination.Fuzz;

/// <summary>
/// One fuzz input: the bytes as UTF-8 text, read by every ideal reader and, when a reader accepts it,
/// parsed into a ring over its field. Library-owned exceptions are the expected answer to bad input;
/// anything else escapes and is a finding (an internal error).
/// </summary>
public static class FuzzTarget
{
    /// <summary>Caps the work per input so the fuzzer explores breadth, not huge powers.</summary>
    private const int MaxChars = 4096;

    public static void Run(ReadOnlySpan<byte> data)
    {
        if (data.Length > MaxChars) data = data[..MaxChars];
        Run(Encoding.UTF8.GetString(data));
    }

    public static void Run(string text)
    {
        foreach (var reader in IdealFormats.Default.Readers)
        {
            SystemFile file;
            try { file = reader.Read(text); }
            catch (EliminationException) { continue; }
            try { ParseAll(file); }
            catch (EliminationException) { }
        }
    }

    private static void ParseAll(SystemFile file)
    {
        if (file.Field.IsRationals)
            file.Parse(file.Ring<Rational, RationalField>(new RationalField()));
        else
            file.Parse(file.Ring<uint, PrimeField>(file.Field.PrimeField()));
    }
}
