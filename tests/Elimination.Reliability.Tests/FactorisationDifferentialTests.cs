using System.Text;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Differential test against Singular's <c>factorize</c>: seeded random products of 1–3 random
/// polynomials (some squared) in 2–3 variables over ℚ, GF(32003), GF(101) and GF(7); the
/// irreducible factors (made monic) with multiplicities must agree as multisets. All cases run in
/// ONE Singular process. ELIMINATION_FACTOR_CASES sets the number of cases (default 110: the issue asks for at least 100 per CI run).
/// </summary>
[TestFixture]
public sealed class FactorisationDifferentialTests
{
    private const int FirstSeed = 130_000;
    private static readonly long[] Characteristics = { 0, 32003, 101, 7 };

    private sealed record Case(int Seed, long Characteristic, string[] Variables, string Product);

    private static Case Generate(int seed)
    {
        var rng = new Random(seed);
        long p = Characteristics[rng.Next(Characteristics.Length)];
        int n = 2 + rng.Next(2);
        var vars = new[] { "x", "y", "z" }.Take(n).ToArray();
        var pieces = new List<string>();
        int count = 1 + rng.Next(3);
        for (int i = 0; i < count; i++)
        {
            int terms = 2 + rng.Next(3);
            var t = new List<string>();
            for (int j = 0; j < terms; j++)
            {
                var mono = string.Join("*", vars.Select(v => $"{v}^{rng.Next(3)}"));
                t.Add($"{(rng.Next(2) == 0 ? -1 : 1) * rng.Next(1, 7)}*{mono}");
            }
            var g = "(" + string.Join("+", t) + ")";
            pieces.Add(rng.Next(4) == 0 ? $"{g}^2" : g);
        }
        return new Case(seed, p, vars, string.Join("*", pieces));
    }

    [Test]
    public void RandomProductsFactorLikeSingular()
    {
        var exe = SingularProcess.RequireOrIgnore();
        int count = int.TryParse(Environment.GetEnvironmentVariable("ELIMINATION_FACTOR_CASES"), out var v) && v > 0 ? v : 110;
        var cases = Enumerable.Range(FirstSeed, count).Select(Generate).ToList();
        var script = new StringBuilder("int k;\n");
        foreach (var c in cases)
        {
            script.AppendLine($"ring R = {c.Characteristic},({string.Join(",", c.Variables)}),dp; short = 0;");
            script.AppendLine($"poly f = {c.Product}; list L = factorize(f);");
            script.AppendLine($"print(\"@@F {c.Seed}\"); for (k = 1; k <= size(L[1]); k++) {{ if (deg(L[1][k]) > 0) {{ print(string(L[2][k]) + \" \" + string(L[1][k])); }} }}");
            script.AppendLine("kill R;");
        }
        var singular = SingularProcess.Run(exe, script.ToString(), TimeSpan.FromSeconds(60 + count * 0.2));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<string>();
        var limited = new List<string>();
        int compared = 0, nonTrivial = 0;
        foreach (var c in cases)
        {
            if (!singular.TryGetValue($"F {c.Seed}", out var theirs)) { failures.Add($"seed {c.Seed}: no Singular answer"); continue; }
            if (IsZero(c)) continue;
            List<string> mine, expected;
            var caseClock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                (mine, expected) = c.Characteristic == 0
                    ? Compare(new PolynomialRing<Rational, RationalField>(new RationalField(), c.Variables), c, theirs)
                    : Compare(new PolynomialRing<uint, PrimeField>(new PrimeField(c.Characteristic), c.Variables), c, theirs);
            }
            catch (Elimination.Core.Errors.ResourceLimitException e)
            {
                limited.Add($"seed {c.Seed} ({c.Characteristic}): {e.Message}");
                continue;
            }
            finally { TestContext.Out.WriteLine($"seed {c.Seed} ({c.Characteristic}) {caseClock.Elapsed.TotalSeconds:F3} s"); }
            compared++;
            if (mine.Count > 1) nonTrivial++;
            if (!mine.SequenceEqual(expected))
                failures.Add($"seed {c.Seed} ({c.Characteristic}) {c.Product}:\n  ours     {string.Join("; ", mine)}\n  Singular {string.Join("; ", expected)}");
        }
        TestContext.Out.WriteLine($"{compared} products compared with Singular's factorize ({nonTrivial} with several factors), ours {clock.Elapsed.TotalSeconds:F2} s; {limited.Count} stopped at the recombination limit");
        foreach (var l in limited) TestContext.Out.WriteLine(l);
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
        Assert.That(compared, Is.GreaterThanOrEqualTo(100));
    }

    private static bool IsZero(Case c) => c.Characteristic == 0
        ? new PolynomialRing<Rational, RationalField>(new RationalField(), c.Variables).Parse(c.Product).IsZero
        : new PolynomialRing<uint, PrimeField>(new PrimeField(c.Characteristic), c.Variables).Parse(c.Product).IsZero;

    private static (List<string> Ours, List<string> Theirs) Compare<T, TField>(PolynomialRing<T, TField> ring, Case c, List<string> singular)
        where TField : struct, IField<T>
    {
        var ours = PolynomialFactorisation.Factor(ring.Parse(c.Product), c.Seed).Factors
            .Select(f => $"{f.Multiplicity} {f.Factor.MakeMonic()}").OrderBy(s => s, StringComparer.Ordinal).ToList();
        var theirs = singular.Select(line =>
        {
            int space = line.IndexOf(' ');
            return $"{line[..space]} {ring.Parse(line[(space + 1)..]).MakeMonic()}";
        }).OrderBy(s => s, StringComparer.Ordinal).ToList();
        return (ours, theirs);
    }
}
