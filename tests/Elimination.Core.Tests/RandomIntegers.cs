using System.Numerics;

namespace Elimination.Core.Tests;

/// <summary>Seeded random integers for the lift and reconstruction tests.</summary>
internal static class RandomIntegers
{
    /// <summary>A uniformly random integer in [0, 2^bits).</summary>
    public static BigInteger Below2ToThe(Random rng, int bits)
    {
        var bytes = new byte[bits / 8 + 1];
        rng.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true) >> (bytes.Length * 8 - bits);
    }
}
