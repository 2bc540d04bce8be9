namespace Elimination.Neuro;

/// <summary>
/// The multidegrees α with 1 ≤ |α| ≤ bound (one entry per scaling block), by total degree then lex
/// descending, and for each the monomials in the coordinates of multidegree α in a fixed order.
/// The same for every prime, so the kernel vectors of different primes are comparable entry by entry.
/// </summary>
internal sealed class GradedMonomials
{
    /// <summary>Largest graded piece handled: the kernel is dense, M² words and M³ operations.</summary>
    public const int MaxMonomials = 20000;

    private readonly Dictionary<int[], int>[] _index;

    public GradedMonomials(IReadOnlyList<int[]> blocks, int coordinates, int bound)
    {
        if (bound < 1) throw new ArgumentException("the degree bound must be at least 1");
        Blocks = blocks;
        Coordinates = coordinates;
        var degrees = new List<int[]>();
        for (int d = 1; d <= bound; d++) degrees.AddRange(MonomialBasis.OfDegree(blocks.Count, d));
        Multidegrees = degrees;
        foreach (var a in degrees)
            if (CountOf(blocks, a) is var count && count > MaxMonomials)
                throw new NotSupportedException($"multidegree ({string.Join(",", a)}) has {count} monomials: lower the degree bound");
        Monomials = degrees.Select(a => MonomialsOf(blocks, a, coordinates)).ToList();
        _index = new Dictionary<int[], int>[degrees.Count];
    }

    public IReadOnlyList<int[]> Blocks { get; }
    public int Coordinates { get; }
    public IReadOnlyList<int[]> Multidegrees { get; }
    public IReadOnlyList<List<int[]>> Monomials { get; }

    /// <summary>Position of the exponent vector among the monomials of piece <paramref name="piece"/>.</summary>
    public int IndexOf(int piece, int[] exponents)
    {
        var index = _index[piece];
        if (index is null)
        {
            index = new Dictionary<int[], int>(Monomials[piece].Count, ExponentComparer.Instance);
            for (int m = 0; m < Monomials[piece].Count; m++) index[Monomials[piece][m]] = m;
            _index[piece] = index;
        }
        return index[exponents];
    }

    /// <summary>Number of monomials of multidegree α: the product of C(n_b + α_b − 1, α_b).</summary>
    private static double CountOf(IReadOnlyList<int[]> blocks, int[] alpha)
    {
        double count = 1;
        for (int b = 0; b < blocks.Count; b++)
            for (int k = 1; k <= alpha[b]; k++) count = count * (blocks[b].Length + k - 1) / k;
        return Math.Round(count);
    }

    /// <summary>Exponent vectors over all coordinates with degree alpha[b] in block b.</summary>
    public static List<int[]> MonomialsOf(IReadOnlyList<int[]> blocks, int[] alpha, int n)
    {
        var result = new List<int[]> { new int[n] };
        for (int b = 0; b < blocks.Count; b++)
        {
            var local = MonomialBasis.OfDegree(blocks[b].Length, alpha[b]);
            var next = new List<int[]>(result.Count * local.Count);
            foreach (var prefix in result)
                foreach (var e in local)
                {
                    var full = (int[])prefix.Clone();
                    for (int i = 0; i < e.Length; i++) full[blocks[b][i]] += e[i];
                    next.Add(full);
                }
            result = next;
        }
        return result;
    }

    /// <summary>Exponent vectors compared by value (lookups may use a scratch array).</summary>
    internal sealed class ExponentComparer : IEqualityComparer<int[]>
    {
        public static readonly ExponentComparer Instance = new();
        public bool Equals(int[]? a, int[]? b) => a.AsSpan().SequenceEqual(b);
        public int GetHashCode(int[] e)
        {
            var h = new HashCode();
            foreach (var x in e) h.Add(x);
            return h.ToHashCode();
        }
    }
}
