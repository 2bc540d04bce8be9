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
/// The working polynomial is a sorted term array merged with the divisor at each step; its
/// coefficients are fixed-width two's complement integers in one flat array
/// (<see cref="FixedWidthIntegers"/>), widened whenever a bit-length bound says they could
/// overflow, so a step allocates nothing.
/// </summary>
internal sealed class IntegerTopReduction
{
    /// <summary>An integer polynomial: monomials concatenated, coefficient magnitudes in <see cref="Limbs"/> limbs each, signs.</summary>
    private sealed class Element
    {
        public required ulong[] Monos;
        public required ulong[] Magnitudes;
        public required bool[] Negative;
        public required int Limbs;
        public required int Bits;      // max bit length of a coefficient
        public required BigInteger Lead;
        public int Length => Negative.Length;
    }

    /// <summary>Content is removed once the scalings since the last removal add up to this many bits.</summary>
    private const int ContentBits = 64;

    private readonly Element[] _basis;
    private readonly ulong[][] _lead;
    private readonly int[] _byLength;
    private readonly int _w;
    private readonly MonomialOrder _order;
    private ulong[] _m = new ulong[1024], _m2 = new ulong[1024];
    private ulong[] _c = new ulong[1024], _c2 = new ulong[1024];
    private int _len;
    private int _limbs = 1;    // width of the working coefficients
    private long _bits;        // upper bound on the bit length of the working coefficients
    private ulong[] _prod = new ulong[16], _cMag = new ulong[8], _sMag = new ulong[8];

