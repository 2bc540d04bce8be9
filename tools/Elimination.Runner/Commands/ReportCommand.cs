using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Geometry.Quadrics;
using Elimination.Groebner;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination report --arch mlp --widths 2,2,3 --activation "x^2"</c>: one Markdown report (stdout or
/// --output) plus a JSON file of the same facts: dimensions and defect, implicit equations, degree,
/// singular locus, ED degree for a generic Q — each with its time and whether it is exact or probabilistic.
/// Each section has its own time budget, so one hard section is reported as skipped instead of stalling the rest.
/// </summary>
internal sealed class ReportCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "report";

    protected override string Description =>
        "Markdown + JSON report on a network's neurovariety: dimensions, defect, equations, degree, singular locus, ED degree.\n" +
        "Example: elimination report --arch mlp --widths 2,2,3 --activation \"x^2\" --output report.md";

    protected override Handler Define(Command command)
    {
        var file = new Argument<string?>("FILE") { Description = "A system file (.sys) of equations, instead of --arch/--widths.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<string?>("--json") { Description = "JSON file (default: the --output path with .json, else report.json).", HelpName = "FILE" };
        var budget = new Option<double>("--section-timeout") { Description = "Seconds per section before it is skipped.", DefaultValueFactory = _ => 60, HelpName = "SECONDS" };
        command.Arguments.Add(file);
        var network = ArchitectureOptions.AddTo(command, required: false);
        foreach (var o in new Option[] { json, budget }) command.Options.Add(o);
        return new Handler((r, ctx) =>
        {
            var path = r.GetValue(file);
            var settings = ctx.Settings;
            Report report;
            if (path is not null)
            {
                if (network.Given(r)) throw new InvalidInputException("give either FILE or --arch/--widths, not both");
                var system = Core.IO.SystemFile.Load(path);
                var ring = system.Ring<Rational, RationalField>(new RationalField());
                report = BuildFromEquations(ctx, Path.GetFileName(path), ring, system.Parse(ring, ctx.Cancellation), new List<Section>(), r.GetValue(budget));
            }
            else
            {
                if (!network.Given(r)) throw new InvalidInputException("give a system FILE or --widths (with --arch)");
                report = Build(ctx, network.Create(r), network.Describe(r), r.GetValue(budget));
            }
            ctx.WriteResult(w => w.Write(report.Markdown()));
            var jsonPath = JsonPath(r.GetValue(json), settings.Output);
            ctx.WriteFile(jsonPath, w => w.Write(report.Json()));
            ctx.Log.Information("wrote {Json}", jsonPath);
            return ExitCodes.Ok;
        })
        {
            Source = r => r.GetValue(file),
            Outputs = r => [new OutputPath("--json", JsonPath(r.GetValue(json), r.GetValue(Common.Output)))],
        };
    }

    /// <summary>--json, else the --output path with .json, else report.json.</summary>
    private static string JsonPath(string? json, string? output) =>
        json ?? (output is string o and not OutputFile.Stdout ? Path.ChangeExtension(o, ".json") : "report.json");

    protected override SharedOptions Shared => SharedOptions.Output | SharedOptions.Seed;

    private sealed record Section(string Name, string Result, string Kind, double Seconds);

    private sealed record Report(string Title, List<Section> Sections)
    {
        /// <summary>The sections as a JSON array of {Name, Result, Kind, Seconds}, written without reflection.</summary>
        public string Json()
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartArray();
                foreach (var s in Sections)
                {
                    w.WriteStartObject();
                    w.WriteString("Name", s.Name);
                    w.WriteString("Result", s.Result);
                    w.WriteString("Kind", s.Kind);
                    w.WriteNumber("Seconds", s.Seconds);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        public string Markdown()
        {
            var sb = new StringBuilder();
            sb.AppendLine($"# Elimination report: {Title}").AppendLine();
            sb.AppendLine("| question | answer | exact or probabilistic | seconds |").AppendLine("|---|---|---|---:|");
            foreach (var s in Sections)
                sb.AppendLine($"| {s.Name} | {s.Result.Replace("|", "\\|").Replace("\n", "<br>")} | {s.Kind} | {s.Seconds:F3} |");
            return sb.ToString();
        }
    }

    private static Report Build(RunContext ctx, INeuralArchitecture network, string title, double budget)
    {
        var sections = new List<Section>();
        var dims = Timed(ctx, budget, "ambient / expected / actual dimension", sections, _ => DimensionReport.Compute(network));
        if (dims is not null)
        {
            sections[^1] = sections[^1] with { Result = $"{dims.Ambient} / {dims.Expected} / {dims.Dimension}", Kind = dims.Certainty };
            sections.Add(new("defect", $"{dims.Defect}{(dims.Filling ? " (filling)" : "")}", dims.Result.Proved ? "exact" : "probabilistic", 0));
        }
        var options = (CancellationToken token) => new NeuroVarietyOptions { Groebner = ctx.GroebnerOptions() with { Cancellation = token } };
        var variety = Timed(ctx, budget, "implicit equations", sections,
            token => NeuroVariety.Compute<Rational, RationalField>(network, new RationalField(), options(token)));
        if (variety is null) return new Report(title, sections);
        var equations = variety.Equations;
        sections[^1] = sections[^1] with
        {
            Result = equations.Count == 0 ? "none: the zero ideal (the network fills its ambient space)" : string.Join(", ", equations),
            Kind = "exact over QQ",
        };
        sections.Add(new("degree", variety.Degree.ToString(), "exact", 0));
        if (equations.Count == 0) return new Report(title, sections);
        return BuildFromEquations(ctx, title, variety.Ideal.Ring, equations, sections, budget);
    }

    /// <summary>The geometric sections for a variety given by equations (a file, or a neurovariety's ideal).</summary>
    private static Report BuildFromEquations(RunContext ctx, string title, PolynomialRing<Rational, RationalField> ring,
        IReadOnlyList<Polynomial<Rational, RationalField>> equations, List<Section> sections, double budget)
    {
        bool projective = equations.All(e => e.IsHomogeneous);
        var x = new Variety<Rational, RationalField>(ring, equations, projective);
        if (sections.Count == 0)
        {
            var invariants = Timed(ctx, budget, "dimension / degree", sections, _ => (object)$"dimension {x.GeometricDimension}{(projective ? " (projective)" : "")}, degree {x.Degree}");
            if (invariants is not null) sections[^1] = sections[^1] with { Result = invariants.ToString()!, Kind = "exact over QQ" };
        }
        var sing = Timed(ctx, budget, "singular locus", sections, token =>
            SingularLocus.Compute(x, new GeometryOptions { Groebner = ctx.GroebnerOptions() with { Cancellation = token }, Seed = ctx.Seed }));
        if (sing is not null)
            sections[^1] = sections[^1] with { Result = $"{sing.Invariants}: {string.Join(", ", sing.Basis)}", Kind = "exact over QQ" };

        var fp = new PrimeField(2147483647);
        var ringP = new PolynomialRing<uint, PrimeField>(fp, x.Ring.Variables, x.Ring.Order);
        var xp = new Variety<uint, PrimeField>(ringP, equations.Select(e => Rings.ModP(e, ringP)).ToList(), projective);
        var ed = Timed(ctx, budget, "ED degree (generic Q)", sections, token =>
            EdDegree.Compute(xp, QuadraticForms.RandomSymmetric<uint, PrimeField>(fp, ringP.VariableCount, new Random(ctx.Seed)),
                new GeometryOptions { Groebner = ctx.GroebnerOptions() with { Cancellation = token }, Seed = ctx.Seed }));
        if (ed is not null)
            sections[^1] = sections[^1] with { Result = ed.Invariants.Degree.ToString(), Kind = $"probabilistic: {ed.ProbabilityNote}" };
        return new Report(title, sections);
    }

    /// <summary>Runs one section under its own budget; a timeout or failure becomes a "skipped" row.</summary>
    private static T? Timed<T>(RunContext ctx, double budget, string name, List<Section> sections, Func<CancellationToken, T> work) where T : class
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ctx.Cancellation);
        cts.CancelAfter(TimeSpan.FromSeconds(budget));
        var clock = Stopwatch.StartNew();
        try
        {
            var result = work(cts.Token);
            sections.Add(new(name, "", "exact", clock.Elapsed.TotalSeconds));
            return result;
        }
        catch (OperationCanceledException) when (!ctx.Cancellation.IsCancellationRequested)
        {
            sections.Add(new(name, $"skipped: not finished within {budget} s (raise --section-timeout)", "-", clock.Elapsed.TotalSeconds));
            return null;
        }
    }
}
