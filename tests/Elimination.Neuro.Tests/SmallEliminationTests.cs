using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Ideals;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>
/// Small networks whose ideal the dimension decides or <see cref="KernelCertificate"/> proves (<see cref="InterpolatedIdeal"/>),
/// or the kernel lift proves (<see cref="KernelLift"/>): the ideal equals the one eliminated from the graph with the
/// interpolation off (by the Buchberger engine where that is quick), and the method and engine say which way was taken.
/// </summary>
public class SmallEliminationTests
{
    private static readonly RationalField Q = new();

    public enum Way { Dimension, Certificate, KernelLift }

    public static IEnumerable<TestCaseData> Networks()
    {
        yield return new TestCaseData(new[] { 2, 2, 3 }, "x^2", Way.Dimension, true).SetName("(2,2,3) x^2 hypersurface");
        yield return new TestCaseData(new[] { 3, 2, 1 }, "x^2", Way.Dimension, true).SetName("(3,2,1) x^2 hypersurface");
        yield return new TestCaseData(new[] { 2, 2, 1 }, "x^4", Way.Dimension, true).SetName("(2,2,1) x^4 hypersurface");
        yield return new TestCaseData(new[] { 2, 2, 1 }, "x^2", Way.Dimension, true).SetName("(2,2,1) x^2 filling");
        // h-vector 1,2,3,-3,1: not Cohen–Macaulay, so the certificate declines and the kernel lift proves it.
        yield return new TestCaseData(new[] { 2, 2, 1, 1 }, "x^2", Way.KernelLift, true).SetName("(2,2,1,1) x^2 codimension 2 (kernel lift)");
        // A small graph (F4 matrices below NeuroVariety.QuickEliminationBytes) is eliminated at once.
        yield return new TestCaseData(new[] { 2, 1, 1 }, "x^4", Way.KernelLift, true).SetName("(2,1,1) x^4 codimension 2 (kernel lift)");
        yield return new TestCaseData(new[] { 2, 2, 2 }, "x^3", Way.KernelLift, false).SetName("(2,2,2) x^3 4 equations (kernel lift)");
        yield return new TestCaseData(new[] { 2, 2, 2 }, "x^4", Way.Certificate, false).SetName("(2,2,2) x^4 20 cubics (certificate)");
        yield return new TestCaseData(new[] { 3, 2, 1 }, "x^3", Way.Certificate, false).SetName("(3,2,1) x^3 31 cubics (certificate)");
    }

    [TestCaseSource(nameof(Networks))]
    public void InterpolatedIdealEqualsTheEliminatedOne(int[] widths, string sigma, Way way, bool buchberger)
    {
        var arch = new PolynomialMlp(widths, Activation.Parse(sigma));
        var fast = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        var slow = NeuroVariety.Compute<Rational, RationalField>(arch, Q,
            new NeuroVarietyOptions { Interpolate = false, Engine = buchberger ? new Elimination.Groebner.Buchberger.BuchbergerEngine() : null });
        Assert.That(fast.Implicitization is null, Is.EqualTo(way != Way.KernelLift), fast.Method);
        Assert.That(fast.Method, way == Way.KernelLift ? Does.StartWith("elimination") : Does.StartWith("interpolation").Or.StartWith("filling"));
        Assert.That(fast.Method.Contains("J = I(V), proved"), Is.EqualTo(way == Way.Certificate), fast.Method);
        if (way == Way.KernelLift) Assert.That(fast.Ideal.GroebnerBasis().Engine, Is.EqualTo("kernel-lift"));
        Assert.That(fast.Engine, way == Way.KernelLift ? Is.EqualTo("kernel-lift") : Does.StartWith("interpolation (reduced by "));
        Assert.That(slow.Ideal.GroebnerBasis().Engine, Is.EqualTo(buchberger ? "buchberger" : "kernel-lift"));
        Assert.That(fast.Ideal.Equals(slow.Ideal), Is.True, $"{string.Join(", ", fast.Equations)} vs {string.Join(", ", slow.Equations)}");
        Assert.That(fast.Dimension, Is.EqualTo(slow.Dimension));
        Assert.That(fast.Degree, Is.EqualTo(slow.Degree));
    }

