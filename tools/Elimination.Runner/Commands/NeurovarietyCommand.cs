using System.CommandLine;
using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination neurovariety --arch mlp --widths 3,3,3 --activation "x^2"</c>: dimension (by
/// back-propagation mod p), expected dimension, defect, generic fibre and implicit equations of a
/// network's neurovariety.
/// </summary>
internal sealed class NeurovarietyCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "neurovariety";

    protected override string Description =>
        "Dimension, expected dimension, defect, generic fibre and implicit equations of a polynomial network's neurovariety.\n" +
        "Sizes: mlp/linear --widths d0,...,dL; cnn --widths INPUT --filters k1,... [--strides s1,...] [--channels c0,...,cL];\n" +
        "attention --widths d,d',a,t (one layer) or --widths \"d0,...,dL;a1,...,aL;t\" (a stack of L layers).\n" +
        "Default: --dimension. The dimension is the Jacobian rank mod a prime < 2^31 by back-propagation (proved when it meets\n" +
        "the symmetry bound, else correct with the failure probability printed). Equations by elimination (multigraded per output).\n" +
        "Example: elimination neurovariety --arch mlp --widths 3,2,1 --activation \"x^2\" --equations --dimension";

    protected override Handler Define(Command command)
    {
        var network = ArchitectureOptions.AddTo(command, required: true);
        var field = new Option<string>("--field") { Description = "Field for --equations: QQ or GF(p).", DefaultValueFactory = _ => "QQ", HelpName = "QQ|GF(p)" };
        var equations = new Option<bool>("--equations") { Description = "Compute the implicit equations (elimination; small networks)." };
        var dimension = new Option<bool>("--dimension") { Description = "Compute the dimension, expected dimension and defect." };
        var fibre = new Option<bool>("--fibre") { Description = "Generic fibre: dimension, and number of points after normalising rescalings when finite." };
        var degreeBound = new Option<int?>("--degree-bound")
        {
            Description = "With --equations: only equations of degree <= N, by interpolation at random points of the variety (per\n" +
                          "multidegree; scales further than elimination). --field GF(p): mod p, probabilistic; QQ: lifted from several\n" +
                          "primes and checked against the exact parametrisation.",
            HelpName = "N",
        };
        var decide = new Option<bool>("--decide")
        {
            Description = "With --equations over QQ: decide what the equations of degree <= N generate (without --degree-bound: the\n" +
                          "least N whose equations cut out a set of the variety's dimension). Evidence: dimension, degree and\n" +
                          "Cohen-Macaulay test of their ideal J, the degree of V by a point count (60 s) or by the Galois orbits of a\n" +
                          "linear section of V(J) (probabilistic), and I(V) by elimination over QQ when it finishes in 10 s (exact).",
        };
        var checkpoint = new Option<string?>("--checkpoint")
        {
            Description = "With --degree-bound: keep finished graded pieces in this folder and reuse them (resume a killed run).",
            HelpName = "DIR",
        };
        var affine = new Option<bool>("--affine") { Description = "Equations without the multigrading (one affine target)." };
        var algorithm = Engines.AlgorithmOption("Engine for the elimination");
        foreach (var o in new Option[] { field, equations, dimension, fibre, affine, algorithm, degreeBound, decide, checkpoint })
            command.Options.Add(o);
        return new Handler((r, ctx) =>
        {
            bool wantEquations = r.GetValue(equations), wantFibre = r.GetValue(fibre);
            bool wantDimension = r.GetValue(dimension) || (!wantEquations && !wantFibre);
            var spec = OptionValues.Field(r.GetValue(field)!);
            // --decide proves over QQ from equations; anywhere else it would be ignored without a word.
            if (r.GetValue(decide) && !wantEquations) throw new InvalidInputException("--decide needs --equations");
            if (r.GetValue(decide) && !spec.IsRationals)
                throw new InvalidInputException($"--decide works over QQ (its certificate and point counts are exact there), not over {spec}: drop --field or --decide");
            if (r.GetValue(checkpoint) is string dir && File.Exists(dir))
                throw new InvalidInputException($"--checkpoint '{dir}' is a file; give a directory (it is created if missing)");
            return FieldDispatch.Run(spec, new Work(ctx, network.Create(r), wantDimension, wantEquations, wantFibre, r.GetValue(affine), r.GetValue(algorithm), Engines,
                r.GetValue(degreeBound), r.GetValue(decide), r.GetValue(checkpoint)));
        });
    }

    private sealed record Work(RunContext Context, INeuralArchitecture Network, bool Dimension, bool Equations, bool Fibre, bool Affine,
        string? Algorithm, EngineSelector Engines, int? DegreeBound, bool Decide = false, string? Checkpoint = null) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var log = Context.Log;
            var facts = new List<KeyValuePair<string, object?>>
            {
                new("architecture", Network.Description),
                new("parameters", Network.ParameterCount),
                new("ambient dimension", Network.AmbientDimension),
                new("symmetry", $"{Network.SymmetryDescription} (dimension {Network.SymmetryDimension})"),
                new("expected dimension", ExpectedDimension.Of(Network)),
            };
            log.Information("{Arch}: {P} parameters, ambient dimension {N}", Network.Description, Network.ParameterCount, Network.AmbientDimension);
            if (Dimension)
            {
                var report = DimensionReport.Compute(Network, new DimensionOptions { Seed = Context.Seed, Cancellation = Context.Cancellation, Threads = Context.Settings.Threads });
                log.Information("dimension {Dim} in {Seconds:0.###} s ({Rows} Jacobian rows at {Points} inputs)", report.Dimension, report.Result.Seconds, report.Result.Rows, report.Result.Points);
                if (Network.AmbientDimension <= 3000)
                    facts.Add(new("linear span dimension", LinearSpan.Compute(Network, seed: Context.Seed, cancellation: Context.Cancellation)));
                facts.Add(new("dimension", report.Dimension));
                facts.Add(new("dimension certainty", report.Certainty));
                // The rank is taken mod a large prime: it is the variety's over QQ (characteristic 0). Mod a small p the
                // image can be smaller ((2,2,1) x^3 over GF(3): the cubes' mixed coefficients vanish, dimension 2, not 4).
                if (field.Characteristic > 0)
                    facts.Add(new("dimension over", $"QQ (characteristic 0); the variety over {field.Name} can have a smaller dimension (see 'dimension from equations' with --equations)"));
                facts.Add(new("defect", report.Defect));
                facts.Add(new("filling", report.Filling));
                facts.Add(new("dimension seconds", Math.Round(report.Result.Seconds, 4)));
            }
            if (Fibre)
            {
                var f = GenericFibre.Compute(Network, new FibreOptions { Seed = Context.Seed, Cancellation = Context.Cancellation });
                facts.Add(new("fibre dimension", f.Dimension));
                facts.Add(new("fibre points", f.Points)); // null: infinite or unknown (the note says which)
                facts.Add(new("fibre note", f.Note));
            }
            if (Equations && DegreeBound is int bound && field.Characteristic > 0)
            {
                uint prime = (uint)field.Characteristic;
                var d = DegreeBoundedEquations.Compute(Network, bound, prime, Context.Seed, Context.Cancellation, Context.Settings.Threads, LogPiece,
                    Checkpoint is null ? null : new InterpolationCheckpoint(Checkpoint, Network));
                log.Information("{Count} generators of degree <= {Bound} mod {Prime} in {Seconds:0.###} s", d.Generators.Count, bound, prime, d.Seconds);
                facts.Add(new("equations", d.Generators.Count));
                facts.Add(new("degree bound", bound));
                facts.Add(CoordinatesFact());
                facts.Add(new("equation multidegrees", string.Join(" ", d.Generators.Select(g => "(" + string.Join(",", g.Multidegree) + ")"))));
                facts.Add(new("graded pieces", string.Join(" ", d.GradedPieces.Where(g => g.Equations > 0).Select(g => $"({string.Join(",", g.Multidegree)}):{g.Equations}/{g.Monomials}"))));
                facts.Add(new("method", $"interpolation at random points mod {prime} (probabilistic: no equation is missed; a spurious one has probability <= rank*degree*deg_theta/p)"));
                Context.WriteIdeal(d.Ring, d.Equations, new IdealMetadata
                {
                    Title = $"equations of degree <= {bound} of the neurovariety of the {Network.Description}",
                    Seconds = d.Seconds,
                    Verified = false,
                    VerificationNote = "interpolation mod p at random points",
                    Extra = facts,
                });
                return ExitCodes.Ok;
            }
            int? chosenBound = null;
            if (Decide && DegreeBound is null)
            {
                chosenBound = CuttingDegree.Find(Network, seed: Context.Seed, cancellation: Context.Cancellation, threads: Context.Settings.Threads)
                    ?? throw new InvalidInputException("--decide without --degree-bound: no degree <= 8 has equations cutting out a set of the variety's dimension (or the network is filling); give --degree-bound");
                log.Information("--decide: equations of degree <= {Bound} cut out a set of the variety's dimension", chosenBound);
            }
            if (Equations && (DegreeBound ?? chosenBound) is int exactBound)
            {
                var d = DegreeBoundedEquations.ComputeExact(Network, exactBound, Context.Seed, threads: Context.Settings.Threads, cancellation: Context.Cancellation, progress: LogPiece,
                    checkpoint: Checkpoint is null ? null : new InterpolationCheckpoint(Checkpoint, Network));
                log.Information("{Count} generators of degree <= {Bound} over QQ from {Primes} primes in {Seconds:0.###} s (lift {Lift:0.###} s), verified: {Verified}",
                    d.Generators.Count, exactBound, d.Primes.Count, d.Seconds, d.LiftSeconds, d.Verified);
                facts.Add(new("equations", d.Generators.Count));
                facts.Add(new("degree bound", chosenBound is null ? exactBound : $"{exactBound} (the least whose equations cut out a set of dimension dim V)"));
                facts.Add(CoordinatesFact());
                facts.Add(new("equation multidegrees", string.Join(" ", d.Generators.Select(g => "(" + string.Join(",", g.Multidegree) + ")"))));
                facts.Add(new("graded pieces", string.Join(" ", d.GradedPieces.Where(g => g.Equations > 0).Select(g => $"({string.Join(",", g.Multidegree)}):{g.Equations}/{g.Monomials}"))));
                facts.Add(new("graded pieces interpolated", d.GradedPieceCount));
                facts.Add(new("primes", d.Primes.ToArray()));
                if (d.Dimension is int proved) facts.Add(new("dimension", proved));
                if (d.Ideal is not null) facts.Add(new("ideal", d.Ideal));
                else if (Decide)
                {
                    if (!d.Verified)
                    {
                        // The verdicts take J ⊆ I(V) for granted; here it holds only with the stated probability.
                        log.Warning("--decide: the equations are not proved to vanish on V; the decision assumes they do");
                        facts.Add(new("decision assumes", $"the equations vanish on V, which is probabilistic here (failure probability {d.FailureProbability:G3})"));
                    }
                    var decision = IdealDecision.Decide(Network, d.Equations, new FibreOptions { Seed = Context.Seed, Cancellation = Context.Cancellation },
                        interpolatedPieces: d.GradedPieces, progress: phase => log.Information("--decide: {Phase}", phase));
                    facts.Add(new("decision", decision.Verdict.ToString()));
                    facts.Add(new("decision evidence", decision.Note));
                }
                if (d.DiscardedPrimes.Count > 0) facts.Add(new("discarded primes", d.DiscardedPrimes.ToArray()));
                if (!d.CheckedSymbolically) facts.Add(new("failure probability", d.FailureProbability));
                Context.WriteIdeal(d.Ring, d.Equations, new IdealMetadata
                {
                    Title = $"equations of degree <= {exactBound} of the neurovariety of the {Network.Description}",
                    Seconds = d.Seconds,
                    Verified = d.Verified,
                    VerificationNote = d.Note,
                    Extra = facts,
                });
                return ExitCodes.Ok;
            }
            if (DegreeBound is not null) throw new InvalidInputException("--degree-bound needs --equations");
            if (Equations)
            {
                var engine = Engines.Select<T, TField>(Algorithm, field);
                var v = NeuroVariety.Compute<T, TField>(Network, field, new NeuroVarietyOptions
                {
                    Engine = engine, Groebner = Context.GroebnerOptions(), Multigraded = !Affine,
                    Interpolate = Algorithm is null or "auto", Seed = Context.Seed,
                });
                log.Information("{Count} equations, dimension {Dim}, degree {Degree}, {Seconds:0.###} s", v.Equations.Count, v.Dimension, v.Degree, v.Seconds);
                facts.Add(new("equations", v.Equations.Count));
                facts.Add(new("equation multidegrees", string.Join(" ", v.Equations.Select(e => "(" + string.Join(",", v.Multidegree(e)) + ")"))));
                facts.Add(new("dimension from equations", v.Dimension));
                // Over QQ the ideal is I(V) exactly, so its dimension proves the Jacobian rank's (a lower bound) exact.
                int certainty = facts.FindIndex(f => f.Key == "dimension certainty");
                if (field.Characteristic == 0 && certainty >= 0 && facts[certainty].Value is string said && !said.StartsWith("proved")
                    && facts.Find(f => f.Key == "dimension").Value is int rank && rank == v.Dimension)
                    facts[certainty] = new("dimension certainty", "proved (equal to the dimension of the exact ideal's Hilbert series)");
                facts.Add(new("method", v.Method));
                facts.Add(new("degree", v.Degree));
                facts.Add(new("hilbert series", v.Hilbert.Format()));
                facts.Add(CoordinatesFact());
                Context.WriteIdeal(v.Ideal.Ring, v.Equations, new IdealMetadata
                {
                    Title = $"ideal of the neurovariety of the {Network.Description}",
                    Engine = v.Engine,
                    Seconds = v.Seconds,
                    Extra = facts,
                });
                return ExitCodes.Ok;
            }
            Context.WriteResult(w => WriteFacts(w, facts, Context.Settings.Format));
            return ExitCodes.Ok;
        }

        /// <summary>Progress of one graded piece: at information level when it took a second or more.</summary>
        private void LogPiece(InterpolationProgress p) =>
            Context.Log.Write(p.Seconds >= 1 ? Serilog.Events.LogEventLevel.Information : Serilog.Events.LogEventLevel.Debug,
                "mod {Prime}: piece {Done}/{Total} multidegree ({Alpha}) weight ({Weight}): {Monomials} monomials, kernel {Kernel}, {Seconds:0.###} s",
                p.Prime, p.Done, p.Total, string.Join(",", p.Multidegree), string.Join(",", p.Weight), p.Monomials, p.KernelDimension, p.Seconds);

        /// <summary>Which coefficient each output coordinate y_k is: without it an equations file cannot be read.</summary>
        private KeyValuePair<string, object?> CoordinatesFact() =>
            new("coordinates", string.Join("; ", Enumerable.Range(0, Network.Coordinates.Count).Select(k => NeuroVariety.DescribeCoordinate(Network, k))));

        private static void WriteFacts(TextWriter w, List<KeyValuePair<string, object?>> facts, string? format)
        {
            if (format == "json")
            {
                w.WriteLine(JsonFacts.Serialize(facts));
                return;
            }
            if (format is not null && format is not "native" and not "sys")
                throw new InvalidInputException($"--format {format} is for ideals: add --equations, or use native or json");
            foreach (var (k, v) in facts) w.WriteLine($"{k}: {FactText.Format(v)}");
        }
    }
}
