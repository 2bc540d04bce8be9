using System.Numerics;
using System.Runtime.CompilerServices;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using static Elimination.Groebner.Modular.FixedWidthIntegers;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Exact top reduction over ℚ in fraction-free integer arithmetic. Each basis element is
/// replaced by its primitive integer multiple ĝ (same ideal, same leading monomial); a step
/// h ← s·h − c'·m·ĝ, with c = lc(h), a = lc(ĝ), s = a/g, c' = c/g, g = gcd(a, c), keeps h
/// integral and needs no gcd per term. Whether h reaches zero does not depend on the scaling.
/// In practice a divides c in most steps (s = 1, one exact division instead of a gcd), and the
/// content of h is divided out once the scalings since the last removal exceed a few words.
/// <para>
/// The working polynomial is updated in place: its terms are slots (a monomial and a
/// coefficient) found through a hash table, so a step costs the length of the divisor, not of h.
/// This fits top reduction: nearly every term of m·ĝ meets a term already in h (98 % on the
/// S-pairs of katsura-8), and every term it adds lies below lm(h), so slots above the current
/// leading monomial are never touched again. The order of h is the initial terms sorted, plus a
/// heap for the monomials added later. Coefficients are fixed-width two's complement integers
/// (<see cref="FixedWidthIntegers"/>), widened whenever a bit-length bound says they could
/// overflow, so a step allocates nothing.
/// </para>
/// </summary>
internal sealed class IntegerTopReduction
{
    /// <summary>An integer polynomial: monomials concatenated, coefficient magnitudes in <see cref="Limbs"/> limbs each, signs.</summary>
    private sealed class Element
    {
        public required ulong[] Monos;
        public required ulong[] Hashes;  // of each monomial; the hash of a product is the sum (see Hash)
        public required ulong[] Magnitudes;
        public required bool[] Negative;
        public required int Limbs;
        public required int Bits;      // max bit length of a coefficient
        public required BigInteger Lead;
        public ulong LeadMagnitude => Magnitudes[0];  // |Lead| when it has one limb
        public int Length => Negative.Length;
    }

    /// <summary>Content is removed once the scalings since the last removal add up to this many bits.</summary>
    private const int ContentBits = 64;

    private readonly Element[] _basis;
    private readonly ulong[][] _lead;
    private readonly int[] _byLength;
    private readonly int _w;
    private readonly MonomialOrder _order;
    private readonly ulong[] _hashWeights;

    // The working polynomial h: slots of monomials (_w words) and coefficients (_limbs limbs). Small at first, grown by
    // doubling: an ideal keeps its membership test (RationalMembership), and a decomposition holds thousands of ideals.
    private ulong[] _mono = new ulong[256], _coef = new ulong[256], _slotHash = new ulong[64];
    private int _slots;
    private int[] _main = new int[64];   // the initial terms' slots, descending; those before _head are gone
    private int _mainLength, _head;
    private int[] _heap = new int[64];    // slots added later, a max-heap in the monomial order
    private int _heapLength;
    private int[] _table = new int[64]; // slot + 1, 0 empty; linear probing on the high hash bits
    private int _tableShift = 64 - 6;
    private int _limbs = 1;    // width of the working coefficients
    private long _bits;        // upper bound on the bit length of the working coefficients
    private ulong[] _cMag = new ulong[8], _sMag = new ulong[8], _scaled = new ulong[8];

    public IntegerTopReduction(IReadOnlyList<Polynomial<Rational, RationalField>> basis)
    {
        if (basis.Count == 0) throw new ArgumentException("empty basis");
        var ring = basis[0].Ring;
        _w = ring.Words;
        _order = ring.Order;
        // Odd random weights, fixed: Σ weight·word is additive over monomial products (words add).
        var rng = new Random(0x5EED);
        _hashWeights = new ulong[_w];
        for (int i = 0; i < _w; i++) _hashWeights[i] = (ulong)rng.NextInt64() << 1 | 1;
        _basis = new Element[basis.Count];
        _lead = new ulong[basis.Count][];
        for (int k = 0; k < basis.Count; k++)
        {
            _basis[k] = Integral(basis[k]);
            _lead[k] = _basis[k].Monos[.._w];
        }
        // Shortest elements first (ties by index): the first divisor found is the shortest one.
        _byLength = Enumerable.Range(0, basis.Count).OrderBy(k => _basis[k].Length).ThenBy(k => k).ToArray();
    }

