using Elimination.Core.Memory;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Elimination.Core.Monomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// Every monomial of one F4 computation, stored once: packed exponents (the
/// <see cref="PackedMonomial"/> layout) in one flat array, addressed by int ids, with the hash
/// and a divisibility mask cached per id. The hash is linear in the exponent words, so the hash
/// of a product is the sum of the hashes and lookups of m·t never rehash the words.
/// Not thread-safe for inserts; concurrent reads are fine while nobody inserts.
/// The arrays are <see cref="ReservedBuffer{T}"/>s, freed by <see cref="Release"/>: growing them copies nothing,
/// and their huge pages spare the page faults that fresh GC arrays cost (a quarter of a mid-sized run).
/// </summary>
internal sealed unsafe class MonomialTable
{
    private const ulong TagBits = 0xFFFF_FFFF_0000_0000UL;

    private readonly int _w;
    private readonly int _variables;
    private readonly ulong[] _multipliers;
    private readonly int _bitsPerVariable;
    private readonly ReservedBuffer<ulong> _expsBuffer, _hashBuffer, _maskBuffer, _slotsBuffer;
    private readonly ReservedBuffer<uint> _spanBuffer;
    // The buffers' first elements, cached: they move only when a buffer grows.
    private ulong* _exps;
    private ulong* _hash;
    private ulong* _mask;
    // Per id: first (low 16 bits) and last (high 16 bits) non-zero exponent word. Divisibility and
    // coprimality only look inside these ranges, so with thousands of variables a test costs the
    // monomial's support, not the ring's width (issue #15.3: the pair update was n²·words).
    private uint* _span;
    // Per slot: the hash's high 32 bits (a tag that spares most loads of _hash) and id + 1 below; 0 = empty.
    private ulong* _slots;
    private int _slotMask;
    private int _count;
    private int _capacity;

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
        _capacity = 1024;
        _expsBuffer = new ReservedBuffer<ulong>(_capacity * words);
        _hashBuffer = new ReservedBuffer<ulong>(_capacity);
        _maskBuffer = new ReservedBuffer<ulong>(_capacity);
        _spanBuffer = new ReservedBuffer<uint>(_capacity);
        _slotsBuffer = new ReservedBuffer<ulong>(_capacity * 2);
        _slotMask = _capacity * 2 - 1;
        Repoint();
        Span<ulong> one = stackalloc ulong[words];
        One = Insert(one);
    }

    public int Count => _count;
    public int Words => _w;

    /// <summary>The id of the monomial 1.</summary>
    public int One { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<ulong> Get(int id) => new(_exps + (long)id * _w, _w);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Degree(int id) => (int)_exps[id * _w];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Mask(int id) => _mask[id];

    private int[]? _sugarWeights;

    /// <summary>Makes <see cref="SugarDegree"/> the weighted degree for these weights (see <see cref="SugarWeights"/>).</summary>
    public void UseSugarWeights(int[] weights) => _sugarWeights = weights;

    /// <summary>The degree that sugar counts: total degree, or the weighted degree if weights are set.</summary>
    public int SugarDegree(int id)
    {
        var weights = _sugarWeights;
        if (weights is null) return Degree(id);
        return PackedMonomial.WeightedDegree(Get(id), weights);
    }

    /// <summary>Whether monomial a divides monomial b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Divides(int a, int b)
    {
        if ((_mask[a] & ~_mask[b]) != 0) return false;
        if (_exps[a * _w] > _exps[b * _w]) return false;
        uint sa = _span[a], sb = _span[b];
        int first = (int)(sa & 0xFFFF), last = (int)(sa >> 16);
        if (first <= last && (first < (int)(sb & 0xFFFF) || last > (int)(sb >> 16))) return false;
        return PackedMonomial.DividesInWords(Get(a), Get(b), first, last);
    }

    /// <summary>First and last non-zero exponent word of the monomial (an empty range for 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int First, int Last) WordSpan(int id) => ((int)(_span[id] & 0xFFFF), (int)(_span[id] >> 16));

    public int Variables => _variables;

    /// <summary>Whether gcd(a, b) = 1.</summary>
    public bool AreCoprime(int a, int b)
    {
        if ((_mask[a] & _mask[b]) == 0) return true; // every variable has a mask bit for 'exponent > 0'
        uint sa = _span[a], sb = _span[b];
        return PackedMonomial.AreCoprimeInWords(Get(a), Get(b),
            Math.Max((int)(sa & 0xFFFF), (int)(sb & 0xFFFF)), Math.Min((int)(sa >> 16), (int)(sb >> 16)));
    }

    private uint ComputeSpan(int id)
    {
        var (first, last) = PackedMonomial.ExponentWordRange(Get(id));
        return (uint)first | ((uint)last << 16);
    }

    /// <summary>The id of a packed monomial, inserting it if new.</summary>
    public int Insert(ReadOnlySpan<ulong> m)
    {
        ulong h = 0;
        for (int i = 0; i < _w; i++) h += m[i] * _multipliers[i];
        return Insert(m, h);
    }

    /// <summary>The id of a packed monomial whose hash is <paramref name="h"/>, inserting it if new.</summary>
    private int Insert(ReadOnlySpan<ulong> m, ulong h)
    {
        int found = Lookup(m, h, out int slot);
        if (found >= 0) return found;
        int nid = Append(h);
        m.CopyTo(new Span<ulong>(_exps + (long)nid * _w, _w));
        _span[nid] = ComputeSpan(nid);
        _mask[nid] = ComputeMask(nid);
        _slots[slot] = (h & TagBits) | (uint)(nid + 1);
        GrowSlotsIfNeeded();
        return nid;
    }

    /// <summary>The id of a packed monomial whose hash is <paramref name="h"/>, or −1 with the empty slot where it would go; only reads.</summary>
    private int Lookup(ReadOnlySpan<ulong> m, ulong h, out int slot)
    {
        ulong tag = h & TagBits, entry;
        for (slot = Slot(h); (entry = _slots[slot]) != 0; slot = (slot + 1) & _slotMask)
        {
            int id = (int)(uint)entry - 1;
            if ((entry & TagBits) == tag && Get(id).SequenceEqual(m)) return id;
        }
        return -1;
    }

    /// <summary>
    /// The id of a·b for a multiplier given by its words and hash (see <see cref="Quotient"/>),
    /// inserting it if new; throws on exponent overflow. Multipliers stay out of the table: most
    /// occur once, as the u of one reducer u·g, and would only grow it.
    /// </summary>
    public int InsertProduct(ulong[] a, ulong hashA, int b) => ProductId(a, hashA + _hash[b], Get(b), insert: true);

    /// <summary>
    /// The id of a·b, b given by its words and a·b's hash <paramref name="h"/>, inserting it if new; without
    /// <paramref name="insert"/> only reads, −1 if absent (an overflowed product has guard bits no monomial in the table has).
    /// </summary>
    private int ProductId(ulong[] a, ulong h, ReadOnlySpan<ulong> b, bool insert)
    {
        Span<ulong> product = stackalloc ulong[_w];
        ulong guard = 0;
        for (int i = 0; i < _w; i++)
        {
            product[i] = a[i] + b[i];
            if (i > 0) guard |= product[i];
        }
        if (!insert) return Lookup(product, h, out _);
        if (PackedMonomial.HasOverflow(guard))
            throw new Elimination.Core.Errors.ExponentOverflowException($"exponent overflow: a product has an exponent above {PackedMonomial.MaxExponent}");
        return Insert(product, h);
    }

    /// <summary>Words per term of <see cref="PackTerms"/>: the hash, then the exponent words.</summary>
    public int TermStride => _w + 1;

    /// <summary>
    /// The monomials of a row laid out for <see cref="InsertProducts"/>: each one's hash and words, one after the other.
    /// A basis element is multiplied into thousands of reducers; read from its ids, every product would first wait on
    /// the table for its factor's hash and words (a basis of 2.8 million terms is 110 MB of them, scattered).
    /// </summary>
    public ulong[] PackTerms(ReadOnlySpan<int> ids)
    {
        int stride = _w + 1;
        var terms = new ulong[ids.Length * stride];
        for (int k = 0; k < ids.Length; k++)
        {
            terms[k * stride] = _hash[ids[k]];
            Get(ids[k]).CopyTo(terms.AsSpan(k * stride + 1, _w));
        }
        return terms;
    }

    /// <summary>
    /// <paramref name="ids"/>[k] = the id of a·b_k for the monomials b_k of a row given by <see cref="PackTerms"/> (see
    /// <see cref="InsertProduct(ulong[], ulong, int)"/>), looked up in chunks whose memory traffic overlaps. One product
    /// at a time waits on dependent cache misses (the slot, then the candidate's words); in big F4 steps the table is
    /// hundreds of MB and that wait was 57% of a run (the (2,2,2,1) x^3 septics). Here the slots of a chunk are
    /// prefetched, then the candidates' words, then each candidate is verified, and a product whose probe finds no
    /// candidate takes the full path. The products of a row are distinct, so an insert for one of them cannot be
    /// another's candidate. Without <paramref name="insert"/> the table is only read (safe on several threads) and a
    /// product not in it gets id −1.
    /// </summary>
    public void InsertProducts(ulong[] a, ulong hashA, ReadOnlySpan<ulong> terms, Span<int> ids, bool insert = true)
    {
        const int Chunk = 32;
        int stride = _w + 1, count = terms.Length / stride;
        Span<ulong> hashes = stackalloc ulong[Chunk];
        Span<int> candidates = stackalloc int[Chunk];
        for (int start = 0; start < count; start += Chunk)
        {
            int n = Math.Min(Chunk, count - start);
            for (int k = 0; k < n; k++)
            {
                ulong h = hashA + terms[(start + k) * stride];
                hashes[k] = h;
                if (Sse.IsSupported) Sse.Prefetch0(_slots + Slot(h));
            }
            for (int k = 0; k < n; k++)
            {
                // Linear probing: the slots after the first are in the same cache line, mostly.
                ulong h = hashes[k], tag = h & TagBits, entry;
                int id = -1;
                for (int slot = Slot(h); (entry = _slots[slot]) != 0; slot = (slot + 1) & _slotMask)
                    if ((entry & TagBits) == tag) { id = (int)(uint)entry - 1; break; }
                candidates[k] = id;
                if (id >= 0 && Sse.IsSupported) Sse.Prefetch0(_exps + (long)id * _w);
            }
            for (int k = 0; k < n; k++)
            {
                var b = terms.Slice((start + k) * stride + 1, _w);
                int id = candidates[k];
                ids[start + k] = id >= 0 && IsProduct(id, a, b) ? id : ProductId(a, hashes[k], b, insert);
            }
        }
    }

    /// <summary>Whether monomial <paramref name="id"/> is a·b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsProduct(int id, ulong[] a, ReadOnlySpan<ulong> b)
    {
        long oc = (long)id * _w;
        for (int i = 0; i < _w; i++)
            if (_exps[oc + i] != a[i] + b[i]) return false;
        return true;
    }

    /// <summary>Writes the words of b / a (a divides b) into <paramref name="q"/> and returns its hash, without inserting it.</summary>
    public ulong Quotient(int b, int a, ulong[] q)
    {
        int oa = a * _w, ob = b * _w;
        for (int i = 0; i < _w; i++) q[i] = _exps[ob + i] - _exps[oa + i];
        // The hash is linear in the words.
        return _hash[b] - _hash[a];
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
        uint sa = _span[a], sb = _span[b];
        return PackedMonomial.LcmDegreeInWords(Get(a), Get(b),
            Math.Min((int)(sa & 0xFFFF), (int)(sb & 0xFFFF)), Math.Max((int)(sa >> 16), (int)(sb >> 16)));
    }

    private int Append(ulong h)
    {
        if (_count == _capacity)
        {
            _capacity *= 2;
            _expsBuffer.EnsureCapacity((long)_capacity * _w);
            _hashBuffer.EnsureCapacity(_capacity);
            _maskBuffer.EnsureCapacity(_capacity);
            _spanBuffer.EnsureCapacity(_capacity);
            Repoint();
        }
        _hash[_count] = h;
        return _count++;
    }

    private void Repoint()
    {
        _exps = _expsBuffer.Pointer;
        _hash = _hashBuffer.Pointer;
        _mask = _maskBuffer.Pointer;
        _span = _spanBuffer.Pointer;
        _slots = _slotsBuffer.Pointer;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong h) => (int)((h * 0x9E3779B97F4A7C15UL) >> 32) & _slotMask;

    /// <summary>Frees the buffers; the table must not be used afterwards.</summary>
    public void Release()
    {
        _expsBuffer.Dispose();
        _hashBuffer.Dispose();
        _maskBuffer.Dispose();
        _spanBuffer.Dispose();
        _slotsBuffer.Dispose();
        _exps = _hash = _mask = _slots = null;
        _span = null;
        _count = _capacity = 0;
    }

    private void GrowSlotsIfNeeded()
    {
        if (_count * 2 <= _slotMask) return;
        // Twice the slots, rehashed in place: the old ones cleared, the new ones never written (zero).
        int old = _slotMask + 1;
        _slotsBuffer.EnsureCapacity(2L * old);
        _slots = _slotsBuffer.Pointer;
        new Span<ulong>(_slots, old).Clear();
        _slotMask = 2 * old - 1;
        for (int id = 0; id < _count; id++)
        {
            ulong h = _hash[id];
            int slot = Slot(h);
            while (_slots[slot] != 0) slot = (slot + 1) & _slotMask;
            _slots[slot] = (h & TagBits) | (uint)(id + 1);
        }
    }

    private ulong ComputeMask(int id)
    {
        // Bit (v·b + k) says exponent of v exceeds k: a | b implies mask(a) ⊆ mask(b). With more than
        // 64 variables each bit stands for the variables v ≡ bit (mod 64) having a non-zero exponent,
        // so the lowest bit of every group always means "exponent > 0" (used for coprimality).
        ulong mask = 0;
        int bpv = _bitsPerVariable;
        var m = Get(id);
        ulong low = bpv >= 64 ? ulong.MaxValue : (1UL << bpv) - 1;
        uint span = _span[id];
        for (int word = (int)(span & 0xFFFF), lastWord = (int)(span >> 16); word <= lastWord; word++)
        {
            for (int v = PackedMonomial.FirstVariableOfWord(word), end = Math.Min(v + 4, _variables); v < end; v++)
            {
                int e = PackedMonomial.Exponent(m, v);
                if (e == 0) continue;
                if (_variables > 64) { mask |= 1UL << (v & 63); continue; }
                // The lowest min(e, b) bits of the variable's group.
                ulong bits = e >= bpv ? low : (1UL << e) - 1;
                mask |= bits << (v * bpv);
            }
        }
        return mask;
    }
}
