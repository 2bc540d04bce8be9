using System.Runtime.InteropServices;

namespace Elimination.Core.Memory;

/// <summary>
/// A growable, zero-initialised array of unmanaged elements outside the GC heap, for the few per-computation tables
/// that grow to millions of entries (F4's monomial table and its per-monomial buffers). Small, it is a plain native
/// block. Past <see cref="SmallBytes"/> on Linux it moves once into a reservation of address space (no memory is used
/// until touched) in which growing is free — nothing is copied, touched pages stay — and which asks for transparent
/// huge pages: on the VMs we measure on, the first touch of a 4 KiB page costs 10–16 µs (the hypervisor), so a 64 MiB
/// table paid ~0.2–1 s in faults, against ~4 ms in 2 MiB pages. Elsewhere, or when the reservation is refused
/// (strict overcommit, a ulimit), it grows by reallocation.
/// Not thread-safe; <see cref="Dispose"/> frees the memory and invalidates <see cref="Pointer"/>.
/// </summary>
internal sealed unsafe class ReservedBuffer<T> : IDisposable where T : unmanaged
{
    private const long HugePage = 2L << 20;
    // Below this a huge page would mostly be zeroing memory nobody uses.
    private const long SmallBytes = 256L << 10;
    // Per buffer: 16 GiB of address space (x86-64 user space is 128 TiB); a table that outgrows it moves once more.
    private const long Reservation = 16L << 30;

    private T* _data;
    private long _capacity;      // elements usable now
    private long _reservedBytes; // > 0: an mmap reservation of this many bytes; 0: NativeMemory

    /// <param name="capacity">Elements usable at once (more with <see cref="EnsureCapacity"/>).</param>
    public ReservedBuffer(long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        capacity = Math.Max(capacity, 1);
        if (!TryReserve(capacity))
        {
            _data = (T*)NativeMemory.AllocZeroed(checked((nuint)(capacity * sizeof(T))));
            _capacity = capacity;
        }
    }

    /// <summary>The first element; it changes only when <see cref="EnsureCapacity"/> has to move the buffer.</summary>
    public T* Pointer => _data;

    public long Capacity => _capacity;

    public ref T this[long index] => ref _data[index];

    public Span<T> AsSpan(long start, int length) => new(_data + start, length);

    /// <summary>Makes at least <paramref name="capacity"/> elements usable, keeping the contents; new ones are zero.</summary>
    public void EnsureCapacity(long capacity)
    {
        if (capacity <= _capacity) return;
        if (_reservedBytes > 0 && capacity * sizeof(T) <= _reservedBytes)
        {
            _capacity = _reservedBytes / sizeof(T);
            return;
        }
        long grown = Math.Max(capacity, 2 * _capacity);
        var old = _data;
        long oldCapacity = _capacity, oldReserved = _reservedBytes;
        if (TryReserve(grown))
        {
            Buffer.MemoryCopy(old, _data, _capacity * sizeof(T), oldCapacity * sizeof(T));
            Free(old, oldReserved);
            return;
        }
        if (oldReserved > 0)
        {
            _data = (T*)NativeMemory.AllocZeroed(checked((nuint)(grown * sizeof(T))));
            Buffer.MemoryCopy(old, _data, grown * sizeof(T), oldCapacity * sizeof(T));
            Free(old, oldReserved);
            _reservedBytes = 0;
        }
        else
        {
            _data = (T*)NativeMemory.Realloc(old, checked((nuint)(grown * sizeof(T))));
            new Span<T>(_data + oldCapacity, checked((int)(grown - oldCapacity))).Clear();
        }
        _capacity = grown;
    }

    /// <summary>Moves to a fresh reservation when <paramref name="capacity"/> is past the small size and Linux grants one.</summary>
    private bool TryReserve(long capacity)
    {
        long bytes = checked(capacity * sizeof(T));
        if (bytes <= SmallBytes) return false;
        long reserved = (Math.Max(bytes, Reservation) + HugePage - 1) & ~(HugePage - 1);
        if (!AddressSpace.TryReserve(reserved, out var data)) return false;
        _data = (T*)data;
        _reservedBytes = reserved;
        _capacity = reserved / sizeof(T);
        return true;
    }

    private static void Free(void* data, long reservedBytes)
    {
        if (data == null) return;
        if (reservedBytes > 0) AddressSpace.Release(data, reservedBytes);
        else NativeMemory.Free(data);
    }

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    // A table dropped without Dispose (an exception path) must not keep its memory.
    ~ReservedBuffer() => Release();

    private void Release()
    {
        Free(_data, _reservedBytes);
        _data = null;
        _capacity = 0;
        _reservedBytes = 0;
    }
}
