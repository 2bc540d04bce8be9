using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Differential test of <see cref="Ideal{T,TField}.DistinctPoints"/> against Singular's
/// vdim(std(radical(I))) (primdec.lib): seeded random zero-dimensional ideals in two variables over
/// ℚ and GF(32003), with squared factors so that points carry multiplicity; one Singular process.
/// </summary>
[TestFixture]
public sealed class DistinctPointsDifferentialTests
{
    private const int FirstSeed = 140_000;
    private const int Cases = 125;

    private sealed record Case(int Seed, long Characteristic, string[] Generators);

    private static string RandomPolynomial(Random rng, int degree)
    {
        var terms = new List<string>();
        for (int i = 0; i <= degree; i++)
            for (int j = 0; i + j <= degree; j++)
                if (rng.Next(2) == 0 || i + j == degree && j == 0) terms.Add($"{rng.Next(-5, 6)}*x^{i}*y^{j}");
        return "(" + string.Join("+", terms) + ")";
    }

    private static Case Generate(int seed)
    {
        var rng = new Random(seed);
        long p = rng.Next(2) == 0 ? 0 : 32003;
        var f = RandomPolynomial(rng, 1 + rng.Next(2));
        var g = RandomPolynomial(rng, 1 + rng.Next(2));
        var h = RandomPolynomial(rng, 1 + rng.Next(2));
        return new Case(seed, p, new[] { $"{f}^2*{g}", $"{h}^{1 + rng.Next(2)}" });
    }

    [Test]
    public void DistinctPointsAgreeWithSingular()
    {
        var exe = SingularProcess.RequireOrIgnore();
        var cases = Enumerable.Range(FirstSeed, Cases).Select(Generate).ToList();
        var script = new StringBuilder("LIB \"primdec.lib\";\n");
        foreach (var c in cases)
        {
            script.AppendLine($"ring R = {c.Characteristic},(x,y),dp; ideal I = {string.Join(",", c.Generators)}; ideal S = std(I);");
            script.AppendLine($"print(\"@@P {c.Seed}\"); if (dim(S) == 0) {{ print(vdim(std(radical(I)))); }} else {{ print(-1); }} kill R;");
        }
        var singular = SingularProcess.Run(exe, script.ToString(), TimeSpan.FromSeconds(120));
        var failures = new List<string>();
        int compared = 0;
        foreach (var c in cases)
        {
            int theirs = int.Parse(singular[$"P {c.Seed}"][0]);
            if (theirs < 0) continue;
            int ours = c.Characteristic == 0
                ? Ideal<Rational, RationalField>.Parse(new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" }), c.Generators).DistinctPoints()
                : Ideal<uint, PrimeField>.Parse(new PolynomialRing<uint, PrimeField>(new PrimeField(c.Characteristic), new[] { "x", "y" }), c.Generators).DistinctPoints();
            compared++;
            if (ours != theirs) failures.Add($"seed {c.Seed} ({c.Characteristic}) {string.Join(", ", c.Generators)}: ours {ours}, Singular {theirs}");
        }
        TestContext.Out.WriteLine($"{compared} zero-dimensional ideals compared with vdim(std(radical(I)))");
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
        Assert.That(compared, Is.GreaterThanOrEqualTo(100));
    }
}
