using System.Numerics;
using System.Runtime.CompilerServices;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Exact top reduction over ℚ in fraction-free integer arithmetic. Each basis element is
/// replaced by its primitive integer multiple ĝ (same ideal, same leading monomial); a step
/// h ← (a/g)·h − (c/g)·m·ĝ, with c = lc(h), a = lc(ĝ), g = gcd(a, c), keeps h integral and needs
/// no gcd per term (rational arithmetic needs several). Whether h reaches zero does not depend
/// on the scaling, and the content of h is divided out every few steps to stop growth.
/// The working polynomial is a sorted term array merged with the divisor at each step.
/// </summary>
internal sealed class IntegerTopReduction
{
    private readonly ulong[][] _lead;
    private readonly ulong[][] _monos;       // per basis element, its monomials concatenated
    private readonly BigInteger[][] _coeffs; // per basis element, its integer coefficients (lead first)
    private readonly int _w;
    private readonly MonomialOrder _order;
    private ulong[] _m = new ulong[1024], _m2 = new ulong[1024];
    private BigInteger[] _c = new BigInteger[256], _c2 = new BigInteger[256];
    private int _len;

    public IntegerTopReduction(IReadOnlyList<Polynomial<Rational, RationalField>> basis)
    {
        if (basis.Count == 0) throw new ArgumentException("empty basis");
        var ring = basis[0].Ring;
        _w = ring.Words;
        _order = ring.Order;
        _lead = new ulong[basis.Count][];
        _monos = new ulong[basis.Count][];
        _coeffs = new BigInteger[basis.Count][];
        for (int k = 0; k < basis.Count; k++)
        {
            (_monos[k], _coeffs[k]) = Integral(basis[k]);
            _lead[k] = _monos[k][.._w];
        }
    }

    public long TermOperations { get; private set; }

    private (ulong[], BigInteger[]) Integral(Polynomial<Rational, RationalField> f)
    {
        var p = ModularEngine.Primitive(f);
        var m = new ulong[p.Length * _w];
        var c = new BigInteger[p.Length];
        for (int t = 0; t < p.Length; t++)
        {
            p.MonomialAt(t).CopyTo(m.AsSpan(t * _w, _w));
            c[t] = p.CoefficientAt(t).Numerator;
        }
        return (m, c);
    }

    public bool ReducesToZero(Polynomial<Rational, RationalField> f, CancellationToken cancel)
    {
        var (m, c) = Integral(f);
        _len = 0;
        Merge(m, c, 0, BigInteger.One, BigInteger.One, new ulong[_w]);
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
        var ai = _coeffs[i][0];
        var aj = _coeffs[j][0];
        var g = BigInteger.GreatestCommonDivisor(ai, aj);
        _len = 0;
        Merge(_monos[i], _coeffs[i], 1, BigInteger.One, aj / g, mi);
        Merge(_monos[j], _coeffs[j], 1, BigInteger.One, -(ai / g), mj);
        return Run(cancel);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Run(CancellationToken cancel)
    {
        var quotient = new ulong[_w];
        int steps = 0;
        while (_len > 0)
        {
            if ((++steps & 15) == 0)
            {
                cancel.ThrowIfCancellationRequested();
                RemoveContent();
            }
            var lm = _m.AsSpan(0, _w);
            int k = -1;
            // The shortest divisor: fewest terms to merge, and in practice the fewest steps.
            for (int i = 0; i < _lead.Length; i++)
                if ((k < 0 || _coeffs[i].Length < _coeffs[k].Length) && PackedMonomial.Divides(_lead[i], lm)) k = i;
            if (k < 0) return false; // a leading term no basis element divides: nonzero remainder
            PackedMonomial.Divide(lm, _lead[k], quotient);
            var c = _c[0];
            var a = _coeffs[k][0];
            var g = BigInteger.GreatestCommonDivisor(a, c);
            // Drop the leading term (it cancels) by merging from index 1.
            Merge(_monos[k], _coeffs[k], 1, a / g, -(c / g), quotient, skip: 1);
        }
        return true;
    }

    /// <summary>
    /// h ← s·(h without its first <paramref name="skip"/> terms) + c·m·(terms of the element from
    /// <paramref name="start"/> on), merging the sorted term lists.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Merge(ulong[] monos, BigInteger[] coeffs, int start, BigInteger s, BigInteger c, ulong[] m, int skip = 0)
    {
        int w = _w;
        int glen = coeffs.Length;
        int need = _len - skip + glen - start;
        if (_c2.Length < need) _c2 = new BigInteger[need * 2];
        if (_m2.Length < _c2.Length * w) _m2 = new ulong[_c2.Length * w];
        var order = _order;
        bool scale = !s.IsOne;
        Span<ulong> shifted = stackalloc ulong[w];
        int i = skip, j = start, k = 0;
        bool haveShifted = false;
        while (i < _len || j < glen)
        {
            if (j < glen && !haveShifted)
            {
                PackedMonomial.Multiply(monos.AsSpan(j * w, w), m, shifted);
                haveShifted = true;
            }
            int cmp = i >= _len ? -1 : j >= glen ? 1 : order.Compare(_m.AsSpan(i * w, w), shifted);
            if (cmp > 0)
            {
                Array.Copy(_m, i * w, _m2, k * w, w);
                _c2[k++] = scale ? s * _c[i] : _c[i];
                i++;
            }
            else if (cmp < 0)
            {
                shifted.CopyTo(_m2.AsSpan(k * w, w));
                _c2[k++] = c * coeffs[j++];
                haveShifted = false;
            }
            else
            {
                var v = (scale ? s * _c[i] : _c[i]) + c * coeffs[j];
                if (!v.IsZero)
                {
                    shifted.CopyTo(_m2.AsSpan(k * w, w));
                    _c2[k++] = v;
                }
                i++; j++;
                haveShifted = false;
            }
        }
        TermOperations += glen - start;
        Array.Clear(_c, 0, _len); // release the old big integers
        (_m, _m2) = (_m2, _m);
        (_c, _c2) = (_c2, _c);
        _len = k;
    }

    /// <summary>Divides h by the gcd of its coefficients; usually stops early at 1.</summary>
    private void RemoveContent()
    {
        var g = BigInteger.Zero;
        for (int t = 0; t < _len; t++)
        {
            g = BigInteger.GreatestCommonDivisor(g, _c[t]);
            if (g.IsOne) return;
        }
        if (g.IsZero) return;
        for (int t = 0; t < _len; t++) _c[t] /= g;
    }
}
