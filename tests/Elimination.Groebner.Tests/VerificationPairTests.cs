using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary>
/// The S-pairs the exact verification reduces (<see cref="ModularVerification.CriticalPairs"/>) against the chain
/// criterion written out: the non-coprime pairs grouped by lcm L (in order of first appearance), and within a group the
/// divisors of L joined by every pair whose lcm properly divides L, then the group's pairs in (i, j) order, each kept
/// unless its ends are already joined.
/// </summary>
public class VerificationPairTests
{
    [TestCase(3, 12, 1)]
    [TestCase(4, 40, 1)]
    [TestCase(6, 80, 2)]
    [TestCase(5, 60, 2)]
    public void PairsAreThoseOfTheCriterionWrittenOut(int variables, int count, int threads)
    {
        var rng = new Random(7100 + variables * 100 + count);
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), Enumerable.Range(0, variables).Select(i => "x" + i).ToArray());
        for (int trial = 0; trial < 10; trial++)
        {
            var monomials = new List<Polynomial<uint, PrimeField>>();
            var seen = new HashSet<string>();
            while (monomials.Count < count)
            {
                var e = Enumerable.Range(0, variables).Select(_ => rng.Next(3) == 0 ? 0 : rng.Next(4)).ToArray();
                if (seen.Add(string.Join(",", e))) monomials.Add(Polynomial<uint, PrimeField>.Monomial(ring, 1u, e));
            }
            var got = ModularVerification.CriticalPairs(monomials, out int skipped, threads);
            var want = Written(monomials.Select(m => m.LeadingExponents).ToList());
            Assert.That(got, Is.EqualTo(want), $"trial {trial}");
            Assert.That(got.Count + skipped, Is.EqualTo(count * (count - 1) / 2));
        }
    }

    private static List<(int, int)> Written(List<int[]> lm)
    {
        int n = lm.Count;
        int[] Lcm(int i, int j) => lm[i].Zip(lm[j], Math.Max).ToArray();
        bool Divides(int[] a, int[] b) => a.Zip(b).All(p => p.First <= p.Second);
        var order = new List<string>();
        var groups = new Dictionary<string, List<(int, int)>>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                if (lm[i].Zip(lm[j]).All(p => p.First == 0 || p.Second == 0)) continue;
                var key = string.Join(",", Lcm(i, j));
                if (!groups.TryGetValue(key, out var list)) { groups[key] = list = new(); order.Add(key); }
                list.Add((i, j));
            }
        var result = new List<(int, int)>();
        foreach (var key in order)
        {
            var l = key.Split(',').Select(int.Parse).ToArray();
            var component = Enumerable.Range(0, n).ToArray();
            int Find(int x) => component[x] == x ? x : component[x] = Find(component[x]);
            var divisors = Enumerable.Range(0, n).Where(k => Divides(lm[k], l)).ToList();
            foreach (var x in divisors)
                foreach (var y in divisors)
                    if (x < y && !Lcm(x, y).SequenceEqual(l)) component[Find(x)] = Find(y);
            foreach (var (i, j) in groups[key])
            {
                if (Find(i) == Find(j)) continue;
                component[Find(i)] = Find(j);
                result.Add((i, j));
            }
        }
        return result;
    }
}
