using Elimination.Core.IO;
using Elimination.Core.Fields;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Core.Errors;

namespace Elimination.Geometry.IO;

/// <summary>
/// Rational matrices written as text: rows separated by ';' or new lines, entries by ',' or
/// spaces, each an integer or n/d; lines starting with '#' are comments. "1,0,0; 0,1,0" is 2×3.
/// </summary>
public static class MatrixText
{
    public static FieldMatrix<Rational, RationalField> Parse(string text, string what = "matrix")
    {
        var rows = new List<Rational[]>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('#')) continue;
            foreach (var rowText in line.Split(';'))
            {
                var cells = rowText.Split(new[] { ',', ' ', '\t', '\r' }, StringSplitOptions.RemoveEmptyEntries);
                if (cells.Length == 0) continue;
                var row = new Rational[cells.Length];
                for (int j = 0; j < cells.Length; j++)
                {
                    try { row[j] = Rational.Parse(cells[j]); }
                    catch (Exception e) when (e is FormatException or DivideByZeroException)
                    {
                        throw new InvalidInputException($"{what}: '{cells[j]}' in row {rows.Count + 1} is not a rational number");
                    }
                }
                if (rows.Count > 0 && row.Length != rows[0].Length)
                    throw new InvalidInputException($"{what}: row {rows.Count + 1} has {row.Length} entries, row 1 has {rows[0].Length}");
                rows.Add(row);
            }
        }
        if (rows.Count == 0) throw new InvalidInputException($"{what}: no entries");
        var m = new FieldMatrix<Rational, RationalField>(new RationalField(), rows.Count, rows[0].Length);
        for (int i = 0; i < rows.Count; i++)
            for (int j = 0; j < rows[i].Length; j++) m[i, j] = rows[i][j];
        return m;
    }

    /// <summary>The text itself, or the contents of the file it names.</summary>
    public static FieldMatrix<Rational, RationalField> ParseOrLoad(string textOrPath, string what = "matrix")
    {
        if (File.Exists(textOrPath)) return Parse(TextFile.Read(textOrPath), what);
        // A matrix is digits, signs, '/', separators: a letter or a '/'-led path means a file that is not there.
        if (textOrPath.StartsWith('/') || textOrPath.StartsWith("./") || textOrPath.Any(char.IsLetter))
            throw new InvalidInputException($"{what}: no such file '{textOrPath}' (and it is not a matrix: rows ';', entries ',')");
        return Parse(textOrPath, what);
    }
}
