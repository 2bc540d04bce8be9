using System.Globalization;
using System.Text;
using Elimination.Core.IO;

namespace Elimination.Bench;

/// <summary>
/// Ours against every installed peer in one run: per system, --repeat rounds, each round one child run of
/// each of our engines (after its warm-up) and one run of each peer, interleaved so that load changes hit
/// everyone alike; the minimum per program, and ours ÷ the fastest peer.
/// </summary>
public static class PeerHarness
{
    public static int Run(BenchOptions o)
    {
        var peers = Peer.Installed(o.Peers is { Count: > 0 } ? o.Peers : null, Console.Out, o.Task);
        int threads = o.Threads > 0 ? o.Threads : 1;
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; date {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; " +
                          $"min of {o.Repeat} interleaved rounds; {threads} thread(s) for ours, giac and mgb");
        Console.WriteLine($"# peers: {(peers.Count == 0 ? "none installed" : string.Join(", ", peers.Select(p => $"{p.Name} ({p.Executable})")))}");
        Console.WriteLine("# seconds are in-tool (parsing and start-up excluded), except mgb-f4: whole process" +
                          (o.Task == "decompose" ? "; task: minimal primes (size = their number)" : ""));
        var o1 = o.WithThreads(threads);
        var columns = o.Engines.Select(e => "ours " + e).Concat(peers.Select(p => p.Name)).ToList();
        var lines = new List<string[]>();
        var header = new[] { "system" }.Concat(columns).Concat(new[] { "fastest peer", "ours/fastest" }).ToArray();
        Print(header);
        foreach (var system in o.Systems)
        {
            SystemFile file;
            var path = o.SystemPath(system);
            try { file = SystemFile.Load(path); }
            catch (Exception ex) { throw new BenchException($"{path}: {ex.Message}"); }
            var best = new double?[columns.Count];
            var peak = new long?[columns.Count];
            var notes = new string?[columns.Count];
            for (int round = 0; round < o.Repeat; round++)
            {
                for (int e = 0; e < o.Engines.Count; e++)
                {
                    if (notes[e] is not null) continue;
                    var result = Harness.RunChild(o1, system, o.Engines[e], out var failure, repeat: 1);
                    if (result is null) { notes[e] = failure; continue; }
                    Keep(best, e, double.Parse(result["min"], CultureInfo.InvariantCulture));
                    KeepPeak(peak, e, long.Parse(result["peak"], CultureInfo.InvariantCulture));
                }
                for (int k = 0; k < peers.Count; k++)
                {
                    int c = o.Engines.Count + k;
                    if (notes[c] is not null) continue;
                    if (!peers[k].Supports(file)) { notes[c] = "n/a"; continue; }
                    var t = peers[k].Time(file, threads, o.TimeoutSeconds, out var failure);
                    if (t is null) { notes[c] = failure; continue; }
                    Keep(best, c, t.Value.Seconds);
                    if (ExternalProcess.LastPeakBytes is { } bytes) KeepPeak(peak, c, bytes);
                }
            }
            var cells = new List<string> { system };
            for (int c = 0; c < columns.Count; c++) cells.Add(best[c] is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : notes[c] ?? "-");
            int fastest = -1;
            for (int k = 0; k < peers.Count; k++)
                if (best[o.Engines.Count + k] is { } s && (fastest < 0 || s < best[o.Engines.Count + fastest]!.Value)) fastest = k;
            cells.Add(fastest < 0 ? "-" : peers[fastest].Name);
            cells.Add(fastest >= 0 && best[0] is { } ours ? (ours / best[o.Engines.Count + fastest]!.Value).ToString("0.00", CultureInfo.InvariantCulture) : "-");
            lines.Add(cells.ToArray());
            Print(cells.ToArray());
            // Peak resident memory of each program's process (ours: the child's peak working set), the smallest over rounds.
            Console.WriteLine($"# peak MiB {system}: " + string.Join(", ", columns.Select((name, c) =>
                $"{name} {(peak[c] is { } b ? (b / 1048576.0).ToString("0", CultureInfo.InvariantCulture) : "-")}")));
        }
        if (o.Markdown is not null) File.WriteAllText(o.Markdown, Markdown(header, lines));
        return 0;
    }

    private static void Keep(double?[] best, int i, double seconds) => best[i] = best[i] is { } b ? Math.Min(b, seconds) : seconds;

    private static void KeepPeak(long?[] peak, int i, long bytes) => peak[i] = peak[i] is { } b ? Math.Min(b, bytes) : bytes;

    private static void Print(string[] cells) =>
        Console.WriteLine(string.Join(" ", cells.Select((c, i) => c.PadRight(i == 0 ? 16 : 14))).TrimEnd());

    private static string Markdown(string[] header, List<string[]> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| " + string.Join(" | ", header) + " |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", header.Length - 1)));
        foreach (var r in rows) sb.AppendLine("| " + string.Join(" | ", r) + " |");
        return sb.ToString();
    }
}
