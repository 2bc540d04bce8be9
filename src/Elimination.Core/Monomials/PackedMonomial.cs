using System.Numerics;
using System.Runtime.CompilerServices;

namespace Elimination.Core.Monomials;

/// <summary>
/// Packed exponent vectors: word 0 holds the total degree, then four 16-bit exponents per
/// 64-bit word, the first variable in the highest bits. Bit 15 of every field is a guard bit,
/// so exponents are limited to 32767 and an addition that overflows sets a guard bit instead of
/// wrapping (checked by <see cref="Multiply"/>). With this layout comparing the exponent words
/// as unsigned integers is exactly lex order.
/// </summary>
public static class PackedMonomial
{
    public const int MaxExponent = 0x7FFF;
    private const ulong GuardBits = 0x8000_8000_8000_8000UL;

    /// <summary>Words per monomial for <paramref name="variables"/> variables.</summary>
    public static int Words(int variables) => 1 + (variables + 3) / 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Shift(int variable) => (3 - (variable & 3)) * 16;

    /// <summary>The word that holds variable <paramref name="variable"/>'s field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordOf(int variable) => 1 + (variable >> 2);

    /// <summary>The bits of variable <paramref name="variable"/>'s field within its word (see <see cref="WordOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FieldMask(int variable) => 0xFFFFUL << Shift(variable);

    /// <summary>Whether exponent words ORed together show an overflow (a set guard bit) after an unchecked addition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasOverflow(ulong orOfExponentWords) => (orOfExponentWords & GuardBits) != 0;

