using System.Numerics;

namespace Elimination.Core.Fields;

/// <summary>
/// A coefficient field. Implementations are structs so that generic code over
/// <c>TField : struct, IField&lt;T&gt;</c> is specialised by the JIT and every call inlines.
/// </summary>
public interface IField<T>
{
    /// <summary>0 for ℚ, p for F_p.</summary>
    long Characteristic { get; }
    T Zero { get; }
    T One { get; }
    bool IsZero(T a);
    bool IsOne(T a);
    bool AreEqual(T a, T b);
    T Add(T a, T b);
    T Sub(T a, T b);
    T Neg(T a);
    T Mul(T a, T b);
    /// <summary>Multiplicative inverse; throws <see cref="DivideByZeroException"/> for zero.</summary>
    T Inv(T a);
    T Div(T a, T b);
    T FromInteger(BigInteger n);
    /// <summary>The image of n/d; throws when d vanishes in the field.</summary>
    T FromRational(BigInteger numerator, BigInteger denominator);
    /// <summary>Printable form: integers for F_p (in [0,p)), <c>n/d</c> for ℚ.</summary>
    string Format(T a);
    /// <summary>Name as written in system files: <c>QQ</c> or <c>GF(p)</c>.</summary>
    string Name { get; }
}
