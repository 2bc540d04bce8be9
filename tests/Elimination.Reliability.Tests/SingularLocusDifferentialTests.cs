using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Singular locus against Singular on seeded small hypersurfaces and complete intersections
/// (<see cref="SingularLocusCase"/>), most of them singular by construction. Like with like:
/// <see cref="SingularLocus"/> returns the reduced grevlex basis of J = I + (c×c Jacobian minors),
/// c = codim I — neither radical nor saturated — so Singular computes the same J and we compare the
/// reduced bases, c, dim J, mult J and the Hilbert polynomial of J. Where I is radical and
/// equidimensional, J must also cut out Singular's own locus: radical(slocus(I)) and J have the same
/// radical (membership checked both ways). Where I is not equidimensional (a "complete intersection" case whose
/// generators share a factor), ours is assembled from the equidimensional parts of √I, so only its radical is
/// compared, with slocus's; and our equidimensionality verdict must match minAssGTZ's dimensions.
/// All cases run in ONE Singular process.
/// ELIMINATION_LOCUS_CASES sets the number (default 100; with only ELIMINATION_DIFF_CASES set, a fifth
/// of it, at least 100), ELIMINATION_LOCUS_SEED the first seed.
/// </summary>
[TestFixture]
public sealed class SingularLocusDifferentialTests
{
    private const int DefaultCases = 100;
    private const int DefaultFirstSeed = 90_000;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(15);

    private static int? Env(string name) => int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : null;

    [Test]
    public void SingularLociAgreeWithSingular()
    {
        var exe = SingularProcess.RequireOrIgnore();
        int count = Env("ELIMINATION_LOCUS_CASES") ?? Math.Max(DefaultCases, (Env("ELIMINATION_DIFF_CASES") ?? 0) / 5);
        int first = Env("ELIMINATION_LOCUS_SEED") ?? DefaultFirstSeed;
        var cases = Enumerable.Range(first, count).Select(SingularLocusCase.Generate).ToList();
        TestContext.Out.WriteLine($"{count} singular-locus cases, seeds {first}..{first + count - 1} (ELIMINATION_LOCUS_CASES / ELIMINATION_LOCUS_SEED)");

        var script = new StringBuilder(SingularLocusCase.SingularLibraries).Append("int k; int c;\n");
        foreach (var c in cases) script.Append(c.SingularCommands(c.Seed.ToString()));
        var singularClock = Stopwatch.StartNew();
        var singular = Task.Run(() =>
        {
            var r = SingularProcess.Run(exe, script.ToString(), TimeSpan.FromSeconds(60 + count * 0.5));
            singularClock.Stop();
            return r;
        });

        var ours = new ConcurrentDictionary<int, LocusAnswer>();
        var slow = new ConcurrentBag<string>();
        var errors = new ConcurrentDictionary<int, string>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
        {
            using var limit = new CancellationTokenSource(CaseLimit);
            try { ours[c.Seed] = Compute(c, limit.Token); }
            catch (OperationCanceledException) { slow.Add(c.ToString()); }
            // Any other exception fails this case, reported with its seed; the others still run.
            catch (Exception e) { errors[c.Seed] = $"{e.GetType().Name}: {e.Message}"; }
        });
        clock.Stop();
        var answers = singular.Result;

        var failures = new List<string>();
        int compared = 0, radical = 0, nonEmpty = 0, mixed = 0;
        foreach (var c in cases)
        {
            if (errors.TryGetValue(c.Seed, out var error)) failures.Add(Failure(c, $"our run ended in {error}", null, null));
            if (!ours.TryGetValue(c.Seed, out var mine)) continue;
            var id = c.Seed.ToString();
            if (!answers.TryGetValue("SL " + id, out var basis) || !answers.TryGetValue("SI " + id, out var info))
            {
                failures.Add(Failure(c, "Singular printed no answer for this case", null, null));
                continue;
            }
            compared++;
            if (mine.NonEmpty) nonEmpty++;
            try
            {
                if (answers.TryGetValue("SE " + id, out var singularEquidimensional) && (singularEquidimensional.FirstOrDefault() == "1") != mine.Equidimensional)
                    failures.Add(Failure(c, "equidimensionality", [mine.Equidimensional ? "equidimensional" : "not"], singularEquidimensional));
                if (!mine.Equidimensional)
                {
                    // Assembled from the equidimensional parts of √I: only its zero set is comparable (with slocus's).
                    mixed++;
                    if (!answers.TryGetValue("SR " + id, out var parts)) failures.Add(Failure(c, "Singular printed no slocus for this case", null, null));
                    else if (mine.CompareRadicals(parts) is { Count: > 0 } problems) failures.Add(Failure(c, "radical of our locus versus radical(slocus(I))", problems, parts));
                    continue;
                }
                var theirs = mine.Parse(basis);
                if (!mine.Basis.SequenceEqual(theirs)) failures.Add(Failure(c, "reduced basis of I + (c×c minors)", mine.Basis, theirs));
                var theirsInfo = new List<string>
                {
                    $"codim {info.ElementAtOrDefault(0)}", $"dim {info.ElementAtOrDefault(1)}", $"degree {info.ElementAtOrDefault(2)}",
                    $"hilbert polynomial {HilbertPolynomialText.FromSingular(info.ElementAtOrDefault(3) ?? "")}",
                };
                if (!mine.Invariants.SequenceEqual(theirsInfo)) failures.Add(Failure(c, "codimension / dimension / degree / Hilbert polynomial", mine.Invariants, theirsInfo));
                if (answers.TryGetValue("SR " + id, out var slocus))
                {
                    radical++;
                    var problems = mine.CompareRadicals(slocus);
                    if (problems.Count > 0) failures.Add(Failure(c, "radical of J versus radical(slocus(I))", problems, slocus));
                }
            }
            catch (InvalidOperationException e) { failures.Add(Failure(c, e.Message, null, null)); }
        }

