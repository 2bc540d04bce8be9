using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using Elimination.Core.Fields;

namespace Elimination.Core.Modular;

/// <summary>
/// A vector of integers known modulo the product M of the primes added so far, grown prime by
/// prime by Chinese remaindering, and its rational reconstruction. Entries an image does not give
/// are 0 modulo its prime; an image longer than the vector appends entries that were 0 modulo
/// every earlier prime (a coefficient that only now shows up).
/// </summary>
/// <remarks>
/// Entries are kept in mixed radix (Garner): x = d₀ + d₁p₀ + d₂p₀p₁ + …, one word per prime. A new
/// prime's digit needs x mod p, i.e. Σ dⱼ·(p₀⋯pⱼ₋₁ mod p): word products with delayed reduction
/// instead of a BigInteger remainder, product and sum per entry per prime. The integers themselves
/// are built only when they are read (by a reconstruction attempt).
/// </remarks>
public sealed class ResidueVector
{
    private readonly List<uint[]> _digits = new();
    private readonly List<uint> _primes = new();
    private int _count;

    public int Count => _count;
    public BigInteger this[int index] => Value(index, new uint[_primes.Count + 1]);
    public BigInteger Modulus { get; private set; } = BigInteger.One;
    public IReadOnlyList<uint> Primes => _primes;

    /// <summary>Combines the residues modulo a new prime p (each prime once) into the vector.</summary>
    public void Add(uint p, ReadOnlySpan<uint> residues)
    {
        var field = new PrimeField(p);
        int k = _primes.Count;
        // weight[j] = p₀⋯pⱼ₋₁ mod p; a repeated prime makes the last one 0.
        var weight = new ulong[k + 1];
        weight[0] = 1;
        for (int j = 0; j < k; j++) weight[j + 1] = field.Mul((uint)weight[j], field.Reduce(_primes[j]));
        if (weight[k] == 0) throw new ArgumentException($"prime {p} divides the modulus: each prime may be used once");
        uint inverse = field.Inv((uint)weight[k]);

        int n = Math.Max(_count, residues.Length);
        var sum = ArrayPool<ulong>.Shared.Rent(n);
        Array.Clear(sum, 0, n);
        for (int j = 0; j < k; j++)
        {
            var d = _digits[j];
            ulong w = weight[j];
            for (int i = 0; i < d.Length; i++) sum[i] += d[i] * w;
            // Three products below p² < 2⁶² on top of a reduced value stay below 2⁶⁴.
            if (j % 3 == 2)
                for (int i = 0; i < n; i++) sum[i] = field.Reduce(sum[i]);
        }
        var digit = new uint[n];
        for (int i = 0; i < n; i++)
        {
            uint r = i < residues.Length ? residues[i] : 0;
            digit[i] = field.Mul(field.Sub(r, field.Reduce(sum[i])), inverse);
        }
        ArrayPool<ulong>.Shared.Return(sum);
        _digits.Add(digit);
        _primes.Add(p);
        _products = null;
        _count = n;
        Modulus *= p;
    }

    /// <summary>
    /// Entry <paramref name="index"/> in [0, M) (<paramref name="words"/>: scratch of at least one word per prime plus
    /// one). Horner over all k digits costs k²/2 word products; past <see cref="LeafPrimes"/> primes the digits are
    /// split in halves, x = low + (p_lo⋯p_(mid−1))·high, with the products of the halves' primes built once per
    /// modulus (<see cref="Products"/>): BigInteger multiplies sub-quadratically, so an entry of katsura-7's lex lift
    /// (2 352 primes) costs a fraction of the Horner run.
    /// </summary>
    private BigInteger Value(int index, uint[] words)
    {
        int k = _primes.Count;
        if (k <= LeafPrimes) return Horner(index, 0, k, words);
        var products = Products();
        return Range(1, 0, (k + LeafPrimes - 1) / LeafPrimes);

        BigInteger Range(int node, int lo, int hi)
        {
            if (hi - lo == 1) return Horner(index, lo * LeafPrimes, Math.Min(k, hi * LeafPrimes), words);
            int mid = (lo + hi) / 2;
            var high = Range(2 * node + 1, mid, hi);
            var low = Range(2 * node, lo, mid);
            return high.IsZero ? low : low + products[2 * node] * high;
        }
    }

