using System.CommandLine;
using System.Globalization;
using System.Text;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Runner.Infrastructure;
using Elimination.Runner.Plotting;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination plot INPUT -o FILE.png|FILE.svg</c>: a picture of an <c>experiment</c> results CSV
/// (dimension and defect over the widths), or of the real points of a plane curve given as an ideal file
/// with one polynomial over ℚ (its real singular points computed exactly and marked by kind).
/// </summary>
internal sealed class PlotCommand(CommandServices services) : RunnerCommand(services)
{
    private static readonly PlaneBox DefaultBox = new(-2, 2, -2, 2);

    protected override string Name => "plot";

    protected override string Description =>
        "Draws INPUT into a PNG or SVG image (-o FILE.png or FILE.svg, required): an `experiment` results CSV (*.csv)\n" +
        "becomes dimension, expected and ambient dimension and the defect of each case; an ideal file with one polynomial\n" +
        "f(x,y) over QQ (or a homogeneous f(x,y,z), drawn in the chart z = 1) becomes the real curve f = 0 with its real\n" +
        "singular points (exact: Sturm isolation of the singular scheme's shape basis) marked as node, isolated point or cusp.\n" +
        "Example: elimination plot samples/plot/cuspidal-cubic.sys -o /tmp/cubic.png --box -1,2,-1.5,1.5";

    protected override Handler Define(Command command)
    {
        var input = new Argument<string>("INPUT") { Description = "An experiment results CSV, or an ideal file with one polynomial in 2 variables over QQ." };
        var size = new Option<string>("--size") { Description = "Image size in pixels.", DefaultValueFactory = _ => "800x600", HelpName = "WIDTHxHEIGHT" };
        var title = new Option<string?>("--title") { Description = "Title (default: the polynomial, or a sweep title)." };
        var box = new Option<string?>("--box") { Description = "Curves: the box drawn (default -2,2,-2,2, grown to hold every real singular point).", HelpName = "xmin,xmax,ymin,ymax" };
        var resolution = new Option<int>("--resolution") { Description = "Curves: grid cells per side for tracing.", DefaultValueFactory = _ => 400 };
        command.Arguments.Add(input);
        command.Options.Add(size);
        command.Options.Add(title);
        command.Options.Add(box);
        command.Options.Add(resolution);
        return new Handler((r, ctx) =>
        {
            var output = ctx.Settings.Output;
            if (output is null or OutputFile.Stdout) throw new InvalidInputException("plot writes an image: give -o FILE.png or -o FILE.svg");
            var image = ImageFile.For(output, r.GetValue(size)!);
            var path = r.GetValue(input)!;
            return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? Sweep(ctx, path, image, r.GetValue(title))
                : Curve(ctx, path, image, r.GetValue(title), r.GetValue(box), r.GetValue(resolution));
        }) { Source = r => r.GetValue(input) };
    }

    protected override SharedOptions Shared => SharedOptions.Output;

    private static int Sweep(RunContext ctx, string path, ImageFile image, string? title)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file: '{path}'", path);
        var rows = SweepTable.Read(path);
        var plot = SweepPlot.Build(rows, title);
        ctx.WriteBinary(s => image.Save(plot, s));
        int defective = rows.Count(r => r.Defect > 0);
        ctx.WriteSummary($"# plot: {rows.Count} cases, {defective} defective; wrote {ctx.Settings.Output}\n");
        return ExitCodes.Ok;
    }

    private int Curve(RunContext ctx, string path, ImageFile image, string? title, string? boxText, int resolution)
    {
        var system = Input.LoadIdeal(path);
        if (!system.Field.IsRationals) throw new UnsupportedFieldException($"plot draws real points: the curve must be over QQ, not {system.Field}");
        var ring = system.Ring<Rational, RationalField>(default);
        var generators = system.Parse(ring, ctx.Cancellation).Where(g => !g.IsZero).ToList();
        if (generators.Count != 1) throw new InvalidInputException($"plot draws a plane curve: give exactly one polynomial (this file has {generators.Count})");
        var curve = RealPlaneCurve.Of(generators[0], ctx.Cancellation);
        var box = boxText is null ? Enclosing(DefaultBox, curve.SingularPoints) : ParseBox(boxText);
        var plot = CurvePlot.Build(curve, box, resolution, ring.Variables[0], ring.Variables[1], title);
        ctx.WriteBinary(s => image.Save(plot, s));
        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"# plot: {curve.SingularPoints.Count} real singular points; box {box.XMin:G6},{box.XMax:G6},{box.YMin:G6},{box.YMax:G6}; wrote {ctx.Settings.Output}\n");
        foreach (var p in curve.SingularPoints)
            summary.Append(CultureInfo.InvariantCulture, $"{KindName(p.Kind)} ({p.X:G10}, {p.Y:G10})\n");
        ctx.WriteSummary(summary.ToString());
        return ExitCodes.Ok;
    }

    private static string KindName(RealSingularPointKind kind) => kind switch
    {
        RealSingularPointKind.Node => "node",
        RealSingularPointKind.IsolatedPoint => "isolated point",
        _ => "cusp or worse",
    };

    /// <summary>The default box, grown (with a margin of 1) to hold every real singular point.</summary>
    private static PlaneBox Enclosing(PlaneBox box, IReadOnlyList<RealSingularPoint> points)
    {
        foreach (var p in points)
            box = new PlaneBox(Math.Min(box.XMin, p.X - 1), Math.Max(box.XMax, p.X + 1), Math.Min(box.YMin, p.Y - 1), Math.Max(box.YMax, p.Y + 1));
        return box;
    }

    // Past this the sampling grid's spacing and the axis labels lose their digits (a width of 2e308 is not even finite).
    private const double MaxBoxCoordinate = 1e9;

    private static PlaneBox ParseBox(string text)
    {
        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && Math.Abs(values[i]) <= MaxBoxCoordinate).All(ok => ok)
            || !(values[1] > values[0] && values[3] > values[2]))
            throw new InvalidInputException($"--box '{text}': expected xmin,xmax,ymin,ymax with xmin < xmax, ymin < ymax, all within ±{MaxBoxCoordinate:0e0}");
        return new PlaneBox(values[0], values[1], values[2], values[3]);
    }
}
