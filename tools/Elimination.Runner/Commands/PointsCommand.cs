using System.CommandLine;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Ideals;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination points FILE</c>: for a zero-dimensional ideal, the number of points of V(I) over the
/// algebraic closure counted with multiplicity (dim_k k[x]/I) and without (dim_k k[x]/√I), and √I itself.
/// </summary>
internal sealed class PointsCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "points";

    protected override string Description =>
        "Points of a zero-dimensional ideal over the algebraic closure: how many with multiplicity (dim_k k[x]/I)\n" +
        "and how many distinct (dim_k k[x]/sqrt(I), Seidenberg's radical: the squarefree part of each eliminant\n" +
        "added to I). Writes sqrt(I) as a reduced grevlex basis; native/json also print both counts.\n" +
        "Example: elimination points samples/cyclic4.sys --format json   (an error: cyclic-4 is one-dimensional)";

    protected override Handler Define(Command command) =>
        SystemFileWithAlgorithm(command, "The system file of a zero-dimensional ideal.", (ctx, system, algorithm) => new Work(ctx, system, algorithm, Engines));

    protected override SharedOptions Shared => SharedOptions.Format | SharedOptions.Output;

    private sealed record Work(RunContext Context, SystemFile System, string? Algorithm, EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var ideal = Engines.IdealOf<T, TField>(System, field, Algorithm, Context);
            if (!ideal.IsUnit && ideal.Dimension() is var d and not 0)
                throw new Core.Errors.InvalidInputException($"points needs a zero-dimensional ideal; this one has dimension {d}");
            var clock = global::System.Diagnostics.Stopwatch.StartNew();
            var (radical, distinct, withMultiplicity) = ideal.Points();
            var gb = radical.GroebnerBasis();
            Context.Log.Information("{Distinct} distinct points, {Multiplicity} with multiplicity", distinct, withMultiplicity);
            Context.WriteIdeal(ideal.Ring, gb.Basis, new IdealMetadata
            {
                Title = "radical of a zero-dimensional ideal",
                Engine = gb.Engine,
                Seconds = clock.Elapsed.TotalSeconds,
                Verified = gb.Verified,
                VerificationNote = gb.VerificationNote,
                Extra = new[]
                {
                    new KeyValuePair<string, object?>("distinct points", distinct),
                    new KeyValuePair<string, object?>("points with multiplicity", withMultiplicity),
                },
            });
            return ExitCodes.Ok;
        }
    }
}