    public long TermOperations { get; private set; }

    private ulong Hash(ReadOnlySpan<ulong> monomial)
    {
        ulong h = 0;
        for (int i = 0; i < monomial.Length; i++) h += monomial[i] * _hashWeights[i];
        return h;
    }

    private Element Integral(Polynomial<Rational, RationalField> f)
    {
        var p = PrimitivePart.Of(f);
        int n = p.Length;
        var m = new ulong[n * _w];
        var hashes = new ulong[n];
        int bits = 0;
        for (int t = 0; t < n; t++)
        {
            p.MonomialAt(t).CopyTo(m.AsSpan(t * _w, _w));
            hashes[t] = Hash(m.AsSpan(t * _w, _w));
            bits = Math.Max(bits, (int)BigInteger.Abs(p.CoefficientAt(t).Numerator).GetBitLength());
        }
        int limbs = Math.Max(1, (bits + 63) / 64);
        var mags = new ulong[n * limbs];
        var neg = new bool[n];
        for (int t = 0; t < n; t++)
        {
            var c = p.CoefficientAt(t).Numerator;
            WriteMagnitude(c, mags.AsSpan(t * limbs, limbs));
            neg[t] = c.Sign < 0;
        }
        return new Element { Monos = m, Hashes = hashes, Magnitudes = mags, Negative = neg, Limbs = limbs, Bits = bits, Lead = p.LeadingCoefficient.Numerator };
    }

    public bool ReducesToZero(Polynomial<Rational, RationalField> f, CancellationToken cancel)
    {
        if (f.IsZero) return true;
        var e = Integral(f);
        Reset(e.Length);
        Add(e, 0, BigInteger.One, new ulong[_w], ordered: true);
        return Run(cancel);
    }

    /// <summary>Whether a_j·(L/lm_i)·ĝ_i − a_i·(L/lm_j)·ĝ_j (the S-polynomial up to a unit) reduces to zero.</summary>
    public bool SPolynomialReducesToZero(int i, int j, CancellationToken cancel)
    {
        var lcm = new ulong[_w];
        PackedMonomial.Lcm(_lead[i], _lead[j], lcm);
        var mi = new ulong[_w];
        var mj = new ulong[_w];
        PackedMonomial.Divide(lcm, _lead[i], mi);
        PackedMonomial.Divide(lcm, _lead[j], mj);
        var ai = _basis[i].Lead;
        var aj = _basis[j].Lead;
        var g = BigInteger.GreatestCommonDivisor(ai, aj);
        Reset(_basis[i].Length + _basis[j].Length);
        // The leading terms cancel: both from index 1. The first part is sorted as it comes.
        Add(_basis[i], 1, aj / g, mi, ordered: true);
        Add(_basis[j], 1, -(ai / g), mj, ordered: false);
        SortNewTermsIntoMain();
        return Run(cancel);
    }

