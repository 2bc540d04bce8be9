using System.Numerics;
using System.Runtime.CompilerServices;
using Elimination.Core.Modular;
using Elimination.Core.Errors;

namespace Elimination.Core.Fields;

/// <summary>
/// F_p for a prime 2 &lt; p &lt; 2^31, elements as <c>uint</c> in [0, p).
/// Products are reduced by Barrett's method (one 64×64 high multiply), never by <c>%</c>.
/// </summary>
public readonly struct PrimeField : IField<uint>
{
    public uint P { get; }
    private readonly ulong _barrett; // floor(2^64 / p)

    public PrimeField(long p)
    {
        if (p <= 2 || p >= (1L << 31))
            throw new InvalidInputException($"characteristic {p} is out of range: need a prime 2 < p < 2^31");
        if (!Primes.IsPrime((ulong)p))
            throw new InvalidInputException($"characteristic {p} is not prime");
        P = (uint)p;
        _barrett = ulong.MaxValue / (ulong)p;
    }

    public long Characteristic => P;
    public uint Zero => 0;
    public uint One => 1;
    public string Name => $"GF({P})";
    public bool IsZero(uint a) => a == 0;
    public bool IsOne(uint a) => a == 1;
    public bool AreEqual(uint a, uint b) => a == b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Add(uint a, uint b) { uint s = a + b; return s >= P ? s - P : s; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Sub(uint a, uint b) => a >= b ? a - b : a + P - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Neg(uint a) => a == 0 ? 0 : P - a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Mul(uint a, uint b) => Reduce((ulong)a * b);

    /// <summary>x mod p for any 64-bit x (Barrett; the quotient estimate is off by at most one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Reduce(ulong x)
    {
        ulong q = Math.BigMul(x, _barrett, out _);
        ulong r = x - q * P;
        return (uint)(r >= P ? r - P : r);
    }

    public uint Inv(uint a)
    {
        if (a == 0) throw new DivideByZeroException("inverse of zero in " + Name);
        return ModularInverse.Of(a, P);
    }

    public uint Div(uint a, uint b) => Mul(a, Inv(b));

    public uint FromInteger(BigInteger n)
    {
        var r = (long)(n % P);
        return (uint)(r < 0 ? r + P : r);
    }

    public uint FromInteger(long n)
    {
        long r = n % P;
        return (uint)(r < 0 ? r + P : r);
    }

    public uint FromRational(BigInteger numerator, BigInteger denominator)
    {
        uint d = FromInteger(denominator);
        if (d == 0) throw new DivideByZeroException($"denominator {denominator} vanishes in {Name}");
        return Div(FromInteger(numerator), d);
    }

    /// <summary>Symmetric representative in (−p/2, p/2], as Singular prints it.</summary>
    public string Format(uint a) => a > P / 2 ? "-" + (P - a).ToString() : a.ToString();
}
