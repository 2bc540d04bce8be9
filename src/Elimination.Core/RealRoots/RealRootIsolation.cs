using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;

namespace Elimination.Core.RealRoots;

/// <summary>
/// A real root of a univariate polynomial over ℚ, known exactly as the only root in
/// (<see cref="Low"/>, <see cref="High"/>] (an exact rational root has Low = High).
/// </summary>
public readonly record struct RealRoot(Rational Low, Rational High)
{
    /// <summary>The midpoint of the isolating interval.</summary>
    public Rational Midpoint => Low == High ? Low : (Low + High) / 2;

    public double Approximation => RealRootIsolation.ToDouble(Midpoint);
}

/// <summary>
/// Exact real-root isolation over ℚ by Sturm sequences: bisection of a Cauchy-bound interval, where
/// the number of sign changes V(a) − V(b) counts the distinct real roots in (a, b] (Sturm's theorem,
/// which needs neither squarefree input nor anything but signs — so it is exact with integer
/// arithmetic). Used to draw and classify the real points of curves.
/// </summary>
public static class RealRootIsolation
{
    /// <summary>
    /// The distinct real roots of the polynomial with coefficients <paramref name="coefficients"/>
    /// (index i is the coefficient of x^i), in increasing order, each isolated in an interval of width at
    /// most <paramref name="width"/>.
    /// </summary>
    public static IReadOnlyList<RealRoot> Roots(IReadOnlyList<Rational> coefficients, Rational width)
    {
        if (width.Sign <= 0) throw new InvalidInputException("the isolating width must be positive");
        var p = SquarefreeIntegral(coefficients);
        var roots = new List<RealRoot>();
        if (p.Length == 1) return roots;
        var sturm = new SturmSequence(p);
        var bound = CauchyBound(p);
        Isolate(sturm, -bound, bound, width, roots);
        return roots;
    }

    /// <summary>The number of distinct real roots in (a, b] of the polynomial with these coefficients.</summary>
    public static int CountRoots(IReadOnlyList<Rational> coefficients, Rational a, Rational b)
    {
        var p = SquarefreeIntegral(coefficients);
        return p.Length == 1 ? 0 : new SturmSequence(p).Count(a, b);
    }

    /// <summary>
    /// The sign of the polynomial <paramref name="q"/> at the real root isolated by <paramref name="root"/>
    /// of <paramref name="p"/>; the interval is narrowed (within p's roots) until q has no root in it, so the
    /// sign at its midpoint is the sign at the root. Zero exactly when q vanishes at the root.
    /// </summary>
    public static int SignAt(IReadOnlyList<Rational> q, IReadOnlyList<Rational> p, RealRoot root)
    {
        var qi = Integral(q);
        if (qi.Length == 0) return 0;
        if (qi.Length == 1) return qi[0].Sign;
        if (root.Low == root.High) return Sign(qi, root.Low);
        var pi = SquarefreeIntegral(p);
        // gcd(p, q) vanishes at the root iff q does: decided exactly by one Sturm count.
        var g = DenseInteger.Gcd(pi, qi);
        if (g.Length > 1 && new SturmSequence(Squarefree(g)).Count(root.Low, root.High) > 0) return 0;
        var ps = new SturmSequence(pi);
        var qs = new SturmSequence(Squarefree(qi));
        var (a, b) = (root.Low, root.High);
        while (qs.Count(a, b) > 0)
        {
            var m = (a + b) / 2;
            if (ps.Count(a, m) > 0) b = m; else a = m;
        }
        return Sign(qi, b);
    }

    public static double ToDouble(Rational r)
    {
        // Scale so the quotient keeps 64 significant bits whatever the sizes of numerator and denominator.
        if (r.IsZero) return 0;
        long shift = (long)r.Denominator.GetBitLength() - (long)BigInteger.Abs(r.Numerator).GetBitLength() + 64;
        var n = shift >= 0 ? r.Numerator << (int)shift : r.Numerator >> (int)-shift;
        return (double)(n / r.Denominator) * Math.Pow(2, -shift);
    }

    private static void Isolate(SturmSequence sturm, Rational a, Rational b, Rational width, List<RealRoot> roots)
    {
        int count = sturm.Count(a, b);
        if (count == 0) return;
        if (count == 1)
        {
            while ((b - a).CompareTo(width) > 0)
            {
                var m = (a + b) / 2;
                if (sturm.Count(a, m) == 1) b = m; else a = m;
            }
            roots.Add(Sign(sturm.Polynomial, b) == 0 ? new RealRoot(b, b) : new RealRoot(a, b));
            return;
        }
        var mid = (a + b) / 2;
        Isolate(sturm, a, mid, width, roots);
        Isolate(sturm, mid, b, width, roots);
    }

    /// <summary>1 + max |a_i / a_n|: every root has absolute value below it.</summary>
    private static Rational CauchyBound(BigInteger[] p)
    {
        var lead = BigInteger.Abs(p[^1]);
        var max = Rational.Zero;
        for (int i = 0; i < p.Length - 1; i++)
        {
            var r = new Rational(BigInteger.Abs(p[i]), lead);
            if (r.CompareTo(max) > 0) max = r;
        }
        return max + Rational.One;
    }

    /// <summary>The primitive integer multiple of the rational polynomial (same roots, same signs up to a positive factor).</summary>
    private static BigInteger[] Integral(IReadOnlyList<Rational> coefficients)
    {
        var lcm = BigInteger.One;
        foreach (var c in coefficients) lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, c.Denominator) * c.Denominator;
        var p = new BigInteger[coefficients.Count];
        for (int i = 0; i < p.Length; i++) p[i] = coefficients[i].Numerator * (lcm / coefficients[i].Denominator);
        p = DenseInteger.Trim(p);
        if (p.Length == 0) return p;
        var content = DenseInteger.Content(p);
        if (!content.IsOne) for (int i = 0; i < p.Length; i++) p[i] /= content;
        return p;
    }

    /// <summary>The squarefree part (same distinct roots), which Sturm counts at arbitrary endpoints need.</summary>
    private static BigInteger[] SquarefreeIntegral(IReadOnlyList<Rational> coefficients)
    {
        var p = Integral(coefficients);
        if (p.Length == 0) throw new InvalidInputException("the zero polynomial has every number as a root");
        return Squarefree(p);
    }

    private static BigInteger[] Squarefree(BigInteger[] p)
    {
        if (p.Length <= 2) return p;
        var g = DenseInteger.Gcd(p, DenseInteger.Derivative(p));
        return g.Length <= 1 ? p : DenseInteger.ExactDivide(p, g)!;
    }

    /// <summary>The sign of p(n/d), from the integer d^deg·p(n/d) (d &gt; 0).</summary>
    internal static int Sign(BigInteger[] p, Rational x)
    {
        BigInteger n = x.Numerator, d = x.Denominator, value = BigInteger.Zero, dPower = BigInteger.One;
        // Horner on the homogenised form: Σ a_i n^i d^(deg−i).
        for (int i = p.Length - 1; i >= 0; i--)
        {
            value = value * n + p[i] * dPower;
            dPower *= d;
        }
        return value.Sign;
    }
}
