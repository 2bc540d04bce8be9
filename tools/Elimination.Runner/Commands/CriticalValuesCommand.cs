using System.CommandLine;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination critical-values FILE | --arch …</c>: where a polynomial parametrisation drops rank, and the image of
/// that set (<see cref="CriticalValues"/>): singular-point candidates of an image without its equations.
/// </summary>
internal sealed class CriticalValuesCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "critical-values";

    protected override string Description =>
        "Critical values of a polynomial map phi (a map file, as for implicitize, or a network's parametrisation):\n" +
        "the closure of phi({rank dphi < r}), r the generic rank (= dim of the image X), as a radical ideal.\n" +
        "It contains the singular points of X with one branch through them; crossings of branches from several\n" +
        "preimages (a node) and points outside the image are not found, and critical values can be smooth points.\n" +
        "For linear networks it is exactly Sing X (matrices of rank < the width).\n" +
        "Example: elimination critical-values --arch linear --widths 3,1,3 --components";

    protected override Handler Define(Command command)
    {
        var file = new Argument<string?>("FILE") { Description = "The map file (omit with --arch).", Arity = ArgumentArity.ZeroOrOne };
        var network = ArchitectureOptions.AddTo(command, required: false);
        var field = GeometryInput.FieldOption();
        var algorithm = Engines.AlgorithmOption();
        var components = new Option<bool>("--components") { Description = "Also list the irreducible components of the critical values (minimal primes; exact)." };
        var criterion = new Option<string>("--criterion")
        {
            Description = "How the r×r minors of dphi enter: minors (every one, exact; default) or random (random combinations\n" +
                          "det(A·dphi·B): probabilistic, the error bound is reported; --seed).",
            DefaultValueFactory = _ => "minors",
        };
        criterion.AcceptOnlyFromAmong("minors", "random");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { field, algorithm, components, criterion }) command.Options.Add(o);
        return new Handler((r, ctx) =>
        {
            var path = r.GetValue(file);
            bool given = network.Given(r);
            GeometryInput.RequireOneSource(path, given, "map");
            var system = path is null ? null : Input.LoadIdeal(path);
            var spec = system?.Field ?? OptionValues.Field(r.GetValue(field)!);
            var chosen = r.GetValue(criterion) == "random" ? JacobianCriterion.RandomCombinations : JacobianCriterion.Minors;
            return FieldDispatch.Run(spec, new Work(ctx, system, given ? network.Create(r) : null, r.GetValue(algorithm), r.GetValue(components), chosen, Engines));
        }) { Source = r => r.GetValue(file) };
    }

    protected override SharedOptions Shared => SharedOptions.All;

    private sealed record Work(RunContext Context, SystemFile? System, INeuralArchitecture? Network, string? Algorithm, bool Components,
        JacobianCriterion Criterion, EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            IReadOnlyList<Polynomial<T, TField>> images;
            IReadOnlyList<string> targets;
            string description;
            if (System is not null)
            {
                var map = MapFile.Read<T, TField>(field, System);
                if (map.Denominators.Any(d => !d.IsConstant))
                    throw new InvalidInputException("critical-values needs a polynomial map: a coordinate has a non-constant denominator");
                images = map.Numerators.Select((n, i) => n.Scale(map.Parameters.Field.Inv(map.Denominators[i].LeadingCoefficient))).ToList();
                targets = map.Targets;
                description = $"map {string.Join(", ", map.Parameters.Variables)} -> {string.Join(", ", targets)}";
            }
            else
            {
                images = Parametrisation.Of(Network!, Context.Cancellation).Over<T, TField>(field);
                targets = NeuroVariety.CoordinateNames(Network!);
                description = Network!.Description;
            }
            var engine = Engines.Select<T, TField>(Algorithm, field);
            var options = new GeometryOptions { Engine = engine, Groebner = Context.GroebnerOptions(), Criterion = Criterion, Seed = Context.Seed };
            var c = CriticalValues.Compute(images, targets, options, Components);
            Context.Log.Information("{Map}: generic rank {Rank}; critical parameters {Crit}; critical values {Values}; {Seconds:0.###} s",
                description, c.Rank, c.CriticalInvariants, c.ValueInvariants, c.Seconds);
            var facts = new List<KeyValuePair<string, object?>>
            {
                new("map", description),
                new("parameters", images[0].Ring.VariableCount),
                new("target coordinates", images.Count),
                new("generic rank", c.Rank),
                new("generic rank error bound", c.RankErrorBound),
                new("critical parameters dimension", c.CriticalInvariants.GeometricDimension),
                new("critical parameters degree", c.CriticalInvariants.GeometricDegree),
                new("rank minors", c.MinorCount),
                new("critical values dimension", c.ValueInvariants.GeometricDimension),
                new("critical values degree", c.ValueInvariants.GeometricDegree),
                new("critical values empty", c.ValueInvariants.IsEmpty),
                new("method", c.Method),
            };
            if (c.ErrorBound is { } bound) facts.Add(new("minors error bound", bound));
            if (c.Components is { } parts)
            {
                facts.Add(new("component dimensions", parts.Select(p => p.GeometricDimension).ToArray()));
                facts.Add(new("component degrees", parts.Select(p => p.Degree).ToArray()));
                facts.Add(new("component ideals", c.ComponentBases!.Select(b => b.Select(f => f.ToString()).ToArray()).ToArray()));
            }
            Context.WriteIdeal(c.ValueRing, c.ValueBasis, new IdealMetadata
            {
                Title = "critical values of the parametrisation (radical), reduced grevlex Groebner basis",
                Engine = engine.Name, Seconds = c.Seconds, Extra = facts,
            });
            return ExitCodes.Ok;
        }
    }
}
