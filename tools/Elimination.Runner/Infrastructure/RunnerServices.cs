using Elimination.Core.IO;
using Elimination.Runner.Commands;
using Elimination.Groebner;
using Microsoft.Extensions.DependencyInjection;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The composition root: engines, readers and writers, and commands wired in one container.
/// The libraries know nothing of it; they stay usable with plain <c>new</c>.
///
/// Commands are listed by hand in <see cref="AddCommands"/>, not found by reflection: the runner is
/// compiled ahead of time (Native AOT), where scanning an assembly's types is not available. A new
/// command is one file <c>Commands/XyzCommand.cs</c> deriving from <see cref="RunnerCommand"/> (its
/// comment shows the whole pattern) plus one line there; a test checks that no command is missing.
/// </summary>
public static class RunnerServices
{
    public static ServiceProvider Build(RunnerConsole console)
    {
        var services = new ServiceCollection();
        services.AddSingleton(console);

        AddEngines(services);
        services.AddSingleton<EngineSelector>();

        services.AddSingleton<IIdealReader, NativeIdealReader>();
        services.AddSingleton<IIdealReader, JsonIdealReader>();
        services.AddSingleton<IIdealReader, SingularIdealReader>();
        services.AddSingleton<IIdealReader, Macaulay2IdealReader>();
        services.AddSingleton<IIdealWriter, NativeIdealWriter>();
        services.AddSingleton<IIdealWriter, SingularIdealWriter>();
        services.AddSingleton<IIdealWriter, Macaulay2IdealWriter>();
        services.AddSingleton<IIdealWriter, JsonIdealWriter>();
        services.AddSingleton<IIdealWriter, LatexIdealWriter>();
        services.AddSingleton<IIdealWriter, MsolveIdealWriter>();
        services.AddSingleton<IIdealWriter, OscarIdealWriter>();
        services.AddSingleton<IIdealWriter, SymPyIdealWriter>();
        services.AddSingleton(sp => new IdealFormats(sp.GetServices<IIdealReader>(), sp.GetServices<IIdealWriter>()));

        services.AddSingleton<InputLoader>();
        services.AddSingleton<CommandExecutor>();
        services.AddSingleton<CommandServices>();

        AddCommands(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Every Gröbner engine of the <see cref="GroebnerEngines"/> registry (auto is the selector's job).</summary>
    private static void AddEngines(IServiceCollection services)
    {
        foreach (var name in GroebnerEngines.Names)
            if (name != GroebnerEngines.Auto)
                services.AddSingleton(GroebnerEngines.Get(name));
    }

    /// <summary>Every command, in the order --help lists them (alphabetical).</summary>
    private static void AddCommands(IServiceCollection services)
    {
        services.AddSingleton<IRunnerCommand, CriticalValuesCommand>();
        services.AddSingleton<IRunnerCommand, DecomposeCommand>();
        services.AddSingleton<IRunnerCommand, EdDegreeCommand>();
        services.AddSingleton<IRunnerCommand, EliminateCommand>();
        services.AddSingleton<IRunnerCommand, ExperimentCommand>();
        services.AddSingleton<IRunnerCommand, GenusCommand>();
        services.AddSingleton<IRunnerCommand, GroebnerCommand>();
        services.AddSingleton<IRunnerCommand, HilbertCommand>();
        services.AddSingleton<IRunnerCommand, ImplicitizeCommand>();
        services.AddSingleton<IRunnerCommand, MergeCommand>();
        services.AddSingleton<IRunnerCommand, NeurovarietyCommand>();
        services.AddSingleton<IRunnerCommand, PlotCommand>();
        services.AddSingleton<IRunnerCommand, PointsCommand>();
        services.AddSingleton<IRunnerCommand, RamificationCommand>();
        services.AddSingleton<IRunnerCommand, ReportCommand>();
        services.AddSingleton<IRunnerCommand, SingularLocusCommand>();
    }
}
