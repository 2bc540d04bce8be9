using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Differential test of <see cref="PolynomialGcd"/> against Singular's <c>gcd</c>: seeded random pairs a^e·b, a·c in 2–4
/// variables over ℚ and GF(p) for p = 32003, 101, 7, 5, 3 (e up to p over the small fields, so p-th powers occur), made
/// monic and compared exactly. All cases run in one Singular process.
/// </summary>
[TestFixture]
public sealed class GcdDifferentialTests
{
    private const int FirstSeed = 150_000;
    private const int Cases = 80;
    private static readonly long[] Characteristics = { 0, 32003, 101, 7, 5, 3 };

    private sealed record Case(int Seed, long Characteristic, string[] Variables, string F, string G);

    private static Case Generate(int seed)
    {
        var rng = new Random(seed);
        long p = Characteristics[rng.Next(Characteristics.Length)];
        var vars = new[] { "x", "y", "z", "w" }.Take(2 + rng.Next(3)).ToArray();
        string Random(int terms) => "(" + string.Join("+", Enumerable.Range(0, terms).Select(_ =>
            $"{(rng.Next(2) == 0 ? -1 : 1) * rng.Next(1, 10)}*" + string.Join("*", vars.Select(v => $"{v}^{rng.Next(3)}")))) + ")";
        var (a, b, c) = (Random(1 + rng.Next(4)), Random(2 + rng.Next(4)), Random(2 + rng.Next(4)));
        int e = p is > 0 and < 8 && vars.Length < 4 && rng.Next(3) == 0 ? (int)p : 1 + rng.Next(2);
        return new Case(seed, p, vars, $"{a}^{e}*{b}", $"{a}*{c}");
    }

    [Test]
    public void RandomPairsHaveSingularsGcd()
    {
        var exe = SingularProcess.RequireOrIgnore();
        var cases = Enumerable.Range(FirstSeed, Cases).Select(Generate).ToList();
        var script = new StringBuilder();
        foreach (var c in cases)
        {
            script.AppendLine($"ring R = {c.Characteristic},({string.Join(",", c.Variables)}),dp; short = 0;");
            script.AppendLine($"poly h = gcd({c.F}, {c.G}); print(\"@@G {c.Seed}\"); print(string(h));");
            script.AppendLine("kill R;");
        }
        var singular = SingularProcess.Run(exe, script.ToString(), TimeSpan.FromSeconds(120));
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var theirs = singular[$"G {c.Seed}"].Single();
            bool same = c.Characteristic == 0
                ? Same(new PolynomialRing<Rational, RationalField>(new RationalField(), c.Variables), c, theirs)
                : Same(new PolynomialRing<uint, PrimeField>(new PrimeField(c.Characteristic), c.Variables), c, theirs);
            if (!same) failures.Add($"seed {c.Seed} ({c.Characteristic}): gcd({c.F}, {c.G}) ≠ {theirs}");
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
    }

    private static bool Same<T, TField>(PolynomialRing<T, TField> ring, Case c, string singular) where TField : struct, IField<T> =>
        PolynomialGcd.Gcd(ring.Parse(c.F), ring.Parse(c.G)).Equals(ring.Parse(singular).MakeMonic());
}
