using Elimination.Core.Errors;
using ScottPlot;

namespace Elimination.Runner.Plotting;

/// <summary>How a plot is saved: PNG or SVG (from the file's extension), and its size in pixels.</summary>
internal sealed record ImageFile(bool Svg, int Width, int Height)
{
    public static ImageFile For(string path, string size)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        bool svg = extension switch
        {
            ".svg" => true,
            ".png" => false,
            _ => throw new InvalidInputException($"-o '{path}': the image format comes from the extension, .png or .svg"),
        };
        var parts = size.Split('x');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var w) || !int.TryParse(parts[1], out var h) || w < 100 || h < 100 || w > 10000 || h > 10000)
            throw new InvalidInputException($"--size '{size}': expected WIDTHxHEIGHT in pixels, each between 100 and 10000 (e.g. 800x600)");
        return new ImageFile(svg, w, h);
    }

    public void Save(Plot plot, Stream stream)
    {
        if (Svg)
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(plot.GetSvgXml(Width, Height));
        }
        else stream.Write(plot.GetImageBytes(Width, Height, ImageFormat.Png));
    }
}
