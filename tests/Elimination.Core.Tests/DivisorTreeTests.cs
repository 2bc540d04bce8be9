using Elimination.Core.Monomials;

namespace Elimination.Core.Tests;

/// <summary><see cref="DivisorTree"/> against the scan it replaces, on seeded random exponent sets with many ties.</summary>
public class DivisorTreeTests
{
    [TestCase(1, 0)]
    [TestCase(3, 1)]
    [TestCase(12, 40)]
    [TestCase(21, 300)]
    [TestCase(70, 200)] // more variables than the sieve's 64 bits
    public void FindsExactlyTheDivisors(int variables, int count)
    {
        var rng = new Random(20261205 + variables);
        var set = Enumerable.Range(0, count).Select(_ => Random(rng, variables, 3)).ToList();
        set.AddRange(set.Take(count / 10).Select(e => (int[])e.Clone())); // duplicates
        var tree = new DivisorTree(set);
        var stack = new int[Math.Max(1, tree.NodeCount)];
        var found = new List<int>();
        int hits = 0;
        for (int q = 0; q < 200; q++)
        {
            var query = Random(rng, variables, 6);
            if (q % 2 == 1 && count > 0) query = query.Zip(set[rng.Next(set.Count)], (a, b) => a + b).ToArray(); // a multiple of one
            found.Clear();
            tree.Divisors(query, found, stack);
            var want = Enumerable.Range(0, set.Count).Where(k => set[k].Zip(query).All(p => p.First <= p.Second)).ToList();
            Assert.That(found.Order(), Is.EqualTo(want), $"query {q}");
            hits += want.Count;
        }
        if (count > 0) Assert.That(hits, Is.GreaterThan(0), "the queries reach some divisors");
    }

    private static int[] Random(Random rng, int variables, int max) =>
        Enumerable.Range(0, variables).Select(_ => rng.Next(4) == 0 ? rng.Next(max + 1) : 0).ToArray();
}
