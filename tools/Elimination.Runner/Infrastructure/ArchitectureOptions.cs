using System.CommandLine;
using Elimination.Neuro;
using Elimination.Core.Errors;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The one way commands take a network: --arch (default mlp), --widths, --activation, --bias,
/// --filters/--strides/--channels (cnn) and --zero (a subnetwork). neurovariety needs a network;
/// the geometry commands and report take one instead of a FILE (given when --arch or --widths is).
/// </summary>
internal sealed class ArchitectureOptions
{
    public Option<string?> Arch { get; } = new("--arch") { Description = "Architecture (default mlp).", HelpName = "mlp|linear|cnn|attention" };
    public Option<string?> Widths { get; } = new("--widths", "-w")
    {
        Description = "Layer widths d0,...,dL (mlp, linear); input length, or the whole INPUT;FILTERS[;STRIDES[;CHANNELS]] (cnn);\n" +
                      "d,d',a,t or d0,...,dL;a1,...,aL;t (attention).",
        HelpName = "SIZES",
    };
    public Option<string?> Activation { get; } = new("--activation") { Description = "Activation polynomial in x for mlp/cnn (default x^2), e.g. \"x^3 + x\".", HelpName = "POLY" };
    public Option<bool> Bias { get; } = new("--bias") { Description = "MLP with biases." };
    public Option<string?> Filters { get; } = new("--filters") { Description = "cnn: filter sizes k1,...,kL.", HelpName = "K1,..." };
    public Option<string?> Strides { get; } = new("--strides") { Description = "cnn: strides s1,...,sL (default all 1).", HelpName = "S1,..." };
    public Option<string?> Channels { get; } = new("--channels") { Description = "cnn: channels c0,...,cL (input channels, then per layer; default all 1).", HelpName = "C0,..." };
    public Option<string?> Zero { get; } = new("--zero") { Description = "Subnetwork: parameters fixed to zero, e.g. w1_00,w2_01.", HelpName = "NAMES" };

    private ArchitectureOptions() { }

    /// <param name="required">True when the network is the command's only input (--widths required).</param>
    public static ArchitectureOptions AddTo(Command command, bool required)
    {
        var a = new ArchitectureOptions();
        a.Arch.AcceptOnlyFromAmong(ArchitectureSpec.Kinds);
        if (required) a.Widths.Required = true;
        else a.Arch.Description = "Start from a network instead of a file (default mlp when --widths is given).";
        foreach (var o in new Option[] { a.Arch, a.Widths, a.Activation, a.Bias, a.Filters, a.Strides, a.Channels, a.Zero })
            command.Options.Add(o);
        return a;
    }

    /// <summary>True when the command line names a network.</summary>
    public bool Given(ParseResult r) => r.GetValue(Arch) is not null || r.GetValue(Widths) is not null;

    public string Kind(ParseResult r) => r.GetValue(Arch) ?? "mlp";

    /// <summary>"mlp 2,2,3 x^2": the network as the command line gave it.</summary>
    public string Describe(ParseResult r) =>
        $"{Kind(r)} {r.GetValue(Widths)}" + (r.GetValue(Activation) is string a ? $" {a}" : "");

    public INeuralArchitecture Create(ParseResult r)
    {
        var kind = Kind(r);
        var widths = r.GetValue(Widths) ?? throw new InvalidInputException($"--arch {kind} needs --widths");
        var sizes = CnnSizes(kind, widths, r.GetValue(Filters), r.GetValue(Strides), r.GetValue(Channels));
        return ArchitectureSpec.Create(kind, sizes, r.GetValue(Activation), r.GetValue(Bias), r.GetValue(Zero));
    }

    /// <summary>
    /// The cnn sizes line INPUT;FILTERS[;STRIDES[;CHANNELS]] from --widths/--filters/--strides/--channels,
    /// or --widths as given when it already is such a line.
    /// </summary>
    internal static string CnnSizes(string kind, string widths, string? filters, string? strides, string? channels)
    {
        if (kind != "cnn")
        {
            if (filters is not null || strides is not null || channels is not null)
                throw new InvalidInputException("--filters, --strides and --channels are for --arch cnn");
            return widths;
        }
        if (widths.Contains(';'))
        {
            if (filters is not null || strides is not null || channels is not null)
                throw new InvalidInputException($"--widths '{widths}' already gives the filters: drop --filters/--strides/--channels, or give --widths INPUT only");
            return widths;
        }
        if (filters is null) throw new InvalidInputException("--arch cnn needs --filters k1,...,kL (or --widths INPUT;FILTERS[;STRIDES[;CHANNELS]])");
        var sizes = $"{widths};{filters}";
        if (strides is not null || channels is not null) sizes += ";" + strides;
        if (channels is not null) sizes += ";" + channels;
        return sizes;
    }
}
