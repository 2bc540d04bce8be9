namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Where one invocation writes (stdout: the result only; stderr: logs and errors) and the token
/// that Ctrl-C cancels. Tests pass string writers and run the runner in-process.
/// </summary>
public sealed record RunnerConsole(TextWriter Out, TextWriter Error, CancellationToken Interrupt, bool IsRealConsole = false);
