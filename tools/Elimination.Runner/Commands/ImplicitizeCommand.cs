using System.CommandLine;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination implicitize FILE</c>: the implicit equations of a parametrised variety from a
/// map file — <c>vars:</c> the parameters, optional <c>targets:</c> and <c>blocks:</c>, then one
/// <c>y = f(t)</c> (or <c>y = p(t)/(q(t))</c>) per line after <c>polys:</c>.
/// </summary>
internal sealed class ImplicitizeCommand : IRunnerCommand
{
    private readonly CommandExecutor _executor;
    private readonly InputLoader _input;
    private readonly EngineSelector _engines;

    public ImplicitizeCommand(CommandExecutor executor, InputLoader input, EngineSelector engines)
    {
        _executor = executor;
        _input = input;
        _engines = engines;
    }

    public Command Create()
    {
        var command = new Command("implicitize",
            "Implicit equations of the image of a (rational) map given in a map file:\n" +
            "  field: QQ\n  vars: s, t                # the parameters\n  blocks: y0,y1 ; z0,z1,z2   # optional: a product of projective spaces ('all': one P^n)\n" +
            "  polys:\n  y0 = s\n  y1 = t/(s + 1)\n  ...\n" +
            "The result is the ideal of the closure of the image (multihomogeneous and saturated for blocks).\n" +
            "Example: elimination implicitize twisted-cubic.map --format m2");
        var file = new Argument<string>("FILE") { Description = "The map file." };
        var algorithm = _engines.AlgorithmOption();
        var saturate = new Option<bool>("--saturate-blocks")
        {
            Description = "Also saturate explicitly by each block's irrelevant ideal (a cross-check: the kernel is already saturated).",
        };
        command.Arguments.Add(file);
        command.Options.Add(algorithm);
        command.Options.Add(saturate);
        var common = CommonOptions.AddTo(command, seed: false);
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            return _executor.Execute(common.Read(r), path, ctx =>
            {
                var system = _input.LoadIdeal(path);
                return FieldDispatch.Run(system.Field, new Work(ctx, system, r.GetValue(algorithm), r.GetValue(saturate), _engines));
            });
        });
        return command;
    }

    private sealed record Work(RunContext Context, SystemFile System, string? Algorithm, bool SaturateBlocks, EngineSelector Engines)
        : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var map = ReadMap<T, TField>(field, System);
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
                new("parameters", map.Parameters.Variables.ToArray()),
                new("targets", map.Targets.ToArray()),
                new("graph-ring", result.GraphVariables.ToArray()),
                new("dimension", hs.Dimension),
                new("degree", (long)hs.Degree),
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
                Name = "I",
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

    /// <summary>The map from a file whose polynomial lines read <c>y = f</c>.</summary>
    internal static RationalMap<T, TField> ReadMap<T, TField>(TField field, SystemFile system) where TField : struct, IField<T>
    {
        var parameters = new PolynomialRing<T, TField>(field, system.Variables);
        var targets = new List<string>();
        var numerators = new List<Polynomial<T, TField>>();
        var denominators = new List<Polynomial<T, TField>>();
        foreach (var (text, line, column) in system.Polynomials)
        {
            int eq = text.IndexOf('=');
            if (eq < 0) throw new ParseException("expected 'y = f(params)' (a target coordinate, '=', its image)", line, column + 1);
            var name = text[..eq].Trim();
            if (!VariableNames.IsValid(name)) throw new ParseException($"'{name}' is not a valid coordinate name", line, column + 1);
            if (parameters.IndexOf(name) >= 0) throw new ParseException($"'{name}' is a parameter (on the vars: line), not a target coordinate", line, column + 1);
            if (targets.Contains(name)) throw new ParseException($"coordinate '{name}' is given twice", line, column + 1);
            var rhs = text[(eq + 1)..];
            int rhsColumn = column + eq + 1;
            var (num, den) = RationalMap<T, TField>.SplitFraction(rhs);
            targets.Add(name);
            numerators.Add(PolynomialParser.Parse(parameters, num, line, rhsColumn));
            var q = den is null ? parameters.One : PolynomialParser.Parse(parameters, den, line, rhsColumn + num.Length + 1);
            if (q.IsZero) throw new ParseException($"the denominator of '{name}' is zero", line, rhsColumn + 1);
            denominators.Add(q);
        }

        if (system.Extra.TryGetValue("targets", out var declared))
        {
            var order = declared.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (order.Length != targets.Count || order.Any(t => !targets.Contains(t)))
                throw new ParseException("'targets:' must list exactly the coordinates defined after 'polys:'", declared.Line, 1);
            var perm = order.Select(t => targets.IndexOf(t)).ToArray();
            targets = order.ToList();
            numerators = perm.Select(i => numerators[i]).ToList();
            denominators = perm.Select(i => denominators[i]).ToList();
        }

        List<int[]>? blocks = null;
        if (system.Extra.TryGetValue("blocks", out var spec))
        {
            var value = spec.Value.Trim();
            if (value.Equals("all", StringComparison.OrdinalIgnoreCase) || value.Equals("projective", StringComparison.OrdinalIgnoreCase))
                blocks = new List<int[]> { Enumerable.Range(0, targets.Count).ToArray() };
            else
            {
                blocks = new List<int[]>();
                foreach (var part in value.Split(new[] { ';', '|' }, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var block = new List<int>();
                    foreach (var n in part.Trim('(', ')', '[', ']', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        int i = targets.IndexOf(n);
                        if (i < 0) throw new ParseException($"'{n}' in blocks: is not a target coordinate", spec.Line, 1);
                        if (blocks.Any(b => b.Contains(i)) || block.Contains(i)) throw new ParseException($"'{n}' is in two blocks", spec.Line, 1);
                        block.Add(i);
                    }
                    if (block.Count == 0) throw new ParseException("empty block in blocks:", spec.Line, 1);
                    blocks.Add(block.ToArray());
                }
                var missing = Enumerable.Range(0, targets.Count).Where(i => !blocks.Any(b => b.Contains(i))).Select(i => targets[i]).ToList();
                if (missing.Count > 0) throw new ParseException($"blocks: must cover every coordinate; missing {string.Join(", ", missing)}", spec.Line, 1);
            }
        }
        return new RationalMap<T, TField>(parameters, targets, numerators, denominators, blocks);
    }
}
