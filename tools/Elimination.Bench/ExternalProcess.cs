using System.Diagnostics;

namespace Elimination.Bench;

/// <summary>Runs a reference program with a timeout and collects its output.</summary>
public static class ExternalProcess
{
    /// <summary>Runs the program; its stdout, or null on timeout (the reason in <paramref name="failure"/>).</summary>
    public static string? Run(string exe, IEnumerable<string> args, double timeoutSeconds, out string? failure, out double wallSeconds, string? workingDirectory = null)
    {
        failure = null;
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
        if (p.ExitCode != 0)
        {
            var line = (stderr.Result + stdout.Result).Trim().Split('\n').FirstOrDefault() ?? "";
            failure = $"exit {p.ExitCode}: {(line.Length > 50 ? line[..50] : line)}";
            return null;
        }
        return stdout.Result;
    }

}
