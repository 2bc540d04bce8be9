using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Modular;

/// <summary>
/// A vector of integers known modulo the product M of the primes added so far, grown prime by
/// prime by Chinese remaindering, and its rational reconstruction. Entries an image does not give
/// are 0 modulo its prime; an image longer than the vector appends entries that were 0 modulo
/// every earlier prime (a coefficient that only now shows up).
/// </summary>
public sealed class ResidueVector
{
    private readonly List<BigInteger> _values = new();
    private readonly List<uint> _primes = new();

    public int Count => _values.Count;
    public BigInteger this[int index] => _values[index];
    public BigInteger Modulus { get; private set; } = BigInteger.One;
    public IReadOnlyList<uint> Primes => _primes;

    /// <summary>Combines the residues modulo a new prime p (each prime once) into the vector.</summary>
    public void Add(uint p, ReadOnlySpan<uint> residues)
    {
        var m = Modulus;
        ulong inverse = ChineseRemainder.InverseOf(m, p);
        var field = new PrimeField(p);
        int old = _values.Count;
        for (int j = 0; j < old; j++)
            _values[j] = ChineseRemainder.Combine(_values[j], m, j < residues.Length ? residues[j] : 0, field, inverse);
        for (int j = old; j < residues.Length; j++)
            _values.Add(ChineseRemainder.Combine(BigInteger.Zero, m, residues[j], field, inverse));
        Modulus = m * p;
        _primes.Add(p);
    }

    /// <summary>Entry <paramref name="index"/> reconstructed with the balanced bounds; false when no fraction fits.</summary>
    public bool TryReconstruct(int index, out Rational value) =>
        RationalReconstruction.TryReconstruct(_values[index], Modulus, out value);

    /// <summary>
    /// Every entry reconstructed with the balanced bounds (in parallel over contiguous chunks), or
    /// null when one fails. Neighbouring entries tend to share their denominator (coefficients of
    /// one polynomial): multiplying by the denominators met so far in the chunk often leaves a
    /// small integer, which needs no Euclid run. The balanced bounds make the fraction unique, so
    /// the shortcut finds the same one.
    /// </summary>
    public Rational[]? TryReconstructAll(int threads = 1, CancellationToken cancellation = default)
    {
        var result = new Rational[_values.Count];
        var modulus = Modulus;
        var bound = RationalReconstruction.BalancedBound(modulus);
        const int ChunkSize = 64;
        int chunks = (_values.Count + ChunkSize - 1) / ChunkSize;
        int failed = 0;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation }, (c, state) =>
        {
            var den = BigInteger.One;
            int end = Math.Min(_values.Count, (c + 1) * ChunkSize);
            for (int i = c * ChunkSize; i < end; i++)
            {
                var v = _values[i];
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
