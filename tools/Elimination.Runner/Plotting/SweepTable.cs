using System.Globalization;
using Elimination.Core.Errors;
using Elimination.Runner.Commands;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Plotting;

/// <summary>One finished case of an <c>experiment</c> sweep.</summary>
internal sealed record SweepRow(string Widths, string Activation, int Ambient, int Expected, int Dimension, int Defect, string Architecture);

/// <summary>
/// The results CSV of <c>elimination experiment</c>, read only: the columns are found by name, a case
/// computed twice (a resumed sweep) keeps its last row, and a malformed cell names its line.
/// </summary>
internal static class SweepTable
{
    private static readonly string[] Needed = { "Widths", "Activation", "Ambient Dimension", "Expected Dimension", "Dimension", "Defect", "Architecture" };

    public static IReadOnlyList<SweepRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new InvalidInputException($"{path}: empty file (expected the results CSV of `elimination experiment`)");
        var header = Csv.Split(lines[0]);
        var index = new int[Needed.Length];
        for (int k = 0; k < Needed.Length; k++)
        {
            index[k] = header.IndexOf(Needed[k]);
            if (index[k] < 0)
                throw new InvalidInputException($"{path}:1: no column \"{Needed[k]}\" (expected the header {string.Join(",", ExperimentCommand.ResultColumns)})");
        }
        var rows = new List<SweepRow>();
        var position = new Dictionary<string, int>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = Csv.Split(lines[i]);
            if (cells.Count < header.Count) throw new InvalidInputException($"{path}:{i + 1}: {cells.Count} cells, the header has {header.Count}");
            int Number(int k) => int.TryParse(cells[index[k]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
                ? v : throw new InvalidInputException($"{path}:{i + 1}: \"{Needed[k]}\" is '{cells[index[k]]}', not an integer");
            var row = new SweepRow(cells[index[0]], cells[index[1]], Number(2), Number(3), Number(4), Number(5), cells[index[6]]);
            if (position.TryGetValue(row.Architecture, out var at)) rows[at] = row;
            else { position[row.Architecture] = rows.Count; rows.Add(row); }
        }
        if (rows.Count == 0) throw new InvalidInputException($"{path}: no finished cases to plot");
        // A parallel sweep appends in finishing order; the picture reads better by family, then by widths.
        return rows.OrderBy(r => r.Architecture.Split(' ')[0], StringComparer.Ordinal)
            .ThenBy(r => r.Activation, StringComparer.Ordinal)
            .ThenBy(r => r.Widths, WidthsComparer.Instance).ToList();
    }
}

/// <summary>Orders "3,3,1" before "3,3,3" before "2,2,2,1": fewer layers first, then entry by entry numerically.</summary>
internal sealed class WidthsComparer : IComparer<string>
{
    public static readonly WidthsComparer Instance = new();

    public int Compare(string? a, string? b)
    {
        var x = Numbers(a ?? "");
        var y = Numbers(b ?? "");
        if (x.Length != y.Length) return x.Length.CompareTo(y.Length);
        for (int i = 0; i < x.Length; i++)
            if (x[i] != y[i]) return x[i].CompareTo(y[i]);
        return string.CompareOrdinal(a, b);
    }

    private static long[] Numbers(string widths) =>
        widths.Split(new[] { ',', ';' }).Select(t => long.TryParse(t, out var v) ? v : long.MaxValue).ToArray();
}
