using System.Diagnostics;
using System.Globalization;
using System.Text;
using Elimination.Core.IO;

namespace Elimination.Bench;

/// <summary>Runs every (system, engine) case in a child process and prints the table.</summary>
public static class Harness
{
    private sealed record Row(string System, string Engine, string Seconds, string Cpu, string PeakMiB, string Basis, string Steps,
        string Matrix, string Density, string Singular, string SingularCpu, string Ratio, string CpuRatio);

    public static int Run(BenchOptions o)
    {
        string? singular = o.Singular ? SingularRunner.Locate() : null;
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
                          $"date {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; repeat {o.Repeat} (median) after {o.Warmup} warm-up run(s); threads {(o.Threads > 0 ? o.Threads : Environment.ProcessorCount)}");
        Console.WriteLine(singular is null ? "# Singular: not on PATH (no ratio column)" : $"# Singular: {singular} (std, option(redSB), timed with rtimer)");
        var rows = new List<Row>();
        PrintHeader();
        foreach (var system in o.Systems)
        {
            var path = o.SystemPath(system);
            SystemFile file;
            try { file = SystemFile.Load(path); }
            catch (Exception ex) { throw new BenchException($"{path}: {ex.Message}"); }

            (double Seconds, double Cpu, int Size)? sing = null;
            string? singFailure = null;
            if (singular is not null) sing = SingularRunner.Time(singular, file, o.Repeat, o.TimeoutSeconds, out singFailure);

            foreach (var engine in o.Engines)
            {
                var result = RunChild(o, system, engine, out string? failure);
                string singText = sing is { } s ? s.Seconds.ToString("0.000", CultureInfo.InvariantCulture) : (singFailure ?? "-");
                string singCpu = sing is { } sc ? sc.Cpu.ToString("0.000", CultureInfo.InvariantCulture) : "-";
                Row row;
                if (result is null)
                    row = new Row(system, engine, failure ?? "failed", "-", "-", "-", "-", "-", "-", singText, singCpu, "-", "-");
                else
                {
                    double secs = double.Parse(result["seconds"], CultureInfo.InvariantCulture);
                    double cpu = double.Parse(result["cpu"], CultureInfo.InvariantCulture);
                    string cpuRatio = sing is { } s4 && s4.Cpu > 0 ? (cpu / s4.Cpu).ToString("0.00", CultureInfo.InvariantCulture) : "-";
                    long peak = long.Parse(result["peak"], CultureInfo.InvariantCulture);
                    double density = double.Parse(result["density"], CultureInfo.InvariantCulture);
                    string ratio = sing is { } s2 && s2.Seconds > 0 ? (secs / s2.Seconds).ToString("0.00", CultureInfo.InvariantCulture) : "-";
                    string basis = result["size"] + (sing is { } s3 && s3.Size >= 0 && s3.Size.ToString() != result["size"] ? $" (Singular {s3.Size})" : "");
                    row = new Row(system, engine, secs.ToString("0.000", CultureInfo.InvariantCulture), cpu.ToString("0.000", CultureInfo.InvariantCulture),
                        (peak / 1048576.0).ToString("0", CultureInfo.InvariantCulture),
                        basis, result["steps"], result["rows"] + "x" + result["cols"], (100 * density).ToString("0.0", CultureInfo.InvariantCulture) + "%",
                        singText, singCpu, ratio, cpuRatio);
                }
                rows.Add(row);
                PrintRow(row);
            }
        }
        if (o.Markdown is not null) File.WriteAllText(o.Markdown, Markdown(rows));
        return 0;
    }

    private static readonly int[] Widths = { 16, 10, 9, 9, 9, 7, 6, 13, 8, 10, 10, 6, 9 };

    private static void PrintHeader()
    {
        PrintCells(new[] { "system", "engine", "seconds", "cpu s", "peak MiB", "basis", "steps", "largest", "density", "Sing. s", "Sing. cpu", "ratio", "cpu ratio" });
        Console.WriteLine(new string('-', Widths.Sum() + Widths.Length - 1));
    }

    private static void PrintRow(Row r) =>
        PrintCells(new[] { r.System, r.Engine, r.Seconds, r.Cpu, r.PeakMiB, r.Basis, r.Steps, r.Matrix, r.Density, r.Singular, r.SingularCpu, r.Ratio, r.CpuRatio });

    private static void PrintCells(string[] cells)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.Length; i++) sb.Append(cells[i].PadRight(Widths[i])).Append(' ');
        Console.WriteLine(sb.ToString().TrimEnd());
    }

    private static string Markdown(List<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| system | engine | seconds (median) | CPU s | peak MiB | basis | F4 steps | largest matrix | density | Singular std s | Singular CPU s | ratio ours/Singular | CPU ratio |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            sb.AppendLine($"| {r.System} | {r.Engine} | {r.Seconds} | {r.Cpu} | {r.PeakMiB} | {r.Basis} | {r.Steps} | {r.Matrix} | {r.Density} | {r.Singular} | {r.SingularCpu} | {r.Ratio} | {r.CpuRatio} |");
        return sb.ToString();
    }

    /// <summary>Runs one case in a child process with the timeout; the RESULT line as key/value pairs.</summary>
    internal static Dictionary<string, string>? RunChild(BenchOptions o, string system, string engine, out string? failure, int? repeat = null)
    {
        failure = null;
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var self = Environment.ProcessPath!;
        psi.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(typeof(Harness).Assembly.Location);
        foreach (var a in new[] { "--child-system", system, "--child-engine", engine, "--repeat", (repeat ?? o.Repeat).ToString(), "--warmup", o.Warmup.ToString(), "--field", o.Field, "--verify", o.Verify })
            psi.ArgumentList.Add(a);
        if (o.Threads > 0) { psi.ArgumentList.Add("--threads"); psi.ArgumentList.Add(o.Threads.ToString()); }
        if (o.Simplify) psi.ArgumentList.Add("--simplify");
        if (o.DataDirectory is not null) { psi.ArgumentList.Add("--data"); psi.ArgumentList.Add(o.DataDirectory); }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(o.TimeoutSeconds)))
        {
            p.Kill(entireProcessTree: true);
            failure = $"timeout {o.TimeoutSeconds:0}s";
            return null;
        }
        var line = stdout.Result.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT "));
        if (line is null)
        {
            var err = stderr.Result.Trim().Split('\n').FirstOrDefault(l => l.Length > 0) ?? $"exit code {p.ExitCode}";
            failure = "failed: " + (err.Length > 60 ? err[..60] : err);
            return null;
        }
        return line[7..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
    }
}
