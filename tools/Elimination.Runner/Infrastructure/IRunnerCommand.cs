using System.CommandLine;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// One runner command (groebner, eliminate, …). Implementations live in <c>Commands/</c>, one file
/// each, are found by <see cref="RunnerServices"/> automatically and built by the container, so
/// their constructors can ask for services (CommandExecutor, InputLoader, EngineSelector, …).
/// </summary>
public interface IRunnerCommand
{
    Command Create();
}
