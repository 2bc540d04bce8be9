using System.CommandLine;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The options every command shares: --format, --name, --output, --overwrite-input, --timeout, --threads,
/// --max-memory, --verify, --seed, --verbose/--quiet, --log. <see cref="RunnerCommand"/> creates one per
/// command, adds it after the command's own options and reads it back with <see cref="Read"/>.
/// </summary>
public sealed class CommonOptions
{
    public Option<string?> Format { get; } = new("--format", "-f")
    {
        Description = "Output format: native, singular, m2, json, latex, msolve, oscar, sympy (default: from --output's extension, else native).",
        HelpName = "native|singular|m2|json|latex|msolve|oscar|sympy",
    };
    public Option<string> Name { get; } = new("--name")
    {
        Description = $"Name of the written ideal in Singular/Macaulay2/Oscar/SymPy output (default {DefaultIdealName}, the same for every command).",
        DefaultValueFactory = _ => DefaultIdealName,
        HelpName = "NAME",
    };
    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the result to this file instead of stdout: regular files atomically (a temporary file renamed at the end,\n" +
                      "symlinks followed), devices and FIFOs in place; '-' is stdout. Checked before computing.",
        HelpName = "FILE",
    };
    public Option<bool> OverwriteInput { get; } = new("--overwrite-input") { Description = "Allow --output to be the input file." };
    public Option<double?> Timeout { get; } = new("--timeout")
    {
        Description = "Stop after this many seconds (exit code 3, no output file).",
        HelpName = "SECONDS",
    };
    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Worker threads (0 = all cores).",
        DefaultValueFactory = _ => 0,
        HelpName = "N",
    };
    public Option<int?> Seed { get; } = new("--seed")
    {
        Description = "Seed for random choices (default: random, printed in the log).",
        HelpName = "N",
    };
    public Option<string?> MaxMemory { get; } = new("--max-memory")
    {
        Description = "Memory limit, bytes or 512M, 4G (default: half the machine's memory): an F4 matrix larger than this is refused before it is allocated, and a process growing past it is stopped (exit 2 either way).",
        HelpName = "SIZE",
    };
    public Option<string> Verify { get; } = new("--verify")
    {
        Description = "Over QQ, how the modular engine checks its lifted basis: exact (a proof, default), probabilistic (two random primes, error bound in the log), none.",
        DefaultValueFactory = _ => "exact",
        HelpName = "exact|probabilistic|none",
    };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Debug logs on stderr, stack traces for internal errors." };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Only warnings and errors on stderr." };
    public Option<string?> Log { get; } = new("--log") { Description = "Also write the log to this file.", HelpName = "FILE" };

    /// <summary>The ideal's name in every command's Singular/Macaulay2 output, so one script loads any of them.</summary>
    public const string DefaultIdealName = "G";

    /// <summary>Longest --timeout: a cancellation timer holds at most 2^32 - 2 milliseconds (49.7 days).</summary>
    public const double MaxTimeoutSeconds = 4294967.0;

    private readonly SharedOptions _shared;

    public CommonOptions(SharedOptions shared = SharedOptions.All)
    {
        _shared = shared;
        var o = this;
        o.Verify.AcceptOnlyFromAmong("exact", "probabilistic", "none");
        o.Format.AcceptOnlyFromAmong("native", "singular", "m2", "json", "latex", "msolve", "oscar", "sympy", "sing", "macaulay2", "tex", "sys", "ms", "jl", "py");
        OptionValues.Check(o.Timeout, t => t is double s && !(s > 0 && s <= MaxTimeoutSeconds)
            ? $"--timeout must be a positive number of seconds, at most {MaxTimeoutSeconds:0} (49 days)" : null);
        OptionValues.Check(o.MaxMemory, m => m is not null && MemorySize.TryParse(m) is null
            ? $"--max-memory '{m}' is not a size (e.g. 2000000000, 512M, 4G)" : null);
        OptionValues.Check(o.Threads, n => n < 0 || n > MaxThreads ? $"--threads must be 0 (all cores) to {MaxThreads}" : null);
        OptionValues.Check(o.Name, n => IsIdentifier(n) ? null : $"--name '{n}' is not a name (a letter, then letters, digits or _)");
    }

    /// <summary>More threads than this is a typo, not a machine.</summary>
    public const int MaxThreads = 4096;

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Adds the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        var o = this;
        if (_shared.HasFlag(SharedOptions.Format)) { command.Options.Add(o.Format); command.Options.Add(o.Name); }
        if (_shared.HasFlag(SharedOptions.Output)) { command.Options.Add(o.Output); command.Options.Add(o.OverwriteInput); }
        command.Options.Add(o.Timeout);
        command.Options.Add(o.Threads);
        command.Options.Add(o.MaxMemory);
        command.Options.Add(o.Verify);
        if (_shared.HasFlag(SharedOptions.Seed)) command.Options.Add(o.Seed);
        command.Options.Add(o.Verbose);
        command.Options.Add(o.Quiet);
        command.Options.Add(o.Log);
    }

    public RunSettings Read(ParseResult r) => new()
    {
        Format = r.GetValue(Format),
        IdealName = r.GetValue(Name) ?? DefaultIdealName,
        Output = r.GetValue(Output),
        OverwriteInput = r.GetValue(OverwriteInput),
        Timeout = r.GetValue(Timeout),
        Threads = r.GetValue(Threads),
        MaxMemoryBytes = r.GetValue(MaxMemory) is string m ? MemorySize.TryParse(m)!.Value : MemorySize.DefaultLimit,
        Seed = r.GetValue(Seed),
        Verify = r.GetValue(Verify) ?? "exact",
        Verbosity = r.GetValue(Verbose) ? Verbosity.Verbose : r.GetValue(Quiet) ? Verbosity.Quiet : Verbosity.Normal,
        LogFile = r.GetValue(Log),
    };
}
