using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary>
/// The exact verifier's fixed-width integer reduction: limb arithmetic against BigInteger, and
/// the zero test against the rational normal form, with coefficients wide enough to force
/// multi-limb products, scalings and re-layouts of the working polynomial.
/// </summary>
public class IntegerTopReductionTests
{
    private static BigInteger RandomInteger(Random rng, int maxBits)
    {
        int bits = rng.Next(1, maxBits + 1);
        var bytes = new byte[(bits + 7) / 8 + 1];
        rng.NextBytes(bytes);
        bytes[^1] = 0;
        var v = new BigInteger(bytes) >> (bytes.Length * 8 - 8 - bits);
        return rng.Next(2) == 0 ? v : -v;
    }

    private static ulong[] Magnitude(BigInteger v, int limbs)
    {
        var m = new ulong[limbs];
        FixedWidthIntegers.WriteMagnitude(v, m);
        return m;
    }

    [Test]
    public void LimbArithmeticMatchesBigInteger()
    {
        var rng = new Random(20261126);
        for (int trial = 0; trial < 2000; trial++)
        {
            int L = rng.Next(2, 7);
            var x = RandomInteger(rng, 64 * L - 66); // room for a 64-bit factor and the sign
            var y = RandomInteger(rng, 64);
            var z = RandomInteger(rng, 64 * L - 3);
            var acc = new ulong[L];
            FixedWidthIntegers.FromBigInteger(x, acc);
            Assert.That(FixedWidthIntegers.ToBigInteger(acc), Is.EqualTo(x), "round trip");
            Assert.That(FixedWidthIntegers.BitLengthBound(acc), Is.InRange((long)BigInteger.Abs(x).GetBitLength(), (long)BigInteger.Abs(x).GetBitLength() + 1), "bit length");

            // x·|y| (fits: bits(x) + 64 < 64·L − 1 by the choice of x)
            var scaled = new ulong[L];
            int yl = Math.Max(1, (int)((BigInteger.Abs(y).GetBitLength() + 63) / 64));
            FixedWidthIntegers.Scale(acc, Magnitude(y, yl), y.Sign < 0, scaled);
            Assert.That(FixedWidthIntegers.ToBigInteger(scaled), Is.EqualTo(x * y), $"scale {x} by {y}");

            int xl = Math.Max(1, (int)((BigInteger.Abs(x).GetBitLength() + 63) / 64));
            // z ± |x|·|y'| in place, y' of one or two limbs, in L + 2 limbs (bits(x) + 128 + 1 < 64·(L + 2) − 1)
            var y2 = RandomInteger(rng, 128);
            int y2l = Math.Max(1, (int)((BigInteger.Abs(y2).GetBitLength() + 63) / 64));
            var wide = new ulong[L + 2];
            FixedWidthIntegers.FromBigInteger(z, wide);
            bool minus = rng.Next(2) == 0;
            FixedWidthIntegers.MultiplyAdd(wide, Magnitude(x, xl), Magnitude(y2, y2l), minus);
            var expected = minus ? z - BigInteger.Abs(x * y2) : z + BigInteger.Abs(x * y2);
            Assert.That(FixedWidthIntegers.ToBigInteger(wide), Is.EqualTo(expected), $"multiply-add {z} {(minus ? '-' : '+')} |{x}·{y2}|");
        }
    }

    /// <summary>A random ideal in 3 variables whose generators have coefficients of up to 200 bits.</summary>
    private static (PolynomialRing<Rational, RationalField>, List<Polynomial<Rational, RationalField>>) WideIdeal(Random rng)
    {
        var vars = new[] { "x", "y", "z" };
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), vars, MonomialOrders.Parse("grevlex", vars));
        var polys = new List<Polynomial<Rational, RationalField>>();
        for (int g = 0; g < 3; g++)
        {
            var terms = new List<(Rational, int[])>();
            for (int t = 0; t < 4; t++)
            {
                var e = new int[3];
                int degree = rng.Next(0, 3);
                for (int k = 0; k < degree; k++) e[rng.Next(3)]++;
                terms.Add((new Rational(RandomInteger(rng, 200)), e));
            }
            polys.Add(Polynomial<Rational, RationalField>.FromTerms(ring, terms));
        }
        return (ring, polys);
    }

    [Test]
    public void ZeroTestAgreesWithTheRationalNormalForm()
    {
        var rng = new Random(20261127);
        int members = 0, nonMembers = 0;
        for (int trial = 0; trial < 4; trial++)
        {
            var (ring, polys) = WideIdeal(rng);
            var basis = new BuchbergerEngine().Compute(polys).Basis;
            var reducer = new IntegerTopReduction(basis);
            for (int k = 0; k < 12; k++)
            {
                // Σ c_i·m_i·f_i (in the ideal), sometimes plus a random term (usually not).
                var f = Polynomial<Rational, RationalField>.Zero(ring);
                foreach (var p in polys)
                {
                    var e = new int[3];
                    e[rng.Next(3)] = rng.Next(0, 3);
                    f += Polynomial<Rational, RationalField>.FromTerms(ring, new[] { (new Rational(RandomInteger(rng, 150), BigInteger.One + BigInteger.Abs(RandomInteger(rng, 40))), e) }) * p;
                }
                if (k % 3 == 2)
                    f += Polynomial<Rational, RationalField>.FromTerms(ring, new[] { (new Rational(RandomInteger(rng, 100)), new[] { rng.Next(3), rng.Next(3), rng.Next(3) }) });
                bool expected = Reduction.NormalForm(f, basis).IsZero;
                Assert.That(reducer.ReducesToZero(f, default), Is.EqualTo(expected), $"trial {trial}, combination {k}");
                if (expected) members++; else nonMembers++;
            }
        }
        TestContext.Out.WriteLine($"{members} members, {nonMembers} non-members");
        Assert.That(members, Is.GreaterThan(20));
        Assert.That(nonMembers, Is.GreaterThan(5));
    }

    [Test]
    public void WideCoefficientBasisPassesAndAPerturbedOneIsRejected()
    {
        var rng = new Random(20261128);
        var (ring, polys) = WideIdeal(rng);
        var good = new BuchbergerEngine().Compute(polys).Basis.ToList();
        var ok = ModularVerification.Verify(good, polys, 2, default);
        TestContext.Out.WriteLine($"{good.Count} elements: {ok.Note}");
        Assert.That(ok.Passed && ok.Proved, Is.True, ok.Note);

        // Change one tail coefficient of each element in turn by 1/(2^61 − 1): never a Gröbner basis of the ideal.
        for (int k = 0; k < good.Count; k++)
        {
            if (good[k].Length < 2) continue;
            var bad = good.ToList();
            var tail = Polynomial<Rational, RationalField>.FromTerms(ring, new[] { (new Rational(BigInteger.One, (BigInteger.One << 61) - 1), ExponentsOf(good[k], 1)) });
            bad[k] = good[k] + tail;
            var wrong = ModularVerification.Verify(bad, polys, 2, default);
            Assert.That(wrong.Passed, Is.False, $"element {k + 1} perturbed: {wrong.Note}");
        }
    }

    private static int[] ExponentsOf(Polynomial<Rational, RationalField> p, int term)
    {
        var e = new int[p.Ring.VariableCount];
        PackedMonomial.Unpack(p.MonomialAt(term), e);
        return e;
    }
}
