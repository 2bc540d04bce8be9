using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// Uniform random field elements from a seeded <see cref="Random"/>: all of F_p, or integers of
/// absolute value below 2^20 in ℚ. <see cref="SampleSize"/> is the size S of the set sampled
/// from, for Schwartz–Zippel bounds (a non-zero polynomial of degree D vanishes with probability ≤ D/S).
/// Generic elements of an ideal (for saturations that split off components) are random combinations.
/// </summary>
public static class RandomScalars
{
    public const long RationalRange = 1L << 20;

    public static double SampleSize<T, TField>(TField field) where TField : struct, IField<T> =>
        field.Characteristic > 0 ? field.Characteristic : 2.0 * RationalRange;

    /// <summary>
    /// Fields below 2^20 elements, where a random combination's failure bound (#associated primes)/S says little and,
    /// over GF(3) or GF(5), the combination vanishes where no generator does often enough to lose answers: callers
    /// then saturate by the ideal itself (the intersection of the saturations by its generators), which is exact.
    /// </summary>
    public static bool TooSmallForCombinations<T, TField>(TField field) where TField : struct, IField<T> =>
        SampleSize<T, TField>(field) < 1 << 20;

    public static T Any<T, TField>(TField field, Random rng) where TField : struct, IField<T> =>
        field.Characteristic > 0
            ? field.FromInteger(new BigInteger(rng.NextInt64(0, field.Characteristic)))
            : field.FromInteger(new BigInteger(rng.NextInt64(-RationalRange, RationalRange)));

    public static T NonZero<T, TField>(TField field, Random rng) where TField : struct, IField<T>
    {
        while (true)
        {
            var x = Any<T, TField>(field, rng);
            if (!field.IsZero(x)) return x;
        }
    }

    /// <summary>Σ c_i·f_i with random non-zero c_i, in <paramref name="ring"/> (zero when the list is empty).</summary>
    public static Polynomial<T, TField> Combination<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> fs, Random rng) where TField : struct, IField<T>
    {
        var sum = ring.Zero;
        foreach (var f in fs) sum = sum.AddScaled(f.ToRing(ring), NonZero<T, TField>(ring.Field, rng));
        return sum;
    }
}
