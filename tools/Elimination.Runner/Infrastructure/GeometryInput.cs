using System.CommandLine;
using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The input shared by the geometry commands (singular-locus, ramification, ed-degree): a system
/// FILE or a network (--arch …), whether it is projective, the engine, and the --summary JSON file.
/// </summary>
internal sealed class GeometryInput
{
    public Argument<string?> File { get; } = new("FILE") { Description = "The system file (omit with --arch).", Arity = ArgumentArity.ZeroOrOne };
    public ArchitectureOptions Network { get; private set; } = null!;
    public Option<string> Field { get; } = FieldOption();
    public Option<bool> Projective { get; } = new("--projective") { Description = "Treat the (homogeneous) equations as a projective variety, through its affine cone." };
    public Option<string> Algorithm { get; private set; } = null!;
    public Option<string?> Summary { get; } = new("--summary") { Description = "Also write a JSON summary (dimension, degree, counts, time, probability bound) to this file.", HelpName = "FILE" };

    public static GeometryInput AddTo(Command command, EngineSelector engines)
    {
        var g = new GeometryInput();
        g.Algorithm = new Option<string>("--algorithm", "-a")
        {
            Description = $"Groebner engine: auto (f4 over GF(p), modular over QQ), or one of: {string.Join(", ", engines.Names)} (f4 is for GF(p) only, modular for QQ only).",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|" + string.Join("|", engines.Names),
        };
        command.Arguments.Add(g.File);
        g.Network = ArchitectureOptions.AddTo(command, required: false);
        foreach (var o in new Option[] { g.Field, g.Projective, g.Algorithm, g.Summary })
            command.Options.Add(o);
        return g;
    }

    /// <summary>--field, the field of a network's coordinates (a FILE names its own).</summary>
    public static Option<string> FieldOption() =>
        new("--field") { Description = "With --arch: QQ or GF(p).", DefaultValueFactory = _ => "QQ", HelpName = "QQ|GF(p)" };

    /// <summary>Exactly one input: a FILE (<paramref name="fileKind"/>: "system", "map") or a network.</summary>
    public static void RequireOneSource(string? path, bool network, string fileKind)
    {
        if (path is null && !network) throw new InvalidInputException($"give a {fileKind} FILE or --arch … --widths …");
        if (path is not null && network) throw new InvalidInputException("give either a FILE or --arch/--widths, not both");
    }

    /// <summary>The --summary file, checked before the work.</summary>
    public IEnumerable<OutputPath> Outputs(ParseResult r) =>
        r.GetValue(Summary) is string path ? [new OutputPath("--summary", path)] : [];

    public Source Read(ParseResult r) => new(r.GetValue(File), Network.Given(r) ? () => Network.Create(r) : null, Network.Describe(r),
        r.GetValue(Field)!, r.GetValue(Projective), r.GetValue(Algorithm), r.GetValue(Summary));

    /// <param name="Network">Builds the network when --arch/--widths were given (throws on bad sizes inside the executor).</param>
    public sealed record Source(string? Path, Func<INeuralArchitecture>? Network, string NetworkText,
        string FieldText, bool Projective, string? Algorithm, string? SummaryPath)
    {
        public string Description => Path ?? NetworkText;

        private void Check() => RequireOneSource(Path, Network is not null, "system");

        /// <summary>Runs the work over the file's field (or --field for a network).</summary>
        public int Dispatch(InputLoader loader, IFieldWork<int> work)
        {
            var spec = FieldOf(loader);
            _loader = loader;
            return FieldDispatch.Run(spec, work);
        }

        /// <summary>The field of the input: the file's own, or --field for a network.</summary>
        public FieldSpec FieldOf(InputLoader loader)
        {
            Check();
            return Path is not null ? loader.LoadIdeal(Path).Field : OptionValues.Field(FieldText);
        }

        private InputLoader? _loader;

        /// <summary>Runs the work over a prime field GF(p) whatever the input's field (ED degrees are computed mod p).</summary>
        public int DispatchModular(InputLoader loader, long prime, IFieldWork<int> work)
        {
            Check();
            _loader = loader;
            return work.Run<uint, PrimeField>(new PrimeField(prime));
        }

        public (Variety<T, TField> Variety, Groebner.IGroebnerEngine Engine) Build<T, TField>(TField field, RunContext ctx, EngineSelector engines)
            where TField : struct, IField<T>
        {
            var engine = engines.Select<T, TField>(Algorithm, field);
            PolynomialRing<T, TField> ring;
            IReadOnlyList<Polynomial<T, TField>> gens;
            if (Path is not null)
            {
                var system = (_loader ?? throw new InvalidOperationException("no loader")).LoadIdeal(Path);
                ring = system.Ring<T, TField>(field);
                gens = system.Parse(ring, ctx.Cancellation);
            }
            else
            {
                var network = Network!();
                ctx.Log.Information("{Arch}: computing the neurovariety's equations", network.Description);
                var v = NeuroVariety.Compute<T, TField>(network, field, new NeuroVarietyOptions { Engine = engine, Groebner = ctx.GroebnerOptions() });
                ring = v.Ideal.Ring;
                gens = v.Equations;
                ctx.Log.Information("{Count} equations in {N} coordinates ({Seconds:0.###} s)", gens.Count, ring.VariableCount, v.Seconds);
            }
            if (gens.Count == 0) ctx.Log.Warning("no equations: the variety is the whole space");
            var grevlex = ring.WithOrder(new Core.Monomials.GrevlexOrder(ring.VariableCount));
            // A network's ideal is the whole ideal of its image's closure: prime.
            return (new Variety<T, TField>(grevlex, gens.Select(g => g.ToRing(grevlex)).ToArray(), Projective) { Irreducible = Path is null }, engine);
        }
    }

    public static List<KeyValuePair<string, object?>> VarietyFacts<T, TField>(Variety<T, TField> x) where TField : struct, IField<T> => new()
    {
        new("variables", x.AmbientVariables),
        new("equations", x.Generators.Count),
        new("projective", x.IsProjective),
        new("variety dimension", x.GeometricDimension),
        new("variety degree", x.Degree),
    };

    public static void WriteSummary<T, TField>(RunContext ctx, Source source, Variety<T, TField> x, List<KeyValuePair<string, object?>> facts, double seconds)
        where TField : struct, IField<T>
    {
        if (source.SummaryPath is null) return;
        var summary = new List<KeyValuePair<string, object?>> { new("input", source.Description), new("field", x.Ring.Field.Name) };
        summary.AddRange(facts);
        summary.Add(new("seconds", Math.Round(seconds, 4)));
        ctx.WriteFile(source.SummaryPath, w => w.WriteLine(JsonFacts.Serialize(summary)));
        ctx.Log.Information("wrote summary {Path}", source.SummaryPath);
    }

    /// <summary>Facts as "key: value" lines (native) or one JSON object.</summary>
    public static void WriteFacts(TextWriter w, IEnumerable<KeyValuePair<string, object?>> facts, string? format)
    {
        if (format == "json")
        {
            w.WriteLine(JsonFacts.Serialize(facts));
            return;
        }
        if (format is not null && format is not "native" and not "sys")
            throw new InvalidInputException($"--format {format} is for ideals: add --ideal, or use native or json");
        foreach (var (k, v) in facts)
            w.WriteLine($"{k}: {FactText.Format(v)}");
    }
}
