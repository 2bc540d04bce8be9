using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>
/// Shallow networks (d0, d1, 1) with σ = x^r: the neurovariety is the affine cone over the d1-th secant
/// variety of the Veronese variety v_r(P^{d0−1}). By Alexander–Hirschowitz its dimension is
/// min(d0·d1, binom(d0+r−1, r)) except for r = 2 and (d0, r, d1) ∈ {(3,4,5), (4,4,9), (5,4,14), (5,3,7)},
/// where it is one less. For r = 2 it is the variety of symmetric d0×d0 matrices of rank ≤ d1, of
/// dimension d0·d1 − d1(d1−1)/2 for d1 ≤ d0 (and all binom(d0+1, 2) quadrics beyond).
/// </summary>
public class ShallowNetworkTests
{
    private static readonly HashSet<(int, int, int)> Exceptions = new() { (3, 4, 5), (4, 4, 9), (5, 4, 14), (5, 3, 7) };

    public static int TheoremDimension(int d0, int r, int d1)
    {
        int ambient = (int)MonomialBasis.Binomial(d0 + r - 1, r);
        if (r == 2) return d1 <= d0 ? d0 * d1 - d1 * (d1 - 1) / 2 : ambient;
        int generic = Math.Min(d0 * d1, ambient);
        return Exceptions.Contains((d0, r, d1)) ? generic - 1 : generic;
    }

    [Test]
    public void SymmetricRankFormulaMatchesItsBoundaryCases()
    {
        // rank ≤ d0 symmetric matrices are all of them: d0² − d0(d0−1)/2 = binom(d0+1, 2).
        for (int d0 = 1; d0 <= 5; d0++) Assert.That(TheoremDimension(d0, 2, d0), Is.EqualTo(d0 * (d0 + 1) / 2));
        // rank-1 quadrics are ± squares of linear forms: a cone of dimension d0.
        for (int d0 = 1; d0 <= 5; d0++) Assert.That(TheoremDimension(d0, 2, 1), Is.EqualTo(d0));
    }

    [Test]
    public void AlexanderHirschowitzOverTheWholeRange()
    {
        var failures = new List<string>();
        int cases = 0;
        for (int d0 = 1; d0 <= 5; d0++)
            for (int r = 1; r <= 4; r++)
                for (int d1 = 1; d1 <= 15; d1++)
                {
                    var arch = new PolynomialMlp(new[] { d0, d1, 1 }, Activation.Power(r));
                    var report = DimensionReport.Compute(arch, new DimensionOptions { Seed = 1000 * d0 + 100 * r + d1 });
                    int expected = TheoremDimension(d0, r, d1);
                    cases++;
                    if (report.Dimension != expected)
                        failures.Add($"({d0},{d1},1) x^{r}: got {report.Dimension}, theorem {expected} (seed {report.Result.Seed})");
                    // The theorem's generic value is exactly our expected dimension.
                    if (r >= 2 && report.Expected != Math.Min(d0 * d1, report.Ambient))
                        failures.Add($"({d0},{d1},1) x^{r}: expected dimension {report.Expected}");
                }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
        Assert.That(cases, Is.EqualTo(300));
    }

    [Test]
    public void DefectiveCasesAreReportedAsDefective()
    {
        foreach (var (d0, r, d1) in Exceptions)
        {
            var report = DimensionReport.Compute(new PolynomialMlp(new[] { d0, d1, 1 }, Activation.Power(r)));
            Assert.That(report.Defect, Is.EqualTo(1), $"({d0},{d1},1) x^{r}");
            Assert.That(report.Result.Proved, Is.False);
            Assert.That(report.Result.FailureProbability, Is.LessThan(1e-6));
        }
    }
}
