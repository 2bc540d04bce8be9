using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

/// <summary>
/// The parser is linear in its input (issue #15.4: a 1.6 MB sum used to take minutes) and honours
/// cancellation. Sizes are kept small enough for CI; the 50 MB figure is measured in the README.
/// </summary>
public class ParserScalingTests
{
    private static readonly PolynomialRing<uint, PrimeField> Fp =
        new(new PrimeField(32003), new[] { "a", "b", "c", "d", "e" });

    /// <summary>A sum of <paramref name="terms"/> seeded random terms, with repeats and cancellations.</summary>
    private static string RandomSum(int terms, int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(terms * 24);
        for (int t = 0; t < terms; t++)
        {
            sb.Append(rng.Next(2) == 0 ? " + " : " - ").Append(rng.Next(1, 1000));
            foreach (var v in new[] { "a", "b", "c", "d", "e" })
            {
                int e = rng.Next(0, 6);
                if (e > 0) sb.Append('*').Append(v).Append('^').Append(e);
            }
        }
        return sb.ToString();
    }

    [Test]
    public void LargeSumParsesAndEqualsTheSumOfItsParts()
    {
        // 200 000 terms (≈ 5 MB): quadratic accumulation would need hours here, linear needs a second.
        var text = RandomSum(200_000, seed: 15_4);
        var whole = PolynomialParser.Parse(Fp, text);

        var parts = Fp.Zero;
        var chunks = text.Split(" + ");
        // Independent check: parse blocks of the sum separately and add them with the ring's +.
        var blocks = new List<string>();
        for (int i = 0; i < chunks.Length; i += 20_000)
            blocks.Add(string.Join(" + ", chunks.Skip(i).Take(20_000)));
        foreach (var block in blocks)
            if (!string.IsNullOrWhiteSpace(block)) parts += PolynomialParser.Parse(Fp, block);
        Assert.That(whole, Is.EqualTo(parts));
        Assert.That(whole.Length, Is.LessThanOrEqualTo(6 * 6 * 6 * 6 * 6));
    }

    [Test]
    public void CancellationStopsParsing()
    {
        var text = RandomSum(50_000, seed: 7);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => PolynomialParser.Parse(Fp, text, cancellation: cts.Token));
    }

    [Test]
    public void SumsStillCancelAndKeepOrder()
    {
        var p = PolynomialParser.Parse(Fp, "a - a + b^2 - 3*c + 3*c + 1");
        Assert.That(p, Is.EqualTo(PolynomialParser.Parse(Fp, "b^2 + 1")));
        Assert.That(PolynomialParser.Parse(Fp, "a - a").IsZero, Is.True);
        Assert.That(PolynomialParser.Parse(Fp, "-(a + b) - c"), Is.EqualTo(PolynomialParser.Parse(Fp, "-a - b - c")));
    }
}
