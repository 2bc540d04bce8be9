using Elimination.Runner;

namespace Elimination.Runner.Tests;

/// <summary>Runs the runner in-process and captures stdout, stderr and the exit code.</summary>
internal static class RunnerHarness
{
    public sealed record Outcome(int Code, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        public override string ToString() => $"exit {Code}\n--- stdout ---\n{Out}\n--- stderr ---\n{Err}";
    }

    public static Outcome Run(params string[] args) => Run(args, CancellationToken.None);

    public static Outcome Run(string[] args, CancellationToken interrupt)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, stdout, stderr, interrupt);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    public static string Sample(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", name);
    public static string SystemFile(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", name);
    public static string Expected(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "expected", name);

    /// <summary>A fresh empty directory under the test output, removed by the caller's TearDown if wanted.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "elimination-runner-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string WriteTemp(string dir, string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? OnPath(string exe)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var p = Path.Combine(dir, exe);
            if (File.Exists(p)) return p;
        }
        return null;
    }
}
