using Elimination.Core.Fields;

namespace Elimination.Neuro;

/// <summary>
/// Small dense matrix products mod p on row-major spans (for layer-by-layer evaluation and
/// back-propagation). Products are summed in 64 bits and reduced only near overflow.
/// </summary>
internal static class ModularMatrix
{
    private const ulong Threshold = 1UL << 63;

    /// <summary>C (m×n) = A (m×k) · B (k×n), or C += … when <paramref name="accumulate"/>.</summary>
    public static void Multiply(in PrimeField f, ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> c, int m, int k, int n, bool accumulate = false)
    {
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                ulong acc = accumulate ? c[i * n + j] : 0;
                for (int q = 0; q < k; q++)
                {
                    acc += (ulong)a[i * k + q] * b[q * n + j];
                    if (acc >= Threshold) acc = f.Reduce(acc);
                }
                c[i * n + j] = f.Reduce(acc);
            }
    }

    /// <summary>C (m×n) = A (m×k) · Bᵀ for B (n×k): rows against rows, the cache-friendly case.</summary>
    public static void MultiplyTransposedRight(in PrimeField f, ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> c, int m, int k, int n)
    {
        for (int i = 0; i < m; i++)
        {
            var row = a.Slice(i * k, k);
            for (int j = 0; j < n; j++) c[i * n + j] = ModularArithmetic.Dot(f, row, b.Slice(j * k, k));
        }
    }

    /// <summary>C (m×n) = Aᵀ · B for A (k×m), B (k×n), or C += … when <paramref name="accumulate"/>.</summary>
    public static void MultiplyTransposedLeft(in PrimeField f, ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> c, int m, int k, int n, bool accumulate = false)
    {
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                ulong acc = accumulate ? c[i * n + j] : 0;
                for (int q = 0; q < k; q++)
                {
                    acc += (ulong)a[q * m + i] * b[q * n + j];
                    if (acc >= Threshold) acc = f.Reduce(acc);
                }
                c[i * n + j] = f.Reduce(acc);
            }
    }
}
