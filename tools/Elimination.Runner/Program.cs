using System.CommandLine;
using System.Runtime.InteropServices;
using Elimination.Runner.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Elimination.Runner;

/// <summary>The <c>elimination</c> console runner.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        using var interrupt = new CancellationTokenSource();
        // Ctrl-C cancels the computation cooperatively; a second Ctrl-C kills the process. A signal registration,
        // not Console.CancelKeyPress: that one initialises the terminal (terminfo) on every start.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            if (interrupt.IsCancellationRequested) return;
            context.Cancel = true;
            interrupt.Cancel();
        });
        return Run(args, new RunnerConsole(Console.Out, Console.Error, interrupt.Token, IsRealConsole: true));
    }

    /// <summary>Runs the runner in-process: the result on <paramref name="stdout"/>, logs and errors on <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken interrupt = default) =>
        Run(args, new RunnerConsole(stdout, stderr, interrupt));

    public static int Run(string[] args, RunnerConsole console)
    {
        using var services = RunnerServices.Build(console);
        var root = BuildRoot(services, args.Length > 0 ? args[0] : null);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?"))
        {
            // One line per error (the first names the option), the usage hint on the same line.
            var command = parse.CommandResult.Command;
            var name = command == root ? "elimination" : $"elimination {command.Name}";
            foreach (var error in parse.Errors.Select(e => e.Message).Distinct())
                console.Error.WriteLine($"error: {error} (see '{name} --help')");
            return ExitCodes.BadInput;
        }
        return parse.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    /// <param name="only">
    /// When it names a command, only that command is built: building all of them is ~3 ms of a small run's ~25 ms
    /// (Native AOT). Anything else (an option, a typo) gets the full tree, for help and suggestions.
    /// </param>
    public static RootCommand BuildRoot(IServiceProvider services, string? only = null)
    {
        var root = new RootCommand(
            "Elimination: exact Groebner bases, elimination and neurovarieties over QQ and GF(p).\n" +
            "Results go to stdout (or --output), logs and progress to stderr.\n" + ExitCodes.Description);
        var commands = services.GetServices<IRunnerCommand>().ToList();
        bool one = commands.Any(c => c.CommandName == only);
        foreach (var command in commands)
            if (!one || command.CommandName == only) root.Subcommands.Add(command.Create());
        return root;
    }
}
