using System.Globalization;
using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Tests;

/// <summary>
/// The divide-and-conquer decimal text agrees with BigInteger's own on both sides of their thresholds, on
/// powers of ten and their neighbours (the zero-padding of low halves) and on random numbers (seeded).
/// </summary>
public class DecimalTextTests
{
    [Test]
    public void FormatAgreesWithTheBuiltInConversion()
    {
        var rng = new Random(20261205);
        TestContext.Out.WriteLine("seed 20261205");
        var values = new List<BigInteger> { 0, 1, -1 };
        foreach (int digits in new[] { 9, 2466, 2467, 2500, 4096, 5000, 20000, 40001 })
        {
            var power = BigInteger.Pow(10, digits);
            values.AddRange(new[] { power, power - 1, power + 1, -power, power * 7 + 3 });
        }
        foreach (int bits in new[] { 100, 8191, 8192, 8193, 30000, 70000, 130000 })
            for (int i = 0; i < 3; i++)
            {
                var v = RandomIntegers.Below2ToThe(rng, bits);
                values.Add(i == 1 ? -v : v);
            }
        foreach (var v in values)
        {
            var expected = v.ToString(CultureInfo.InvariantCulture);
            Assert.That(DecimalText.Format(v), Is.EqualTo(expected), $"{v.GetBitLength()} bits");
        }
    }

    [Test]
    public void RationalsPrintWithTheNewConversion()
    {
        var big = BigInteger.Pow(3, 20000);
        var q = new Rational(big, BigInteger.Pow(2, 10000) + 1);
        Assert.That(q.ToString(), Is.EqualTo($"{q.Numerator.ToString(CultureInfo.InvariantCulture)}/{q.Denominator.ToString(CultureInfo.InvariantCulture)}"));
        Assert.That(Rational.Parse(q.ToString()), Is.EqualTo(q));
    }
}
