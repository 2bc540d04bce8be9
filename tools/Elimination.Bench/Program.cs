using System.Diagnostics;
using System.Globalization;
using Elimination.Bench;

// Benchmark harness: every (system, engine) case runs in a child process (so peak memory is
// the case's own), N repetitions, median time; Singular's std on the same system when present.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
try
{
    var options = BenchOptions.Parse(args);
    if (options.Help) { Console.WriteLine(BenchOptions.Usage); return 0; }
    if (options.ChildSystem is not null) return ChildRun.Run(options);
    if (options.Peers is not null) return PeerHarness.Run(options);
    return Harness.Run(options);
}
catch (BenchException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 2;
}
