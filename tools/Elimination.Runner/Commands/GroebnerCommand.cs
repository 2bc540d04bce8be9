using System.CommandLine;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination groebner FILE</c>: the reduced Gröbner basis of the file's ideal, in any format.
/// The model for other commands (see <see cref="RunnerServices"/> for the pattern).
/// </summary>
internal sealed class GroebnerCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "groebner";

    protected override string Description =>
        "Reduced Groebner basis of the ideal in FILE (.sys, .json, or a Singular/Macaulay2 file written by this tool).\n" +
        "Example: elimination groebner samples/cyclic4.sys --format singular --output cyclic4.sing";

    protected override Handler Define(Command command)
    {
        var file = new Argument<string>("FILE") { Description = "The system file." };
        var algorithm = Engines.AlgorithmOption();
        var order = new Option<string?>("--order")
        {
            Description = "Monomial order, overriding the file's: lex, grevlex, weighted(w1,...,wn), elim(v1,...).",
            HelpName = "ORDER",
        };
        var changeOfOrder = new Option<string>("--change-of-order")
        {
            Description = "Lex bases with F4 (also per prime over QQ): fglm (default) computes grevlex first and converts a " +
                          "zero-dimensional ideal's basis by FGLM; direct runs F4 in lex.",
            HelpName = "fglm|direct",
            DefaultValueFactory = _ => "fglm",
        };
        changeOfOrder.AcceptOnlyFromAmong("fglm", "direct");
        command.Arguments.Add(file);
        command.Options.Add(algorithm);
        command.Options.Add(order);
        command.Options.Add(changeOfOrder);
        return new Handler((r, ctx) =>
        {
            var system = Input.LoadIdeal(r.GetValue(file)!);
            return FieldDispatch.Run(system.Field, new Work(ctx, system, r.GetValue(order), r.GetValue(algorithm), Engines,
                r.GetValue(changeOfOrder) != "direct"));
        }) { Source = r => r.GetValue(file) };
    }

    protected override SharedOptions Shared => SharedOptions.Format | SharedOptions.Output;

    private sealed record Work(RunContext Context, SystemFile Input, string? Order, string? Algorithm, EngineSelector Engines, bool Fglm)
        : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            PolynomialRing<T, TField> ring;
            try { ring = Input.Ring<T, TField>(field, Order); }
            catch (InvalidInputException e) when (e is not Elimination.Core.Parsing.ParseException) { throw new InvalidInputException($"--order: {e.Message}"); }
            var generators = Input.Parse(ring, Context.Cancellation);
            var engine = Engines.Select<T, TField>(Algorithm, field);
            Context.Log.Debug("{Count} generators in {Ring}, engine {Engine}", generators.Count, ring, engine.Name);
            var result = engine.Compute(generators, Context.GroebnerOptions() with { ChangeOfOrder = Fglm });
            Context.Log.Information("reduced Groebner basis: {Count} generators, engine {Engine}, {Seconds:0.###} s{Verified}",
                result.Basis.Count, result.Engine, result.Seconds,
                result.Verified switch { true => ", verified", false => ", NOT proved: " + result.VerificationNote, _ => "" });
            if (result.Statistics.Modular is { } phases) Context.Log.Debug("modular phases: {Phases}", phases);
            Context.WriteIdeal(ring, result.Basis, new IdealMetadata
            {
                Title = "reduced Groebner basis",
                Engine = result.Engine,
                Seconds = result.Seconds,
                Verified = result.Verified,
                VerificationNote = result.VerificationNote,
                Extra = Extra(result),
            });
            return ExitCodes.Ok;
        }

        private static KeyValuePair<string, object?>[] Extra<T, TField>(Elimination.Groebner.GroebnerResult<T, TField> result)
            where TField : struct, IField<T>
        {
            var extra = new List<KeyValuePair<string, object?>>();
            if (result.Statistics.PhaseSeconds.TryGetValue("fglm", out double fglm))
                extra.Add(new("change-of-order", $"fglm from grevlex ({fglm:0.###} s{(result.Primes.Count > 0 ? " over all primes" : "")})"));
            if (result.Primes.Count > 0) extra.Add(new("primes", result.Primes.ToArray()));
            return extra.ToArray();
        }
    }
}
