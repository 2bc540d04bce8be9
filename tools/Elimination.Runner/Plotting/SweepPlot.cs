using ScottPlot;

namespace Elimination.Runner.Plotting;

/// <summary>
/// Dimension and defect of the cases of a sweep, one column per case in the file's order (the
/// tables Kubjas–Li–Wiesmann check their Conjecture 5.7 with): actual, expected and ambient dimension
/// on the left axis, the defect as bars on the right axis.
/// </summary>
internal static class SweepPlot
{
    public static Plot Build(IReadOnlyList<SweepRow> rows, string? title)
    {
        var plot = new Plot();
        int n = rows.Count;
        var xs = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        bool oneActivation = rows.All(r => r.Activation == rows[0].Activation);

        var bars = plot.Add.Bars(xs, rows.Select(r => (double)r.Defect).ToArray());
        bars.Color = Colors.OrangeRed.WithAlpha(0.45);
        bars.LegendText = "defect (right axis)";
        bars.Axes.YAxis = plot.Axes.Right;

        Series(plot, xs, rows.Select(r => (double)r.Ambient), "ambient dimension", Colors.Gray, MarkerShape.OpenSquare, 11);
        Series(plot, xs, rows.Select(r => (double)r.Expected), "expected dimension", Colors.SteelBlue, MarkerShape.OpenCircle, 15);
        Series(plot, xs, rows.Select(r => (double)r.Dimension), "dimension", Colors.Navy, MarkerShape.FilledCircle, 7);

        var labels = rows.Select(r => oneActivation ? r.Widths : $"{r.Widths} {r.Activation}").ToArray();
        plot.Axes.Bottom.SetTicks(xs, labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = n > 8 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = n > 8 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        // Rotated labels need room below the axis (about 6 px per character at 45°), else they run into the axis title.
        if (n > 8) plot.Axes.Bottom.MinimumSize = 40 + 6 * labels.Max(l => l.Length);
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.Label.Text = "dimension";
        plot.Axes.Right.Label.Text = "defect";
        plot.Axes.Bottom.Label.Text = oneActivation ? $"widths (activation {rows[0].Activation})" : "widths, activation";
        plot.Axes.SetLimitsX(-0.6, n - 0.4);
        plot.Axes.SetLimitsY(0, 1.1 * Math.Max(1, rows.Max(r => r.Ambient)), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, 1.25 * Math.Max(1, rows.Max(r => r.Defect)), plot.Axes.Right);
        plot.Title(title ?? "neurovariety dimension and defect");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static void Series(Plot plot, double[] xs, IEnumerable<double> ys, string label, Color color, MarkerShape shape, float size)
    {
        var points = plot.Add.ScatterPoints(xs, ys.ToArray());
        points.Color = color;
        points.MarkerShape = shape;
        points.MarkerSize = size;
        points.LegendText = label;
    }
}
