using System.Diagnostics;

namespace Elimination.Bench;

/// <summary>Runs a reference program with a timeout and collects its output.</summary>
public static class ExternalProcess
{
    private const string TimeTool = "/usr/bin/time";

    /// <summary>
    /// Peak resident memory (bytes) of the last program this thread ran, from GNU time's %M (the kernel's maximum
    /// resident set of that process); null when /usr/bin/time is missing or the run failed.
    /// </summary>
    [ThreadStatic] public static long? LastPeakBytes;

    /// <summary>Runs the program; its stdout, or null on timeout (the reason in <paramref name="failure"/>).</summary>
    public static string? Run(string exe, IEnumerable<string> args, double timeoutSeconds, out string? failure, out double wallSeconds, string? workingDirectory = null)
    {
        failure = null;
        LastPeakBytes = null;
        string? peakFile = File.Exists(TimeTool) ? Path.GetTempFileName() : null;
        var psi = new ProcessStartInfo(peakFile is null ? exe : TimeTool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (peakFile is not null)
            foreach (var a in new[] { "-f", "%M", "-o", peakFile, exe }) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            p.Kill(entireProcessTree: true);
            failure = $"timeout {timeoutSeconds:0}s";
            wallSeconds = double.NaN;
            return null;
        }
        wallSeconds = clock.Elapsed.TotalSeconds;
        if (peakFile is not null)
        {
            var lines = File.ReadAllLines(peakFile);
            File.Delete(peakFile);
            if (lines.Length > 0 && long.TryParse(lines[^1].Trim(), out long kib)) LastPeakBytes = kib * 1024;
        }
        if (p.ExitCode != 0)
        {
            var line = (stderr.Result + stdout.Result).Trim().Split('\n').FirstOrDefault() ?? "";
            failure = $"exit {p.ExitCode}: {(line.Length > 50 ? line[..50] : line)}";
            return null;
        }
        return stdout.Result;
    }

}
