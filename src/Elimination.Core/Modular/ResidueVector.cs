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
/// are built only when they are read (reconstruction), which happens once or twice per lift.
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
        _count = n;
        Modulus *= p;
    }

    /// <summary>
    /// Entry <paramref name="index"/> in [0, M), by Horner over the digits into little-endian words
    /// (<paramref name="words"/>: scratch of at least one word per prime plus one).
    /// </summary>
    private BigInteger Value(int index, uint[] words)
    {
        int length = 0;
        for (int j = _primes.Count - 1; j >= 0; j--)
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
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation }, (c, state) =>
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
