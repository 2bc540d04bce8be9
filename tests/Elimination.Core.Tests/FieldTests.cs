using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Tests;

public class FieldTests
{
    [TestCase(3L)]
    [TestCase(32003L)]
    [TestCase(2147483647L)] // 2^31 − 1, the largest allowed prime
    [TestCase(2147483629L)]
    public void PrimeFieldAgreesWithBigIntegerArithmetic(long p)
    {
        const int seed = 20261125;
        var rng = new Random(seed);
        var f = new PrimeField(p);
        for (int k = 0; k < 20000; k++)
        {
            uint a = (uint)rng.NextInt64(p), b = (uint)rng.NextInt64(p);
            if (k < 4 && p > 4) { a = (uint)(p - 1 - k); b = (uint)(p - 1); }
            Assert.That(f.Mul(a, b), Is.EqualTo((uint)((ulong)a * b % (ulong)p)), $"seed {seed}");
            Assert.That(f.Add(a, b), Is.EqualTo((uint)(((ulong)a + b) % (ulong)p)));
            Assert.That(f.Sub(a, b), Is.EqualTo((uint)(((ulong)a + (ulong)p - b) % (ulong)p)));
            if (a != 0) Assert.That(f.Mul(a, f.Inv(a)), Is.EqualTo(1u));
        }
    }

    [Test]
    public void BarrettReducesEveryWord()
    {
        var f = new PrimeField(2147483647);
        foreach (ulong x in new[] { 0UL, 1UL, 2147483646UL, 2147483647UL, ulong.MaxValue, ulong.MaxValue - 1, 1UL << 62, (1UL << 63) + 12345 })
            Assert.That(f.Reduce(x), Is.EqualTo((uint)(x % 2147483647UL)), x.ToString());
    }

    [TestCase(1L)]
    [TestCase(2L)]
    [TestCase(4L)]
    [TestCase(32001L)]
    [TestCase(2147483648L)]
    [TestCase(4294967311L)]
    [TestCase(-7L)]
    public void BadCharacteristicIsRefused(long p)
    {
        Assert.That(() => new PrimeField(p), Throws.InstanceOf<Elimination.Core.Errors.InvalidInputException>());
    }

    [Test]
    public void RefusalMessagesSayWhy()
    {
        Assert.That(() => new PrimeField(32001), Throws.InstanceOf<Elimination.Core.Errors.InvalidInputException>().With.Message.Contains("not prime"));
        Assert.That(() => new PrimeField(1L << 31), Throws.InstanceOf<Elimination.Core.Errors.InvalidInputException>().With.Message.Contains("2^31"));
    }

    [Test]
    public void FromRationalMapsDenominators()
    {
        var f = new PrimeField(7);
        Assert.That(f.FromRational(3, 2), Is.EqualTo(5u)); // 3·2⁻¹ = 3·4 = 12 ≡ 5
        Assert.That(f.FromInteger(new BigInteger(-1)), Is.EqualTo(6u));
        Assert.That(() => f.FromRational(1, 14), Throws.InstanceOf<DivideByZeroException>());
        Assert.That(f.Format(6), Is.EqualTo("-1"));
    }

    [Test]
    public void RationalsAreAlwaysNormalised()
    {
        var r = new Rational(6, -4);
        Assert.That(r.Numerator, Is.EqualTo(new BigInteger(-3)));
        Assert.That(r.Denominator, Is.EqualTo(new BigInteger(2)));
        Assert.That(new Rational(0, -5), Is.EqualTo(Rational.Zero));
        Assert.That((new Rational(1, 3) + new Rational(1, 6)).ToString(), Is.EqualTo("1/2"));
        Assert.That((new Rational(2, 3) * new Rational(9, 4)).ToString(), Is.EqualTo("3/2"));
        Assert.That(new Rational(-2, 3).Inverse().ToString(), Is.EqualTo("-3/2"));
        Assert.That(default(Rational).IsZero, Is.True);
        Assert.That(() => Rational.Zero.Inverse(), Throws.InstanceOf<DivideByZeroException>());
    }

    [Test]
    public void MillerRabinMatchesTrialDivision()
    {
        for (ulong n = 0; n < 20000; n++)
        {
            bool trial = n >= 2;
            for (ulong d = 2; d * d <= n && trial; d++) if (n % d == 0) trial = false;
            Assert.That(Primes.IsPrime(n), Is.EqualTo(trial), n.ToString());
        }
        Assert.That(Primes.IsPrime(2147483647), Is.True);
        Assert.That(Primes.IsPrime(3215031751), Is.False); // strong pseudoprime to bases 2, 3, 5, 7
        // Bases 2, 7, 61 hold below 4 759 123 141, itself a strong pseudoprime to them (= 48781·97561): the 64-bit bases take over.
        Assert.That(Primes.IsPrime(4759123141), Is.False);
        Assert.That(Primes.IsPrime(4294967291), Is.True); // the largest prime below 2^32 (64-bit products, m > 2^31)
        Assert.That(Primes.IsPrime(4294967297), Is.False); // 2^32 + 1 = 641·6700417 (128-bit products)
        Assert.That(Primes.IsPrime(18446744073709551557), Is.True); // the largest 64-bit prime
        // Windows of consecutive numbers near 2^31 and 2^32 against trial division.
        foreach (ulong start in new ulong[] { 2147480000, 4294960000 })
            for (ulong n = start; n < start + 3000; n++)
            {
                bool trial = true;
                for (ulong d = 2; d * d <= n && trial; d++) if (n % d == 0) trial = false;
                Assert.That(Primes.IsPrime(n), Is.EqualTo(trial), n.ToString());
            }
        Assert.That(Primes.DescendingFrom().First(), Is.EqualTo(2147483647u));
    }

    [TestCase("QQ", 0L)]
    [TestCase("GF(32003)", 32003L)]
    [TestCase("ZZ/101", 101L)]
    public void FieldSpecParses(string text, long p) => Assert.That(FieldSpec.Parse(text).Characteristic, Is.EqualTo(p));

    [TestCase("GF(32001)", "not prime")]
    [TestCase("GF(4294967311)", "2^31")]
    [TestCase("RR", "unknown field")]
    public void FieldSpecRejects(string text, string message) =>
        Assert.That(() => FieldSpec.Parse(text), Throws.TypeOf<Parsing.ParseException>().With.Message.Contains(message));
}
