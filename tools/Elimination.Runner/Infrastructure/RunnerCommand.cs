using System.CommandLine;
using Elimination.Core.IO;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The scaffold every command derives from: it builds the <see cref="Command"/>, adds the shared
/// options (<see cref="CommonOptions"/>), makes numeric option values strict (<see cref="OptionValues"/>)
/// and runs the work through <see cref="CommandExecutor"/> (timeout, Ctrl-C, exit codes, output checks).
///
/// To add a command <c>xyz</c>: one file <c>Commands/XyzCommand.cs</c> and its line in <c>RunnerServices.AddCommands</c> —
/// <code>
/// internal sealed class XyzCommand(CommandServices services) : RunnerCommand(services)
/// {
///     protected override string Name => "xyz";
///     protected override string Description => "What it computes.\nExample: elimination xyz samples/cyclic4.sys";
///     protected override Handler Define(Command command)
///     {
///         var file = new Argument&lt;string&gt;("FILE") { Description = "The system file." };
///         command.Arguments.Add(file);
///         return new Handler((r, ctx) =&gt; { var system = Input.LoadIdeal(r.GetValue(file)!); …; ctx.WriteIdeal(…); return ExitCodes.Ok; })
///             { Source = r =&gt; r.GetValue(file) };
///     }
/// }
/// </code>
/// Inside the work: pass <c>ctx.Cancellation</c> / <c>ctx.GroebnerOptions()</c> to long computations,
/// dispatch on the field with <see cref="FieldDispatch"/>, log with <c>ctx.Log</c>, emit the result once
/// with <c>ctx.WriteIdeal</c> (honours --format, --output, --name) or <c>ctx.WriteResult</c>, and throw
/// the library's <c>InvalidInputException</c> for bad input (an ArgumentException would be an internal error, exit 1).
/// Override <see cref="Shared"/> to leave out --format/--name, --output or --seed.
/// </summary>
public abstract class RunnerCommand : IRunnerCommand
{
    protected RunnerCommand(CommandServices services) => Services = services;

    protected CommandServices Services { get; }
    protected InputLoader Input => Services.Input;
    protected EngineSelector Engines => Services.Engines;

    /// <summary>The shared options of this command, available in <see cref="Define"/> (added after the command's own).</summary>
    protected CommonOptions Common { get; private set; } = null!;

    protected abstract string Name { get; }

    public string CommandName => Name;

    /// <summary>What it does, ending in an "Example: elimination …" line.</summary>
    protected abstract string Description { get; }

    protected virtual SharedOptions Shared => SharedOptions.All;

    /// <summary>Adds the command's own arguments and options and returns the work.</summary>
    protected abstract Handler Define(Command command);

    /// <summary>
    /// The definition shared by commands that read one system file and take only --algorithm: FILE is loaded
    /// and <paramref name="work"/> runs over the file's field with the selected engine's name.
    /// </summary>
    protected Handler SystemFileWithAlgorithm(Command command, string fileDescription, Func<RunContext, SystemFile, string?, IFieldWork<int>> work)
    {
        var file = new Argument<string>("FILE") { Description = fileDescription };
        var algorithm = Engines.AlgorithmOption();
        command.Arguments.Add(file);
        command.Options.Add(algorithm);
        return new Handler((r, ctx) =>
        {
            var system = Input.LoadIdeal(r.GetValue(file)!);
            return FieldDispatch.Run(system.Field, work(ctx, system, r.GetValue(algorithm)));
        }) { Source = r => r.GetValue(file) };
    }

    /// <summary>The work of a command, the input path it reports errors against, and any change to the settings.</summary>
    protected sealed record Handler(Func<ParseResult, RunContext, int> Run)
    {
        /// <summary>The input file (prefixed to parse errors; --output may not overwrite it).</summary>
        public Func<ParseResult, string?> Source { get; init; } = _ => null;
        /// <summary>Further input files (no output may replace or append to them).</summary>
        public Func<ParseResult, IReadOnlyList<string>> Inputs { get; init; } = _ => [];
        public Func<RunSettings, RunSettings> Settings { get; init; } = s => s;
        /// <summary>Further files the work will write (checked before it starts, like --output).</summary>
        public Func<ParseResult, IEnumerable<OutputPath>> Outputs { get; init; } = _ => [];
    }

    public Command Create()
    {
        var command = new Command(Name, Description);
        Common = new CommonOptions(Shared);
        var handler = Define(command);
        Common.AddTo(command);
        OptionValues.MakeStrict(command);
        command.SetAction(r => Services.Executor.Execute(handler.Settings(Common.Read(r)) with { ExtraOutputs = handler.Outputs(r).ToList() },
            handler.Source(r), ctx => handler.Run(r, ctx), handler.Inputs(r)));
        return command;
    }
}

/// <summary>Which of the optional shared options a command takes.</summary>
[Flags]
public enum SharedOptions
{
    None = 0,
    /// <summary>--format and --name (commands that write ideals or facts).</summary>
    Format = 1,
    Output = 2,
    Seed = 4,
    All = Format | Output | Seed,
}
