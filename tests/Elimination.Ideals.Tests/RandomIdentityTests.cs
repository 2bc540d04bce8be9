using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>Identities every correct implementation satisfies, on seeded random small ideals (seeds are logged).</summary>
public class RandomIdentityTests
{
    private static (Ideal<uint, PrimeField> I, Ideal<uint, PrimeField> J) RandomPair(int seed)
    {
        var ring = Fp("x", "y", "z");
        var random = new Random(seed);
        Ideal<uint, PrimeField> Make(int gens) =>
            new(ring, Enumerable.Range(0, gens).Select(_ => RandomPolynomial(ring, random, 2, 3)));
        var i = Make(random.Next(1, 3));
        var j = Make(random.Next(1, 3));
        Log($"seed {seed}: I = {i}; J = {j}");
        return (i, j);
    }

    [Test]
    public void QuotientTimesDivisorLiesInIdeal([Values(1, 2, 3, 4, 5, 6)] int seed)
    {
        var (i, j) = RandomPair(seed);
        var q = i.Quotient(j);
        Assert.That(q.Product(j).IsSubsetOf(i), Is.True, $"seed {seed}: (I:J)·J ⊆ I");
        Assert.That(i.IsSubsetOf(q), Is.True, $"seed {seed}: I ⊆ I:J");
        var sat = i.Saturation(j);
        Assert.That(q.IsSubsetOf(sat), Is.True, $"seed {seed}: I:J ⊆ I:J^∞");
        Assert.That(sat.Quotient(j).Equals(sat), Is.True, $"seed {seed}: (I:J^∞):J = I:J^∞");
    }

    [Test]
    public void IntersectionLiesInBothAndContainsProduct([Values(1, 2, 3, 4, 5, 6)] int seed)
    {
        var (i, j) = RandomPair(seed);
        var meet = i.Intersection(j);
        Assert.That(meet.IsSubsetOf(i), Is.True, $"seed {seed}: I∩J ⊆ I");
        Assert.That(meet.IsSubsetOf(j), Is.True, $"seed {seed}: I∩J ⊆ J");
        Assert.That(i.Product(j).IsSubsetOf(meet), Is.True, $"seed {seed}: IJ ⊆ I∩J");
        Assert.That(meet.Equals(j.Intersection(i)), Is.True, $"seed {seed}: symmetric");
    }

    [Test]
    public void EliminationIdealLiesInIdealAndBlockEqualsLex([Values(7, 8, 9, 10)] int seed)
    {
        var ring = Fp("x", "y", "z", "w");
        var random = new Random(seed);
        var ideal = new Ideal<uint, PrimeField>(ring, Enumerable.Range(0, 3).Select(_ => RandomPolynomial(ring, random, 2, 3)));
        Log($"seed {seed}: {ideal}");
        var block = ideal.Eliminate("y", "w");
        var lex = ideal.Eliminate(new[] { "y", "w" }, EliminationOrder.Lex);
        Assert.That(block.IsSubsetOf(ideal), Is.True, $"seed {seed}: I ∩ k[x,z] ⊆ I");
        Assert.That(block.Equals(lex), Is.True, $"seed {seed}: block and lex agree");
        Assert.That(block.Generators.All(g => g.Ring.VariableCount == 2), Is.True);
    }

    [Test]
    public void RadicalMembershipOfPowers([Values(11, 12, 13)] int seed)
    {
        var (i, _) = RandomPair(seed);
        var random = new Random(seed * 7);
        var f = RandomPolynomial(i.Ring, random, 2, 2);
        // f ∈ √(I + (f^3)) always; and f ∈ √I ⇔ I : f^∞ is the unit ideal.
        Assert.That(i.Sum(new Ideal<uint, PrimeField>(i.Ring, new[] { f.Pow(3) })).RadicalContains(f), Is.True, $"seed {seed}");
        Assert.That(i.RadicalContains(f), Is.EqualTo(i.Saturation(f).IsUnit), $"seed {seed}");
    }

    [Test]
    public void ImagePointsSatisfyImplicitEquationsOverQQ([Values(51, 52, 53)] int seed)
    {
        // Random polynomial plane curve x = f(t), y = g(t), checked at random rational t.
        var random = new Random(seed);
        var par = QQ("t");
        // Leading powers of t keep the images non-constant.
        var f = par.Parse("t^3") + RandomPolynomial(par, random, 2, 3);
        var g = par.Parse("2*t^2") + RandomPolynomial(par, random, 1, 2);
        var map = new RationalMap<Rational, RationalField>(par, new[] { "x", "y" }, new[] { f, g });
        var r = Implicitization.Compute(map);
        Log($"seed {seed}: x = {f}, y = {g}: {string.Join("; ", r.Ideal.Generators)}");
        Assert.That(r.Ideal.IsZero, Is.False);
        var points = RandomPoints<Rational, RationalField>.Create(new RationalField(), 1, 4, seed, bound: 100, fractions: true);
        foreach (var t in points.Points)
        {
            var y = map.Evaluate(t);
            foreach (var h in r.Ideal.Generators)
                Assert.That(h.Evaluate(y).IsZero, Is.True, $"seed {seed}: {h} at t = {t[0]}");
        }
        // The graph ideal contains the implicit equation (elimination ideal ⊆ I).
        var graph = QQ("t", "x", "y");
        var gi = new Ideal<Rational, RationalField>(graph, new[] { graph.Variable("x") - Rings.Map(f, graph), graph.Variable("y") - Rings.Map(g, graph) });
        Assert.That(r.Ideal.Generators.All(h => gi.Contains(Rings.Map(h, graph))), Is.True);
    }
}

public class SaturationPathTests
{
    [Test]
    public void HomogeneousShortcutAgreesWithRabinowitsch([Values(61, 62, 63, 64)] int seed)
    {
        var ring = Fp("x", "y", "z", "w");
        var random = new Random(seed);
        // A homogeneous ideal with a component inside x = 0: (random forms)·x plus a random form.
        var f = RandomPolynomial(ring, random, 2, 4, homogeneous: true);
        var g = RandomPolynomial(ring, random, 2, 4, homogeneous: true);
        var ideal = new Ideal<uint, PrimeField>(ring, new[] { f * ring.Variable("x"), g * ring.Variable("x").Pow(2), RandomPolynomial(ring, random, 3, 5, homogeneous: true) });
        Log($"seed {seed}: {ideal}");
        foreach (var by in new[] { "x", "x*y" })
        {
            var fast = ideal.Saturation(ring.Parse(by));
            // The general path: (I + (1 − s·m)) ∩ k[x].
            var big = Rings.Extend(ring, new[] { "s" }, Array.Empty<string>());
            var gens = ideal.Generators.Select(p => Rings.Map(p, big)).Append(big.One - big.Variable("s") * big.Parse(by));
            var slow = new Ideal<uint, PrimeField>(big, gens).Eliminate("s").MapTo(ring);
            Assert.That(fast.Equals(slow), Is.True, $"seed {seed}, saturation by {by}");
            Assert.That(fast.Origin.Operation, Does.Contain("homogeneous"));
        }
    }
}
