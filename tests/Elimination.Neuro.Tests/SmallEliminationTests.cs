using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Ideals;
using Elimination.Neuro;

namespace Elimination.Neuro.Tests;

/// <summary>
/// Small networks whose ideal the dimension decides (<see cref="InterpolatedIdeal"/>) or the kernel lift proves
/// (<see cref="KernelLift"/>): the ideal equals the one the Buchberger engine eliminates from the graph, and the
/// method and engine say which way was taken.
/// </summary>
public class SmallEliminationTests
{
    private static readonly RationalField Q = new();

    public static IEnumerable<TestCaseData> Networks()
    {
        yield return new TestCaseData(new[] { 2, 2, 3 }, "x^2", true).SetName("(2,2,3) x^2 hypersurface");
        yield return new TestCaseData(new[] { 3, 2, 1 }, "x^2", true).SetName("(3,2,1) x^2 hypersurface");
        yield return new TestCaseData(new[] { 2, 2, 1 }, "x^4", true).SetName("(2,2,1) x^4 hypersurface");
        yield return new TestCaseData(new[] { 2, 2, 1 }, "x^2", true).SetName("(2,2,1) x^2 filling");
        yield return new TestCaseData(new[] { 2, 2, 1, 1 }, "x^2", false).SetName("(2,2,1,1) x^2 codimension 2 (kernel lift)");
        yield return new TestCaseData(new[] { 2, 1, 1 }, "x^4", false).SetName("(2,1,1) x^4 codimension 2 (kernel lift)");
    }

    [TestCaseSource(nameof(Networks))]
    public void InterpolatedIdealEqualsTheEliminatedOne(int[] widths, string sigma, bool interpolated)
    {
        var arch = new PolynomialMlp(widths, Activation.Parse(sigma));
        var fast = NeuroVariety.Compute<Rational, RationalField>(arch, Q);
        var slow = NeuroVariety.Compute<Rational, RationalField>(arch, Q,
            new NeuroVarietyOptions { Interpolate = false, Engine = new Elimination.Groebner.Buchberger.BuchbergerEngine() });
        Assert.That(fast.Implicitization is null, Is.EqualTo(interpolated), fast.Method);
        Assert.That(fast.Method, interpolated ? Does.StartWith("interpolation").Or.StartWith("filling") : Does.StartWith("elimination"));
        if (!interpolated) Assert.That(fast.Ideal.GroebnerBasis().Engine, Is.EqualTo("kernel-lift"));
        Assert.That(slow.Ideal.GroebnerBasis().Engine, Is.EqualTo("buchberger"));
        Assert.That(fast.Ideal.Equals(slow.Ideal), Is.True, $"{string.Join(", ", fast.Equations)} vs {string.Join(", ", slow.Equations)}");
        Assert.That(fast.Dimension, Is.EqualTo(slow.Dimension));
        Assert.That(fast.Degree, Is.EqualTo(slow.Degree));
    }

    /// <summary>Warm in-process CPU times, interpolation against elimination (run by hand: no timing asserts).</summary>
    [Test, Explicit("measurement")]
    public void Timings()
    {
        foreach (var (w, s) in new[] { (new[] { 2, 2, 3 }, "x^2"), (new[] { 2, 2, 1, 1 }, "x^2"), (new[] { 3, 2, 1 }, "x^2"), (new[] { 2, 2, 1 }, "x^4"),
                     (new[] { 3, 2, 1 }, "x^3"), (new[] { 2, 3, 1, 1 }, "x^2"), (new[] { 2, 2, 2 }, "x^3"), (new[] { 2, 2, 2 }, "x^4"),
                     (new[] { 2, 2, 1, 2 }, "x^2"), (new[] { 2, 3, 1, 2 }, "x^2") })
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