    public IntegerTopReduction(IReadOnlyList<Polynomial<Rational, RationalField>> basis)
    {
        if (basis.Count == 0) throw new ArgumentException("empty basis");
        var ring = basis[0].Ring;
        _w = ring.Words;
        _order = ring.Order;
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

    private Element Integral(Polynomial<Rational, RationalField> f)
    {
        var p = PrimitivePart.Of(f);
        int n = p.Length;
        var m = new ulong[n * _w];
        int bits = 0;
        for (int t = 0; t < n; t++)
        {
            p.MonomialAt(t).CopyTo(m.AsSpan(t * _w, _w));
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
        return new Element { Monos = m, Magnitudes = mags, Negative = neg, Limbs = limbs, Bits = bits, Lead = p.LeadingCoefficient.Numerator };
    }

    public bool ReducesToZero(Polynomial<Rational, RationalField> f, CancellationToken cancel)
    {
        if (f.IsZero) return true;
        Reset();
        Merge(Integral(f), 0, BigInteger.One, BigInteger.One, new ulong[_w]);
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
        Reset();
        Merge(_basis[i], 1, BigInteger.One, aj / g, mi);
        Merge(_basis[j], 1, BigInteger.One, -(ai / g), mj);
        return Run(cancel);
    }

    private void Reset()
    {
        _len = 0;
        _bits = 0;
        _limbs = 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Run(CancellationToken cancel)
    {
        var quotient = new ulong[_w];
        int steps = 0;
        long scaledBits = 0;
        while (_len > 0)
        {
            if ((++steps & 15) == 0) cancel.ThrowIfCancellationRequested();
            if (scaledBits >= ContentBits)
            {
                RemoveContent();
                scaledBits = 0;
            }
            var lm = _m.AsSpan(0, _w);
            int k = -1;
            // The shortest divisor: fewest terms to merge, and in practice the fewest steps.
            foreach (int i in _byLength)
                if (PackedMonomial.Divides(_lead[i], lm)) { k = i; break; }
            if (k < 0) return false; // a leading term no basis element divides: nonzero remainder
            PackedMonomial.Divide(lm, _lead[k], quotient);
            var e = _basis[k];
            var c = ToBigInteger(_c.AsSpan(0, _limbs));
            var a = e.Lead;
            var q = BigInteger.DivRem(c, a, out var r);
            if (r.IsZero)
                Merge(e, 1, BigInteger.One, -q, quotient, skip: 1);
            else
            {
                var g = BigInteger.GreatestCommonDivisor(a, c);
                var s = a / g;
                scaledBits += (long)BigInteger.Abs(s).GetBitLength();
                // Drop the leading term (it cancels) by merging from index 1.
                Merge(e, 1, s, -(c / g), quotient, skip: 1);
            }
        }
        return true;
    }

    /// <summary>
    /// h ← s·(h without its first <paramref name="skip"/> terms) + c·m·(terms of the element from
    /// <paramref name="start"/> on), merging the sorted term lists.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Merge(Element e, int start, BigInteger s, BigInteger c, ReadOnlySpan<ulong> m, int skip = 0)
    {
        bool scale = !s.IsOne;
        long sBits = (long)BigInteger.Abs(s).GetBitLength(), cBits = (long)BigInteger.Abs(c).GetBitLength();
        // |s·h + c·ĝ| < 2^(bits of s·h) + 2^(bits of c·ĝ): one bit more than the larger.
        long bound = Math.Max(scale ? _bits + sBits : _bits, cBits + e.Bits) + 1;
        if (LimbsFor(bound) > _limbs)
        {
            // The bound grows by a bit per step even without growth: tighten it before widening.
            TightenBits();
            bound = Math.Max(scale ? _bits + sBits : _bits, cBits + e.Bits) + 1;
            if (LimbsFor(bound) > _limbs) Widen(LimbsFor(bound) + 1); // a spare limb: fewer re-layouts
        }
        int L = _limbs, w = _w, ge = e.Limbs;
        if (_cMag.Length < (cBits + 63) / 64 + 1) _cMag = new ulong[(cBits + 63) / 64 + 1];
        if (_sMag.Length < (sBits + 63) / 64 + 1) _sMag = new ulong[(sBits + 63) / 64 + 1];
        int cl = WriteMagnitude(c, _cMag);
        bool cNeg = c.Sign < 0;
        int sl = scale ? WriteMagnitude(s, _sMag) : 0;
        bool sNeg = s.Sign < 0;
        var cMag = _cMag.AsSpan(0, cl);
        var sMag = _sMag.AsSpan(0, sl);
        if (_prod.Length < cl + ge) _prod = new ulong[cl + ge];
        var prod = _prod.AsSpan(0, cl + ge);

        int glen = e.Length;
        int need = _len - skip + glen - start;
        if (_c2.Length < need * L) _c2 = new ulong[need * L * 2];
        if (_m2.Length < need * w) _m2 = new ulong[need * w * 2];
        var order = _order;
        var monos = e.Monos;
        var mags = e.Magnitudes;
        var neg = e.Negative;
        Span<ulong> shifted = stackalloc ulong[w];
        int i = skip, k = 0;
        var hm = _m; var hc = _c; var om = _m2; var oc = _c2;
        for (int j = start; j < glen; j++)
        {
            PackedMonomial.Multiply(monos.AsSpan(j * w, w), m, shifted);
            // The h terms above the shifted one move as one block (h is sorted descending).
            int p = FirstNotAbove(hm, i, _len, shifted, order, out bool equal);
            if (p > i)
            {
                MoveTerms(hm, hc, i, om, oc, k, p - i, L, scale, sMag, sNeg);
                k += p - i;
                i = p;
            }
            var dst = oc.AsSpan(k * L, L);
            MultiplyMagnitudes(cMag, mags.AsSpan(j * ge, ge), prod);
            bool subtract = cNeg != neg[j];
            if (!equal)
            {
                SetMagnitude(dst, prod, subtract);
                CopyWords(shifted, om.AsSpan(k * w, w));
                k++;
            }
            else
            {
                if (scale) Scale(hc.AsSpan(i * L, L), sMag, sNeg, dst);
                else CopyWords(hc.AsSpan(i * L, L), dst);
                AddMagnitude(dst, prod, subtract);
                if (!IsZero(dst))
                {
                    CopyWords(shifted, om.AsSpan(k * w, w));
                    k++;
                }
                i++;
            }
        }
        if (i < _len)
        {
            MoveTerms(hm, hc, i, om, oc, k, _len - i, L, scale, sMag, sNeg);
            k += _len - i;
        }
        TermOperations += glen - start;
        (_m, _m2) = (_m2, _m);
        (_c, _c2) = (_c2, _c);
        _len = k;
        _bits = bound;
    }

    /// <summary>Copies n terms of h from index i to the output at k, scaling their coefficients when asked.</summary>
    private void MoveTerms(ulong[] hm, ulong[] hc, int i, ulong[] om, ulong[] oc, int k, int n, int L, bool scale, ReadOnlySpan<ulong> sMag, bool sNeg)
    {
        hm.AsSpan(i * _w, n * _w).CopyTo(om.AsSpan(k * _w));
        if (scale)
            for (int t = 0; t < n; t++) Scale(hc.AsSpan((i + t) * L, L), sMag, sNeg, oc.AsSpan((k + t) * L, L));
        else hc.AsSpan(i * L, n * L).CopyTo(oc.AsSpan(k * L));
    }

    /// <summary>
    /// The first index p in [from, len) whose monomial is not above x (len if none), by galloping
    /// then bisection: most of h lies between consecutive terms of m·ĝ.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstNotAbove(ulong[] hm, int from, int len, ReadOnlySpan<ulong> x, MonomialOrder order, out bool equal)
    {
        int w = _w;
        equal = false;
        if (from >= len) return len;
        int c = order.Compare(hm.AsSpan(from * w, w), x);
        if (c <= 0) { equal = c == 0; return from; }
        int lo = from, step = 1, hi = from + 1; // invariant: the term at lo is above x
        while (hi < len)
        {
            c = order.Compare(hm.AsSpan(hi * w, w), x);
            if (c == 0) { equal = true; return hi; }
            if (c < 0) break;
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        if (hi > len) hi = len; // the term at hi (if any) is below x
        while (hi - lo > 1)
        {
            int mid = (lo + hi) >>> 1;
            c = order.Compare(hm.AsSpan(mid * w, w), x);
            if (c > 0) lo = mid;
            else if (c < 0) hi = mid;
            else { equal = true; return mid; }
        }
        return hi;
    }

    private void TightenBits()
    {
        int L = _limbs;
        long exact = 0;
        for (int t = 0; t < _len; t++) exact = Math.Max(exact, BitLengthBound(_c.AsSpan(t * L, L)));
        _bits = exact;
    }

    /// <summary>Re-lays the working coefficients out with <paramref name="nl"/> limbs each (sign-extended).</summary>
    private void Widen(int nl)
    {
        int L = _limbs;
        var nc = _c.Length >= _len * nl ? _c : new ulong[_len * nl * 2];
        // From the back: in place, each term moves to a higher offset.
        for (int t = _len - 1; t >= 0; t--)
        {
            ulong sign = (ulong)((long)_c[t * L + L - 1] >> 63);
            _c.AsSpan(t * L, L).CopyTo(nc.AsSpan(t * nl, L));
            nc.AsSpan(t * nl + L, nl - L).Fill(sign);
        }
        _c = nc;
        _limbs = nl;
    }

    /// <summary>Divides h by the gcd of its coefficients; usually stops early at 1.</summary>
    private void RemoveContent()
    {
        int L = _limbs;
        var g = BigInteger.Zero;
        for (int t = 0; t < _len; t++)
        {
            g = BigInteger.GreatestCommonDivisor(g, ToBigInteger(_c.AsSpan(t * L, L)));
            if (g.IsOne) return;
        }
        if (g.IsZero) return;
        long exact = 0;
        for (int t = 0; t < _len; t++)
        {
            var x = _c.AsSpan(t * L, L);
            FromBigInteger(ToBigInteger(x) / g, x);
            exact = Math.Max(exact, BitLengthBound(x));
        }
        _bits = exact;
    }
}
