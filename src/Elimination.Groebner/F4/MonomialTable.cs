using System.Runtime.CompilerServices;
using Elimination.Core.Monomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// Every monomial of one F4 computation, stored once: packed exponents (the
/// <see cref="PackedMonomial"/> layout) in one flat array, addressed by int ids, with the hash
/// and a divisibility mask cached per id. The hash is linear in the exponent words, so the hash
/// of a product is the sum of the hashes and lookups of m·t never rehash the words.
/// Not thread-safe for inserts; concurrent reads are fine while nobody inserts.
/// </summary>
internal sealed class MonomialTable
{
    private const ulong GuardBits = 0x8000_8000_8000_8000UL;

    private readonly int _w;
    private readonly int _variables;
    private readonly ulong[] _multipliers;
    private readonly int _bitsPerVariable;
    private ulong[] _exps;
    private ulong[] _hash;
    private ulong[] _mask;
    private int[] _slots; // id + 1, 0 = empty
    private int _slotMask;
    private int _count;

    public MonomialTable(int variables, int words)
    {
        _variables = variables;
        _w = words;
        _multipliers = new ulong[words];
        // Fixed odd multipliers: deterministic runs, hash(a·b) = hash(a) + hash(b) mod 2^64.
        ulong s = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < words; i++)
        {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            _multipliers[i] = s | 1;
        }
        _bitsPerVariable = Math.Max(1, 64 / Math.Max(1, variables));
        int capacity = 1024;
        _exps = new ulong[capacity * words];
        _hash = new ulong[capacity];
        _mask = new ulong[capacity];
        _slots = new int[capacity * 2];
        _slotMask = _slots.Length - 1;
        Span<ulong> one = stackalloc ulong[words];
        One = Insert(one);
    }

    public int Count => _count;
    public int Words => _w;

    /// <summary>The id of the monomial 1.</summary>
    public int One { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<ulong> Get(int id) => new(_exps, id * _w, _w);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Degree(int id) => (int)_exps[id * _w];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Mask(int id) => _mask[id];

    /// <summary>The raw exponent array (id·Words offset); for comparers that avoid span creation.</summary>
    public ulong[] Exponents => _exps;

    /// <summary>Whether monomial a divides monomial b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Divides(int a, int b)
    {
        if ((_mask[a] & ~_mask[b]) != 0) return false;
        int oa = a * _w, ob = b * _w;
        if (_exps[oa] > _exps[ob]) return false;
        for (int i = 1; i < _w; i++)
        {
            ulong d = (_exps[ob + i] | GuardBits) - _exps[oa + i];
            if ((d & GuardBits) != GuardBits) return false;
        }
        return true;
    }

    /// <summary>Whether gcd(a, b) = 1.</summary>
    public bool AreCoprime(int a, int b)
    {
        int oa = a * _w, ob = b * _w;
        for (int i = 1; i < _w; i++)
        {
            ulong x = _exps[oa + i], y = _exps[ob + i];
            for (int s = 0; s < 64; s += 16)
                if (((x >> s) & 0xFFFF) != 0 && ((y >> s) & 0xFFFF) != 0) return false;
        }
        return true;
    }

    /// <summary>The id of a packed monomial, inserting it if new.</summary>
    public int Insert(ReadOnlySpan<ulong> m)
    {
        ulong h = 0;
        for (int i = 0; i < _w; i++) h += m[i] * _multipliers[i];
        int slot = Slot(h);
        while (true)
        {
            int id = _slots[slot] - 1;
            if (id < 0) break;
            if (_hash[id] == h && Get(id).SequenceEqual(m)) return id;
            slot = (slot + 1) & _slotMask;
        }
        int nid = Append(h);
        m.CopyTo(_exps.AsSpan(nid * _w, _w));
        _mask[nid] = ComputeMask(m);
        _slots[slot] = nid + 1;
        GrowSlotsIfNeeded();
        return nid;
    }

    /// <summary>The id of a·b, inserting it if new; throws on exponent overflow.</summary>
    public int InsertProduct(int a, int b)
    {
        ulong h = _hash[a] + _hash[b];
        int slot = Slot(h);
        int oa = a * _w, ob = b * _w;
        while (true)
        {
            int id = _slots[slot] - 1;
            if (id < 0) break;
            if (_hash[id] == h)
            {
                int oc = id * _w;
                bool eq = true;
                for (int i = 0; i < _w; i++)
                    if (_exps[oc + i] != _exps[oa + i] + _exps[ob + i]) { eq = false; break; }
                if (eq) return id;
            }
            slot = (slot + 1) & _slotMask;
        }
        int nid = Append(h);
        int on = nid * _w;
        oa = a * _w; ob = b * _w;
        ulong guard = 0;
        for (int i = 0; i < _w; i++)
        {
            ulong s = _exps[oa + i] + _exps[ob + i];
            _exps[on + i] = s;
            if (i > 0) guard |= s;
        }
        if ((guard & GuardBits) != 0)
        {
            _count--;
            throw new OverflowException($"exponent overflow: a product has an exponent above {PackedMonomial.MaxExponent}");
        }
        _mask[nid] = ComputeMask(Get(nid));
        _slots[slot] = nid + 1;
        GrowSlotsIfNeeded();
        return nid;
    }

    /// <summary>The id of b / a, assuming a divides b.</summary>
    public int Quotient(int b, int a)
    {
        Span<ulong> q = stackalloc ulong[_w];
        int oa = a * _w, ob = b * _w;
        for (int i = 0; i < _w; i++) q[i] = _exps[ob + i] - _exps[oa + i];
        return Insert(q);
    }

    /// <summary>The id of lcm(a, b).</summary>
    public int Lcm(int a, int b)
    {
        Span<ulong> l = stackalloc ulong[_w];
        PackedMonomial.Lcm(Get(a), Get(b), l);
        return Insert(l);
    }

    /// <summary>Total degree of lcm(a, b), without inserting it.</summary>
    public int LcmDegree(int a, int b)
    {
        int oa = a * _w, ob = b * _w, d = 0;
        for (int i = 1; i < _w; i++)
        {
            ulong x = _exps[oa + i], y = _exps[ob + i];
            for (int s = 0; s < 64; s += 16)
                d += (int)Math.Max((x >> s) & 0xFFFF, (y >> s) & 0xFFFF);
        }
        return d;
    }

    private int Append(ulong h)
    {
        if (_count == _hash.Length)
        {
            int cap = _hash.Length * 2;
            Array.Resize(ref _exps, cap * _w);
            Array.Resize(ref _hash, cap);
            Array.Resize(ref _mask, cap);
        }
        _hash[_count] = h;
        return _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong h) => (int)((h * 0x9E3779B97F4A7C15UL) >> 32) & _slotMask;

    private void GrowSlotsIfNeeded()
    {
        if (_count * 2 < _slots.Length) return;
        _slots = new int[_slots.Length * 2];
        _slotMask = _slots.Length - 1;
        for (int id = 0; id < _count; id++)
        {
            int slot = Slot(_hash[id]);
            while (_slots[slot] != 0) slot = (slot + 1) & _slotMask;
            _slots[slot] = id + 1;
        }
    }

    private ulong ComputeMask(ReadOnlySpan<ulong> m)
    {
        // Bit (v·b + k) says exponent of v exceeds k: a | b implies mask(a) ⊆ mask(b).
        ulong mask = 0;
        int vars = Math.Min(_variables, 64);
        for (int v = 0; v < vars; v++)
        {
            int e = PackedMonomial.Exponent(m, v);
            for (int k = 0; k < _bitsPerVariable && k < e; k++)
            {
                int bit = v * _bitsPerVariable + k;
                if (bit < 64) mask |= 1UL << bit;
            }
        }
        return mask;
    }
}
