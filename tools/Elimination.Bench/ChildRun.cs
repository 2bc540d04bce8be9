using System.Diagnostics;
using System.Globalization;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.F4;
using Elimination.Ideals;

namespace Elimination.Bench;

/// <summary>
/// One benchmark case in its own process: loads the system, runs the engine N times and prints
/// one line <c>RESULT key=value …</c> that the harness parses.
/// </summary>
public static class ChildRun
{
    public static int Run(BenchOptions o)
    {
        var path = o.SystemPath(o.ChildSystem!);
        var file = SystemFile.Load(path);
        if (o.ChildEngine == BenchOptions.DecomposeEngine) return Decompose(o, file);
        IGroebnerEngine engine = GroebnerEngines.Get(o.ChildEngine);
        var gopts = new GroebnerOptions
        {
            Threads = o.Threads,
            Verification = Enum.Parse<Elimination.Groebner.Modular.VerificationMode>(o.Verify, ignoreCase: true),
            Simplify = o.Simplify,
        };
        var times = new List<double>();
        var cpu = new List<double>();
        GroebnerStatistics? stats = null;
        int size = 0;
        if (file.Field.IsRationals)
        {
            var ring = RingFor<Rational, RationalField>(file, new RationalField());
            var polys = file.Parse(ring);
            Measure(o, times, cpu, () => { var res = engine.Compute(polys, gopts); stats = res.Statistics; size = res.Basis.Count; });
        }
        else
        {
            var ring = RingFor<uint, PrimeField>(file, file.Field.PrimeField());
            var polys = file.Parse(ring);
            Measure(o, times, cpu, () => { var res = engine.Compute(polys, gopts); stats = res.Statistics; size = res.Basis.Count; });
        }
        times.Sort();
        cpu.Sort();
        double median = times[times.Count / 2];
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var s = stats!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT runs={times.Count} seconds={median:R} cpu={cpu[cpu.Count / 2]:R} min={times[0]:R} peak={self.PeakWorkingSet64} size={size} steps={s.Steps} rows={s.LargestMatrixRows} cols={s.LargestMatrixColumns} density={s.LargestMatrixDensity:R}"));
        return 0;
    }

    /// <summary>Minimal primes of the system's ideal (default engine, fixed seed); size = the number of primes.</summary>
    private static int Decompose(BenchOptions o, SystemFile file)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        int size = 0;
        if (file.Field.IsRationals)
        {
            var ring = file.Ring<Rational, RationalField>(new RationalField());
            var polys = file.Parse(ring);
            Measure(o, times, cpu, () => size = new Ideal<Rational, RationalField>(ring, polys).MinimalPrimes(seed: 7).Count);
        }
        else
        {
            var ring = file.Ring<uint, PrimeField>(file.Field.PrimeField());
            var polys = file.Parse(ring);
            Measure(o, times, cpu, () => size = new Ideal<uint, PrimeField>(ring, polys).MinimalPrimes(seed: 7).Count);
        }
        times.Sort();
        cpu.Sort();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT runs={times.Count} seconds={times[times.Count / 2]:R} cpu={cpu[cpu.Count / 2]:R} min={times[0]:R} peak={self.PeakWorkingSet64} size={size} steps=0 rows=0 cols=0 density=0"));
        return 0;
    }

    /// <summary>
    /// Warm-up runs, then the timed ones. A run longer than <see cref="LongRunSeconds"/> is timed
    /// as it is and ends the case: JIT warm-up is negligible there and repeats would take too long.
    /// </summary>
    private static void Measure(BenchOptions o, List<double> times, List<double> cpu, Action run)
    {
        using var self = Process.GetCurrentProcess();
        for (int r = 0; r < o.Warmup; r++)
        {
            self.Refresh();
            var c0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            run();
            if (sw.Elapsed.TotalSeconds > LongRunSeconds)
            {
                times.Add(sw.Elapsed.TotalSeconds);
                self.Refresh();
                cpu.Add((self.TotalProcessorTime - c0).TotalSeconds);
                return;
            }
        }
        // Short cases repeat for about a second (at most 50 runs) so the median is not one scheduler hiccup.
        double total = 0;
        for (int r = 0; r < o.Repeat || (total < ShortBudgetSeconds && r < MaxRuns); r++)
        {
            self.Refresh();
            var c0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            run();
            double t = sw.Elapsed.TotalSeconds;
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - c0).TotalSeconds);
            times.Add(t);
            total += t;
            if (t > LongRunSeconds) return;
        }
    }

    public const double LongRunSeconds = 10;
    public const double ShortBudgetSeconds = 1;
    public const int MaxRuns = 50;

    /// <summary>The system's ring: its eliminate: line gives the elimination block order, else its order: (default grevlex).</summary>
    public static PolynomialRing<T, TField> RingFor<T, TField>(SystemFile file, TField field) where TField : struct, IField<T>
    {
        if (file.Eliminate.Count > 0)
        {
            var vars = file.Variables.ToList();
            return new PolynomialRing<T, TField>(field, file.Variables, BlockOrder.Elimination(vars.Count, file.Eliminate.Select(v => vars.IndexOf(v))));
        }
        return file.Ring<T, TField>(field);
    }
}