    /// <summary>
    /// The certificate's own path on a small graph (the quick elimination stopped at its first matrix): (2,2,2) x³'s 4
    /// equations and (2,1,1) x⁴'s 6 quadrics are proved, equal to the eliminated ideal; (2,2,1,1) x², not Cohen–Macaulay,
    /// is declined and eliminated after all.
    /// </summary>
    [TestCase(new[] { 2, 2, 2 }, "x^3", true)]
    [TestCase(new[] { 2, 1, 1 }, "x^4", true)]
    [TestCase(new[] { 2, 2, 1, 1 }, "x^2", false)]
    public void CertificateWhereTheQuickEliminationIsStopped(int[] widths, string sigma, bool certified)
    {
        var arch = new PolynomialMlp(widths, Activation.Parse(sigma));
        var stopped = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { QuickEliminationBytes = 1 });
        Assert.That(stopped.Method.Contains("J = I(V), proved"), Is.EqualTo(certified), stopped.Method);
        Assert.That(stopped.Implicitization is null, Is.EqualTo(certified));
        var eliminated = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = false });
        Assert.That(stopped.Ideal.Equals(eliminated.Ideal), Is.True);
    }

    /// <summary>
    /// The certificate's random choices (linear forms, prime, point, the interpolation's points) decide only whether it
    /// proves, never what: under four seeds each network is certified and equals the eliminated ideal (a sweep of 15
    /// networks × 4 seeds, README, found no seed that changed an ideal).
    /// </summary>
    [Test]
    public void CertifiedIdealsDoNotDependOnTheSeed([Values(2, 3, 5, 7)] int seed, [Values("3,1,1", "2,1,5,1", "2,2,2")] string widths)
    {
        var arch = new PolynomialMlp(widths.Split(',').Select(int.Parse).ToArray(), Activation.Power(3));
        var stopped = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { QuickEliminationBytes = 1, Seed = seed });
        Assert.That(stopped.Method, Does.Contain("J = I(V), proved"), stopped.Method);
        var eliminated = NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = false });
        Assert.That(stopped.Ideal.Equals(eliminated.Ideal), Is.True);
    }

    /// <summary>Warm in-process CPU times, interpolation against elimination (run by hand: no timing asserts).</summary>
    [Test, Explicit("measurement")]
    public void Timings()
    {
        foreach (var (w, s) in new[] { (new[] { 2, 2, 3 }, "x^2"), (new[] { 2, 2, 1, 1 }, "x^2"), (new[] { 3, 2, 1 }, "x^2"), (new[] { 2, 2, 1 }, "x^4"),
                     (new[] { 3, 2, 1 }, "x^3"), (new[] { 2, 3, 1, 1 }, "x^2"), (new[] { 2, 2, 2 }, "x^3"), (new[] { 2, 2, 2 }, "x^4"),
                     (new[] { 2, 2, 1, 2 }, "x^2"), (new[] { 2, 3, 1, 2 }, "x^2"), (new[] { 2, 2, 2, 2 }, "x^2") })
        {
            var arch = new PolynomialMlp(w, Activation.Parse(s));
            foreach (bool interpolate in new[] { true, false })
            {
                double best = double.MaxValue;
                for (int run = 0; run < 5; run++)
                {
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    NeuroVariety.Compute<Rational, RationalField>(arch, Q, new NeuroVarietyOptions { Interpolate = interpolate });
                    double spent = Math.Min(clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
                    best = Math.Min(best, spent);
                }
                TestContext.Out.WriteLine($"({string.Join(",", w)}) {s} interpolate={interpolate}: {best:0.0000} s");
            }
        }
    }
}