    /// <summary>Primes per leaf of the split in <see cref="Value"/>, below which Horner's word loop is the faster.</summary>
    private const int LeafPrimes = 48;

    // products[node] = product of the primes of the node's leaves (node 1 = all leaves, children 2n and 2n+1, split at
    // the middle leaf as Value splits); rebuilt when a prime is added.
    private BigInteger[]? _products;
    private readonly object _productsLock = new();

    private BigInteger[] Products()
    {
        var products = _products;
        if (products is not null) return products;
        lock (_productsLock)
        {
            if (_products is not null) return _products;
            int leaves = (_primes.Count + LeafPrimes - 1) / LeafPrimes;
            products = new BigInteger[4 * leaves];
            Build(1, 0, leaves);
            _products = products;
            return products;
        }

        BigInteger Build(int node, int lo, int hi)
        {
            BigInteger product;
            if (hi - lo == 1)
            {
                product = BigInteger.One;
                for (int j = lo * LeafPrimes; j < Math.Min(_primes.Count, hi * LeafPrimes); j++) product *= _primes[j];
            }
            else
            {
                int mid = (lo + hi) / 2;
                product = Build(2 * node, lo, mid) * Build(2 * node + 1, mid, hi);
            }
            return products[node] = product;
        }
    }

    /// <summary>d_lo + p_lo·(d_(lo+1) + p_(lo+1)·(…)) over the digits lo..hi−1 of the entry, in little-endian words.</summary>
    private BigInteger Horner(int index, int lo, int hi, uint[] words)
    {
        int length = 0;
        for (int j = hi - 1; j >= lo; j--)
        {
            var d = _digits[j];
            ulong carry = index < d.Length ? d[index] : 0u;
            ulong p = _primes[j];
            for (int w = 0; w < length; w++)
            {
                ulong t = words[w] * p + carry;
                words[w] = (uint)t;
                carry = t >> 32;
            }
            if (carry != 0) words[length++] = (uint)carry;
        }
        if (length == 0) return BigInteger.Zero;
        var span = words.AsSpan(0, length);
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(span, span);
        return new BigInteger(MemoryMarshal.AsBytes(span), isUnsigned: true);
    }

    /// <summary>Entry <paramref name="index"/> reconstructed with the balanced bounds; false when no fraction fits.</summary>
    public bool TryReconstruct(int index, out Rational value) =>
        RationalReconstruction.TryReconstruct(this[index], Modulus, out value);

