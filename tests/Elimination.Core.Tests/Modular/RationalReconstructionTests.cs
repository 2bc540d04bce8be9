using System.Numerics;
using Elimination.Core.Modular;
using Elimination.Core.Fields;

namespace Elimination.Core.Tests.Modular;

public class RationalReconstructionTests
{
    private static readonly BigInteger M = (BigInteger)2147483647 * 2147483629; // two 31-bit primes

    private static BigInteger Image(Rational r, BigInteger m) =>
        ChineseRemainder.Normalize(r.Numerator * ModInverse(r.Denominator, m), m);

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger t = 0, newT = 1, r = m, newR = ChineseRemainder.Normalize(a, m);
        while (!newR.IsZero)
        {
            var q = r / newR;
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        Assert.That(r, Is.EqualTo(BigInteger.One), "not invertible");
        return ChineseRemainder.Normalize(t, m);
    }

    [TestCase("0")]
    [TestCase("1")]
    [TestCase("-1")]
    [TestCase("3/7")]
    [TestCase("-22/7")]
    [TestCase("1/1000000007")]
    [TestCase("-1234567/89")]
    public void RecoversSmallFractions(string text)
    {
        var r = Rational.Parse(text);
        Assert.That(RationalReconstruction.TryReconstruct(Image(r, M), M, out var back), Is.True);
        Assert.That(back, Is.EqualTo(r));
    }

    [Test]
    public void NegativeResidueIsNormalised()
    {
        var r = new Rational(-5, 3);
        var u = Image(r, M) - 4 * M; // any representative of the class
        Assert.That(RationalReconstruction.TryReconstruct(u, M, out var back), Is.True);
        Assert.That(back, Is.EqualTo(r));
    }

    [Test]
    public void FailsWhenTheFractionIsTooLarge()
    {
        // Numerator and denominator both near sqrt(M): beyond the balanced bound sqrt(M/2).
        var r = new Rational(BigInteger.Parse("3037000493"), BigInteger.Parse("3037000499"));
        bool ok = RationalReconstruction.TryReconstruct(Image(r, M), M, out var back);
        Assert.That(ok && back == r, Is.False, "a fraction beyond the bounds cannot be recovered");
    }

    [Test]
    public void FailsOnARandomLookingResidue()
    {
        // About 40% of residues modulo ~10^12 have no preimage with both parts below sqrt(m/2).
        var m = new BigInteger(1000003) * 1000033;
        int failures = 0;
        var rng = new Random(12345);
        TestContext.Out.WriteLine("seed 12345");
        for (int k = 0; k < 200; k++)
        {
            var u = new BigInteger(rng.NextInt64(1, (long)m));
            if (!RationalReconstruction.TryReconstruct(u, m, out var r)) { failures++; continue; }
            // Any success must be a genuine preimage within the bounds.
            var bound = RationalReconstruction.BalancedBound(m);
            Assert.That(BigInteger.Abs(r.Numerator), Is.LessThanOrEqualTo(bound));
            Assert.That(r.Denominator, Is.LessThanOrEqualTo(bound));
            Assert.That(ChineseRemainder.Normalize(r.Numerator - r.Denominator * u, m), Is.EqualTo(BigInteger.Zero));
        }
        Assert.That(failures, Is.GreaterThan(0), "random residues are mostly not images of small fractions");
    }

    [Test]
    public void ExplicitBoundsAreRespected()
    {
        var m = new BigInteger(1000003);
        var r = new Rational(100, 7);
        var u = Image(r, m);
        Assert.That(RationalReconstruction.TryReconstruct(u, m, 200, 10, out var back), Is.True);
        Assert.That(back, Is.EqualTo(r));
        Assert.That(RationalReconstruction.TryReconstruct(u, m, 200, 5, out _), Is.False, "denominator 7 exceeds D = 5");
    }

