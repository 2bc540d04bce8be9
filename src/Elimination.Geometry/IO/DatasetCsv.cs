using Elimination.Core.Fields;
using Elimination.Core.Errors;

namespace Elimination.Geometry.IO;

/// <summary>
/// A dataset as CSV: one sample per line, the input values first, then the outputs (integers,
/// n/d or decimals such as 0.25, read exactly). A header line of non-numbers is skipped; '#' starts a comment.
/// </summary>
public static class DatasetCsv
{
    public static (List<Rational[]> Inputs, List<Rational[]> Outputs) Parse(string text, int? inputColumns = null)
    {
        var inputs = new List<Rational[]>();
        var outputs = new List<Rational[]>();
        int width = -1, lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split(new[] { ',', ';', '\t' }, StringSplitOptions.TrimEntries);
            var values = new Rational[cells.Length];
            bool numeric = true;
            for (int j = 0; j < cells.Length && numeric; j++) numeric = TryParse(cells[j], out values[j]);
            if (!numeric)
            {
                if (inputs.Count == 0 && width < 0) { width = cells.Length; continue; } // header
                throw new InvalidInputException($"line {lineNo}: '{line}' is not a row of numbers");
            }
            if (width >= 0 && cells.Length != width) throw new InvalidInputException($"line {lineNo}: {cells.Length} columns, expected {width}");
            width = cells.Length;
            int m = inputColumns ?? width - 1;
            if (m < 1 || m >= width) throw new InvalidInputException($"line {lineNo}: need at least one input and one output column (have {width}, inputs {m})");
            inputs.Add(values[..m]);
            outputs.Add(values[m..]);
        }
        if (inputs.Count == 0) throw new InvalidInputException("the dataset has no samples");
        return (inputs, outputs);
    }

    private static bool TryParse(string s, out Rational r)
    {
        r = Rational.Zero;
        if (s.Length == 0) return false;
        try
        {
            int dot = s.IndexOf('.');
            if (dot < 0 || s.Contains('/')) { r = Rational.Parse(s); return true; }
            var digits = s.Remove(dot, 1);
            int scale = s.Length - dot - 1;
            r = new Rational(System.Numerics.BigInteger.Parse(digits), System.Numerics.BigInteger.Pow(10, scale));
            return true;
        }
        catch (Exception e) when (e is FormatException or DivideByZeroException) { return false; }
    }
}