    /// <summary>
    /// Every entry reconstructed with the balanced bounds (in parallel over contiguous chunks), or
    /// null when one fails. Neighbouring entries tend to share their denominator (coefficients of
    /// one polynomial): multiplying by the denominators met so far in the chunk often leaves a
    /// small integer, which needs no Euclid run. The balanced bounds make the fraction unique, so
    /// the shortcut finds the same one.
    /// </summary>
    public Rational[]? TryReconstructAll(int threads = 1, CancellationToken cancellation = default)
    {
        var result = new Rational[_count];
        var modulus = Modulus;
        var bound = RationalReconstruction.BalancedBound(modulus);
        const int ChunkSize = 64;
        int chunks = (_count + ChunkSize - 1) / ChunkSize;
        int failed = 0;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(threads, 1, Math.Max(1, chunks)), CancellationToken = cancellation }, (c, state) =>
        {
            var den = BigInteger.One;
            var words = new uint[_primes.Count + 1];
            int end = Math.Min(_count, (c + 1) * ChunkSize);
            for (int i = c * ChunkSize; i < end; i++)
            {
                var v = Value(i, words);
                if (v.IsZero) { result[i] = Rational.Zero; continue; }
                var scaled = ChineseRemainder.Symmetric(v * den, modulus);
                if (BigInteger.Abs(scaled) <= bound && den <= bound) result[i] = new Rational(scaled, den);
                else
                {
                    if (!RationalReconstruction.TryReconstruct(v, modulus, bound, bound, out result[i]))
                    {
                        Interlocked.Exchange(ref failed, 1);
                        state.Stop();
                        return;
                    }
                    den = den / BigInteger.GreatestCommonDivisor(den, result[i].Denominator) * result[i].Denominator;
                    if (den > bound) den = BigInteger.One; // unrelated denominators: start over
                }
            }
        });
        return failed != 0 ? null : result;
    }

    /// <summary>
    /// Bits left free between the modulus and a reconstructed value in <see cref="TryReconstructGrouped"/>: a residue
    /// that is not yet determined is a random number modulo M, small enough by chance with probability 2^(1 − margin).
    /// </summary>
    public const int GroupedMargin = 40;

    /// <summary>Entries in a row that fit neither alone nor through the denominator before a group's first attempt gives up.</summary>
    private const int FailFastMisses = 4;

    /// <summary>
    /// Reconstruction that shares one denominator per group of entries (the coefficients of one polynomial of a
    /// reduced Gröbner basis have a common denominator D). Within a group, an entry u is accepted as s/D when
    /// s = u·D mod M (symmetric) is below M / 2^<see cref="GroupedMargin"/>; otherwise u itself or s is reconstructed
    /// (<see cref="RationalReconstruction.TryReconstructWithMargin"/>, any split of the bits between numerator and
    /// denominator) and its denominator joins D. Once D is known a coefficient n/d needs about
    /// log₂|n·D/d| + margin bits of M instead of the 2·log₂ max(|n|, d) of the balanced bounds — on katsura-9's
    /// basis 408 bits instead of 804, about half the primes. The answer is no longer unique for its modulus: like
    /// every candidate of the lift it is checked against a later prime and then verified by the caller.
    /// <paramref name="groupOf"/> gives each entry's group (entries beyond its length form their own group);
    /// <paramref name="firstGroup"/> is tried first (the group that failed last time fails fastest) and returns
    /// the group that failed, if any.
    /// </summary>
    public Rational[]? TryReconstructGrouped(ReadOnlySpan<int> groupOf, ref int firstGroup, int threads = 1, CancellationToken cancellation = default)
    {
        int n = _count;
        if (n == 0) return Array.Empty<Rational>();
        int groups = 0;
        for (int i = 0; i < n && i < groupOf.Length; i++) groups = Math.Max(groups, groupOf[i] + 1);
        int total = groups + Math.Max(0, n - groupOf.Length);
        // Entries by group (counting sort), each group in index order.
        var start = new int[total + 1];
        for (int i = 0; i < n; i++) start[GroupOf(groupOf, groups, i) + 1]++;
        for (int g = 0; g < total; g++) start[g + 1] += start[g];
        var members = new int[n];
        var fill = start.AsSpan(0, total).ToArray();
        for (int i = 0; i < n; i++) members[fill[GroupOf(groupOf, groups, i)]++] = i;

        var result = new Rational[n];
        int limit = (int)Modulus.GetBitLength() - GroupedMargin;
        if (limit <= 0) return null;
        int first = firstGroup >= 0 && firstGroup < total ? firstGroup : total - 1;
        if (!Group(first, new uint[_primes.Count + 1])) { firstGroup = first; return null; }
        int failed = -1;
        // Later elements of a reduced basis tend to have the larger coefficients: trying them first fails fastest.
        var order = new int[total - 1];
        for (int g = total - 1, k = 0; g >= 0; g--) if (g != first) order[k++] = g;
        const int ChunkSize = 16;
        int chunks = (order.Length + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(threads, 1, Math.Max(1, chunks)), CancellationToken = cancellation }, (c, state) =>
        {
            var words = new uint[_primes.Count + 1];
            for (int k = c * ChunkSize; k < Math.Min(order.Length, (c + 1) * ChunkSize) && !state.ShouldExitCurrentIteration; k++)
                if (!Group(order[k], words)) { Interlocked.Exchange(ref failed, order[k]); state.Stop(); }
        });
        if (failed >= 0) { firstGroup = failed; return null; }
        return result;

        bool Group(int g, uint[] words)
        {
            var modulus = Modulus;
            var den = BigInteger.One;
            var pending = new List<int>();
            for (int k = start[g]; k < start[g + 1]; k++) pending.Add(members[k]);
            // Passes until every entry is placed; an entry waits while the denominator is still growing, and a
            // pass that did not change it ends the search (the entries left would fail the same way).
            bool grew = true, firstPass = true;
            while (pending.Count > 0 && grew)
            {
                grew = false;
                int misses = 0;
                for (int k = 0; k < pending.Count;)
                {
                    // A group that is not yet determined fails on almost every entry, each a whole Euclidean run over
                    // the modulus: a few misses in a row before anything fits end the attempt (a later one, with more
                    // primes, finds the entries that fit alone and then the rest through the shared denominator).
                    if (firstPass && misses == FailFastMisses && den.IsOne) return false;
                    int i = pending[k];
                    var v = Value(i, words);
                    var s = v.IsZero ? v : ChineseRemainder.Symmetric(v * den, modulus);
                    if (s.IsZero || BigInteger.Abs(s).GetBitLength() <= limit)
                    {
                        result[i] = new Rational(s, den);
                        pending[k] = pending[^1];
                        pending.RemoveAt(pending.Count - 1);
                        continue;
                    }
                    // The entry alone (n/d, its denominator joins D by lcm), or s ≡ n·D/d, whose reduced form a/e
                    // has e the part of d not yet in D: whichever fits first (the same test while D = 1).
                    BigInteger lcm;
                    if (Fits(v, out var alone)
                        && (lcm = den / BigInteger.GreatestCommonDivisor(den, alone.Denominator) * alone.Denominator).GetBitLength() <= limit)
                    {
                        den = lcm;
                        result[i] = alone;
                    }
                    else if (!den.IsOne && Fits(s, out var rest) && den.GetBitLength() + rest.Denominator.GetBitLength() <= limit)
                    {
                        den *= rest.Denominator;
                        result[i] = new Rational(rest.Numerator, den);
                    }
                    else { k++; misses++; continue; }
                    misses = 0;
                    grew = true;
                    pending[k] = pending[^1];
                    pending.RemoveAt(pending.Count - 1);
                }
                firstPass = false;
            }
            return pending.Count == 0;
        }

        bool Fits(BigInteger x, out Rational q) => RationalReconstruction.TryReconstructWithMargin(x, Modulus, GroupedMargin, out q);
    }

    private static int GroupOf(ReadOnlySpan<int> groupOf, int groups, int i) => i < groupOf.Length ? groupOf[i] : groups + (i - groupOf.Length);

    /// <summary>
    /// Whether the rational vector reduces modulo p to the residues (entries missing on either side
    /// are 0). False when p divides a denominator: the vector has no image there.
    /// </summary>
    public static bool Agrees(IReadOnlyList<Rational> candidate, ReadOnlySpan<uint> residues, uint p)
    {
        var field = new PrimeField(p);
        int n = Math.Max(candidate.Count, residues.Length);
        for (int j = 0; j < n; j++)
        {
            uint r = j < residues.Length ? residues[j] : 0;
            if (j >= candidate.Count || candidate[j].IsZero) { if (r != 0) return false; continue; }
            var q = candidate[j];
            if (field.FromInteger(q.Denominator) == 0 || field.FromRational(q.Numerator, q.Denominator) != r) return false;
        }
        return true;
    }
}
