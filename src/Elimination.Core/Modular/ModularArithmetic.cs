using System.Runtime.CompilerServices;
using Elimination.Core.Fields;

namespace Elimination.Core.Modular;

/// <summary>Inner loops mod p with delayed reduction: products (&lt; 2^62) are summed in 64 bits and reduced only near overflow.</summary>
public static class ModularArithmetic
{
    private const ulong Threshold = 1UL << 63;

    /// <summary>Σ a[i]·b[i] mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Dot(in PrimeField f, ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        ulong acc = 0;
        for (int i = 0; i < a.Length; i++)
        {
            acc += (ulong)a[i] * b[i];
            if (acc >= Threshold) acc = f.Reduce(acc);
        }
        return f.Reduce(acc);
    }

    /// <summary>Σ a[i·stride]·b[i] mod p (a column of a row-major matrix against a vector).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint DotStrided(in PrimeField f, ReadOnlySpan<uint> a, int offset, int stride, ReadOnlySpan<uint> b)
    {
        ulong acc = 0;
        for (int i = 0; i < b.Length; i++)
        {
            acc += (ulong)a[offset + i * stride] * b[i];
            if (acc >= Threshold) acc = f.Reduce(acc);
        }
        return f.Reduce(acc);
    }

    /// <summary>target[i] = c·v[i] mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Scale(in PrimeField f, uint c, ReadOnlySpan<uint> v, Span<uint> target)
    {
        for (int i = 0; i < v.Length; i++) target[i] = f.Reduce((ulong)c * v[i]);
    }

    /// <summary>σ(z) by Horner, coefficients indexed by power.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Horner(in PrimeField f, uint[] coefficients, uint z)
    {
        uint r = coefficients[^1];
        for (int i = coefficients.Length - 2; i >= 0; i--) r = f.Add(f.Reduce((ulong)r * z), coefficients[i]);
        return r;
    }

    /// <summary>z^e mod p.</summary>
    public static uint Power(in PrimeField f, uint z, int e)
    {
        ulong result = 1, b = z;
        while (e > 0)
        {
            if ((e & 1) != 0) result = f.Reduce(result * b);
            e >>= 1;
            if (e > 0) b = f.Reduce(b * b);
        }
        return (uint)result;
    }

    /// <summary>The derivative's coefficients (index = power).</summary>
    public static uint[] Derivative(in PrimeField f, uint[] coefficients)
    {
        if (coefficients.Length <= 1) return new uint[] { 0 };
        var d = new uint[coefficients.Length - 1];
        for (int i = 1; i < coefficients.Length; i++) d[i - 1] = f.Mul(f.FromInteger(i), coefficients[i]);
        return d;
    }
}
