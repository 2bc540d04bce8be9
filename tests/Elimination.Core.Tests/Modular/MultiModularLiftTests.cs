using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Modular;

namespace Elimination.Core.Tests.Modular;

public class MultiModularLiftTests
{
    private static readonly uint[] Ps = { 2147483647, 2147483629, 2147483587, 2147483579, 2147483563, 2147483549 };

    private static uint[] Residues(Rational[] values, uint p)
    {
        var f = new PrimeField(p);
        return values.Select(v => f.FromRational(v.Numerator, v.Denominator)).ToArray();
    }

    [Test]
    public void TheInverseIsTheSameEuclidForPrimeFieldsAndCrt()
    {
        var rng = new Random(5);
        foreach (var p in Ps)
        {
            var f = new PrimeField(p);
            for (int k = 0; k < 200; k++)
            {
                uint a = (uint)rng.NextInt64(1, p);
                Assert.That(f.Mul(a, ModularInverse.Of(a, p)), Is.EqualTo(1u));
                Assert.That(f.Inv(a), Is.EqualTo(ModularInverse.Of(a, p)));
            }
        }
        var m = new BigInteger(Ps[0]) * Ps[1];
        Assert.That((ulong)(m % Ps[2]) * ChineseRemainder.InverseOf(m, Ps[2]) % Ps[2], Is.EqualTo(1UL));
        Assert.Throws<ArgumentException>(() => ChineseRemainder.InverseOf(m, Ps[1]));
    }