        TestContext.Out.WriteLine($"compared {compared} cases ({nonEmpty} with a non-empty locus, {radical} also against radical(slocus(I)), {mixed} not equidimensional: " +
                                  "only against radical(slocus(I))), " +
                                  $"{slow.Count} slow (> {CaseLimit.TotalSeconds} s, not compared); ours {clock.Elapsed.TotalSeconds:0.0} s, Singular {singularClock.Elapsed.TotalSeconds:0.0} s");
        foreach (var group in cases.Where(c => ours.ContainsKey(c.Seed)).GroupBy(c => c.Kind).OrderBy(g => g.Key))
            TestContext.Out.WriteLine($"  {group.Key,-24} {group.Count()} cases");
        foreach (var s in slow) TestContext.Out.WriteLine("slow: " + s);
        Assert.That(failures, Is.Empty, $"{failures.Count} disagreements with Singular:\n\n" + string.Join("\n\n", failures.Take(10)));
        Assert.That(compared, Is.GreaterThanOrEqualTo(count * 9 / 10), "too many cases were too slow to compare");
        // The generator must keep producing singular cases, or the comparison says little.
        Assert.That(nonEmpty, Is.GreaterThanOrEqualTo(compared / 3), "too few cases with a non-empty singular locus");
    }

    private static string Failure(SingularLocusCase c, string what, IReadOnlyList<string>? ours, IReadOnlyList<string>? theirs) =>
        $"{what} differs for {c}\n" +
        (ours is null ? "" : $"ours:     {string.Join(" | ", ours)}\nSingular: {string.Join(" | ", theirs!)}\n") +
        $"reproduce: SingularLocusCase.Generate({c.Seed}), or run this with Singular -q:\n{c.SingularScript()}";

    /// <summary>Our answer as canonical text, plus the means to read Singular's output in our ring.</summary>
    private sealed record LocusAnswer(List<string> Basis, List<string> Invariants, bool NonEmpty, bool Equidimensional,
        Func<List<string>, List<string>> Parse, Func<List<string>, List<string>> CompareRadicals);

    private static LocusAnswer Compute(SingularLocusCase c, CancellationToken cancel) =>
        c.Characteristic == 0
            ? Compute<Rational, RationalField>(c, new RationalField(), cancel)
            : Compute<uint, PrimeField>(c, new PrimeField(c.Characteristic), cancel);

    private static LocusAnswer Compute<T, TField>(SingularLocusCase c, TField field, CancellationToken cancel) where TField : struct, IField<T>
    {
        var options = new GroebnerOptions { Cancellation = cancel, Threads = 1 };
        var ring = new PolynomialRing<T, TField>(field, c.Variables, new GrevlexOrder(c.VariableCount));
        var variety = new Variety<T, TField>(ring, c.Generators.Select(ring.Parse).ToList());
        var locus = SingularLocus.Compute(variety, new GeometryOptions { Groebner = options });
        var basis = locus.Basis.Select(g => g.ToRing(ring)).ToList();
        var j = new Ideal<T, TField>(ring, basis, null, options);
        var invariants = new List<string>
        {
            $"codim {locus.Codimension}", $"dim {locus.Invariants.Dimension}", $"degree {locus.Invariants.Degree}",
            $"hilbert polynomial {HilbertPolynomialText.Of(j.HilbertSeries())}",
        };

        // V(J) = V(R) for R = radical(slocus(I)) (a reduced basis of a radical ideal, so membership in R is
        // normal form zero): every g in J lies in R, and every h in R lies in the radical of J.
        List<string> CompareRadicals(List<string> lines)
        {
            var r = SingularDifferentialTests.ParseAll(ring, lines);
            var problems = new List<string>();
            var unlimited = new Ideal<T, TField>(ring, basis); // the case's token source is gone by now
            foreach (var g in basis)
                if (!Reduction.NormalForm(g, r).IsZero) problems.Add($"{g} vanishes on V(J) but not on Singular's locus");
            foreach (var h in r)
                if (!unlimited.RadicalContains(h)) problems.Add($"{h} (Singular's locus) does not vanish on V(J)");
            return problems;
        }

        return new LocusAnswer(SingularDifferentialTests.Canonical(basis), invariants, !locus.Invariants.IsEmpty, locus.Equidimensional?.StartsWith("yes") != false,
            lines => SingularDifferentialTests.Canonical(SingularDifferentialTests.ParseAll(ring, lines)), CompareRadicals);
    }
}
