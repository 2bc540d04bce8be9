using System.CommandLine;
using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Ideals.Decomposition;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination decompose FILE</c>: the irreducible components of V(I) over the field of the file — the
/// minimal associated primes, each with its dimension, degree and generators — and √I, their intersection.
/// </summary>
internal sealed class DecomposeCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "decompose";

    protected override string Description =>
        "Irreducible components of V(I): the minimal associated primes (Gianni-Trager-Zacharias with factorisation\n" +
        "splitting and Laplagne's saturation passes; every prime verified, exact), each with dimension, degree and a\n" +
        "reduced grevlex basis, and the radical sqrt(I) (their intersection) as the ideal written. --equidimensional\n" +
        "groups the primes by dimension.\n" +
        "Example: elimination decompose samples/cyclic4.sys --format json";

    protected override Handler Define(Command command)
    {
        var file = new Argument<string>("FILE") { Description = "The system file of the ideal." };
        var equidimensional = new Option<bool>("--equidimensional") { Description = "Also give the equidimensional parts of sqrt(I) (intersections of the primes of one dimension)." };
        var algorithm = Engines.AlgorithmOption();
        command.Arguments.Add(file);
        command.Options.Add(equidimensional);
        command.Options.Add(algorithm);
        return new Handler((r, ctx) =>
        {
            var system = Input.LoadIdeal(r.GetValue(file)!);
            return FieldDispatch.Run(system.Field, new Work(ctx, system, r.GetValue(equidimensional), r.GetValue(algorithm), Engines));
        }) { Source = r => r.GetValue(file) };
    }

    protected override SharedOptions Shared => SharedOptions.Format | SharedOptions.Output | SharedOptions.Seed;

    private sealed record Work(RunContext Context, SystemFile System, bool Equidimensional, string? Algorithm, EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var clock = Stopwatch.StartNew();
            var ideal = Engines.IdealOf<T, TField>(System, field, Algorithm, Context);
            var primes = ideal.MinimalPrimes(Context.Seed, Context.Cancellation);
            foreach (var (c, k) in primes.Select((c, k) => (c, k + 1)))
                Context.Log.Information("component {K}: dimension {Dimension}, degree {Degree}", k, c.Dimension, c.Degree);
            var radical = MinimalPrimes.Radical(ideal, primes);
            var gb = radical.GroebnerBasis();
            var facts = new List<KeyValuePair<string, object?>>
            {
                new("components", primes.Count),
                new("component dimensions", primes.Select(c => c.Dimension).ToArray()),
                new("component degrees", primes.Select(c => (long)c.Degree).ToArray()),
                new("component ideals", primes.Select(c => c.Prime.GroebnerBasis().Basis.Select(f => f.ToString()).ToArray()).ToArray()),
            };
            string[][] Texts(IEnumerable<Ideal<T, TField>> ideals) =>
                ideals.Select(i => i.GroebnerBasis().Basis.Select(f => Rings.Map(f, radical.Ring).ToString()).ToArray()).ToArray();
            var lists = new List<IdealList> { new("P", Texts(primes.Select(c => c.Prime))) };
            if (Equidimensional)
            {
                var parts = MinimalPrimes.EquidimensionalParts(ideal, primes);
                facts.Add(new("equidimensional dimensions", parts.Select(p => p.Dimension).ToArray()));
                facts.Add(new("equidimensional ideals", parts.Select(p => p.Part.GroebnerBasis().Basis.Select(f => f.ToString()).ToArray()).ToArray()));
                lists.Add(new("E", Texts(parts.Select(p => p.Part))));
            }
            facts.Add(new("components note", "minimal associated primes (Gianni-Trager-Zacharias with factorisation splitting, Laplagne's saturation passes); each verified prime, exact"));
            Context.Log.Information("{Count} components in {Seconds:0.###} s", primes.Count, clock.Elapsed.TotalSeconds);
            Context.WriteIdeal(radical.Ring, gb.Basis, new IdealMetadata
            {
                Title = "radical of the ideal (intersection of its minimal primes), reduced grevlex Groebner basis",
                Engine = gb.Engine,
                Seconds = clock.Elapsed.TotalSeconds,
                Extra = facts,
                Lists = lists,
            });
            return ExitCodes.Ok;
        }
    }
}
