using System.CommandLine;
using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Ideals;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination singular-locus FILE | --arch …</c>: the singular locus by the Jacobian criterion,
/// as an ideal in any --format with its dimension and degree (and, with --components, the
/// dimensions and degrees of its equidimensional parts).
/// </summary>
internal sealed class SingularLocusCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "singular-locus";

    protected override string Description =>
        "Singular locus of V(I) by the Jacobian criterion: I + the c×c minors of the Jacobian, c = codim.\n" +
        "Input: a system FILE, or a network (--arch … --widths …; its neurovariety's equations).\n" +
        "Example: elimination singular-locus tests/Elimination.Geometry.Tests/systems/cusp.sys --components --format json";

    protected override Handler Define(Command command)
    {
        var input = GeometryInput.AddTo(command, Engines);
        var components = new Option<bool>("--components") { Description = "Also list the irreducible components (minimal primes: dimension, degree, generators; exact)." };
        var points = new Option<bool>("--points")
        {
            Description = "For a zero-dimensional singular locus: the number of singular points over the algebraic closure and the\n" +
                          "locus' length (for a hypersurface with isolated singularities: the total Tjurina number).",
        };
        var criterion = new Option<string>("--criterion")
        {
            Description = "How the c×c minors enter: minors (every one, exact; default) or random (random combinations det(A·J·B)\n" +
                          "until fresh ones reduce to 0: no minor is formed; probabilistic, the error bound is reported; --seed).",
            DefaultValueFactory = _ => "minors",
        };
        criterion.AcceptOnlyFromAmong("minors", "random");
        command.Options.Add(components);
        command.Options.Add(points);
        command.Options.Add(criterion);
        return new Handler((r, ctx) =>
        {
            var source = input.Read(r);
            var chosen = r.GetValue(criterion) == "random" ? JacobianCriterion.RandomCombinations : JacobianCriterion.Minors;
            return source.Dispatch(Input, new Work(ctx, source, r.GetValue(components), r.GetValue(points), chosen, Engines));
        }) { Source = r => r.GetValue(input.File), Outputs = input.Outputs };
    }

    private sealed record Work(RunContext Context, GeometryInput.Source Source, bool Components, bool Points, JacobianCriterion Criterion,
        EngineSelector Engines) : IFieldWork<int>
    {
        public int Run<T, TField>(TField field) where TField : struct, IField<T>
        {
            var (x, engine) = Source.Build<T, TField>(field, Context, Engines);
            var options = new GeometryOptions
            {
                Engine = engine, Groebner = Context.GroebnerOptions(), Criterion = Criterion,
                Seed = Components || Criterion == JacobianCriterion.RandomCombinations ? Context.Seed : 1,
            };
            var s = SingularLocus.Compute(x, options, Components);
            var inv = s.Invariants;
            Context.Log.Information("singular locus: {Inv}; codimension of X {C}, {M} minors, {Seconds:0.###} s", inv, s.Codimension, s.MinorCount, s.Seconds);
            var facts = GeometryInput.VarietyFacts(x);
            facts.Add(new("codimension", s.Codimension));
            facts.Add(new("jacobian minors", s.MinorCount));
            if (s.Equidimensional is not null) facts.Add(new("equidimensional", s.Equidimensional));
            if (s.Method is not null) facts.Add(new("singular locus method", s.Method));
            if (s.ErrorBound is { } bound) facts.Add(new("singular locus error bound", bound));
            facts.Add(new("singular locus dimension", inv.GeometricDimension));
            facts.Add(new("singular locus degree", inv.GeometricDegree));
            facts.Add(new("singular locus empty", inv.IsEmpty));
            if (s.Components is { } parts)
            {
                facts.Add(new("component dimensions", parts.Select(p => p.GeometricDimension).ToArray()));
                facts.Add(new("component degrees", parts.Select(p => p.Degree).ToArray()));
                facts.Add(new("component ideals", s.ComponentBases!.Select(b => b.Select(f => f.ToString()).ToArray()).ToArray()));
                facts.Add(new("components note", s.Note));
            }
            if (Points)
            {
                var grevlex = x.Ring.WithOrder(new Core.Monomials.GrevlexOrder(x.Ring.VariableCount));
                AddPointCounts(grevlex, s.Basis, engine, facts, x.IsProjective);
                // An affine hypersurface: the Milnor number summed over its singular points.
                if (x.Generators.Count == 1 && !x.IsProjective)
                {
                    var hypersurface = new Ideal<T, TField>(grevlex, x.Generators, engine, Context.GroebnerOptions());
                    // Per Galois orbit of singular points (a minimal prime of the singular locus): its size and μ, τ at each
                    // point; the totals are their sums (MilnorNumberTests checks the sum against TotalAtSingularPoints).
                    var orbits = MilnorNumber.AtSingularPoints(hypersurface, Context.Seed);
                    // μ is infinite where the critical points are not isolated: "infinite" as text, null in JSON.
                    facts.Add(new("milnor number", orbits.Any(o => o.Milnor is null) ? FactText.Infinite : orbits.Sum(o => o.Points * o.Milnor)));
                    if (orbits.Any(o => o.Milnor is null))
                        facts.Add(new("milnor note", "infinite at some singular point: the critical points are not isolated there " +
                                                     $"(in characteristic {x.Ring.Field.Characteristic} a derivative can vanish identically); Tjurina numbers are finite"));
                    facts.Add(new("tjurina number", orbits.Sum(o => o.Points * o.Tjurina)));
                    facts.Add(new("singular point orbits", orbits.Select(o => o.Prime.GroebnerBasis().Basis.Select(g => g.ToString()).ToArray()).ToArray()));
                    facts.Add(new("points per orbit", orbits.Select(o => o.Points).ToArray()));
                    facts.Add(new("milnor numbers", orbits.Select(o => o.Milnor is { } m ? m : FactText.Infinite).ToArray()));
                    facts.Add(new("tjurina numbers", orbits.Select(o => o.Tjurina).ToArray()));
                }
            }
            GeometryInput.WriteSummary(Context, Source, x, facts, s.Seconds);
            Context.WriteIdeal(x.Ring.WithOrder(new Core.Monomials.GrevlexOrder(x.Ring.VariableCount)), s.Basis, new IdealMetadata
            {
                Title = s.Determinantal ? "singular locus (determinantal structure), reduced grevlex Groebner basis"
                    : s.ErrorBound is not null ? "singular locus (Jacobian criterion, random combinations of minors: probabilistic), reduced grevlex Groebner basis"
                    : "singular locus (Jacobian criterion), reduced grevlex Groebner basis",
                Engine = engine.Name, Seconds = s.Seconds, Extra = facts,
                Lists = s.ComponentBases is { } bases ? [new IdealList("P", bases.Select(b => b.Select(f => f.ToString()).ToArray()).ToArray())] : [],
            });
            return ExitCodes.Ok;
        }

        /// <summary>
        /// Distinct points = dim k[x]/√J, length = dim k[x]/J. For a hypersurface J = (f, ∂f/∂x_i), whose
        /// length at an isolated singular point is its Tjurina number.
        /// </summary>
        private void AddPointCounts<T, TField>(PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> basis,
            Groebner.IGroebnerEngine engine, List<KeyValuePair<string, object?>> facts, bool projective) where TField : struct, IField<T>
        {
            var locus = new Ideal<T, TField>(ring, basis, engine, Context.GroebnerOptions());
            if (projective)
            {
                // Points of projective space are lines of the cone: the locus saturated by the irrelevant ideal (whose
                // vertex is no point) has affine dimension 1, and its degree counts them (the radical's distinct ones).
                // The cone's own dim k[x]/J counted the vertex of a smooth conic as a singular point.
                var saturated = locus.IsUnit ? locus : locus.Saturation(Multigrading.IrrelevantIdeal(locus, Enumerable.Range(0, ring.VariableCount).ToArray()));
                if (saturated.IsUnit)
                {
                    facts.Add(new("singular points", 0));
                    facts.Add(new("singular locus length", 0));
                    return;
                }
                var (dimension, length) = saturated.DimensionAndDegree();
                if (dimension != 1)
                    throw new Core.Errors.InvalidInputException($"--points needs a finite singular locus; this one has projective dimension {dimension - 1}");
                facts.Add(new("singular points", (long)saturated.Radical(Context.Seed).DimensionAndDegree().Degree));
                facts.Add(new("singular locus length", (long)length));
                return;
            }
            if (!locus.IsUnit && locus.Dimension() is var d and not 0)
                throw new Core.Errors.InvalidInputException($"--points needs a zero-dimensional singular locus; this one has dimension {d}");
            var points = locus.Points();
            facts.Add(new("singular points", points.Distinct));
            facts.Add(new("singular locus length", points.WithMultiplicity));
        }
    }
}
