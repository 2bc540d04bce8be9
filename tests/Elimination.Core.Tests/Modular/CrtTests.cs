using System.Numerics;
using Elimination.Core.Modular;

namespace Elimination.Core.Tests.Modular;

public class CrtTests
{
    [Test]
    public void CombinesResiduesOfSeveralPrimes()
    {
        uint[] primes = { 2147483647, 2147483629, 2147483587, 2147483579 };
        var x = BigInteger.Parse("-98765432109876543210987654321"); // negative value, recovered symmetrically
        BigInteger value = 0, modulus = 1;
        foreach (var p in primes)
        {
            uint r = (uint)ChineseRemainder.Normalize(x, p);
            value = ChineseRemainder.Combine(value, modulus, r, p, ChineseRemainder.InverseOf(modulus, p));
            modulus *= p;
            Assert.That(value.Sign >= 0 && value < modulus);
        }
        Assert.That(ChineseRemainder.Symmetric(value, modulus), Is.EqualTo(x));
    }

    [Test]
    public void ZeroStaysZero()
    {
        var v = ChineseRemainder.Combine(BigInteger.Zero, 7, 0, 11);
        Assert.That(v, Is.EqualTo(BigInteger.Zero));
    }

    [Test]
    public void TwoSmallPrimes()
    {
        // z ≡ 3 (mod 7), z ≡ 5 (mod 11): z = 38.
        Assert.That(ChineseRemainder.Combine(3, 7, 5, 11), Is.EqualTo(new BigInteger(38)));
    }

    [Test]
    public void RepeatedPrimeIsAnError()
    {
        Assert.Throws<ArgumentException>(() => ChineseRemainder.InverseOf(new BigInteger(7) * 11, 11));
    }

    [Test]
    public void SymmetricRepresentative()
    {
        Assert.That(ChineseRemainder.Symmetric(76, 77), Is.EqualTo(new BigInteger(-1)));
        Assert.That(ChineseRemainder.Symmetric(-1, 77), Is.EqualTo(new BigInteger(-1)));
        Assert.That(ChineseRemainder.Symmetric(38, 77), Is.EqualTo(new BigInteger(38)));
    }
}
