using System.Numerics;

namespace Elimination.Core.Fields;

/// <summary>An exact rational number, always normalised: gcd(num, den) = 1 and den &gt; 0.</summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public static readonly Rational Zero = new(BigInteger.Zero, BigInteger.One, normalised: true);
    public static readonly Rational One = new(BigInteger.One, BigInteger.One, normalised: true);

    private Rational(BigInteger num, BigInteger den, bool normalised)
    {
        Numerator = num;
        Denominator = den;
    }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("rational with zero denominator");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        if (numerator.IsZero) { Numerator = BigInteger.Zero; Denominator = BigInteger.One; return; }
        if (!denominator.IsOne)
        {
            var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!g.IsOne) { numerator /= g; denominator /= g; }
        }
        Numerator = numerator;
        Denominator = denominator;
    }

    public Rational(BigInteger integer) : this(integer, BigInteger.One, normalised: true) { }

    // default(Rational) has Denominator 0; treat it as zero everywhere.
    private BigInteger Den => Denominator.IsZero ? BigInteger.One : Denominator;

    public bool IsZero => Numerator.IsZero;
    public bool IsOne => Numerator.IsOne && Den.IsOne;
    public bool IsInteger => Den.IsOne;
    public int Sign => Numerator.Sign;

    public static Rational operator +(Rational a, Rational b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        if (a.Den.IsOne && b.Den.IsOne) return new Rational(a.Numerator + b.Numerator, BigInteger.One, true);
        return new Rational(a.Numerator * b.Den + b.Numerator * a.Den, a.Den * b.Den);
    }

    public static Rational operator -(Rational a, Rational b) => a + (-b);
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Den, true);

    public static Rational operator *(Rational a, Rational b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        if (a.Den.IsOne && b.Den.IsOne) return new Rational(a.Numerator * b.Numerator, BigInteger.One, true);
        // Cross-cancel first so the products stay small (Knuth 4.5.1).
        var g1 = BigInteger.GreatestCommonDivisor(a.Numerator, b.Den);
        var g2 = BigInteger.GreatestCommonDivisor(b.Numerator, a.Den);
        var num = (a.Numerator / g1) * (b.Numerator / g2);
        var den = (a.Den / g2) * (b.Den / g1);
        return new Rational(num, den, true);
    }

    public static Rational operator /(Rational a, Rational b) => a * b.Inverse();

    public Rational Inverse()
    {
        if (IsZero) throw new DivideByZeroException("inverse of zero");
        return Numerator.Sign < 0 ? new Rational(-Den, -Numerator, true) : new Rational(Den, Numerator, true);
    }

    public static implicit operator Rational(long n) => new(new BigInteger(n), BigInteger.One, true);
    public static implicit operator Rational(BigInteger n) => new(n, BigInteger.One, true);

    public bool Equals(Rational other) => Numerator == other.Numerator && Den == other.Den;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Den);
    public int CompareTo(Rational other) => (Numerator * other.Den).CompareTo(other.Numerator * Den);
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    // Concatenated, not interpolated: the interpolation handler formats a large integer again each time its buffer grows.
    public override string ToString() => Den.IsOne ? DecimalText.Format(Numerator) : string.Concat(DecimalText.Format(Numerator), "/", DecimalText.Format(Den));

    /// <summary>Parses <c>n</c> or <c>n/d</c>.</summary>
    public static Rational Parse(string s)
    {
        int slash = s.IndexOf('/');
        if (slash < 0) return new Rational(BigInteger.Parse(s));
        return new Rational(BigInteger.Parse(s[..slash]), BigInteger.Parse(s[(slash + 1)..]));
    }
}
