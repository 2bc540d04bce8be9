using System.Reflection;
using Elimination.Core.IO;
using Elimination.Groebner;
using Microsoft.Extensions.DependencyInjection;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The composition root: engines, readers and writers, and commands wired in one container.
/// The libraries know nothing of it; they stay usable with plain <c>new</c>.
///
/// Commands: every concrete <see cref="IRunnerCommand"/> in this assembly is registered, so a new
/// command is one file <c>Commands/XyzCommand.cs</c> deriving from <see cref="RunnerCommand"/>
/// (its comment shows the whole pattern); nothing here needs editing.
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

        foreach (var type in CommandTypes())
            services.AddSingleton(typeof(IRunnerCommand), type);
        return services.BuildServiceProvider();
    }

    /// <summary>Every Gröbner engine of the <see cref="GroebnerEngines"/> registry (auto is the selector's job).</summary>
    private static void AddEngines(IServiceCollection services)
    {
        foreach (var name in GroebnerEngines.Names)
            if (name != GroebnerEngines.Auto)
                services.AddSingleton(GroebnerEngines.Get(name));
    }

    /// <summary>All concrete IRunnerCommand types in this assembly, by name so --help lists them stably.</summary>
    public static IEnumerable<Type> CommandTypes() =>
        typeof(RunnerServices).Assembly.GetTypes()
            .Where(t => typeof(IRunnerCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal);
}
