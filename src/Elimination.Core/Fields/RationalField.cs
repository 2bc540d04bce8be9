using System.Numerics;

namespace Elimination.Core.Fields;

/// <summary>The field ℚ with <see cref="Rational"/> elements.</summary>
public readonly struct RationalField : IField<Rational>
{
    public long Characteristic => 0;
    public Rational Zero => Rational.Zero;
    public Rational One => Rational.One;
    public string Name => "QQ";
    public bool IsZero(Rational a) => a.IsZero;
    public bool IsOne(Rational a) => a.IsOne;
    public bool AreEqual(Rational a, Rational b) => a == b;
    public Rational Add(Rational a, Rational b) => a + b;
    public Rational Sub(Rational a, Rational b) => a - b;
    public Rational Neg(Rational a) => -a;
    public Rational Mul(Rational a, Rational b) => a * b;
    public Rational Inv(Rational a) => a.Inverse();
    public Rational Div(Rational a, Rational b) => a / b;
    public Rational FromInteger(BigInteger n) => n;
    public Rational FromRational(BigInteger numerator, BigInteger denominator) => new(numerator, denominator);
    public string Format(Rational a) => a.ToString();
}
