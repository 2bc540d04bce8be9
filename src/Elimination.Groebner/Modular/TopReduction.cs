using System.Runtime.CompilerServices;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Decides whether a polynomial (or an S-polynomial of two basis elements) reduces to zero
/// modulo a monic basis by top reductions only. Reaching zero proves membership in the ideal
/// the basis generates; for verification nothing more is needed, and skipping tail reduction
/// saves most of the work. The working polynomial is a sorted term array; each step merges its
/// tail with the shifted tail of the divisor into a second buffer (no allocation per term).
/// </summary>
internal sealed class TopReduction<T, TField> where TField : struct, IField<T>
{
    private readonly IReadOnlyList<Polynomial<T, TField>> _basis;
    private readonly ulong[][] _lead;
    private readonly TField _field;
    private readonly MonomialOrder _order;
    private readonly int _w;
    private ulong[] _m = new ulong[1024], _m2 = new ulong[1024];
    private T[] _c = new T[256], _c2 = new T[256];
    private int _len;

    public TopReduction(IReadOnlyList<Polynomial<T, TField>> monicBasis)
    {
        if (monicBasis.Count == 0) throw new ArgumentException("empty basis");
        _basis = monicBasis;
        var ring = monicBasis[0].Ring;
        _field = ring.Field;
        _order = ring.Order;
        _w = ring.Words;
        _lead = monicBasis.Select(g => g.LeadingMonomial.ToArray()).ToArray();
    }

    /// <summary>Term operations performed so far (for statistics).</summary>
    public long TermOperations { get; private set; }

    public bool ReducesToZero(Polynomial<T, TField> f, CancellationToken cancel)
    {
        _len = 0;
        Merge(f, 0, _field.One, new ulong[_w]);
        return Run(cancel);
    }

    /// <summary>Whether S(g_i, g_j) reduces to zero; the leading terms cancel and are never formed.</summary>
    public bool SPolynomialReducesToZero(int i, int j, CancellationToken cancel)
    {
        var lcm = new ulong[_w];
        PackedMonomial.Lcm(_lead[i], _lead[j], lcm);
        var mi = new ulong[_w];
        var mj = new ulong[_w];
        PackedMonomial.Divide(lcm, _lead[i], mi);
        PackedMonomial.Divide(lcm, _lead[j], mj);
        _len = 0;
        Merge(_basis[i], 1, _field.One, mi);
        Merge(_basis[j], 1, _field.Neg(_field.One), mj);
        return Run(cancel);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Run(CancellationToken cancel)
    {
        var quotient = new ulong[_w];
        int steps = 0;
        while (_len > 0)
        {
            if ((++steps & 63) == 0) cancel.ThrowIfCancellationRequested();
            var lm = _m.AsSpan(0, _w);
            int k = -1;
            // The shortest divisor: fewest terms to merge, and in practice the fewest steps.
            for (int i = 0; i < _lead.Length; i++)
                if ((k < 0 || _basis[i].Length < _basis[k].Length) && PackedMonomial.Divides(_lead[i], lm)) k = i;
            if (k < 0) return false; // a leading term no basis element divides: nonzero remainder
            PackedMonomial.Divide(lm, _lead[k], quotient);
            T c = _c[0];
            Drop(1);
            Merge(_basis[k], 1, _field.Neg(c), quotient);
        }
        return true;
    }

    /// <summary>Removes the first n terms.</summary>
    private void Drop(int n)
    {
        Array.Copy(_m, n * _w, _m, 0, (_len - n) * _w);
        Array.Copy(_c, n, _c, 0, _len - n);
        _len -= n;
    }

    /// <summary>h ← h + c·m·(terms of g from <paramref name="start"/> on), merging sorted term lists.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Merge(Polynomial<T, TField> g, int start, T c, ulong[] m)
    {
        int w = _w;
        int need = _len + g.Length - start;
        if (_c2.Length < need) { _c2 = new T[need * 2]; _m2 = new ulong[need * 2 * w]; }
        if (_m2.Length < need * w) _m2 = new ulong[_c2.Length * w];
        var f = _field;
        var order = _order;
        Span<ulong> shifted = stackalloc ulong[w];
        int i = 0, j = start, k = 0;
        bool haveShifted = false;
        while (i < _len || j < g.Length)
        {
            if (j < g.Length && !haveShifted)
            {
                PackedMonomial.Multiply(g.MonomialAt(j), m, shifted);
                haveShifted = true;
            }
            int cmp = i >= _len ? -1 : j >= g.Length ? 1 : order.Compare(_m.AsSpan(i * w, w), shifted);
            if (cmp > 0)
            {
                Array.Copy(_m, i * w, _m2, k * w, w);
                _c2[k++] = _c[i++];
            }
            else if (cmp < 0)
            {
                shifted.CopyTo(_m2.AsSpan(k * w, w));
                _c2[k++] = f.Mul(c, g.CoefficientAt(j++));
                haveShifted = false;
            }
            else
            {
                var s = f.Add(_c[i], f.Mul(c, g.CoefficientAt(j)));
                if (!f.IsZero(s))
                {
                    shifted.CopyTo(_m2.AsSpan(k * w, w));
                    _c2[k++] = s;
                }
                i++; j++;
                haveShifted = false;
            }
        }
        TermOperations += g.Length - start;
        (_m, _m2) = (_m2, _m);
        (_c, _c2) = (_c2, _c);
        _len = k;
    }
}