    [Test]
    public void BatchedEuclidFindsWhatThePlainHalfEuclidFinds()
    {
        // Moduli of 10..40 31-bit primes (the lifts' sizes), where the Lehmer batches do most of the steps: images of
        // fractions of every size up to and beyond the bounds, random residues, and unbalanced bounds (N ≫ D).
        var rng = new Random(31);
        TestContext.Out.WriteLine("seed 31");
        var primes = Primes.DescendingFrom(int.MaxValue).Take(40).ToArray();
        for (int k = 0; k < 300; k++)
        {
            int count = rng.Next(10, 41);
            var m = BigInteger.One;
            for (int j = 0; j < count; j++) m *= primes[j];
            int bits = (int)m.GetBitLength();
            BigInteger u;
            if (k % 3 == 0) u = Random(rng, bits) % m;
            else
            {
                var d = Random(rng, rng.Next(1, bits / 2 + 8)) + 1;
                var n = Random(rng, rng.Next(1, bits / 2 + 8)) * (rng.Next(2) == 0 ? 1 : -1);
                u = ChineseRemainder.Normalize(n * ModInverse(d, m), m);
            }
            var bound = RationalReconstruction.BalancedBound(m);
            var (nb, db) = k % 5 == 4 ? (bound * bound / 1000, new BigInteger(1000)) : (bound, bound);
            bool ok = RationalReconstruction.TryReconstruct(u, m, nb, db, out var got);
            bool expectedOk = PlainWang(u, m, nb, db, out var expected);
            Assert.That(ok, Is.EqualTo(expectedOk), $"case {k}");
            if (ok) Assert.That(got, Is.EqualTo(expected), $"case {k}");
        }

        static BigInteger Random(Random rng, int bits)
        {
            var bytes = new byte[bits / 8 + 1];
            rng.NextBytes(bytes);
            return new BigInteger(bytes, isUnsigned: true) >> (bytes.Length * 8 - bits);
        }

        static bool PlainWang(BigInteger u, BigInteger m, BigInteger nb, BigInteger db, out Rational value)
        {
            value = Rational.Zero;
            if (u.IsZero) return true;
            BigInteger r0 = m, r1 = u, t0 = 0, t1 = 1;
            while (r1 > nb)
            {
                var q = BigInteger.DivRem(r0, r1, out var r2);
                (r0, r1, t0, t1) = (r1, r2, t1, t0 - q * t1);
            }
            if (r1.IsZero || BigInteger.Abs(t1) > db) return false;
            var n = t1.Sign < 0 ? -r1 : r1;
            if (!BigInteger.GreatestCommonDivisor(n, BigInteger.Abs(t1)).IsOne) return false;
            value = new Rational(n, BigInteger.Abs(t1));
            return true;
        }
    }

    [Test]
    public void MarginReconstructionFindsUnbalancedFractionsAndRejectsRandomResidues()
    {
        // Fractions whose numerator and denominator sizes are far apart, which the balanced bounds cannot reach at
        // this modulus, and random residues, which must not reconstruct (probability ~steps·2^-39 each).
        var rng = new Random(43);
        TestContext.Out.WriteLine("seed 43");
        var m = Primes.DescendingFrom(int.MaxValue).Take(12).Aggregate(BigInteger.One, (a, p) => a * p); // 372 bits
        foreach (var (nb, db) in new[] { (300, 20), (20, 300), (160, 160), (1, 320), (320, 1) })
        {
            var d = RandomIntegers.Below2ToThe(rng, db) | 1;
            var n = RandomIntegers.Below2ToThe(rng, nb) + 1;
            while (!BigInteger.GreatestCommonDivisor(n, d).IsOne) n++;
            var u = ChineseRemainder.Normalize(n * ModInverse(d, m), m);
            Assert.That(RationalReconstruction.TryReconstructWithMargin(u, m, 40, out var q), Is.True, $"{nb}/{db} bits");
            Assert.That(q, Is.EqualTo(new Rational(n, d)));
            Assert.That(RationalReconstruction.TryReconstructWithMargin(m - u, m, 40, out var neg), Is.True);
            Assert.That(neg, Is.EqualTo(new Rational(-n, d)));
        }
        for (int k = 0; k < 200; k++)
            Assert.That(RationalReconstruction.TryReconstructWithMargin(RandomIntegers.Below2ToThe(rng, 371), m, 40, out _), Is.False, $"random residue {k}");
    }

    [Test]
    public void IntegerSquareRoot()
    {
        foreach (var n in new BigInteger[] { 0, 1, 2, 3, 4, 15, 16, 17, BigInteger.Pow(10, 40), BigInteger.Pow(10, 40) - 1 })
        {
            var s = RationalReconstruction.Sqrt(n);
            Assert.That(s * s <= n && (s + 1) * (s + 1) > n, $"sqrt({n}) = {s}");
        }
    }
}
