using Elimination.Core.Monomials;
using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

/// <summary>
/// The installation of a new element's S-pairs (Gebauer–Möller among the new pairs) against the criterion written
/// out directly: with q_i = lm_i / gcd(lm_i, lm_t), pair (i, t) is formed exactly when lm_i and lm_t are not coprime
/// and no other live j has q_j | q_i with q_j of lower degree, or q_j = q_i and (lm_j coprime to lm_t or j &gt; i).
/// </summary>
public class PairSetTests
{
    [Test]
    public void NewPairsAreThoseOfTheMinimalQuotients()
    {
        var rng = new Random(20261204);
        int formed = 0, shadowed = 0;
        for (int trial = 0; trial < 40; trial++)
        {
            int n = rng.Next(2, 8);
            var table = new MonomialTable(n, PackedMonomial.Words(n));
            try
            {
                var basis = new F4Basis();
                var pairs = new PairSet();
                var leads = new List<int[]>();
                var redundant = new List<bool>();
                for (int t = 0; t < 30; t++)
                {
                    var e = new int[n];
                    // Small exponents, many zeros: plenty of equal and dividing quotients, some coprime pairs.
                    for (int v = 0; v < n; v++) e[v] = rng.Next(3) == 0 ? rng.Next(1, 4) : 0;
                    if (e.Sum() == 0) e[rng.Next(n)] = 1;
                    var packed = new ulong[PackedMonomial.Words(n)];
                    PackedMonomial.Pack(e, packed);
                    int id = table.Insert(packed);
                    basis.Add(new[] { id }, new uint[] { 1 }, e.Sum());

                    var expected = Expected(leads, redundant, e);
                    pairs.Update(basis, table, t);
                    var got = Drain(pairs).Where(p => p.J == t).Select(p => p.I).OrderBy(i => i).ToList();
                    Assert.That(got, Is.EqualTo(expected), $"trial {trial}, element {t} = ({string.Join(",", e)})");
                    formed += got.Count;
                    shadowed += redundant.Count(r => !r) - got.Count;

                    leads.Add(e);
                    redundant.Add(false);
                    for (int i = 0; i < t; i++)
                        if (!redundant[i] && Enumerable.Range(0, n).All(v => e[v] <= leads[i][v])) redundant[i] = true;
                    Assert.That(basis.Redundant.Take(t), Is.EqualTo(redundant.Take(t)), "redundant elements");
                }
            }
            finally { table.Release(); }
        }
        TestContext.Out.WriteLine($"{formed} pairs formed, {shadowed} not");
        Assert.That(formed, Is.GreaterThan(500));
        Assert.That(shadowed, Is.GreaterThan(2000));
    }

    private static List<int> Expected(List<int[]> leads, List<bool> redundant, int[] h)
    {
        int t = leads.Count;
        var q = new int[t][];
        for (int i = 0; i < t; i++) q[i] = leads[i].Select((x, v) => Math.Max(0, x - h[v])).ToArray();
        bool Coprime(int i) => leads[i].Select((x, v) => x > 0 && h[v] > 0).All(b => !b);
        bool Divides(int j, int i) => q[j].Select((x, v) => x <= q[i][v]).All(b => b);
        var kept = new List<int>();
        for (int i = 0; i < t; i++)
        {
            if (redundant[i] || Coprime(i)) continue;
            bool isShadowed = false;
            for (int j = 0; j < t && !isShadowed; j++)
            {
                if (j == i || redundant[j] || !Divides(j, i)) continue;
                isShadowed = q[j].Sum() < q[i].Sum() || Coprime(j) || j > i;
            }
            if (!isShadowed) kept.Add(i);
        }
        return kept;
    }

    private static List<F4Pair> Drain(PairSet pairs)
    {
        var all = new List<F4Pair>();
        while (pairs.Count > 0) pairs.TakeWithSugar(pairs.MinSugar(), all);
        return all;
    }
}
