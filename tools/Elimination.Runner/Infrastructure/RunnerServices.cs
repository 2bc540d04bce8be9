using System.Reflection;
using Elimination.Core.IO;
using Elimination.Groebner;
using Microsoft.Extensions.DependencyInjection;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The composition root: engines, readers and writers, and commands wired in one container.
/// The libraries know nothing of it; they stay usable with plain <c>new</c>.
///
/// HOW TO ADD A COMMAND (the pattern every command follows):
///   1. Add one file <c>Commands/XyzCommand.cs</c> with <c>internal sealed class XyzCommand : IRunnerCommand</c>.
///      Nothing else needs editing: every IRunnerCommand in this assembly is registered below.
///   2. Ask for what you need in the constructor (<see cref="CommandExecutor"/>, <see cref="InputLoader"/>,
///      <see cref="EngineSelector"/>, <see cref="IdealFormats"/>, or your own service registered here).
///   3. In <c>Create()</c>: build a <c>System.CommandLine.Command</c> with a description that ends in an
///      "Example: elimination xyz …" line, add its own arguments/options, then
///      <c>var common = CommonOptions.AddTo(command)</c> for --format/--output/--timeout/--threads/--seed/--verbose/--quiet/--log.
///   4. <c>command.SetAction(r =&gt; _executor.Execute(common.Read(r), file, ctx =&gt; Work(ctx, …)))</c>: inside
///      the work, load input with <c>InputLoader</c>, dispatch on the field with <see cref="FieldDispatch"/>
///      (a generic <c>Run&lt;T, TField&gt;</c>), pass <c>ctx.Cancellation</c> (or <c>ctx.GroebnerOptions()</c>)
///      to every long computation, log with <c>ctx.Log</c> (stderr), and emit the result once at the end
///      with <c>ctx.WriteIdeal</c> / <c>ctx.WriteResult</c> (stdout or atomic --output). Throw
///      ParseException/ArgumentException/NotSupportedException for bad input; the executor maps
///      exceptions to messages and exit codes (0 ok, 1 internal, 2 bad input, 3 timeout/cancelled).
///   5. Test it in tests/Elimination.Runner.Tests through <c>Program.Run(args, stdout, stderr)</c>.
/// See <c>Commands/GroebnerCommand.cs</c> for the model.
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
        services.AddSingleton(sp => new IdealFormats(sp.GetServices<IIdealReader>(), sp.GetServices<IIdealWriter>()));

        services.AddSingleton<InputLoader>();
        services.AddSingleton<CommandExecutor>();

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
