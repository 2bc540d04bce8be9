using System.Diagnostics;
using System.Text;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Runs one Singular script in one process (starting Singular costs far more than a small case,
/// so every test batches its cases) and splits the output into sections "@@NAME" … lines.
/// </summary>
internal static class SingularProcess
{
    /// <summary>The Singular executable on PATH (or /usr/bin/Singular), null when absent.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "Singular");
            if (File.Exists(candidate)) return candidate;
        }
        return File.Exists("/usr/bin/Singular") ? "/usr/bin/Singular" : null;
    }

    public static string RequireOrIgnore()
    {
        var exe = Find();
        if (exe is null) Assert.Ignore("Singular is not on PATH (apt-get install singular); differential tests skipped");
        return exe!;
    }

    /// <summary>Runs <paramref name="script"/>; returns the lines of each "@@key" section (comment lines "//" dropped).</summary>
    public static Dictionary<string, List<string>> Run(string exe, string script, TimeSpan limit)
    {
        var file = Path.Combine(Path.GetTempPath(), $"elimination-diff-{Environment.ProcessId}-{Guid.NewGuid():N}.sing");
        File.WriteAllText(file, script + "\nquit;\n");
        try
        {
            var info = new ProcessStartInfo(exe, new[] { "-q", "--no-warn", "--no-rc", file })
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Singular did not finish within {limit.TotalSeconds} s; script kept at {file}");
            }
            process.WaitForExit();
            var sections = new Dictionary<string, List<string>>();
            List<string>? current = null;
            foreach (var raw in stdout.ToString().Split('\n'))
            {
                var line = raw.TrimEnd('\r').Trim();
                if (line.StartsWith("@@", StringComparison.Ordinal))
                {
                    current = new List<string>();
                    sections[line[2..]] = current;
                }
                else if (current is not null && line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
                    current.Add(line);
            }
            if (stderr.Length > 0 && sections.Count == 0) Assert.Fail($"Singular failed: {stderr}");
            return sections;
        }
        finally
        {
            if (File.Exists(file) && TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Failed) File.Delete(file);
        }
    }
}