    public static void Pack(ReadOnlySpan<int> exponents, Span<ulong> target)
    {
        target.Clear();
        long degree = 0;
        for (int i = 0; i < exponents.Length; i++)
        {
            int e = exponents[i];
            if ((uint)e > MaxExponent)
                throw new Errors.ExponentOverflowException($"exponent {e} is outside 0..{MaxExponent}");
            target[1 + (i >> 2)] |= (ulong)e << Shift(i);
            degree += e;
        }
        target[0] = (ulong)degree;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Exponent(ReadOnlySpan<ulong> m, int variable) =>
        (int)((m[1 + (variable >> 2)] >> Shift(variable)) & 0xFFFF);

    public static void Unpack(ReadOnlySpan<ulong> m, Span<int> exponents)
    {
        for (int i = 0; i < exponents.Length; i++) exponents[i] = Exponent(m, i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Degree(ReadOnlySpan<ulong> m) => (int)m[0];

    /// <summary>target = a·b; throws <see cref="Errors.ExponentOverflowException"/> if an exponent exceeds 32767.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> target)
    {
        ulong guard = 0;
        target[0] = a[0] + b[0];
        for (int i = 1; i < a.Length; i++)
        {
            ulong s = a[i] + b[i];
            guard |= s;
            target[i] = s;
        }
        if ((guard & GuardBits) != 0) throw new Errors.ExponentOverflowException($"exponent overflow: a product has an exponent above {MaxExponent}");
    }

    /// <summary>target = a / b, assuming b divides a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Divide(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> target)
    {
        for (int i = 0; i < a.Length; i++) target[i] = a[i] - b[i];
    }

    /// <summary>Whether b divides a: a − b borrows in no field (the guard bits stay clear).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Divides(ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> a) => DividesInWords(b, a, 1, a.Length - 1);

    /// <summary>Total degree of lcm(a, b), without forming it.</summary>
    public static int LcmDegree(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => LcmDegreeInWords(a, b, 1, a.Length - 1);

    /// <summary>Σ weights[v]·e_v over the first weights.Length variables.</summary>
    public static int WeightedDegree(ReadOnlySpan<ulong> m, ReadOnlySpan<int> weights)
    {
        int d = 0;
        for (int v = 0; v < weights.Length; v++) d += weights[v] * Exponent(m, v);
        return d;
    }

    /// <summary>
    /// Sum of the exponents in the fields selected by <paramref name="fieldMask"/> (per exponent
    /// word, word 0 ignored; see <see cref="FieldMask"/>): the degree of a block of variables.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int MaskedDegree(ReadOnlySpan<ulong> m, ReadOnlySpan<ulong> fieldMask)
    {
        // Sums of 32-bit lanes (two 16-bit fields each), exact for exponents below 2^15.
        ulong d = 0;
        for (int i = 1; i < m.Length; i++)
        {
            ulong x = m[i] & fieldMask[i];
            d += (x & 0x0000_FFFF_0000_FFFFUL) + ((x >> 16) & 0x0000_FFFF_0000_FFFFUL);
        }
        return (int)((d & 0xFFFF_FFFFUL) + (d >> 32));
    }

    /// <summary>
    /// Reverse lex on the exponent words of equal-degree monomials: sign of a − b, where the
    /// smaller exponent in the last differing variable makes the larger monomial (grevlex's tie-break).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareReverseLex(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (int i = a.Length - 1; i >= 1; i--)
        {
            ulong x = a[i] ^ b[i];
            if (x == 0) continue;
            return CompareField(a[i], b[i], x);
        }
        return 0;
    }

    /// <summary><c>CompareReverseLex(a, b)</c> restricted to the fields selected by <paramref name="fieldMask"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareReverseLex(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> fieldMask)
    {
        for (int i = a.Length - 1; i >= 1; i--)
        {
            ulong x = (a[i] ^ b[i]) & fieldMask[i];
            if (x == 0) continue;
            return CompareField(a[i], b[i], x);
        }
        return 0;
    }

    /// <summary>Reverse-lex sign of two words at the last (lowest) field where they differ (x = the differing bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CompareField(ulong a, ulong b, ulong x)
    {
        // The last variable in a word sits in its lowest bits.
        int shift = BitOperations.TrailingZeroCount(x) & ~15;
        ulong ea = (a >> shift) & 0xFFFF, eb = (b >> shift) & 0xFFFF;
        return ea < eb ? 1 : -1;
    }

    public static void Lcm(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> target)
    {
        ulong degree = 0;
        for (int i = 1; i < a.Length; i++)
        {
            ulong w = 0;
            for (int s = 0; s < 64; s += 16)
            {
                ulong x = (a[i] >> s) & 0xFFFF, y = (b[i] >> s) & 0xFFFF;
                ulong m = x > y ? x : y;
                degree += m;
                w |= m << s;
            }
            target[i] = w;
        }
        target[0] = degree;
    }

    /// <summary>Whether gcd(a, b) = 1 (Buchberger's first criterion).</summary>
    public static bool AreCoprime(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => AreCoprimeInWords(a, b, 1, a.Length - 1);

    /// <summary>The first variable stored in exponent word <paramref name="word"/> (≥ 1).</summary>
    public static int FirstVariableOfWord(int word) => (word - 1) * 4;

    /// <summary>
    /// First and last exponent word of m that are not zero; (Length, 0), an empty range, for 1.
    /// Tests between monomials of thousands of variables need only look inside these ranges.
    /// </summary>
    public static (int First, int Last) ExponentWordRange(ReadOnlySpan<ulong> m)
    {
        int first = m.Length, last = 0;
        for (int i = 1; i < m.Length; i++)
            if (m[i] != 0) { if (first == m.Length) first = i; last = i; }
        return (first, last);
    }

    /// <summary><see cref="Divides"/> when b's exponents are zero outside words first..last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool DividesInWords(ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> a, int first, int last)
    {
        if (b[0] > a[0]) return false;
        for (int i = first; i <= last; i++)
        {
            // Setting the guard bits of a makes each field's subtraction borrow-free across fields;
            // a field of a below the one of b leaves its guard bit cleared.
            ulong d = (a[i] | GuardBits) - b[i];
            if ((d & GuardBits) != GuardBits) return false;
        }
        return true;
    }

    /// <summary><see cref="AreCoprime"/> when the supports of a and b can only meet in words first..last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AreCoprimeInWords(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int first, int last)
    {
        for (int i = first; i <= last; i++)
            if ((NonZeroFields(a[i]) & NonZeroFields(b[i])) != 0) return false;
        return true;
    }

    /// <summary><see cref="LcmDegree"/> when a and b are zero outside words first..last.</summary>
    public static int LcmDegreeInWords(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int first, int last)
    {
        int d = 0;
        for (int i = first; i <= last; i++)
        {
            ulong x = a[i], y = b[i];
            for (int s = 0; s < 64; s += 16)
                d += (int)Math.Max((x >> s) & 0xFFFF, (y >> s) & 0xFFFF);
        }
        return d;
    }

    /// <summary>The guard bit of every field whose exponent is non-zero (exponents stay below the guard bit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZeroFields(ulong x) => ((x + ~GuardBits) | x) & GuardBits;

    public static bool AreEqual(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => a.SequenceEqual(b);

    public static int Hash(ReadOnlySpan<ulong> m)
    {
        ulong h = 0xcbf29ce484222325UL;
        for (int i = 0; i < m.Length; i++) h = (h ^ m[i]) * 0x100000001b3UL;
        return (int)(h ^ (h >> 32));
    }

    /// <summary>Whether all exponents are zero.</summary>
    public static bool IsOne(ReadOnlySpan<ulong> m) => m[0] == 0;
}
