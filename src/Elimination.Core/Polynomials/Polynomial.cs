using System.Numerics;
using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;

namespace Elimination.Core.Polynomials;

/// <summary>
/// An immutable sparse polynomial: terms sorted decreasingly by the ring's order, exponents
/// packed contiguously (<see cref="PackedMonomial"/>), no zero coefficients.
/// </summary>
public sealed class Polynomial<T, TField> : IEquatable<Polynomial<T, TField>> where TField : struct, IField<T>
{
    private readonly ulong[] _exps;
    private readonly T[] _coeffs;

    internal Polynomial(PolynomialRing<T, TField> ring, ulong[] exps, T[] coeffs, int length)
    {
        Ring = ring;
        _exps = exps;
        _coeffs = coeffs;
        Length = length;
    }

    public PolynomialRing<T, TField> Ring { get; }
    public int Length { get; }
    public bool IsZero => Length == 0;
    private int W => Ring.Words;
    private TField F => Ring.Field;

    public static Polynomial<T, TField> Zero(PolynomialRing<T, TField> ring) => new(ring, Array.Empty<ulong>(), Array.Empty<T>(), 0);

    public static Polynomial<T, TField> Constant(PolynomialRing<T, TField> ring, T c) =>
        ring.Field.IsZero(c) ? Zero(ring) : new(ring, new ulong[ring.Words], new[] { c }, 1);

    public static Polynomial<T, TField> Variable(PolynomialRing<T, TField> ring, int i)
    {
        var e = new int[ring.VariableCount];
        e[i] = 1;
        return Monomial(ring, ring.Field.One, e);
    }

    public static Polynomial<T, TField> Monomial(PolynomialRing<T, TField> ring, T c, ReadOnlySpan<int> exponents)
    {
        if (ring.Field.IsZero(c)) return Zero(ring);
        var m = new ulong[ring.Words];
        PackedMonomial.Pack(exponents, m);
        return new(ring, m, new[] { c }, 1);
    }

