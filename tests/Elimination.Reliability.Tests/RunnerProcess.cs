using System.Diagnostics;
using System.Text;

namespace Elimination.Reliability.Tests;

/// <summary>
/// The built runner (elimination.dll, copied next to the tests by the project reference) as a real
/// child process, for tests that must kill it: an in-process run cannot be SIGKILLed.
/// </summary>
internal sealed class RunnerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunnerProcess(Process process) => _process = process;

    public static string Dll => Path.Combine(TestContext.CurrentContext.TestDirectory, "elimination.dll");

    /// <summary>The dotnet host running these tests (DOTNET_HOST_PATH when the CLI sets it), else "dotnet" from PATH.</summary>
    private static string Host()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    public static RunnerProcess Start(string workingDirectory, params string[] args)
    {
        if (!File.Exists(Dll)) Assert.Fail($"the runner was not built next to the tests: {Dll}");
        var info = new ProcessStartInfo(Host())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        var runner = new RunnerProcess(Process.Start(info)!);
        runner._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (runner._output) runner._output.AppendLine(e.Data); };
        runner._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (runner._output) runner._output.AppendLine(e.Data); };
        runner._process.BeginOutputReadLine();
        runner._process.BeginErrorReadLine();
        return runner;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL to the runner and anything it started; returns once it is gone.</summary>
    public void Kill()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already exited
        _process.WaitForExit();
    }

    /// <summary>Waits for the exit code; kills and fails after <paramref name="limit"/>.</summary>
    public int WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            Kill();
            Assert.Fail($"the runner did not finish within {limit.TotalSeconds} s\n{Output}");
        }
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
