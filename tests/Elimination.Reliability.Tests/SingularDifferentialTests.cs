using System.Diagnostics;
using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Groebner.Buchberger;
using Elimination.Ideals;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Differential tests against Singular: seeded random ideals over ℚ and several primes, in lex,
/// grevlex and block orders; our reduced basis (default engine, and Buchberger on every fourth
/// case), elimination ideal, dimension, degree, Hilbert series numerator and Hilbert polynomial (hilbPoly) must equal Singular's.
/// All cases run in ONE Singular process. ELIMINATION_DIFF_CASES sets the number of cases
/// (default 300), ELIMINATION_DIFF_SEED the first seed.
/// </summary>
[TestFixture]
public sealed class SingularDifferentialTests
{
    private const int DefaultCases = 300;
    private const int DefaultFirstSeed = 80_000;
    /// <summary>A case slower than this on our side is reported as slow, not compared (each should take milliseconds).</summary>
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(15);

    private static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : fallback;

    [Test]
    public void RandomIdealsAgreeWithSingular()
    {
        var exe = SingularProcess.RequireOrIgnore();
        int count = EnvInt("ELIMINATION_DIFF_CASES", DefaultCases);
        int first = EnvInt("ELIMINATION_DIFF_SEED", DefaultFirstSeed);
        var cases = Enumerable.Range(first, count).Select(RandomIdealCase.Generate).ToList();
        TestContext.Out.WriteLine($"{count} cases, seeds {first}..{first + count - 1} (ELIMINATION_DIFF_CASES / ELIMINATION_DIFF_SEED)");

        var script = new StringBuilder(RandomIdealCase.SingularLibraries).Append("int k;\n");
        foreach (var c in cases) script.Append(c.SingularCommands(c.Seed.ToString()));
        var singularClock = Stopwatch.StartNew();
        var singular = Task.Run(() =>
        {
            var r = SingularProcess.Run(exe, script.ToString(), TimeSpan.FromSeconds(120 + count * 0.2));
            singularClock.Stop();
            return r;
        });

        var ours = new System.Collections.Concurrent.ConcurrentDictionary<int, CaseAnswer>();
        var slow = new System.Collections.Concurrent.ConcurrentBag<string>();
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        var seconds = new System.Collections.Concurrent.ConcurrentDictionary<int, double>();
        var clock = Stopwatch.StartNew();
        // Cases are independent; run them on all cores (each engine call single-threaded).
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
        {
            using var limit = new CancellationTokenSource(CaseLimit);
            var caseClock = Stopwatch.StartNew();
            try { ours[c.Seed] = Compute(c, limit.Token); }
            catch (OperationCanceledException) { slow.Add(c.ToString()); }
            // Any other exception is a failure of this case: reported with its seed, the rest still run.
            catch (Exception e) { errors[c.Seed] = $"{e.GetType().Name}: {e.Message}"; }
            seconds[c.Seed] = caseClock.Elapsed.TotalSeconds;
        });
        clock.Stop();
        var answers = singular.Result;

        var failures = new List<string>();
        int compared = 0, buchberger = 0;
        foreach (var c in cases)
        {
            if (errors.TryGetValue(c.Seed, out var error)) failures.Add(Failure(c, $"our run ended in {error}; the answer", null, null));
            if (!ours.TryGetValue(c.Seed, out var mine)) continue;
            var id = c.Seed.ToString();
            if (!answers.TryGetValue("GB " + id, out var gb) || !answers.TryGetValue("EL " + id, out var el) || !answers.TryGetValue("IN " + id, out var inv))
            {
                failures.Add(Failure(c, "Singular printed no answer for this case", null, null));
                continue;
            }
            compared++;
            var theirsGb = mine.ParseInCaseRing(gb);
            if (!mine.Basis.SequenceEqual(theirsGb)) failures.Add(Failure(c, $"reduced basis ({mine.Engine})", mine.Basis, theirsGb));
            if (mine.BuchbergerBasis is not null)
            {
                buchberger++;
                if (!mine.BuchbergerBasis.SequenceEqual(theirsGb)) failures.Add(Failure(c, "reduced basis (buchberger)", mine.BuchbergerBasis, theirsGb));
            }
            var theirsEl = mine.ParseInEliminationRing(el);
            if (!mine.Elimination.SequenceEqual(theirsEl)) failures.Add(Failure(c, $"elimination ideal of the first {c.EliminateCount} variables (grevlex basis)", mine.Elimination, theirsEl));
            var theirsInv = new[] { $"dim {inv.ElementAtOrDefault(0)}", $"degree {inv.ElementAtOrDefault(1)}", $"hilb numerator {TrimZeros(inv.ElementAtOrDefault(2) ?? "")}",
                $"hilbert polynomial {HilbertPolynomialText.FromSingular(inv.ElementAtOrDefault(3) ?? "")}" };
            if (!mine.Invariants.SequenceEqual(theirsInv)) failures.Add(Failure(c, "dimension / degree / Hilbert series / Hilbert polynomial", mine.Invariants, theirsInv));
        }

