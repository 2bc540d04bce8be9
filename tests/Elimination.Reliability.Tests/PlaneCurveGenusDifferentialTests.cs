using System.Text;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry;
using Elimination.Ideals;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Differential test of <see cref="PlaneCurveGenus"/> against Singular's genus (normal.lib, by normalisation):
/// seeded random sparse plane curves of degree 3–6 over ℚ and GF(32003), all singular at the origin (double or triple points) and many
/// at infinity (sparse top forms), reducible ones included, non-reduced ones skipped; p_a − Σδ must equal Singular's answer. One Singular process.
/// </summary>
[TestFixture]
public sealed class PlaneCurveGenusDifferentialTests
{
    private const int FirstSeed = 170_000;
    private const int Cases = 100;
    private static readonly string[] Variables = { "x", "y" };

    private sealed record Case(int Seed, long Characteristic, string Curve);

    private static Case Generate(int seed)
    {
        var rng = new Random(seed);
        int degree = rng.Next(3, 7);
        int order = degree > 3 ? rng.Next(2, 4) : 2; // a double or a triple point at the origin
        var below = new List<(int, int)>();
        for (int i = 0; i <= degree; i++)
            for (int j = 0; i + j <= degree; j++)
                if (i + j >= order) below.Add((i, j));
        var support = below.OrderBy(_ => rng.Next()).Take(rng.Next(3, 6)).ToHashSet();
        int top = rng.Next(degree + 1);
        support.Add((top, degree - top));
        // Pure powers of x and of y: no monomial factor, so the curves are nearly always reduced.
        support.Add((rng.Next(order, degree + 1), 0));
        support.Add((0, rng.Next(order, degree + 1)));
        var terms = support.OrderBy(m => m).Select(m => $"{(rng.Next(2) == 0 ? -1 : 1) * rng.Next(1, 4)}*x^{m.Item1}*y^{m.Item2}");
        return new Case(seed, rng.Next(2) == 0 ? 0 : 32003, string.Join("+", terms));
    }

    [Test]
    public void GenusAgreesWithSingular()
    {
        var exe = SingularProcess.RequireOrIgnore();
        var cases = Enumerable.Range(FirstSeed, Cases).Select(Generate)
            .Where(c => PolynomialFactorisation.Factor(new PolynomialRing<Rational, RationalField>(new RationalField(), Variables).Parse(c.Curve)).IsSquarefree)
            .ToList();
        Assert.That(cases, Has.Count.GreaterThan(Cases * 9 / 10), "the generator makes reduced curves");
        var script = new StringBuilder("LIB \"normal.lib\";\n");
        foreach (var c in cases)
            script.AppendLine($"ring R = {c.Characteristic},(x,y),dp; print(\"@@G {c.Seed}\"); print(string(genus(ideal({c.Curve})))); kill R;");
        var singular = SingularProcess.Run(exe, script.ToString(), TimeSpan.FromSeconds(300));
        var failures = new List<string>();
        int singularPoints = 0, irreducible = 0;
        foreach (var c in cases)
        {
            int theirs = int.Parse(singular[$"G {c.Seed}"].Single());
            var (ours, points, absolutely) = c.Characteristic == 0
                ? Ours(new PolynomialRing<Rational, RationalField>(new RationalField(), Variables), c)
                : Ours(new PolynomialRing<uint, PrimeField>(new PrimeField(c.Characteristic), Variables), c);
            singularPoints += points;
            if (absolutely) irreducible++;
            if (ours != theirs) failures.Add($"seed {c.Seed} ({c.Characteristic}) {c.Curve}: ours {ours}, Singular {theirs}");
        }
        TestContext.Out.WriteLine($"{cases.Count} curves, {singularPoints} singular point orbits, {irreducible} absolutely irreducible");
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
        Assert.That(irreducible, Is.GreaterThan(cases.Count / 3), "the generator makes mostly irreducible curves");
    }

    private static (int Genus, int Points, bool Absolutely) Ours<T, TField>(PolynomialRing<T, TField> ring, Case c) where TField : struct, IField<T>
    {
        var r = PlaneCurveGenus.Compute(Ideal<T, TField>.Parse(ring, c.Curve));
        return (r.NormalisationGenus, r.SingularPoints.Count, r.AbsolutelyIrreducible);
    }
}
