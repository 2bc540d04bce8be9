namespace Elimination.Core.Monomials;

/// <summary>
/// Subsets of indices (variables, matrix rows or columns) as bit masks: minors choose rows and
/// columns, independent sets of a monomial ideal choose variables. n ≤ 64.
/// </summary>
public static class IndexSubsets
{
    /// <summary>All k-subsets of {0..n−1} as bit masks, in lexicographic order of their elements.</summary>
    public static IEnumerable<ulong> OfSize(int n, int k)
    {
        var idx = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            ulong mask = 0;
            foreach (var i in idx) mask |= 1UL << i;
            yield return mask;
            int p = k - 1;
            while (p >= 0 && idx[p] == n - k + p) p--;
            if (p < 0) yield break;
            idx[p]++;
            for (int q = p + 1; q < k; q++) idx[q] = idx[q - 1] + 1;
        }
    }
}