        TestContext.Out.WriteLine($"compared {compared} cases ({buchberger} also with buchberger), {slow.Count} slow (> {CaseLimit.TotalSeconds} s, not compared); " +
                                  $"ours {clock.Elapsed.TotalSeconds:0.0} s, Singular {singularClock.Elapsed.TotalSeconds:0.0} s");
        foreach (var group in cases.Where(c => ours.ContainsKey(c.Seed)).GroupBy(c => (c.FieldText, c.Order)).OrderBy(g => g.Key.FieldText).ThenBy(g => g.Key.Order))
            TestContext.Out.WriteLine($"  {group.Key.FieldText,-16} {group.Key.Order,-8} {group.Count()} cases");
        foreach (var s in slow) TestContext.Out.WriteLine("slow: " + s);
        foreach (var (seed, t) in seconds.OrderByDescending(x => x.Value).Take(3))
            TestContext.Out.WriteLine($"slowest: {t:0.00} s {cases.First(c => c.Seed == seed)}");
        Assert.That(failures, Is.Empty, $"{failures.Count} disagreements with Singular:\n\n" + string.Join("\n\n", failures.Take(10)));
        Assert.That(compared, Is.GreaterThanOrEqualTo(count * 9 / 10), "too many cases were too slow to compare");
    }

    private static string Failure(RandomIdealCase c, string what, IReadOnlyList<string>? ours, IReadOnlyList<string>? theirs) =>
        $"{what} differs for {c}\n" +
        (ours is null ? "" : $"ours:     {string.Join(" | ", ours)}\nSingular: {string.Join(" | ", theirs!)}\n") +
        $"reproduce: RandomIdealCase.Generate({c.Seed}), or run this with Singular -q:\n{c.SingularScript()}";

    /// <summary>Our answers as canonical text, with parsers that bring Singular's printed polynomials into the same form.</summary>
    private sealed record CaseAnswer(string Engine, List<string> Basis, List<string>? BuchbergerBasis, List<string> Elimination, List<string> Invariants,
        Func<List<string>, List<string>> ParseInCaseRing, Func<List<string>, List<string>> ParseInEliminationRing);

    private static CaseAnswer Compute(RandomIdealCase c, CancellationToken cancel) =>
        c.Characteristic == 0
            ? Compute<Rational, RationalField>(c, new RationalField(), cancel)
            : Compute<uint, PrimeField>(c, new PrimeField(c.Characteristic), cancel);

    private static CaseAnswer Compute<T, TField>(RandomIdealCase c, TField field, CancellationToken cancel) where TField : struct, IField<T>
    {
        var options = new GroebnerOptions { Cancellation = cancel, Threads = 1 };
        var ring = new PolynomialRing<T, TField>(field, c.Variables, MonomialOrders.Parse(c.OrderText, c.Variables));
        var generators = c.Generators.Select(ring.Parse).ToList();
        var result = GroebnerEngines.Compute(generators, options);
        List<string>? buchberger = null;
        if (c.Seed % 4 == 0) buchberger = Canonical(new BuchbergerEngine().Compute(generators, options).Basis);

        var grevlex = new PolynomialRing<T, TField>(field, c.Variables, new GrevlexOrder(c.VariableCount));
        var ideal = new Ideal<T, TField>(grevlex, c.Generators.Select(grevlex.Parse), null, options);
        var eliminated = ideal.Eliminate(c.Variables.Take(c.EliminateCount));
        var hilbert = ideal.HilbertSeries();
        int dimension = IdealInvariants.Dimension(ideal);
        var invariants = new List<string>
        {
            $"dim {dimension}", $"degree {hilbert.Degree}",
            $"hilb numerator {string.Join(",", hilbert.Numerator)}",
            $"hilbert polynomial {HilbertPolynomialText.Of(hilbert)}",
        };
        if (hilbert.Dimension != dimension) invariants.Add($"HilbertSeries.Dimension {hilbert.Dimension} != IdealInvariants.Dimension {dimension}");
        // The Hilbert polynomial must agree with the Hilbert function from the regularity index on.
        var poly = hilbert.HilbertPolynomial();
        for (int s = hilbert.RegularityIndex + 1; s <= hilbert.RegularityIndex + 3 && hilbert.Dimension > 0 && hilbert.IsHomogeneous; s++)
        {
            var value = Rational.Zero;
            var power = Rational.One;
            foreach (var coefficient in poly) { value += coefficient * power; power *= new Rational(s); }
            if (value != new Rational(hilbert.HilbertFunction(s))) invariants.Add($"Hilbert polynomial {value} != Hilbert function {hilbert.HilbertFunction(s)} at s = {s}");
        }
        var eliminationRing = eliminated.Ring;
        return new CaseAnswer(result.Engine, Canonical(result.Basis), buchberger, Canonical(eliminated.GroebnerBasis().Basis), invariants,
            lines => Canonical(ParseAll(ring, lines)), lines => Canonical(ParseAll(eliminationRing, lines)));
    }

    /// <summary>Our basis as sorted text lines of monic polynomials (the canonical form both sides are compared in).</summary>
    internal static List<string> Canonical<T, TField>(IReadOnlyList<Polynomial<T, TField>> basis) where TField : struct, IField<T> =>
        basis.Where(g => !g.IsZero).Select(g => Normalize(g.MakeMonic().ToString())).OrderBy(s => s, StringComparer.Ordinal).ToList();

    /// <summary>Singular's printed generators parsed in our ring (its symmetric residues and formatting differ from ours).</summary>
    internal static List<Polynomial<T, TField>> ParseAll<T, TField>(PolynomialRing<T, TField> ring, List<string> lines) where TField : struct, IField<T>
    {
        var list = new List<Polynomial<T, TField>>();
        foreach (var line in lines)
        {
            try { list.Add(ring.Parse(line)); }
            catch (Exception e) { throw new InvalidOperationException($"cannot parse Singular's output '{line}' in {ring}: {e.Message}"); }
        }
        return list;
    }

    private static string Normalize(string text) => text.Replace(" ", "");

    private static string TrimZeros(string intvec)
    {
        var parts = intvec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 0 && parts[^1] == "0") parts.RemoveAt(parts.Count - 1);
        return string.Join(",", parts);
    }
}
