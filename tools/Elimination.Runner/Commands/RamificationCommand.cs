using System.CommandLine;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Geometry;
using Elimination.Geometry.IO;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Geometry.Quadrics;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination ramification FILE --projection M | --kernel K | --random-projection m</c>: the
/// ramification locus of a linear projection restricted to V(I), and its branch locus (image).
/// </summary>
internal sealed class RamificationCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "ramification";

    protected override string Description =>
        "Ramification locus of a linear projection x -> Px restricted to X = V(I) (where its differential on the tangent\n" +
        "space drops rank), on the smooth part of X, and the branch locus P(Ram) by elimination; dimension and degree of both.\n" +
        "Example: elimination ramification tests/Elimination.Geometry.Tests/systems/quartic.sys --projection \"1,2\" --branch";

    protected override Handler Define(Command command)
    {
        var input = GeometryInput.AddTo(command, Engines);
        var projection = new Option<string?>("--projection") { Description = "The m×n matrix P: rows separated by ';', entries by ',' (or a file).", HelpName = "MATRIX" };
        var kernel = new Option<string?>("--kernel") { Description = "Project along the span of these vectors (one per ';'-separated row, or a file).", HelpName = "VECTORS" };
        var random = new Option<int?>("--random-projection") { Description = "A random projection to this many coordinates (seeded).", HelpName = "M" };
        var branch = new Option<bool>("--branch") { Description = "Write the branch locus ideal (in y1..ym) instead of the ramification ideal." };
        var keepSingular = new Option<bool>("--keep-singular") { Description = "Do not remove the singular points of X from the ramification locus." };
        foreach (var o in new Option[] { projection, kernel, random, branch, keepSingular }) command.Options.Add(o);
        return new Handler((r, ctx) =>
        {
            var source = input.Read(r);
            int given = (r.GetValue(projection) is null ? 0 : 1) + (r.GetValue(kernel) is null ? 0 : 1) + (r.GetValue(random) is null ? 0 : 1);
            if (given != 1) throw new InvalidInputException("give exactly one of --projection, --kernel, --random-projection");
            return source.Dispatch(Input, new Work(ctx, source, r.GetValue(projection), r.GetValue(kernel), r.GetValue(random),
                r.GetValue(branch), r.GetValue(keepSingular), Engines));
        }) { Source = r => r.GetValue(input.File), Outputs = input.Outputs };
    }

    private sealed record Work(RunContext Context, GeometryInput.Source Source, string? Projection, string? Kernel, int? Random,
        bool Branch, bool KeepSingular, EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var (x, engine) = Source.Build<T, TField>(field, Context, Engines);
            int n = x.AmbientVariables;
            FieldMatrix<T, TField> p;
            if (Projection is not null) p = QuadraticForms.ToField<T, TField>(MatrixText.ParseOrLoad(Projection, "--projection"), field);
            else if (Kernel is not null)
                p = Ramification.ProjectionAlong(QuadraticForms.ToField<T, TField>(MatrixText.ParseOrLoad(Kernel, "--kernel"), field).Transpose());
            else
            {
                int m = Random!.Value;
                if (m < 1 || m > n) throw new InvalidInputException($"--random-projection needs 1 ≤ M ≤ {n}");
                var rng = new Random(Context.Seed);
                p = FieldMatrix<T, TField>.Random(field, m, n, rng);
            }
            if (p.Columns != n) throw new InvalidInputException($"the projection has {p.Columns} columns but the variety has {n} coordinates");
            var options = new GeometryOptions { Engine = engine, Groebner = Context.GroebnerOptions(), Seed = Context.Seed };
            var result = Ramification.Compute(x, p, options, smoothPartOnly: !KeepSingular);
            var ram = result.RamificationInvariants;
            var br = result.BranchInvariants!.Value;
            Context.Log.Information("ramification locus: {Ram}; branch locus: {Branch}; minors of size {Size}; {Seconds:0.###} s", ram, br, result.MinorSize, result.Seconds);
            var facts = GeometryInput.VarietyFacts(x);
            facts.Add(new("projection rank", result.Projection.Rows));
            facts.Add(new("minor size", result.MinorSize));
            facts.Add(new("ramification dimension", ram.GeometricDimension));
            facts.Add(new("ramification degree", ram.GeometricDegree));
            facts.Add(new("branch dimension", br.GeometricDimension));
            facts.Add(new("branch degree", br.GeometricDegree));
            facts.Add(new("note", result.Note));
            GeometryInput.WriteSummary(Context, Source, x, facts, result.Seconds);
            var meta = new IdealMetadata
            {
                Title = Branch ? "branch locus of the projection, reduced grevlex Groebner basis" : "ramification locus of the projection, reduced grevlex Groebner basis",
                Engine = engine.Name, Seconds = result.Seconds, Verified = false,
                // Over fields below 2^20 the saturations are by ideals, exactly; the header said "randomised" there too.
                VerificationNote = result.Randomised ? "randomised saturation (see note)" : "exact saturations (see note)", Extra = facts,
            };
            if (Branch) Context.WriteIdeal(result.BranchRing!, result.BranchBasis!, meta);
            else Context.WriteIdeal(x.Ring, result.RamificationBasis, meta);
            return ExitCodes.Ok;
        }
    }
}
