using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Geometry.Internal;

/// <summary>
/// Uniform random field elements from a seeded <see cref="Random"/>: all of F_p, or integers of
/// absolute value below 2^20 in ℚ. <see cref="SampleSize"/> is the size S of the set sampled
/// from, for Schwartz–Zippel bounds (a non-zero polynomial of degree D vanishes with probability ≤ D/S).
/// </summary>
internal static class RandomScalars
{
    public const long RationalRange = 1L << 20;

    public static double SampleSize<T, TField>(TField field) where TField : struct, IField<T> =>
        field.Characteristic > 0 ? field.Characteristic : 2.0 * RationalRange;

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
}
