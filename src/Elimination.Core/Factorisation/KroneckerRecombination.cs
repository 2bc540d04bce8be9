using Elimination.Core.Errors;

namespace Elimination.Core.Factorisation;

/// <summary>
/// Multivariate factorisation by Kronecker substitution: x_i ↦ t^{w_i} with mixed radices
/// w_{i+1} = w_i·(d_i + 1), d_i the degree of f in x_i, maps every divisor of f injectively to a
/// univariate polynomial. The image of each irreducible factor of f is (up to a unit) t^j times
/// a product of a sub-multiset of the irreducible factors of the image, so trying sub-multisets by
/// increasing size and keeping those whose preimage divides f without carries (checked exactly:
/// G | F and deg_i(g) + deg_i(F/G preimage) ≤ d_i) finds exactly the irreducible factors.
/// Exponential in the number of univariate factors in the worst case; the input size is capped.
/// </summary>
internal sealed class KroneckerRecombination<C>
{
    /// <summary>Largest image degree accepted (dense univariate arithmetic on it must stay cheap).</summary>
    public const long MaxImageDegree = 200_000;

    /// <summary>Most candidate divisors tried before giving up (the recombination is exponential in the number of univariate factors).</summary>
    public const int MaxCandidates = 20_000;

    private readonly int[] _radix;   // d_i + 1 per variable (1 for absent variables)
    private readonly long[] _weight;
    private readonly Func<C[], C[], C[]> _mul;
    private readonly Func<C[], C[], C[]?> _exactDivide;
    private readonly Func<C, bool> _isZero;

    public KroneckerRecombination(int[] degrees, Func<C[], C[], C[]> mul, Func<C[], C[], C[]?> exactDivide, Func<C, bool> isZero)
    {
        _radix = degrees.Select(d => d + 1).ToArray();
        _weight = new long[degrees.Length];
        long w = 1;
        for (int i = 0; i < degrees.Length; i++)
        {
            _weight[i] = w;
            w = checked(w * _radix[i]);
            if (w > MaxImageDegree + 1)
                throw new ResourceLimitException($"factorisation: the Kronecker image would have degree above {MaxImageDegree} (degrees {string.Join(",", degrees)})");
        }
        _mul = mul;
        _exactDivide = exactDivide;
        _isZero = isZero;
    }

    public long ImageDegree => _weight.Length == 0 ? 0 : _weight[^1] * _radix[^1] - 1;

    public long Encode(int[] exponents)
    {
        long e = 0;
        for (int i = 0; i < exponents.Length; i++) e += exponents[i] * _weight[i];
        return e;
    }

    public int[] Decode(long e)
    {
        var r = new int[_radix.Length];
        for (int i = 0; i < _radix.Length; i++) { r[i] = (int)(e % _radix[i]); e /= _radix[i]; }
        return r;
    }

    /// <summary>
    /// Splits the image <paramref name="image"/> of f (no monomial factor) into the images of
    /// f's irreducible factors, given the univariate irreducible factors of the image:
    /// <paramref name="tPower"/> copies of t and <paramref name="others"/> (repeated by multiplicity).
    /// </summary>
    public List<C[]> Recombine(C[] image, int tPower, List<C[]> others, C one, C zero)
    {
        var result = new List<C[]>();
        var remaining = others.ToList();
        int size = 1, tried = 0;
        while (size < remaining.Count)
        {
            bool found = false;
            foreach (var subset in Subsets(remaining.Count, size))
            {
                var product = new[] { one };
                foreach (int i in subset) product = _mul(product, remaining[i]);
                for (int j = 0; j <= tPower && !found; j++)
                {
                    var candidate = ShiftUp(product, j, zero);
                    if (candidate.Length > image.Length) break;
                    if (++tried > MaxCandidates)
                        throw new ResourceLimitException($"factorisation: more than {MaxCandidates} recombinations of {others.Count} univariate factors tried (Kronecker substitution; small fields split the image into many factors)");
                    var quotient = _exactDivide(image, candidate);
                    if (quotient is null || !DigitsFit(candidate, quotient)) continue;
                    result.Add(candidate);
                    image = quotient;
                    tPower -= j;
                    var chosen = new HashSet<int>(subset);
                    remaining = remaining.Where((_, i) => !chosen.Contains(i)).ToList();
                    found = true;
                }
                if (found) break;
            }
            if (!found) size++;
        }
        result.Add(image);
        return result;
    }

    private static C[] ShiftUp(C[] a, int j, C zero)
    {
        if (j == 0) return a;
        var r = new C[a.Length + j];
        for (int i = 0; i < j; i++) r[i] = zero;
        Array.Copy(a, 0, r, j, a.Length);
        return r;
    }

    private bool DigitsFit(C[] a, C[] b)
    {
        var da = MaxDigits(a);
        var db = MaxDigits(b);
        for (int i = 0; i < _radix.Length; i++) if (da[i] + db[i] >= _radix[i]) return false;
        return true;
    }

    private int[] MaxDigits(C[] a)
    {
        var m = new int[_radix.Length];
        for (long e = 0; e < a.Length; e++)
        {
            if (_isZero(a[e])) continue;
            var d = Decode(e);
            for (int i = 0; i < m.Length; i++) if (d[i] > m[i]) m[i] = d[i];
        }
        return m;
    }

    /// <summary>All k-subsets of {0..n−1} in lexicographic order.</summary>
    public static IEnumerable<int[]> Subsets(int n, int k)
    {
        var idx = new int[k];
        for (int i = 0; i < k; i++) idx[i] = i;
        while (true)
        {
            yield return (int[])idx.Clone();
            int j = k - 1;
            while (j >= 0 && idx[j] == n - k + j) j--;
            if (j < 0) yield break;
            idx[j]++;
            for (int i = j + 1; i < k; i++) idx[i] = idx[i - 1] + 1;
        }
    }
}
