using System.CommandLine;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination implicitize FILE</c>: the implicit equations of a parametrised variety from a
/// map file — <c>vars:</c> the parameters, optional <c>targets:</c> and <c>blocks:</c>, then one
/// <c>y = f(t)</c> (or <c>y = p(t)/(q(t))</c>) per line after <c>polys:</c>.
/// </summary>
internal sealed class ImplicitizeCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "implicitize";

    protected override string Description =>
        "Implicit equations of the image of a (rational) map given in a map file:\n" +
        "  field: QQ\n  vars: s, t                # the parameters\n  blocks: y0,y1 ; z0,z1,z2   # optional: a product of projective spaces ('all': one P^n)\n" +
        "  polys:\n  y0 = s\n  y1 = t/(s + 1)\n  ...\n" +
        "The result is the ideal of the closure of the image (multihomogeneous and saturated for blocks).\n" +
        "Example: elimination implicitize twisted-cubic.map --format m2";

    protected override Handler Define(Command command)
    {
        var file = new Argument<string>("FILE") { Description = "The map file." };
        var algorithm = Engines.AlgorithmOption();
        var saturate = new Option<bool>("--saturate-blocks")
        {
            Description = "Also saturate explicitly by each block's irrelevant ideal (a cross-check: the kernel is already saturated).",
        };
        command.Arguments.Add(file);
        command.Options.Add(algorithm);
        command.Options.Add(saturate);
        return new Handler((r, ctx) =>
        {
            var system = Input.LoadIdeal(r.GetValue(file)!);
            return FieldDispatch.Run(system.Field, new Work(ctx, system, r.GetValue(algorithm), r.GetValue(saturate), Engines));
        }) { Source = r => r.GetValue(file) };
    }

    protected override SharedOptions Shared => SharedOptions.Format | SharedOptions.Output;

    private sealed record Work(RunContext Context, SystemFile System, string? Algorithm, bool SaturateBlocks, EngineSelector Engines)
        : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var file = MapFile.Read<T, TField>(field, System);
            var map = new RationalMap<T, TField>(file.Parameters, file.Targets, file.Numerators, file.Denominators, file.Blocks);
            var engine = Engines.Select<T, TField>(Algorithm, field);
            Context.Log.Debug("map {Parameters} -> {Targets}, blocks {Blocks}, engine {Engine}",
                map.Parameters.Variables, map.Targets, map.Blocks?.Count ?? 0, engine.Name);
            var result = Implicitization.Compute(map, new ImplicitizationOptions
            {
                Engine = engine,
                Groebner = Context.GroebnerOptions(),
                SaturateBlocks = SaturateBlocks,
            });
            var gb = result.Ideal.GroebnerBasis();
            var hs = result.Ideal.HilbertSeries();
            Context.Log.Information("implicit ideal: {Count} generators in {Ring}, engine {Engine}, {Seconds:0.###} s{Verified}",
                gb.Basis.Count, result.Ideal.Ring, gb.Engine, result.Origin.Seconds,
                gb.Verified switch { true => ", verified", false => ", NOT proved: " + gb.VerificationNote, _ => "" });
            var extra = new List<KeyValuePair<string, object?>>
            {
                new("parameter-names", map.Parameters.Variables.ToArray()),
                new("targets", map.Targets.ToArray()),
                new("graph-ring", result.GraphVariables.ToArray()),
                new("dimension", hs.Dimension),
                new("degree", hs.Degree),
            };
            if (map.Blocks is { } blocks)
            {
                extra.Add(new("blocks", blocks.Select(b => string.Join(",", b.Select(i => map.Targets[i]))).ToArray()));
                extra.Add(new("multihomogeneous", result.IsMultihomogeneous));
                extra.Add(new("saturation", result.SaturationNote));
                if (blocks.Count == 1) extra.Add(new("projective-dimension", hs.ProjectiveDimension));
            }
            Context.WriteIdeal(result.Ideal.Ring, gb.Basis, new IdealMetadata
            {
                Title = map.Blocks switch
                {
                    null => "implicit equations (affine image)",
                    { Count: 1 } => "implicit equations (projective image)",
                    var b => $"implicit equations (image in a product of {b.Count} projective spaces)",
                },
                Engine = gb.Engine,
                Seconds = result.Origin.Seconds,
                Verified = gb.Verified,
                VerificationNote = gb.VerificationNote,
                Extra = extra,
            });
            return ExitCodes.Ok;
        }
    }
}