    [Test]
    public void LiftsAVectorOfFractionsAndStabilises()
    {
        // Coefficients of about 50 bits: balanced bounds need M > 2^101, so four primes reconstruct and the fifth agrees.
        var big = BigInteger.Parse("1125899906842624"); // 2^50
        var truth = new[] { new Rational(big + 1, 3), Rational.Zero, new Rational(-7, big - 1), new Rational(5), new Rational(big, 1) };
        var lift = new MultiModularLift<int>((a, b) => a == b);
        int reconstructedAt = -1;
        for (int i = 0; i < Ps.Length; i++)
        {
            if (lift.Add(Ps[i], 0, Residues(truth, Ps[i]))) { Assert.That(i, Is.EqualTo(reconstructedAt + 1)); break; }
            if (lift.Candidate is null && lift.TryReconstruct() is not null) reconstructedAt = i;
        }
        Assert.That(lift.IsStable, Is.True);
        Assert.That(lift.Candidate, Is.EqualTo(truth));
        Assert.That(lift.Discarded, Is.Empty);
        Assert.That(lift.ReconstructionAttempts, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void AnotherShapeIsOutvotedAndATieGoesToTheFirst()
    {
        var truth = new[] { new Rational(1, 2), new Rational(-3) };
        var lift = new MultiModularLift<string>((a, b) => a == b);
        Assert.That(lift.Add(Ps[0], "good", Residues(truth, Ps[0])), Is.False);
        Assert.That(lift.Add(Ps[1], "bad", new uint[] { 1, 2, 3 }), Is.False);
        Assert.That(lift.MajorityShape, Is.EqualTo("good"));
        Assert.That(lift.TryReconstruct(), Is.EqualTo(truth));
        Assert.That(lift.Add(Ps[2], "good", Residues(truth, Ps[2])), Is.True);
        Assert.That(lift.Used, Is.EqualTo(new[] { Ps[0], Ps[2] }));
        Assert.That(lift.Discarded, Is.EqualTo(new[] { Ps[1] }));
    }

    [Test]
    public void ADisagreeingPrimeDropsTheCandidateAndRejectDoesToo()
    {
        var truth = new[] { new Rational(2, 3) };
        var lift = new MultiModularLift<int>((a, b) => a == b);
        lift.Add(Ps[0], 0, Residues(truth, Ps[0]));
        Assert.That(lift.TryReconstruct(), Is.Not.Null);
        Assert.That(lift.Add(Ps[1], 0, new uint[] { 5 }), Is.False);   // not 2/3 mod p
        Assert.That(lift.Candidate, Is.Null);
        lift.TryReconstruct();
        lift.Reject();
        Assert.That(lift.Candidate, Is.Null);
        Assert.That(lift.IsStable, Is.False);
    }

    [Test]
    public void LongerImagesAppendEntriesThatWereZeroBefore()
    {
        var v = new ResidueVector();
        v.Add(Ps[0], new uint[] { 3 });
        v.Add(Ps[1], new uint[] { 3, 4 });  // the second entry vanished modulo the first prime
        Assert.That(v.Count, Is.EqualTo(2));
        Assert.That(v[0], Is.EqualTo(new BigInteger(3)));
        Assert.That(v[1] % Ps[0], Is.EqualTo(BigInteger.Zero));
        Assert.That(v[1] % Ps[1], Is.EqualTo(new BigInteger(4)));
        Assert.That(v.Primes, Is.EqualTo(new[] { Ps[0], Ps[1] }));
    }

    [Test]
    public void MixedRadixEntriesEqualTheIntegersModuloTheProductOfForty31BitPrimes()
    {
        // Beyond the 3-product delayed reduction and the word-wise Horner: 40 primes near 2^31, random integers up
        // to 1200 bits, entries that first appear at a later prime, and a residue vector shorter than the vector.
        var rng = new Random(23);
        var primes = Primes.DescendingFrom(int.MaxValue).Take(40).ToArray();
        var truth = new BigInteger[60];
        var bytes = new byte[150];
        for (int i = 0; i < truth.Length; i++)
        {
            rng.NextBytes(bytes);
            truth[i] = i % 11 == 0 ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: true) >> rng.Next(0, 1100);
        }
        var v = new ResidueVector();
        var modulus = BigInteger.One;
        for (int k = 0; k < primes.Length; k++)
        {
            uint p = primes[k];
            int length = Math.Min(truth.Length, 21 + k);   // entry i shows up at prime i − 21 (it was 0 mod the earlier ones)
            var residues = new uint[k == 5 ? length - 3 : length];
            for (int i = 0; i < residues.Length; i++)
                residues[i] = (uint)(truth[i] % p);
            v.Add(p, residues);
            modulus *= p;
        }
        Assert.That(v.Modulus, Is.EqualTo(modulus));
        Assert.That(v.Count, Is.EqualTo(truth.Length));
        for (int i = 0; i < truth.Length; i++)
            Assert.That(v[i], Is.EqualTo(Expected(i)), $"entry {i}");
        Assert.Throws<ArgumentException>(() => v.Add(primes[3], new uint[] { 1 }));

        // The CRT of what each prime actually saw: 0 before entry i appears and where the vector was short.
        BigInteger Expected(int i)
        {
            var x = BigInteger.Zero;
            var m = BigInteger.One;
            for (int k = 0; k < primes.Length; k++)
            {
                int length = Math.Min(truth.Length, 21 + k);
                int given = k == 5 ? length - 3 : length;
                uint r = i < given ? (uint)(truth[i] % primes[k]) : 0;
                x = ChineseRemainder.Combine(x, m, r, primes[k]);
                m *= primes[k];
            }
            return x;
        }
    }

    [Test]
    public void GroupedReconstructionNeedsAboutHalfThePrimesOfTheBalancedOne()
    {
        // Three "polynomials" whose coefficients are n_i / d_i with d_i | D (200-bit D, numerators up to 200 bits), plus
        // a few small ones (as in a reduced basis). Balanced bounds need ~2·180 bits per coefficient; grouped, the small
        // ones give part of D and each large one the rest of its own denominator (seed 41: 10 primes against 12).
        // Every returned vector must be exact here (the margin makes a wrong acceptance a 2^-40 event).
        var rng = new Random(41);
        TestContext.Out.WriteLine("seed 41");
        var primes = Primes.DescendingFrom(int.MaxValue).Take(20).ToArray();
        var truth = new List<Rational>();
        var group = new List<int>();
        for (int g = 0; g < 3; g++)
        {
            var factors = Enumerable.Range(0, 10).Select(_ => RandomIntegers.Below2ToThe(rng, 20) + 1).ToArray();
            var D = factors.Aggregate(BigInteger.One, (a, b) => a * b);
            for (int t = 0; t < 40; t++)
            {
                var d = D / factors[rng.Next(10)];           // most coefficients miss one factor of D
                if (t % 7 == 0) d = factors[rng.Next(10)];     // a few have a small denominator
                truth.Add(new Rational(RandomIntegers.Below2ToThe(rng, (int)d.GetBitLength()) * (rng.Next(2) == 0 ? 1 : -1) + 1, d));
                group.Add(g);
            }
        }
        var v = new ResidueVector();
        int grouped = -1, balanced = -1, failedGroup = -1;
        for (int k = 0; k < primes.Length && (grouped < 0 || balanced < 0); k++)
        {
            var f = new PrimeField(primes[k]);
            v.Add(primes[k], truth.Select(c => f.FromRational(c.Numerator, c.Denominator)).ToArray());
            if (grouped < 0 && v.TryReconstructGrouped(group.ToArray(), ref failedGroup) is { } g)
            {
                Assert.That(g, Is.EqualTo(truth.ToArray()), $"grouped at {k + 1} primes");
                grouped = k + 1;
            }
            if (balanced < 0 && v.TryReconstructAll() is { } b)
            {
                Assert.That(b, Is.EqualTo(truth.ToArray()));
                balanced = k + 1;
            }
        }
        TestContext.Out.WriteLine($"grouped: {grouped} primes, balanced: {balanced} primes");
        Assert.That(grouped, Is.GreaterThan(0));
        Assert.That(grouped, Is.LessThanOrEqualTo(balanced - 2));
    }

    /// <summary>
    /// An attempt gives up after a few entries in a row fit neither way (the fail-fast rule): a group whose first entries
    /// are large (n/D with 300-bit n, 100-bit D) and the rest small (n/D, 8-bit n) is reconstructed exactly once the
    /// large ones fit alone, never wrongly before; and undetermined residues (random) are refused.
    /// </summary>
    [Test]
    public void GroupedReconstructionGivesUpEarlyButNotWrongly()
    {
        var rng = new Random(7);
        TestContext.Out.WriteLine("seed 7");
        var D = RandomIntegers.Below2ToThe(rng, 100) + 1;
        var truth = Enumerable.Range(0, 30).Select(i => new Rational(RandomIntegers.Below2ToThe(rng, i < 6 ? 300 : 8) + 1, D)).ToArray();
        var primes = Primes.DescendingFrom(int.MaxValue).Take(40).ToArray();
        var v = new ResidueVector();
        int reconstructedAt = -1, failed = -1;
        var group = new int[truth.Length];
        for (int k = 0; k < primes.Length && reconstructedAt < 0; k++)
        {
            var f = new PrimeField(primes[k]);
            v.Add(primes[k], truth.Select(c => f.FromRational(c.Numerator, c.Denominator)).ToArray());
            if (v.TryReconstructGrouped(group, ref failed) is { } g)
            {
                Assert.That(g, Is.EqualTo(truth), $"at {k + 1} primes");
                reconstructedAt = k + 1;
            }
        }
        TestContext.Out.WriteLine($"reconstructed at {reconstructedAt} primes");
        Assert.That(reconstructedAt, Is.InRange(12, 40)); // a large entry alone needs about 300 + 100 + 40 bits (seed 7: 14 primes)

        var noise = new ResidueVector();
        foreach (var p in primes.Take(12)) noise.Add(p, Enumerable.Range(0, 200).Select(_ => (uint)rng.Next(1, (int)p)).ToArray());
        Assert.That(noise.TryReconstructGrouped(new int[200], ref failed), Is.Null);
    }

    /// <summary>
    /// Entries of a lift over many primes (the split conversion past 48 primes, with uneven leaves) equal plain CRT:
    /// residues of random big integers for 1, 47, 48, 49, 200 and 333 primes, and the value after more primes arrive.
    /// </summary>
    [Test]
    public void EntriesOverManyPrimesEqualPlainCrt()
    {
        var rng = new Random(5);
        TestContext.Out.WriteLine("seed 5");
        var primes = Primes.DescendingFrom(int.MaxValue).Take(333).ToArray();
        foreach (int k in new[] { 1, 47, 48, 49, 200, 333 })
        {
            var v = new ResidueVector();
            var crt = new BigInteger[5];
            var modulus = BigInteger.One;
            for (int j = 0; j < k; j++)
            {
                var residues = Enumerable.Range(0, j % 7 == 3 ? 3 : 5).Select(i => i == 1 ? 0u : (uint)rng.Next(0, (int)primes[j])).ToArray();
                v.Add(primes[j], residues);
                for (int i = 0; i < crt.Length; i++)
                    crt[i] = ChineseRemainder.Combine(crt[i], modulus, i < residues.Length ? residues[i] : 0u, primes[j]);
                modulus *= primes[j];
                if (j == k / 2) Assert.That(v[0], Is.EqualTo(ChineseRemainder.Normalize(crt[0], modulus)), $"{j + 1} primes");
            }
            for (int i = 0; i < crt.Length; i++)
                Assert.That(v[i], Is.EqualTo(ChineseRemainder.Normalize(crt[i], modulus)), $"entry {i} over {k} primes");
        }
    }

    [Test]
    public void GroupedReconstructionTreatsEntriesBeyondTheGroupsAsSingletons()
    {
        var truth = new[] { new Rational(1, 3), new Rational(2, 3), new Rational(-5, 7), Rational.Zero, new Rational(11, 13) };
        var v = new ResidueVector();
        foreach (var p in Ps.Take(3)) v.Add(p, Residues(truth, p));
        int failed = -1;
        Assert.That(v.TryReconstructGrouped(new[] { 0, 0 }, ref failed), Is.EqualTo(truth));
        Assert.That(new ResidueVector().TryReconstructGrouped(Array.Empty<int>(), ref failed), Is.Empty);
    }

    [Test]
    public void AgreementTreatsMissingEntriesAsZeroAndRefusesDenominatorsDivisibleByP()
    {
        uint p = Ps[0];
        Assert.That(ResidueVector.Agrees(new[] { new Rational(4) }, new uint[] { 4, 0 }, p), Is.True);
        Assert.That(ResidueVector.Agrees(new[] { new Rational(4) }, new uint[] { 4, 1 }, p), Is.False);
        Assert.That(ResidueVector.Agrees(new[] { new Rational(4), new Rational(1) }, new uint[] { 4 }, p), Is.False);
        Assert.That(ResidueVector.Agrees(new[] { new Rational(1, p) }, new uint[] { 0 }, p), Is.False);
    }

    [Test]
    public void ReconstructionOfManySharedDenominatorsMatchesOneByOne()
    {
        var rng = new Random(11);
        var den = BigInteger.Parse("98765432123");
        var truth = Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? Rational.Zero : new Rational(rng.NextInt64(-1L << 40, 1L << 40), i % 3 == 0 ? den : rng.Next(1, 1000))).ToArray();
        var v = new ResidueVector();
        foreach (var p in Ps) v.Add(p, Residues(truth, p));
        var all = v.TryReconstructAll(threads: 2);
        Assert.That(all, Is.EqualTo(truth));
        for (int i = 0; i < truth.Length; i++)
        {
            Assert.That(v.TryReconstruct(i, out var q), Is.True);
            Assert.That(q, Is.EqualTo(truth[i]));
        }
    }
}
