using Elimination.Geometry;
using ScottPlot;

namespace Elimination.Runner.Plotting;

/// <summary>The real points of a plane curve in a box, its real singular points marked by kind.</summary>
internal static class CurvePlot
{
    public static Plot Build(RealPlaneCurve curve, PlaneBox box, int resolution, string xName, string yName, string? title)
    {
        var plot = new Plot();
        bool first = true;
        foreach (var line in curve.Trace(box, resolution))
        {
            var scatter = plot.Add.ScatterLine(line.Select(p => p.X).ToArray(), line.Select(p => p.Y).ToArray());
            scatter.Color = Colors.Navy;
            scatter.LineWidth = 2;
            if (first) scatter.LegendText = "real points";
            first = false;
        }
        Mark(plot, curve, box, RealSingularPointKind.Node, "node", Colors.ForestGreen, MarkerShape.FilledCircle);
        Mark(plot, curve, box, RealSingularPointKind.IsolatedPoint, "isolated point", Colors.DarkOrange, MarkerShape.FilledSquare);
        Mark(plot, curve, box, RealSingularPointKind.Cusp, "cusp or worse", Colors.Red, MarkerShape.FilledDiamond);
        plot.Axes.SetLimits(box.XMin, box.XMax, box.YMin, box.YMax);
        plot.Axes.Bottom.Label.Text = xName;
        plot.Axes.Left.Label.Text = yName;
        plot.Title(title ?? $"{curve.Squarefree} = 0");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static void Mark(Plot plot, RealPlaneCurve curve, PlaneBox box, RealSingularPointKind kind, string label, Color color, MarkerShape shape)
    {
        var points = curve.SingularPoints.Where(p => p.Kind == kind && box.Contains(p.X, p.Y)).ToArray();
        if (points.Length == 0) return;
        var markers = plot.Add.Markers(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), shape, 12, color);
        markers.LegendText = label;
    }
}
