using System.Diagnostics;
using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;

namespace Elimination.Ideals;

/// <summary>
/// The Hilbert series HS(t) = N(t)/(1 − t)^n = Q(t)/(1 − t)^d of k[x]/I (standard grading), with the
/// invariants read off it: Krull dimension d, degree Q(1), Hilbert polynomial and function.
/// For a non-homogeneous I the series is that of k[x]/in(I) for grevlex, which is the first
/// difference of the affine Hilbert function; dimension and degree are still those of I
/// (the degree being that of its projective closure).
/// </summary>
public sealed class HilbertSeries
{
    public HilbertSeries(int variables, BigInteger[] numerator, bool homogeneous, Provenance origin)
    {
        Variables = variables;
        Numerator = IntegerPolynomial.Trim(numerator);
        IsHomogeneous = homogeneous;
        Origin = origin;
        if (Numerator.Length == 0)
        {
            ReducedNumerator = Numerator;
            Dimension = -1;
        }
        else
        {
            var (q, c) = IntegerPolynomial.DivideOutOneMinusT(Numerator);
            ReducedNumerator = q;
            Dimension = variables - c;
        }
    }

    /// <summary>Of the ideal, from the leading monomials of its grevlex basis.</summary>
    public static HilbertSeries Of<T, TField>(Ideal<T, TField> ideal) where TField : struct, IField<T>
    {
        var clock = Stopwatch.StartNew();
        var order = new GrevlexOrder(ideal.Ring.VariableCount);
        var gb = ideal.GroebnerBasis(order);
        var lead = MonomialIdeal.Leading(ideal.RingFor(order), gb.Basis);
        bool homogeneous = gb.Basis.All(g => g.IsHomogeneous);
        var n = lead.HilbertNumerator(ideal.Options.Cancellation);
        return new HilbertSeries(ideal.Ring.VariableCount, n, homogeneous,
            new Provenance("hilbert series", gb.Engine, clock.Elapsed.TotalSeconds, Array.Empty<int>(),
                homogeneous ? null : "ideal not homogeneous: series of the grevlex initial ideal"));
    }

    public int Variables { get; }

    /// <summary>N(t), the numerator over (1 − t)^n; empty for the unit ideal.</summary>
    public BigInteger[] Numerator { get; }

    /// <summary>Q(t) = N(t)/(1 − t)^(n − d), Q(1) ≠ 0.</summary>
    public BigInteger[] ReducedNumerator { get; }

    public bool IsHomogeneous { get; }
    public Provenance Origin { get; }

    /// <summary>Krull dimension d of k[x]/I (−1 for the unit ideal); projective dimension is d − 1.</summary>
    public int Dimension { get; }

    /// <summary>d − 1, and −1 (not −2) for the unit ideal: the empty set has dimension −1 either way, as Singular's <c>dim</c>.</summary>
    public int ProjectiveDimension => Math.Max(-1, Dimension - 1);

    /// <summary>Q(1): the degree (multiplicity); 0 for the unit ideal.</summary>
    public BigInteger Degree => IntegerPolynomial.Evaluate(ReducedNumerator, 1);

    /// <summary>dim_k (k[x]/I)_s (for non-homogeneous I: of k[x]/in(I)).</summary>
    public BigInteger HilbertFunction(int s)
    {
        BigInteger sum = 0;
        for (int i = 0; i < Numerator.Length && i <= s; i++)
            sum += Numerator[i] * Binomial(s - i + Variables - 1, Variables - 1);
        return sum;
    }

    /// <summary>
    /// The Hilbert polynomial P(s) as rational coefficients of 1, s, s², …: P(s) = Σ_i q_i·C(s − i + d − 1, d − 1).
    /// Empty (zero) for d ≤ 0.
    /// </summary>
    public Rational[] HilbertPolynomial()
    {
        int d = Dimension;
        if (d <= 0) return Array.Empty<Rational>();
        var result = new Rational[d];
        for (int k = 0; k < d; k++) result[k] = Rational.Zero;
        for (int i = 0; i < ReducedNumerator.Length; i++)
        {
            if (ReducedNumerator[i].IsZero) continue;
            // C(s − i + d − 1, d − 1) = ∏_{j=1}^{d−1} (s − i + j)/j
            var poly = new Rational[] { Rational.One };
            for (int j = 1; j < d; j++)
            {
                var next = new Rational[poly.Length + 1];
                for (int k = 0; k < next.Length; k++) next[k] = Rational.Zero;
                var shift = new Rational(j - i, j);
                var inv = new Rational(1, j);
                for (int k = 0; k < poly.Length; k++)
                {
                    next[k] += poly[k] * shift;
                    next[k + 1] += poly[k] * inv;
                }
                poly = next;
            }
            for (int k = 0; k < poly.Length; k++) result[k] += poly[k] * new Rational(ReducedNumerator[i]);
        }
        return result;
    }

    /// <summary>
    /// The arithmetic genus p_a = (−1)^r (P(0) − 1) of the projective scheme of dimension r = d − 1 ≥ 0 that a
    /// homogeneous ideal defines (for a curve, P(s) = deg·s + 1 − p_a; a plane curve of degree e has (e−1)(e−2)/2);
    /// null for non-homogeneous ideals and empty schemes.
    /// </summary>
    public BigInteger? ArithmeticGenus
    {
        get
        {
            if (!IsHomogeneous || Dimension < 1) return null;
            var p = HilbertPolynomial();
            var atZero = p.Length == 0 ? Rational.Zero : p[0];
            var value = (atZero - Rational.One).Numerator;
            return ProjectiveDimension % 2 == 0 ? value : -value;
        }
    }

    /// <summary>The least s0 with HF(s) = HP(s) for all s ≥ s0 (0 at the least; 0 for the unit ideal, where both are 0).</summary>
    public int RegularityIndex => Dimension < 0 ? 0 : Math.Max(0, ReducedNumerator.Length - 1 - Dimension + 1);

    public static string FormatPolynomial(Rational[] p, string variable = "s")
    {
        if (p.Length == 0) return "0";
        var parts = new List<string>();
        for (int k = p.Length - 1; k >= 0; k--)
        {
            if (p[k].IsZero) continue;
            var c = p[k];
            var abs = c.Sign < 0 ? -c : c;
            string mono = k == 0 ? abs.ToString() : (abs.IsOne ? "" : abs + "*") + variable + (k > 1 ? "^" + k : "");
            parts.Add(parts.Count == 0 ? (c.Sign < 0 ? "-" : "") + mono : (c.Sign < 0 ? "- " : "+ ") + mono);
        }
        return parts.Count == 0 ? "0" : string.Join(" ", parts);
    }

    /// <summary>"Q(t)/(1-t)^d".</summary>
    public string Format() => Dimension < 0 ? "0" : $"({IntegerPolynomial.Format(ReducedNumerator)})/(1-t)^{Dimension}";

    public string FormatUnreduced() => Numerator.Length == 0 ? "0" : $"({IntegerPolynomial.Format(Numerator)})/(1-t)^{Variables}";

    public override string ToString() => Format();

    private static BigInteger Binomial(int n, int k)
    {
        if (k < 0 || n < k) return 0;
        BigInteger r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}