    private void Reset(int expectedTerms)
    {
        _slots = 0;
        _mainLength = _head = _heapLength = 0;
        _bits = 0;
        _limbs = 1;
        int size = 64;
        while (size < 2 * expectedTerms) size <<= 1;
        if (_table.Length < size) _table = new int[size];
        else Array.Clear(_table);
        _tableShift = 64 - BitOperations.Log2((uint)_table.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Run(CancellationToken cancel)
    {
        var quotient = new ulong[_w];
        int steps = 0;
        long scaledBits = 0;
        while (true)
        {
            if ((++steps & 15) == 0) cancel.ThrowIfCancellationRequested();
            if (scaledBits >= ContentBits)
            {
                RemoveContent();
                scaledBits = 0;
            }
            int lead = TakeLeadingSlot();
            if (lead < 0) return true;
            var lm = _mono.AsSpan(lead * _w, _w);
            int k = -1;
            // The shortest divisor: fewest terms to add, and in practice the fewest steps.
            foreach (int i in _byLength)
                if (PackedMonomial.Divides(_lead[i], lm)) { k = i; break; }
            if (k < 0) return false; // a leading term no basis element divides: nonzero remainder
            PackedMonomial.Divide(lm, _lead[k], quotient);
            var e = _basis[k];
            var lc = _coef.AsSpan(lead * _limbs, _limbs);
            if (e.Limbs == 1 && TryDivideExactly(lc, e.LeadMagnitude, out int ql))
            {
                // The usual step: lc(ĝ) fits a limb and divides lc(h); _cMag holds |lc(h)/lc(ĝ)|.
                bool quotientNegative = (lc[^1] >> 63 != 0) != e.Negative[0];
                lc.Clear(); // gone: must not hold back the content
                Add(e, 1, _cMag.AsSpan(0, ql), !quotientNegative, quotient, ordered: false);
                continue;
            }
            var c = ToBigInteger(lc);
            lc.Clear();
            var a = e.Lead;
            var q = BigInteger.DivRem(c, a, out var r);
            if (r.IsZero)
                Add(e, 1, -q, quotient, ordered: false);
            else
            {
                var g = BigInteger.GreatestCommonDivisor(a, c);
                var s = a / g;
                scaledBits += (long)BigInteger.Abs(s).GetBitLength();
                ScaleAll(s);
                // The leading term cancels: from index 1.
                Add(e, 1, -(c / g), quotient, ordered: false);
            }
        }
    }

    /// <summary>
    /// Whether the one-limb magnitude a divides the two's complement x; if so |x|/a is left in
    /// _cMag and its limb count in <paramref name="limbs"/>.
    /// </summary>
    private bool TryDivideExactly(ReadOnlySpan<ulong> x, ulong a, out int limbs)
    {
        int L = x.Length;
        if (_cMag.Length < L) _cMag = new ulong[L + 1];
        var mag = _cMag.AsSpan(0, L);
        CopyWords(x, mag);
        if (x[^1] >> 63 != 0) Negate(mag);
        int n = L;
        while (n > 1 && mag[n - 1] == 0) n--;
        ulong rem = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            var (q, r) = UInt128.DivRem(new UInt128(rem, mag[i]), a);
            mag[i] = (ulong)q;
            rem = (ulong)r;
        }
        limbs = n;
        while (limbs > 1 && mag[limbs - 1] == 0) limbs--;
        return rem == 0;
    }

    /// <summary>
    /// The slot of lm(h), taken out of the order (its coefficient stays readable), or −1 when h = 0.
    /// Zero slots met on the way are dropped: nothing added later reaches them again.
    /// </summary>
    private int TakeLeadingSlot()
    {
        while (true)
        {
            int a = _head < _mainLength ? _main[_head] : -1;
            int b = _heapLength > 0 ? _heap[0] : -1;
            if (a < 0 && b < 0) return -1;
            bool fromMain = b < 0 || (a >= 0 && _order.Compare(_mono.AsSpan(a * _w, _w), _mono.AsSpan(b * _w, _w)) > 0);
            int slot = fromMain ? a : b;
            if (fromMain) _head++;
            else PopHeap();
            if (!IsZero(_coef.AsSpan(slot * _limbs, _limbs))) return slot;
        }
    }

    /// <summary>h ← h + c·m·(terms of e from <paramref name="start"/> on); new monomials join the heap unless <paramref name="ordered"/> (then they extend the sorted part, in order).</summary>
    private void Add(Element e, int start, BigInteger c, ReadOnlySpan<ulong> m, bool ordered)
    {
        long cBits = (long)BigInteger.Abs(c).GetBitLength();
        if (_cMag.Length < (cBits + 63) / 64 + 1) _cMag = new ulong[(cBits + 63) / 64 + 1];
        int cl = WriteMagnitude(c, _cMag);
        Add(e, start, _cMag.AsSpan(0, cl), c.Sign < 0, m, ordered);
    }

    /// <summary>The same with c = ±cMag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(Element e, int start, ReadOnlySpan<ulong> cMag, bool cNeg, ReadOnlySpan<ulong> m, bool ordered)
    {
        long cBits = 64L * cMag.Length - BitOperations.LeadingZeroCount(cMag[^1]);
        // |h + c·ĝ| < 2^(bits of h) + 2^(bits of c·ĝ): one bit more than the larger.
        long bound = Math.Max(_bits, cBits + e.Bits) + 1;
        if (LimbsFor(bound) > _limbs)
        {
            // The bound grows by a bit per step even without growth: tighten it before widening.
            TightenBits();
            bound = Math.Max(_bits, cBits + e.Bits) + 1;
            if (LimbsFor(bound) > _limbs) Widen(LimbsFor(bound) + 1); // a spare limb: fewer re-layouts
        }
        int L = _limbs, w = _w, ge = e.Limbs;
        int glen = e.Length;
        EnsureSlots(_slots + glen - start);

        var monos = e.Monos;
        var hashes = e.Hashes;
        var mags = e.Magnitudes;
        var neg = e.Negative;
        ulong mHash = Hash(m);
        var table = _table;
        int tableMask = table.Length - 1, shift = _tableShift;
        for (int j = start; j < glen; j++)
        {
            ulong hash = mHash + hashes[j];
            var gm = monos.AsSpan(j * w, w);
            int index = (int)(hash >> shift), slot;
            while (true)
            {
                slot = table[index] - 1;
                if (slot < 0 || (_slotHash[slot] == hash && IsProduct(_mono.AsSpan(slot * w, w), gm, m))) break;
                index = (index + 1) & tableMask;
            }
            bool subtract = cNeg != neg[j];
            if (slot >= 0)
            {
                MultiplyAdd(_coef.AsSpan(slot * L, L), cMag, mags.AsSpan(j * ge, ge), subtract);
                continue;
            }
            slot = _slots++;
            PackedMonomial.Multiply(gm, m, _mono.AsSpan(slot * w, w));
            var fresh = _coef.AsSpan(slot * L, L);
            for (int t = 0; t < L; t++) fresh[t] = 0;
            MultiplyAdd(fresh, cMag, mags.AsSpan(j * ge, ge), subtract);
            _slotHash[slot] = hash;
            table[index] = slot + 1;
            if (ordered) _main[_mainLength++] = slot;
            else PushHeap(slot);
        }
        TermOperations += glen - start;
        _bits = bound;
    }

    /// <summary>Whether x = a·b, word by word (a product with an overflowed field has a guard bit set, so it equals no monomial).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsProduct(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (int i = 0; i < x.Length; i++) if (x[i] != a[i] + b[i]) return false;
        return true;
    }

