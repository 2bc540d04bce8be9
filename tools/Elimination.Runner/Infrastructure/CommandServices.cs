using Elimination.Core.IO;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// What every command may need from the container, handed to <see cref="RunnerCommand"/> in one
/// piece so that commands have a one-line constructor and adding a service touches one file.
/// </summary>
public sealed class CommandServices
{
    public CommandServices(CommandExecutor executor, InputLoader input, EngineSelector engines, IdealFormats formats)
    {
        Executor = executor;
        Input = input;
        Engines = engines;
        Formats = formats;
    }

    public CommandExecutor Executor { get; }
    public InputLoader Input { get; }
    public EngineSelector Engines { get; }
    public IdealFormats Formats { get; }
}
