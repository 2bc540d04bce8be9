using System.CommandLine;
using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Geometry;
using Elimination.Ideals;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination genus FILE</c>: arithmetic and geometric genus of a plane curve — its singular points (also at
/// infinity) with multiplicity, δ-invariant and branches, and whether the curve is absolutely irreducible.
/// </summary>
internal sealed class GenusCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "genus";

    protected override string Description =>
        "Genera of a plane curve: one equation in 2 variables (its projective closure is taken) or a homogeneous one in 3.\n" +
        "Arithmetic genus (d-1)(d-2)/2; geometric genus = arithmetic genus - sum of the delta invariants of the singular\n" +
        "points, at infinity too (Noether's formula: blow-ups over the residue field of each Galois orbit of points).\n" +
        "The curve must be reduced; the geometric genus is given when it is absolutely irreducible, which is decided\n" +
        "exactly (otherwise 'normalisation genus' = 1 - components + sum of their genera, as Singular's genus). Exact.\n" +
        "Example: elimination genus samples/genus2-curve.sys --format json";

    protected override Handler Define(Command command) =>
        SystemFileWithAlgorithm(command, "The system file: one equation of a plane curve.", (ctx, system, algorithm) => new Work(ctx, system, algorithm, Engines));

    protected override SharedOptions Shared => SharedOptions.Format | SharedOptions.Output;

    private sealed record Work(RunContext Context, SystemFile System, string? Algorithm, EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var clock = Stopwatch.StartNew();
            var curve = Engines.IdealOf<T, TField>(System, field, Algorithm, Context);
            var r = PlaneCurveGenus.Compute(curve, Context.Cancellation);
            var points = r.SingularPoints;
            foreach (var p in points)
                Context.Log.Information("singular point orbit {Prime} ({Chart}): {Points} points, multiplicity {M}, delta {Delta}, {Branches} branches",
                    p.Prime, p.Chart, p.Points, p.Local.Multiplicity, p.Local.Delta, p.Local.Branches);
            Context.Log.Information("degree {Degree}, arithmetic genus {Arithmetic}, geometric genus {Geometric} in {Seconds:0.###} s",
                r.Degree, r.ArithmeticGenus, r.GeometricGenus?.ToString() ?? "(not absolutely irreducible)", clock.Elapsed.TotalSeconds);
            var facts = new List<KeyValuePair<string, object?>>
            {
                new("degree", r.Degree),
                new("arithmetic genus", r.ArithmeticGenus),
                new("geometric genus", r.GeometricGenus),
                new("normalisation genus", r.NormalisationGenus),
                new("absolutely irreducible", r.AbsolutelyIrreducible),
                new("irreducibility evidence", r.Evidence),
                new("singular point orbits", points.Select(p => p.Prime.GroebnerBasis().Basis.Select(f => f.ToString()).ToArray()).ToArray()),
                new("singular point charts", points.Select(p => p.Chart).ToArray()),
                new("points per orbit", points.Select(p => p.Points).ToArray()),
                new("multiplicities", points.Select(p => p.Local.Multiplicity).ToArray()),
                new("delta invariants", points.Select(p => p.Local.Delta).ToArray()),
                new("branches", points.Select(p => p.Local.Branches).ToArray()),
                new("total delta", r.TotalDelta),
                new("genus note", "geometric genus = arithmetic genus - total delta (sum over orbits of points x delta); exact"),
            };
            Context.WriteIdeal(curve.Ring, curve.Generators, new IdealMetadata
            {
                Title = "plane curve with its genera",
                Seconds = clock.Elapsed.TotalSeconds,
                Extra = facts,
            });
            return ExitCodes.Ok;
        }
    }
}