    /// <summary>After the S-polynomial's second part: its new terms go into the sorted part, which then holds all of h.</summary>
    private void SortNewTermsIntoMain()
    {
        if (_heapLength == 0) return;
        int w = _w;
        var merged = new int[_mainLength + _heapLength];
        var extra = _heap.AsSpan(0, _heapLength).ToArray();
        var order = _order;
        var mono = _mono;
        Array.Sort(extra, (x, y) => order.Compare(mono.AsSpan(y * w, w), mono.AsSpan(x * w, w)));
        int a = 0, b = 0, k = 0;
        while (a < _mainLength && b < extra.Length)
            merged[k++] = order.Compare(mono.AsSpan(_main[a] * w, w), mono.AsSpan(extra[b] * w, w)) > 0 ? _main[a++] : extra[b++];
        while (a < _mainLength) merged[k++] = _main[a++];
        while (b < extra.Length) merged[k++] = extra[b++];
        if (_main.Length < merged.Length) _main = new int[merged.Length * 2];
        merged.CopyTo(_main, 0);
        _mainLength = merged.Length;
        _heapLength = 0;
    }

    private void EnsureSlots(int slots)
    {
        if (_slotHash.Length < slots)
        {
            int n = Math.Max(slots, _slotHash.Length * 2);
            Array.Resize(ref _slotHash, n);
            Array.Resize(ref _main, n);
        }
        if (_mono.Length < slots * _w) Array.Resize(ref _mono, Math.Max(slots * _w, _mono.Length * 2));
        if (_coef.Length < slots * _limbs) Array.Resize(ref _coef, Math.Max(slots * _limbs, _coef.Length * 2));
        if (2 * slots > _table.Length) Rehash(slots);
    }

    private void Rehash(int slots)
    {
        int size = _table.Length;
        while (size < 2 * slots) size <<= 1;
        _table = new int[size];
        _tableShift = 64 - BitOperations.Log2((uint)size);
        int mask = size - 1;
        for (int s = 0; s < _slots; s++)
        {
            int index = (int)(_slotHash[s] >> _tableShift);
            while (_table[index] != 0) index = (index + 1) & mask;
            _table[index] = s + 1;
        }
    }

