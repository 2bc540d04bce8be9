using System.CommandLine;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination eliminate FILE</c>: the elimination ideal I ∩ k[rest] for the variables on the
/// file's <c>eliminate:</c> line (or --eliminate), as a reduced Gröbner basis in k[rest].
/// </summary>
internal sealed class EliminateCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "eliminate";

    protected override string Description =>
        "Elimination ideal: the polynomials of the ideal in FILE free of the variables on its 'eliminate:' line,\n" +
        "as a reduced Groebner basis (grevlex, or lex with --lex) in the remaining variables.\n" +
        "Example: elimination eliminate samples/twisted-cubic.sys --format singular";

    protected override Handler Define(Command command)
    {
        var file = new Argument<string>("FILE") { Description = "The system file (its 'eliminate:' line names the variables)." };
        var algorithm = Engines.AlgorithmOption();
        var eliminate = new Option<string?>("--eliminate", "-e")
        {
            Description = "Comma-separated variables to eliminate, overriding the file's 'eliminate:' line.",
            HelpName = "VARS",
        };
        var lex = new Option<bool>("--lex") { Description = "Use lex (eliminated variables first) instead of the block order; the result is a lex basis." };
        command.Arguments.Add(file);
        command.Options.Add(algorithm);
        command.Options.Add(eliminate);
        command.Options.Add(lex);
        return new Handler((r, ctx) =>
        {
            var system = Input.LoadIdeal(r.GetValue(file)!);
            var names = r.GetValue(eliminate) is { } list
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : system.Eliminate.ToArray();
            if (names.Length == 0)
                throw new InvalidInputException(r.GetValue(eliminate) is not null
                    ? "--eliminate names no variable: give v1,v2 (or leave it out to use the file's 'eliminate:' line)"
                    : "nothing to eliminate: add an 'eliminate: v1, v2' line to the file or pass --eliminate");
            foreach (var n in names)
                if (!system.Variables.Contains(n)) throw new InvalidInputException($"--eliminate: '{n}' is not a variable of the file");
            var kind = r.GetValue(lex) ? EliminationOrder.Lex : EliminationOrder.Block;
            return FieldDispatch.Run(system.Field, new Work(ctx, system, names, kind, r.GetValue(algorithm), Engines));
        }) { Source = r => r.GetValue(file) };
    }

    protected override SharedOptions Shared => SharedOptions.Format | SharedOptions.Output;

    private sealed record Work(RunContext Context, SystemFile System, string[] Names, EliminationOrder Kind, string? Algorithm, EngineSelector Engines)
        : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            // The file's order does not matter for elimination; grevlex keeps parsing independent of it.
            var ring = new PolynomialRing<T, TField>(field, System.Variables);
            var generators = System.Parse(ring, Context.Cancellation);
            var engine = Engines.Select<T, TField>(Algorithm, field);
            var ideal = new Ideal<T, TField>(ring, generators, engine, Context.GroebnerOptions());
            Context.Log.Debug("eliminating {Names} from {Count} generators in {Ring}, engine {Engine}", Names, generators.Count, ring, engine.Name);
            var result = ideal.Eliminate(Names, Kind);
            var gb = result.GroebnerBasis();
            Context.Log.Information("elimination ideal: {Count} generators in {Ring}, engine {Engine}, {Seconds:0.###} s{Verified}",
                gb.Basis.Count, result.Ring, gb.Engine, result.Origin.Seconds,
                gb.Verified switch { true => ", verified", false => ", NOT verified (probabilistic)", _ => "" });
            Context.WriteIdeal(result.Ring, gb.Basis, new IdealMetadata
            {
                Title = $"elimination ideal: {string.Join(",", Names)} eliminated ({(Kind == EliminationOrder.Lex ? "lex" : "block order")})",
                Engine = gb.Engine,
                Seconds = result.Origin.Seconds,
                Verified = gb.Verified,
                VerificationNote = gb.VerificationNote,
                Extra = new[]
                {
                    new KeyValuePair<string, object?>("eliminated", Names),
                    new KeyValuePair<string, object?>("remaining", result.Ring.Variables.ToArray()),
                },
            });
            return ExitCodes.Ok;
        }
    }
}
