using Elimination.Core.Errors;
using System.CommandLine;
using System.Text.Json;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Monomials;
using Elimination.Geometry;
using Elimination.Geometry.IO;
using Elimination.Geometry.Quadrics;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination ed-degree FILE [--Q …] [--data CSV --degree D] [--sweep-kernel]</c>: the number of
/// critical points of (x − u)ᵀQ(x − u) on X for random (or data-derived) u, computed mod p; for
/// degenerate Q the split of the critical set; with --sweep-kernel a table over kernel dimensions.
/// </summary>
internal sealed class EdDegreeCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "ed-degree";

    protected override string Description =>
        "ED degree: critical points of (x-u)^T Q (x-u) on the smooth part of X for random data u, counted mod a prime\n" +
        "(probabilistic: the failure probability is printed). Degenerate (PSD) Q: the critical set split into the zero-loss\n" +
        "part X ∩ (u + ker Q), ramified points of the projection along ker Q, and the rest. --data: Q and u from a dataset\n" +
        "(mean squared error of a degree-D polynomial model), exact over QQ.\n" +
        "Example: elimination ed-degree tests/Elimination.Geometry.Tests/systems/twisted-cubic.sys --projective --Q bombieri-weyl";

    protected override Handler Define(Command command)
    {
        var input = GeometryInput.AddTo(command, Engines);
        var q = new Option<string>("--Q") { Description = $"The form: {QuadricSpec.Help}.", DefaultValueFactory = _ => "identity", HelpName = "SPEC" };
        var data = new Option<string?>("--data") { Description = "CSV dataset (inputs then outputs per line): Q = AᵀA and u = A⁺B for a polynomial model of degree --degree.", HelpName = "CSV" };
        var degree = new Option<int?>("--degree") { Description = "With --data: degree D of the model's polynomials.", HelpName = "D" };
        var inputs = new Option<int?>("--inputs") { Description = "With --data: number of input columns (default: all but the last).", HelpName = "M" };
        var homogeneous = new Option<bool>("--homogeneous") { Description = "With --data: the model's polynomials are homogeneous of degree D (no lower terms)." };
        var sweep = new Option<bool>("--sweep-kernel") { Description = "Table over k = 0,1,...: random PSD Q with kernel of dimension k." };
        var maxKernel = new Option<int?>("--max-kernel") { Description = "With --sweep-kernel: largest k (default n - 1).", HelpName = "K" };
        var prime = new Option<long>("--prime") { Description = "The prime p < 2^31 to count modulo (an input over GF(q) is counted mod q).", DefaultValueFactory = _ => 2147483647, HelpName = "P" };
        var ideal = new Option<bool>("--ideal") { Description = "Write the saturated critical ideal (in --format) instead of the summary." };
        foreach (var o in new Option[] { q, data, degree, inputs, homogeneous, sweep, maxKernel, prime, ideal }) command.Options.Add(o);
        return new Handler((r, ctx) =>
        {
            var source = input.Read(r);
            var p = r.GetValue(prime);
            bool chosen = r.GetResult(prime) is { Implicit: false };
            // Over GF(q) the variety is the one mod q (its equations may differ from any other prime's): count there.
            var field = source.FieldOf(Input);
            if (!field.IsRationals)
            {
                if (chosen && p != field.Characteristic)
                    throw new InvalidInputException($"--prime {p}: the input is over {field}, so the count is made mod {field.Characteristic}; drop --prime or give --prime {field.Characteristic}");
                if (field.Characteristic == 2) throw new InvalidInputException("the input is over GF(2): ED degrees need a characteristic other than 2 (the squared distance degenerates)");
                p = field.Characteristic;
                chosen = true;
            }
            if (p <= 2 || p >= 1L << 31 || !Primes.IsPrime((ulong)p)) throw new InvalidInputException($"--prime {p} is not a prime in (2, 2^31)");
            if (r.GetValue(data) is not null && r.GetValue(degree) is null) throw new InvalidInputException("--data needs --degree D");
            if (r.GetValue(sweep) && r.GetValue(data) is not null) throw new InvalidInputException("--sweep-kernel uses random forms; it does not take --data");
            var work = new Work(ctx, source, new QuadricSpec(r.GetValue(q)!), r.GetValue(data), r.GetValue(degree) ?? 0, r.GetValue(inputs),
                r.GetValue(homogeneous), r.GetValue(sweep), r.GetValue(maxKernel) ?? -1, r.GetValue(ideal), Engines);
            // The default prime may divide an entry or minor of Q (rank drops mod p): then take the next prime down.
            foreach (var candidate in Primes.DescendingFrom((uint)p).Take(chosen ? 1 : 8))
            {
                try { return source.DispatchModular(Input, candidate, work); }
                catch (Geometry.Quadrics.UnluckyPrimeException e) when (!chosen)
                {
                    ctx.Log.Warning("prime {Prime} is unlucky for this input ({Reason}); trying the next prime", candidate, e.Message);
                }
            }
            throw new Geometry.Quadrics.UnluckyPrimeException($"no lucky prime below {p} among the 8 tried; give --prime");
        }) { Source = r => r.GetValue(input.File), Outputs = input.Outputs };
    }

    private sealed record Work(RunContext Context, GeometryInput.Source Source, QuadricSpec Q, string? Data, int Degree, int? Inputs,
        bool Homogeneous, bool Sweep, int MaxKernel, bool Ideal, EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var (x, engine) = Source.Build<T, TField>(field, Context, Engines);
            int n = x.AmbientVariables;
            var options = new GeometryOptions { Engine = engine, Groebner = Context.GroebnerOptions(), Seed = Context.Seed };
            if (x.GeometricDimension < 0)
                throw new InvalidInputException(x.IsProjective && x.Dimension == 0
                    ? "X is empty in projective space (its ideal defines only the cone's vertex): there are no points to count critical points on"
                    : "X is empty (the ideal is the unit ideal): there are no points to count critical points on");
            var facts = GeometryInput.VarietyFacts(x);
            facts.Add(new("codimension", x.Codimension));
            facts.Add(new("prime", field.Characteristic));
            facts.Add(new("seed", options.Seed));
            if (Sweep)
            {
                var rows = DegenerateCritical.Sweep(x, MaxKernel, options);
                Context.Log.Information("kernel sweep:\n{Table}", DegenerateCritical.FormatTable(rows));
                var table = rows.Select(r => new Dictionary<string, object?>
                {
                    ["kernel dimension"] = r.KernelDimension,
                    ["critical"] = Cell(r.Total), ["zero-loss"] = Cell(r.ZeroLoss), ["ramified"] = Cell(r.Ramified),
                    ["unramified"] = Cell(r.Unramified), ["seconds"] = Math.Round(r.Seconds, 4),
                }).ToList();
                facts.Add(new("note", rows.Count > 0 ? rows[0].Note : ""));
                GeometryInput.WriteSummary(Context, Source, x, facts.Append(new("sweep", table)).ToList(), rows.Sum(r => r.Seconds));
                Context.WriteResult(w =>
                {
                    if (Context.Settings.Format == "json")
                    {
                        w.WriteLine(JsonFacts.Serialize(facts.Append(new("sweep", table))));
                    }
                    else
                    {
                        GeometryInput.WriteFacts(w, facts, Context.Settings.Format);
                        w.Write(DegenerateCritical.FormatTable(rows));
                    }
                });
                return ExitCodes.Ok;
            }

            var rng = new Random(options.Seed);
            FieldMatrix<T, TField> q;
            IReadOnlyList<T> u;
            if (Data is not null)
            {
                var text = File.Exists(Data) ? TextFile.Read(Data) : throw new FileNotFoundException($"no such file: '{Data}'", Data);
                (List<Rational[]> Inputs, List<Rational[]> Outputs) dataset;
                try { dataset = DatasetCsv.Parse(text, Inputs); }
                catch (InvalidInputException e) { throw new InvalidInputException($"--data {Data}: {e.Message}"); }
                var (ins, outs) = dataset;
                var mse = MseQuadric.Build(ins, outs, Degree, Homogeneous);
                if (mse.Dimension != n)
                    throw new InvalidInputException($"the model has {mse.Monomials.Count} monomials × {outs[0].Length} outputs = {mse.Dimension} coefficients but the variety has {n} coordinates");
                q = QuadraticForms.ToField<T, TField>(mse.Q, field);
                u = mse.U.Select(v => field.FromRational(v.Numerator, v.Denominator)).ToArray();
                facts.Add(new("Q", $"moment matrix AᵀA of {mse.Samples} samples, degree {Degree}{(Homogeneous ? " (homogeneous)" : "")}"));
                facts.Add(new("rank Q", mse.Rank));
                facts.Add(new("Q degenerate", mse.IsDegenerate));
                facts.Add(new("u", string.Join(" ", mse.U.Select(v => v.ToString()))));
                facts.Add(new("least-squares residual", mse.Residual.ToString()));
            }
            else
            {
                q = Q.Build<T, TField>(field, n, rng, requirePsdIfDegenerate: !Ideal);
                u = EdDegree.RandomVector<T, TField>(field, n, rng);
                facts.Add(new("Q", Q.Text));
                facts.Add(new("rank Q", q.Rank));
            }
            int k = q.Kernel().Columns;
            facts.Add(new("kernel dimension", k));
            if (Ideal)
            {
                var crit = EdDegree.CriticalIdeal(x, q, u, options);
                AddCount(facts, crit, Data is not null);
                GeometryInput.WriteSummary(Context, Source, x, facts, crit.Seconds);
                var ring = x.Ring.WithOrder(new GrevlexOrder(n));
                Context.WriteIdeal(ring, crit.Basis!, new IdealMetadata
                {
                    Title = "ED critical ideal (saturated), reduced grevlex Groebner basis", Engine = engine.Name,
                    Seconds = crit.Seconds, Verified = false, VerificationNote = crit.ProbabilityNote, Extra = facts,
                });
                return ExitCodes.Ok;
            }
            double seconds;
            if (k > 0)
            {
                var d = DegenerateCritical.Decompose(x, q, u, options);
                Context.Log.Information("critical set {Total}: zero-loss {Zero}, ramified {Ram}, unramified {Un}; {Seconds:0.###} s",
                    d.Total, d.ZeroLoss, d.Ramified, d.Unramified, d.Seconds);
                facts.Add(new("critical dimension", d.Total.GeometricDimension));
                facts.Add(new("critical degree", d.Total.GeometricDegree));
                facts.Add(new("zero-loss dimension", d.ZeroLoss.GeometricDimension));
                facts.Add(new("zero-loss degree", d.ZeroLoss.GeometricDegree));
                facts.Add(new("ramified points", d.Ramified.IsEmpty ? 0 : d.Ramified.Dimension == 0 ? d.Ramified.Degree : -1));
                facts.Add(new("unramified points", d.Unramified.IsEmpty ? 0 : d.Unramified.Dimension == 0 ? d.Unramified.Degree : -1));
                facts.Add(new("note", d.Note + "; -1 points = positive-dimensional"));
                seconds = d.Seconds;
            }
            else
            {
                var c = EdDegree.CountBest(x, q, u, options);
                // No critical point at all: an ED degree 0 (isotropic lines x^2 + y^2), or no smooth point in the Jacobian's
                // sense because the ideal is not radical ((x^2 + y^2 - 1)^2: the circle's ED degree is 2, not 0).
                if (c.Invariants.Dimension < 0 && SingularLocus.Compute(x, options) is var sing
                    && sing.Invariants.Dimension + (x.IsProjective ? 1 : 0) >= x.AmbientVariables - sing.Codimension)
                    throw new InvalidInputException("the Jacobian of the ideal vanishes on a whole component of X (the ideal is not radical there), " +
                                                    "so X has no smooth points to count critical points on: give its radical ('elimination decompose' writes it)");
                Context.Log.Information("{Count} critical points ({Seconds:0.###} s)", c.Invariants.Degree, c.Seconds);
                AddCount(facts, c, Data is not null);
                seconds = c.Seconds;
            }
            facts.Add(new("seconds", Math.Round(seconds, 4)));
            GeometryInput.WriteSummary(Context, Source, x, facts, seconds);
            Context.WriteResult(w => GeometryInput.WriteFacts(w, facts, Context.Settings.Format));
            return ExitCodes.Ok;
        }

        private static void AddCount<T, TField>(List<KeyValuePair<string, object?>> facts, EdCriticalResult<T, TField> c, bool fromData)
            where TField : struct, IField<T>
        {
            facts.Add(new("formulation", c.MinorCount > 0 ? "minors" : "lagrange"));
            if (c.MinorCount > 0) facts.Add(new("minors", c.MinorCount));
            facts.Add(new("critical dimension", c.Invariants.Dimension));
            if (c.Invariants.Dimension == 0) facts.Add(new(fromData ? "critical points" : "ed degree", c.Invariants.Degree));
            else if (c.Invariants.Dimension < 0) facts.Add(new(fromData ? "critical points" : "ed degree", 0));
            else if (c.Invariants.Dimension > 0 && c.Invariants.Degree >= 0) facts.Add(new("critical degree", c.Invariants.Degree));
            facts.Add(new("probability bound", double.Parse(c.ProbabilityBound.ToString("G3"))));
            facts.Add(new("probability note", c.ProbabilityNote));
        }

        private static string Cell(LocusInvariants i) => i.IsEmpty ? "-" : $"{i.Dimension}/{i.Degree}";
    }
}