    private bool Above(int x, int y) => _order.Compare(_mono.AsSpan(x * _w, _w), _mono.AsSpan(y * _w, _w)) > 0;

    private void PushHeap(int slot)
    {
        if (_heapLength == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        int i = _heapLength++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Above(slot, _heap[parent])) break;
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = slot;
    }

    private void PopHeap()
    {
        int last = _heap[--_heapLength];
        int i = 0;
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= _heapLength) break;
            if (child + 1 < _heapLength && Above(_heap[child + 1], _heap[child])) child++;
            if (!Above(_heap[child], last)) break;
            _heap[i] = _heap[child];
            i = child;
        }
        if (_heapLength > 0) _heap[i] = last;
    }

    /// <summary>h ← s·h in place: the slots still in the order (the others are gone or zero).</summary>
    private void ScaleAll(BigInteger s)
    {
        long sBits = (long)BigInteger.Abs(s).GetBitLength();
        if (LimbsFor(_bits + sBits) > _limbs)
        {
            TightenBits();
            if (LimbsFor(_bits + sBits) > _limbs) Widen(LimbsFor(_bits + sBits) + 1);
        }
        if (_sMag.Length < (sBits + 63) / 64 + 1) _sMag = new ulong[(sBits + 63) / 64 + 1];
        var sMag = _sMag.AsSpan(0, WriteMagnitude(s, _sMag));
        bool sNeg = s.Sign < 0;
        int L = _limbs;
        if (_scaled.Length < L) _scaled = new ulong[L];
        var tmp = _scaled.AsSpan(0, L);
        for (int t = _head; t < _mainLength; t++) ScaleSlot(_main[t], sMag, sNeg, tmp);
        for (int t = 0; t < _heapLength; t++) ScaleSlot(_heap[t], sMag, sNeg, tmp);
        _bits += sBits;
    }

    private void ScaleSlot(int slot, ReadOnlySpan<ulong> sMag, bool sNeg, Span<ulong> tmp)
    {
        var x = _coef.AsSpan(slot * _limbs, _limbs);
        if (IsZero(x)) return;
        Scale(x, sMag, sNeg, tmp);
        CopyWords(tmp, x);
    }

    private void TightenBits()
    {
        int L = _limbs;
        long exact = 0;
        for (int t = 0; t < _slots; t++) exact = Math.Max(exact, BitLengthBound(_coef.AsSpan(t * L, L)));
        _bits = exact;
    }

    /// <summary>Re-lays the working coefficients out with <paramref name="nl"/> limbs each (sign-extended).</summary>
    private void Widen(int nl)
    {
        int L = _limbs;
        var nc = _coef.Length >= _slotHash.Length * nl ? _coef : new ulong[_slotHash.Length * nl];
        // From the back: in place, each term moves to a higher offset.
        for (int t = _slots - 1; t >= 0; t--)
        {
            ulong sign = (ulong)((long)_coef[t * L + L - 1] >> 63);
            _coef.AsSpan(t * L, L).CopyTo(nc.AsSpan(t * nl, L));
            nc.AsSpan(t * nl + L, nl - L).Fill(sign);
        }
        _coef = nc;
        _limbs = nl;
    }

    /// <summary>Divides h by the gcd of its coefficients; usually stops early at 1.</summary>
    private void RemoveContent()
    {
        int L = _limbs;
        var g = BigInteger.Zero;
        for (int t = 0; t < _slots; t++)
        {
            var x = _coef.AsSpan(t * L, L);
            if (IsZero(x)) continue;
            g = BigInteger.GreatestCommonDivisor(g, ToBigInteger(x));
            if (g.IsOne) return;
        }
        if (g.IsZero) return;
        long exact = 0;
        for (int t = 0; t < _slots; t++)
        {
            var x = _coef.AsSpan(t * L, L);
            if (IsZero(x)) continue;
            FromBigInteger(ToBigInteger(x) / g, x);
            exact = Math.Max(exact, BitLengthBound(x));
        }
        _bits = exact;
    }
}
