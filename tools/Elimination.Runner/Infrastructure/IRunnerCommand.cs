using System.CommandLine;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// One runner command (groebner, eliminate, …). Implementations live in <c>Commands/</c>, one file
/// each, derive from <see cref="RunnerCommand"/> (the scaffold), and are found by
/// <see cref="RunnerServices"/> automatically.
/// </summary>
public interface IRunnerCommand
{
    /// <summary>The sub-command's name, as typed after <c>elimination</c>.</summary>
    string CommandName { get; }

    Command Create();
}
