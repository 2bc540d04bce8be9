using Elimination.Core.Fields;
using Elimination.Core.Modular;

namespace Elimination.Core.LinearAlgebra;

/// <summary>
/// Small dense matrix products mod p on row-major spans (for layer-by-layer evaluation and
/// back-propagation). Products are summed in 64 bits and reduced only near overflow.
/// </summary>
public static class ModularMatrix
{
    private const ulong Threshold = 1UL << 63;

    /// <summary>C (m×n) = A (m×k) · B (k×n), or C += … when <paramref name="accumulate"/>.</summary>
    public static void Multiply(in PrimeField f, ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> c, int m, int k, int n, bool accumulate = false) =>
        Multiply(f, a, k, 1, b, c, m, k, n, accumulate);

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
    public static void MultiplyTransposedLeft(in PrimeField f, ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, Span<uint> c, int m, int k, int n, bool accumulate = false) =>
        Multiply(f, a, 1, m, b, c, m, k, n, accumulate);

    /// <summary>C = A·B with A's entry (i, q) at a[i·rowStride + q·columnStride] (row-major A or a transposed one).</summary>
    private static void Multiply(in PrimeField f, ReadOnlySpan<uint> a, int rowStride, int columnStride, ReadOnlySpan<uint> b, Span<uint> c,
        int m, int k, int n, bool accumulate)
    {
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                ulong acc = accumulate ? c[i * n + j] : 0;
                for (int q = 0; q < k; q++)
                {
                    acc += (ulong)a[i * rowStride + q * columnStride] * b[q * n + j];
                    if (acc >= Threshold) acc = f.Reduce(acc);
                }
                c[i * n + j] = f.Reduce(acc);
            }
    }
}
