using System.Buffers;

namespace Elimination.Core.LinearAlgebra;

/// <summary>
/// One thread's buffers for <see cref="SparseRowReducer"/>: the dense accumulator (all zero
/// between rows), the output buffers, and further accumulators for a block of rows, all from the
/// shared array pool.
/// </summary>
internal sealed class SparseReductionScratch
{
    public readonly long[] Dense;
    public readonly int[] Cols;
    public readonly uint[] Coeffs;

    /// <summary>A bit per column of <see cref="Dense"/>: set where some row of the block may be non-zero (all clear between blocks).</summary>
    public readonly ulong[] Marks;

    public SparseReductionScratch(int columns)
    {
        Dense = ArrayPool<long>.Shared.Rent(columns);
        Dense.AsSpan().Clear();
        Marks = ArrayPool<ulong>.Shared.Rent((Dense.Length + 63) / 64);
        Marks.AsSpan().Clear();
        Cols = ArrayPool<int>.Shared.Rent(columns);
        Coeffs = ArrayPool<uint>.Shared.Rent(columns);
    }

    private long[][] _block = Array.Empty<long[]>();

    /// <summary>k zeroed accumulators of at least <paramref name="columns"/> entries (the first is <see cref="Dense"/>); zero again when handed back.</summary>
    public long[][] BlockDense(int k, int columns)
    {
        if (_block.Length < k) Array.Resize(ref _block, k);
        _block[0] = Dense;
        for (int r = 1; r < k; r++)
        {
            if (_block[r] is { } a && a.Length >= columns) continue;
            if (_block[r] is { } old) ArrayPool<long>.Shared.Return(old);
            _block[r] = ArrayPool<long>.Shared.Rent(Math.Max(columns, Dense.Length));
            _block[r].AsSpan().Clear();
        }
        return _block;
    }

    private long[] _interleaved = Array.Empty<long>();

    /// <summary>8 zeroed accumulators interleaved (entry 8·c + r), for at least <paramref name="columns"/> columns; zero again when handed back.</summary>
    public long[] Interleaved(int columns)
    {
        if (_interleaved.Length >= 8L * columns) return _interleaved;
        if (_interleaved.Length > 0) ArrayPool<long>.Shared.Return(_interleaved);
        _interleaved = ArrayPool<long>.Shared.Rent(8 * Math.Max(columns, Dense.Length));
        _interleaved.AsSpan().Clear();
        return _interleaved;
    }

    public void Release()
    {
        if (_interleaved.Length > 0) ArrayPool<long>.Shared.Return(_interleaved);
        _interleaved = Array.Empty<long>();
        for (int r = 1; r < _block.Length; r++)
            if (_block[r] is { } a) ArrayPool<long>.Shared.Return(a);
        _block = Array.Empty<long[]>();
        ArrayPool<long>.Shared.Return(Dense);
        ArrayPool<ulong>.Shared.Return(Marks);
        ArrayPool<int>.Shared.Return(Cols);
        ArrayPool<uint>.Shared.Return(Coeffs);
    }
}