    /// <summary>Σ_i a_i·x_v^i: a univariate polynomial given densely (index = power) as an element of the ring.</summary>
    public static Polynomial<T, TField> Univariate(PolynomialRing<T, TField> ring, int v, ReadOnlySpan<T> a)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(v);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(v, ring.VariableCount);
        var terms = new List<(T, int[])>();
        for (int i = 0; i < a.Length; i++)
        {
            if (ring.Field.IsZero(a[i])) continue;
            var e = new int[ring.VariableCount];
            e[v] = i;
            terms.Add((a[i], e));
        }
        return FromTerms(ring, terms);
    }

    /// <summary>
    /// The coefficients by increasing power of x_v (length degree + 1) of a polynomial in x_v alone; throws
    /// <see cref="ArgumentException"/> when another variable occurs.
    /// </summary>
    public T[] UnivariateCoefficients(int v)
    {
        var a = new T[Math.Max(0, Degree) + 1];
        Array.Fill(a, F.Zero);
        foreach (var (c, e) in Terms())
        {
            for (int u = 0; u < e.Length; u++)
                if (u != v && e[u] != 0) throw new ArgumentException($"not a polynomial in {Ring.Variables[v]} alone: {this}");
            a[e[v]] = c;
        }
        return a;
    }

    /// <summary>Builds a polynomial from terms in any order; like terms are added.</summary>
    public static Polynomial<T, TField> FromTerms(PolynomialRing<T, TField> ring, IEnumerable<(T Coefficient, int[] Exponents)> terms)
    {
        var acc = new TermAccumulator<T, TField>(ring);
        var packed = new ulong[ring.Words];
        foreach (var (c, e) in terms)
        {
            PackedMonomial.Pack(e, packed);
            acc.Add(packed, c);
        }
        return acc.ToPolynomial();
    }

    // ---- term access -------------------------------------------------------------------

    public ReadOnlySpan<ulong> MonomialAt(int term) => _exps.AsSpan(term * W, W);
    public T CoefficientAt(int term) => _coeffs[term];
    public ReadOnlySpan<T> Coefficients => _coeffs.AsSpan(0, Length);
    internal ReadOnlySpan<ulong> PackedExponents => _exps.AsSpan(0, Length * W);

    public int[] ExponentsAt(int term)
    {
        var e = new int[Ring.VariableCount];
        PackedMonomial.Unpack(MonomialAt(term), e);
        return e;
    }

    public IEnumerable<(T Coefficient, int[] Exponents)> Terms()
    {
        for (int i = 0; i < Length; i++) yield return (_coeffs[i], ExponentsAt(i));
    }

    public ReadOnlySpan<ulong> LeadingMonomial => Length == 0 ? throw new InvalidOperationException("zero polynomial has no leading monomial") : MonomialAt(0);
    public T LeadingCoefficient => Length == 0 ? F.Zero : _coeffs[0];
    public int[] LeadingExponents => ExponentsAt(0);

    /// <summary>Total degree; −1 for the zero polynomial.</summary>
    public int Degree
    {
        get
        {
            int d = -1;
            for (int i = 0; i < Length; i++) d = Math.Max(d, PackedMonomial.Degree(MonomialAt(i)));
            return d;
        }
    }

    /// <summary>The largest exponent of <paramref name="variable"/> (0 for the zero polynomial).</summary>
    public int DegreeIn(int variable)
    {
        int d = 0;
        for (int i = 0; i < Length; i++) d = Math.Max(d, PackedMonomial.Exponent(MonomialAt(i), variable));
        return d;
    }

    /// <summary>The largest exponent of each variable, in the ring's variable order.</summary>
    public int[] Degrees()
    {
        var d = new int[Ring.VariableCount];
        for (int v = 0; v < d.Length; v++) d[v] = DegreeIn(v);
        return d;
    }

    public bool IsConstant => Length == 0 || (Length == 1 && PackedMonomial.IsOne(MonomialAt(0)));

    public bool IsHomogeneous
    {
        get
        {
            for (int i = 1; i < Length; i++)
                if (PackedMonomial.Degree(MonomialAt(i)) != PackedMonomial.Degree(MonomialAt(0))) return false;
            return true;
        }
    }

    // ---- arithmetic -------------------------------------------------------------------

    public static Polynomial<T, TField> operator +(Polynomial<T, TField> a, Polynomial<T, TField> b) => a.AddScaled(b, a.F.One);
    public static Polynomial<T, TField> operator -(Polynomial<T, TField> a, Polynomial<T, TField> b) => a.AddScaled(b, a.F.Neg(a.F.One));
    public static Polynomial<T, TField> operator -(Polynomial<T, TField> a) => a.Scale(a.F.Neg(a.F.One));
    public static Polynomial<T, TField> operator *(Polynomial<T, TField> a, Polynomial<T, TField> b) => a.Multiply(b);

    /// <summary>this + c·other, by merging the two sorted term lists.</summary>
    public Polynomial<T, TField> AddScaled(Polynomial<T, TField> other, T c) => AddScaledShifted(other, c, null);

    /// <summary>this + c·m·other for a packed monomial m (null: m = 1); the core of reduction.</summary>
    public Polynomial<T, TField> AddScaledShifted(Polynomial<T, TField> other, T c, ReadOnlySpan<ulong> m) =>
        AddScaledShifted(other, c, m.IsEmpty ? null : m.ToArray());

    private Polynomial<T, TField> AddScaledShifted(Polynomial<T, TField> other, T c, ulong[]? m) => TailAddScaledShifted(0, other, c, m);

    /// <summary>(terms of this from index <paramref name="start"/> on) + c·m·other.</summary>
    internal Polynomial<T, TField> TailAddScaledShifted(int start, Polynomial<T, TField> other, T c, ulong[]? m)
    {
        CheckRing(other);
        var f = F;
        if ((other.IsZero || f.IsZero(c)) && start == 0) return this;
        int w = W;
        var exps = new ulong[(Length - start + other.Length) * w];
        var coeffs = new T[Length - start + other.Length];
        Span<ulong> shifted = stackalloc ulong[w];
        var order = Ring.Order;
        int i = start, j = f.IsZero(c) ? other.Length : 0, k = 0;
        bool haveShifted = false;
        while (i < Length || j < other.Length)
        {
            if (j < other.Length && !haveShifted)
            {
                if (m is null) other.MonomialAt(j).CopyTo(shifted);
                else PackedMonomial.Multiply(other.MonomialAt(j), m, shifted);
                haveShifted = true;
            }
            int cmp = i >= Length ? -1 : j >= other.Length ? 1 : order.Compare(MonomialAt(i), shifted);
            if (cmp > 0)
            {
                MonomialAt(i).CopyTo(exps.AsSpan(k * w, w));
                coeffs[k++] = _coeffs[i++];
            }
            else if (cmp < 0)
            {
                shifted.CopyTo(exps.AsSpan(k * w, w));
                coeffs[k++] = f.Mul(c, other._coeffs[j++]);
                haveShifted = false;
            }
            else
            {
                var s = f.Add(_coeffs[i], f.Mul(c, other._coeffs[j]));
                if (!f.IsZero(s))
                {
                    shifted.CopyTo(exps.AsSpan(k * w, w));
                    coeffs[k++] = s;
                }
                i++; j++;
                haveShifted = false;
            }
        }
        return new Polynomial<T, TField>(Ring, exps, coeffs, k);
    }

    public Polynomial<T, TField> Scale(T c)
    {
        var f = F;
        if (f.IsZero(c)) return Zero(Ring);
        if (f.IsOne(c)) return this;
        var coeffs = new T[Length];
        for (int i = 0; i < Length; i++) coeffs[i] = f.Mul(c, _coeffs[i]);
        return new Polynomial<T, TField>(Ring, _exps, coeffs, Length);
    }

    /// <summary>c·m·this for a packed monomial m; order is preserved by monomial multiplication.</summary>
    public Polynomial<T, TField> MultiplyTerm(T c, ReadOnlySpan<ulong> m)
    {
        var f = F;
        if (f.IsZero(c) || IsZero) return Zero(Ring);
        int w = W;
        var exps = new ulong[Length * w];
        var coeffs = new T[Length];
        for (int i = 0; i < Length; i++)
        {
            PackedMonomial.Multiply(MonomialAt(i), m, exps.AsSpan(i * w, w));
            coeffs[i] = f.Mul(c, _coeffs[i]);
        }
        return new Polynomial<T, TField>(Ring, exps, coeffs, Length);
    }

    public Polynomial<T, TField> Multiply(Polynomial<T, TField> other)
    {
        CheckRing(other);
        if (IsZero || other.IsZero) return Zero(Ring);
        var (small, large) = Length <= other.Length ? (this, other) : (other, this);
        if (small.Length == 1) return large.MultiplyTerm(small._coeffs[0], small.MonomialAt(0));
        var acc = new TermAccumulator<T, TField>(Ring);
        Span<ulong> prod = stackalloc ulong[W];
        var f = F;
        for (int i = 0; i < small.Length; i++)
            for (int j = 0; j < large.Length; j++)
            {
                PackedMonomial.Multiply(small.MonomialAt(i), large.MonomialAt(j), prod);
                acc.Add(prod, f.Mul(small._coeffs[i], large._coeffs[j]));
            }
        return acc.ToPolynomial();
    }

    public Polynomial<T, TField> Pow(int e)
    {
        if (e < 0) throw new ArgumentOutOfRangeException(nameof(e), "negative power of a polynomial");
        var result = Ring.One;
        var b = this;
        while (e > 0)
        {
            if ((e & 1) != 0) result *= b;
            e >>= 1;
            if (e > 0) b *= b;
        }
        return result;
    }

    /// <summary>This polynomial divided by its leading coefficient.</summary>
    public Polynomial<T, TField> MakeMonic() => IsZero || F.IsOne(_coeffs[0]) ? this : Scale(F.Inv(_coeffs[0]));

    public Polynomial<T, TField> Derivative(int variable)
    {
        var acc = new TermAccumulator<T, TField>(Ring);
        var e = new int[Ring.VariableCount];
        var packed = new ulong[W];
        for (int i = 0; i < Length; i++)
        {
            PackedMonomial.Unpack(MonomialAt(i), e);
            int k = e[variable];
            if (k == 0) continue;
            e[variable] = k - 1;
            PackedMonomial.Pack(e, packed);
            acc.Add(packed, F.Mul(F.FromInteger(k), _coeffs[i]));
        }
        return acc.ToPolynomial();
    }

    /// <summary>Value at a point of k^n.</summary>
    public T Evaluate(ReadOnlySpan<T> point)
    {
        if (point.Length != Ring.VariableCount) throw new ArgumentException("point has the wrong number of coordinates");
        var f = F;
        T sum = f.Zero;
        for (int i = 0; i < Length; i++)
        {
            T t = _coeffs[i];
            var m = MonomialAt(i);
            for (int v = 0; v < point.Length; v++)
            {
                int e = PackedMonomial.Exponent(m, v);
                for (int k = 0; k < e; k++) t = f.Mul(t, point[v]);
            }
            sum = f.Add(sum, t);
        }
        return sum;
    }

    /// <summary>The ring map x_i ↦ images[i] applied to this polynomial.</summary>
    public Polynomial<T, TField> Substitute(IReadOnlyList<Polynomial<T, TField>> images)
    {
        if (images.Count != Ring.VariableCount) throw new ArgumentException("need one image per variable");
        var target = images.Count > 0 ? images[0].Ring : Ring;
        var powers = new Dictionary<(int, int), Polynomial<T, TField>>();
        // One accumulator for all terms: adding each product to a growing sum copied the sum every time
        // (quadratic: the δ-invariant's blow-ups of a degree-11 curve allocated 5 GB that way).
        var sum = new TermAccumulator<T, TField>(target);
        for (int i = 0; i < Length; i++)
        {
            Polynomial<T, TField>? t = null;
            var m = MonomialAt(i);
            for (int v = 0; v < images.Count; v++)
            {
                int e = PackedMonomial.Exponent(m, v);
                if (e == 0) continue;
                if (!powers.TryGetValue((v, e), out var p)) powers[(v, e)] = p = images[v].Pow(e);
                t = t is null ? p : t * p;
            }
            if (t is null) sum.Add(target.One.MonomialAt(0), _coeffs[i]);
            else
                for (int k = 0; k < t.Length; k++) sum.Add(t.MonomialAt(k), F.Mul(_coeffs[i], t._coeffs[k]));
        }
        return sum.ToPolynomial();
    }

    /// <summary>The same polynomial in another ring with the same variables and field (e.g. another order).</summary>
    public Polynomial<T, TField> ToRing(PolynomialRing<T, TField> target)
    {
        if (target.VariableCount != Ring.VariableCount) throw new ArgumentException("rings differ in their variables");
        if (ReferenceEquals(target, Ring)) return this;
        var acc = new TermAccumulator<T, TField>(target);
        for (int i = 0; i < Length; i++) acc.Add(MonomialAt(i), _coeffs[i]);
        return acc.ToPolynomial();
    }

    /// <summary>Applies a map to the coefficients, landing in a ring over another field with the same variables.</summary>
    public Polynomial<TU, TFieldU> MapCoefficients<TU, TFieldU>(PolynomialRing<TU, TFieldU> target, Func<T, TU> map)
        where TFieldU : struct, IField<TU>
    {
        var acc = new TermAccumulator<TU, TFieldU>(target);
        for (int i = 0; i < Length; i++) acc.Add(MonomialAt(i), map(_coeffs[i]));
        return acc.ToPolynomial();
    }

    private void CheckRing(Polynomial<T, TField> other)
    {
        // Value-equal rings (same field, names and order) interoperate; a different order would corrupt the merge.
        if (!ReferenceEquals(other.Ring, Ring) && (other.Ring.VariableCount != Ring.VariableCount || other.Ring.Order != Ring.Order))
            throw new ArgumentException("polynomials live in different rings");
    }

    // ---- equality and printing ---------------------------------------------------------

    public bool Equals(Polynomial<T, TField>? other)
    {
        if (other is null || other.Length != Length || other.Ring.VariableCount != Ring.VariableCount) return false;
        for (int i = 0; i < Length; i++)
            if (!F.AreEqual(_coeffs[i], other._coeffs[i]) || !MonomialAt(i).SequenceEqual(other.MonomialAt(i))) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is Polynomial<T, TField> p && Equals(p);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Length);
        for (int i = 0; i < Length; i++) { h.Add(PackedMonomial.Hash(MonomialAt(i))); h.Add(_coeffs[i]); }
        return h.ToHashCode();
    }

    public override string ToString() => PolynomialPrinter.Format(this);
}
