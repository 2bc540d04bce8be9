using Elimination.Core.Errors;

namespace Elimination.Neuro;

/// <summary>
/// The graded pieces the degree-bounded equations are interpolated in. The ideal of a neurovariety
/// is homogeneous for the block grading (each scaling block is a projective factor) and, when the
/// architecture gives coordinate weights (<see cref="ICoordinateSpace.CoordinateWeights"/>), for the
/// torus grading they define. A piece is a block multidegree α with 1 ≤ |α| ≤ bound (by total degree,
/// then lex descending) and a torus weight w (lex descending within α); its monomials are those in
/// the coordinates of multidegree α and weight w, in a fixed order. The same for every prime, so
/// the kernel vectors of different primes are comparable entry by entry.
/// <para>
/// For the MLP (3,5,1) x⁴ the 38 760 sextic monomials in its 15 coordinates split into 325 pieces of
/// at most 561 monomials (the dense kernel costs Σ M³ ≈ 4·10⁹ instead of 6·10¹³).
/// </para>
/// </summary>
internal sealed class GradedMonomials
{
    /// <summary>Largest graded piece handled: its kernel is dense, M² words of memory and M³ operations.</summary>
    public const int MaxMonomialsPerPiece = 20000;

    /// <summary>Largest number of monomials of one block multidegree listed (before splitting by weight).</summary>
    public const long MaxMonomialsPerMultidegree = 5_000_000;

    private readonly Dictionary<int[], int>[] _index;
    private readonly Dictionary<int[], int> _pieceOf = new(GradedMonomials.ExponentComparer.Instance);

    public GradedMonomials(IReadOnlyList<int[]> blocks, int coordinates, int bound, IReadOnlyList<int[]>? weights = null)
    {
        if (bound < 1) throw new InvalidInputException("the degree bound must be at least 1");
        if (weights is not null && weights.Count != coordinates)
            throw new InvalidInputException($"{weights.Count} coordinate weights for {coordinates} coordinates");
        Blocks = blocks;
        Coordinates = coordinates;
        int r = weights is null || weights.Count == 0 ? 0 : weights[0].Length;
        var multidegrees = new List<int[]>();
        var pieceWeights = new List<int[]>();
        var monomials = new List<List<int[]>>();
        for (int d = 1; d <= bound; d++)
            foreach (var alpha in MonomialBasis.OfDegree(blocks.Count, d))
            {
                double count = CountOf(blocks, alpha);
                if (count > MaxMonomialsPerMultidegree)
                    throw new ResourceLimitException($"multidegree ({string.Join(",", alpha)}) has {count:0} monomials (more than {MaxMonomialsPerMultidegree} to list): lower the degree bound");
                var all = MonomialsOf(blocks, alpha, coordinates);
                foreach (var (w, list) in SplitByWeight(all, weights, r))
                {
                    if (list.Count > MaxMonomialsPerPiece)
                        throw new ResourceLimitException($"the graded piece of multidegree ({string.Join(",", alpha)})" + (r > 0 ? $" and weight ({string.Join(",", w)})" : "") +
                                                         $" has {list.Count} monomials (at most {MaxMonomialsPerPiece}: its dense kernel needs M^2 words): lower the degree bound");
                    _pieceOf[Key(alpha, w)] = multidegrees.Count;
                    multidegrees.Add(alpha);
                    pieceWeights.Add(w);
                    monomials.Add(list);
                }
            }
        Multidegrees = multidegrees;
        Weights = pieceWeights;
        Monomials = monomials;
        _index = new Dictionary<int[], int>[multidegrees.Count];
    }

    public IReadOnlyList<int[]> Blocks { get; }
    public int Coordinates { get; }

    /// <summary>The block multidegree α of each piece.</summary>
    public IReadOnlyList<int[]> Multidegrees { get; }

    /// <summary>The torus weight of each piece (empty without coordinate weights).</summary>
    public IReadOnlyList<int[]> Weights { get; }

    public IReadOnlyList<List<int[]>> Monomials { get; }

    public int Count => Multidegrees.Count;

    /// <summary>The piece of block multidegree α and weight w, or −1 when no monomial has them.</summary>
    public int PieceOf(int[] alpha, int[] weight) => _pieceOf.TryGetValue(Key(alpha, weight), out int p) ? p : -1;

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

    private static int[] Key(int[] alpha, int[] weight)
    {
        var key = new int[alpha.Length + weight.Length];
        alpha.CopyTo(key, 0);
        weight.CopyTo(key, alpha.Length);
        return key;
    }

    /// <summary>The monomials grouped by their weight Σ e_c·w_c, weights lex descending; one group without weights.</summary>
    private static IEnumerable<(int[] Weight, List<int[]> Monomials)> SplitByWeight(List<int[]> monomials, IReadOnlyList<int[]>? weights, int r)
    {
        if (r == 0) return new[] { (Array.Empty<int>(), monomials) };
        var groups = new Dictionary<int[], List<int[]>>(ExponentComparer.Instance);
        foreach (var e in monomials)
        {
            var w = new int[r];
            for (int c = 0; c < e.Length; c++)
                if (e[c] != 0)
                    for (int j = 0; j < r; j++) w[j] += e[c] * weights![c][j];
            if (!groups.TryGetValue(w, out var list)) groups[w] = list = new List<int[]>();
            list.Add(e);
        }
        var keys = groups.Keys.ToList();
        keys.Sort((x, y) => { for (int j = 0; j < r; j++) if (x[j] != y[j]) return y[j].CompareTo(x[j]); return 0; });
        return keys.Select(k => (k, groups[k]));
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
