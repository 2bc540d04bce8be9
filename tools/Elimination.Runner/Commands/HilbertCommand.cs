using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination hilbert FILE</c>: Hilbert series, Hilbert polynomial, Krull dimension and degree
/// of the ideal in FILE (and the monomial basis of k[x]/I when it is finite-dimensional).
/// </summary>
internal sealed class HilbertCommand(CommandServices services) : RunnerCommand(services)
{
    /// <summary>Above this many standard monomials only their number is printed.</summary>
    private const int MaxListedMonomials = 200;

    protected override string Name => "hilbert";

    protected override string Description =>
        "Hilbert series and polynomial, Krull dimension and degree of the ideal in FILE, from the leading monomials\n" +
        "of its grevlex Groebner basis (for a non-homogeneous ideal: of its initial ideal; dimension and degree are\n" +
        "those of the ideal, the degree that of its projective closure). Zero-dimensional ideals also get dim_k k[x]/I\n" +
        "and a monomial basis. native/json print these facts; singular/m2/latex print the basis with the facts as comments.\n" +
        "Example: elimination hilbert samples/cyclic4.sys --format json";

    protected override Handler Define(Command command)
    {
        var file = new Argument<string>("FILE") { Description = "The system file." };
        var algorithm = Engines.AlgorithmOption();
        var values = new Option<int>("--values")
        {
            Description = "How many values of the Hilbert function to print (degrees 0..N-1).",
            DefaultValueFactory = _ => 10,
            HelpName = "N",
        };
        // The Hilbert function is printed value by value: a million values is already a long line.
        OptionValues.Check(values, n => n is < 0 or > MaxValues ? $"--values must be 0 to {MaxValues}" : null);
        command.Arguments.Add(file);
        command.Options.Add(algorithm);
        command.Options.Add(values);
        return new Handler((r, ctx) =>
        {
            var system = Input.LoadIdeal(r.GetValue(file)!);
            return FieldDispatch.Run(system.Field, new Work(ctx, system, r.GetValue(algorithm), r.GetValue(values), Engines));
        }) { Source = r => r.GetValue(file) };
    }

    protected override SharedOptions Shared => SharedOptions.Format | SharedOptions.Output;

    /// <summary>Largest --values.</summary>
    private const int MaxValues = 1_000_000;

    private sealed record Work(RunContext Context, SystemFile System, string? Algorithm, int Values, EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var ring = new PolynomialRing<T, TField>(field, System.Variables);
            var generators = System.Parse(ring, Context.Cancellation);
            var engine = Engines.Select<T, TField>(Algorithm, field);
            var ideal = new Ideal<T, TField>(ring, generators, engine, Context.GroebnerOptions());
            var clock = global::System.Diagnostics.Stopwatch.StartNew(); // the basis and the series: the basis's own time left out the series
            var hs = ideal.HilbertSeries();
            var gb = ideal.GroebnerBasis();
            Context.Log.Information("Hilbert series {Series}: dimension {Dimension}, degree {Degree}, engine {Engine}, {Seconds:0.###} s",
                hs.Format(), hs.Dimension, hs.Degree, gb.Engine, hs.Origin.Seconds);

            var facts = new List<KeyValuePair<string, object?>>
            {
                new("ring", ring.ToString()),
                new("homogeneous", hs.IsHomogeneous),
                new("numerator", $"{IntegerPolynomial.Format(hs.Numerator)}  over (1-t)^{hs.Variables}"),
                new("series", hs.Format()),
                new("dimension", hs.Dimension),
            };
            if (hs.IsHomogeneous) facts.Add(new("projective-dimension", hs.ProjectiveDimension));
            facts.Add(new("degree", hs.Degree));
            facts.Add(new("hilbert-polynomial", HilbertSeries.FormatPolynomial(hs.HilbertPolynomial())));
            if (hs.ArithmeticGenus is { } genus) facts.Add(new("arithmetic-genus", genus));
            facts.Add(new("regularity-index", hs.RegularityIndex));
            facts.Add(new("hilbert-function", string.Join(", ", Enumerable.Range(0, Values).Select(s => hs.HilbertFunction(s).ToString()))));
            if (!hs.IsHomogeneous) facts.Add(new("note", "not homogeneous: series and function are those of the grevlex initial ideal"));
            if (hs.Dimension == 0)
            {
                // The degree is the count; the standard monomials are enumerated only when they are listed.
                facts.Add(new("vector-space-dimension", hs.Degree));
                facts.Add(new("monomial-basis", hs.Degree <= MaxListedMonomials ? string.Join(", ", ideal.QuotientBasis()) : $"({hs.Degree} monomials, not listed)"));
            }
            facts.Add(new("engine", gb.Engine));
            facts.Add(new("seconds", Math.Round(clock.Elapsed.TotalSeconds, 6)));
            if (gb.Verified is bool verified) facts.Add(new("verified", verified));

            // native and json (from --format or --output's extension) get the facts; ideal formats get the basis.
            var writer = Context.IdealWriter().Format;
            if (writer is "native" or "json")
            {
                Context.WriteResult(w => WriteFacts(w, facts, writer == "json"));
                return ExitCodes.Ok;
            }
            // Ideal formats: the Gröbner basis, with the facts as comments, ready for Singular/Macaulay2.
            var order = new Elimination.Core.Monomials.GrevlexOrder(ring.VariableCount);
            Context.WriteIdeal(ideal.RingFor(order), ideal.GroebnerBasis(order).Basis, new IdealMetadata
            {
                Title = "grevlex Groebner basis with its Hilbert data",
                Engine = gb.Engine,
                Seconds = clock.Elapsed.TotalSeconds,
                Verified = gb.Verified,
                VerificationNote = gb.VerificationNote,
                Extra = facts.Where(f => f.Key is not "engine" and not "seconds" and not "verified").ToList(),
            });
            return ExitCodes.Ok;
        }

        private static void WriteFacts(TextWriter w, List<KeyValuePair<string, object?>> facts, bool json)
        {
            if (json)
            {
                w.WriteLine(JsonFacts.Serialize(facts));
                return;
            }
            foreach (var (k, v) in facts) w.WriteLine($"{k}: {FactText.Format(v)}");
        }
    }
}
