using System.CommandLine;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// The options every command shares: --format, --output, --timeout, --threads, --max-memory,
/// --verify, --seed, --verbose/--quiet, --log. Create one per command with <see cref="AddTo"/>, read them back
/// in the action with <see cref="Read"/>.
/// </summary>
public sealed class CommonOptions
{
    public Option<string?> Format { get; } = new("--format", "-f")
    {
        Description = "Output format: native, singular, m2, json, latex (default: from --output's extension, else native).",
        HelpName = "native|singular|m2|json|latex",
    };
    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the result to this file (atomically: a temporary file renamed at the end) instead of stdout.",
        HelpName = "FILE",
    };
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
        Description = "Refuse (exit 2) an F4 matrix larger than this, checked before it is allocated: bytes or 512M, 4G (default: half the machine's memory).",
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

    private CommonOptions() { }

    /// <summary>Adds the common options to <paramref name="command"/> (all of them unless told otherwise).</summary>
    public static CommonOptions AddTo(Command command, bool format = true, bool output = true, bool seed = true)
    {
        var o = new CommonOptions();
        o.Verify.AcceptOnlyFromAmong("exact", "probabilistic", "none");
        o.Format.AcceptOnlyFromAmong("native", "singular", "m2", "json", "latex", "sing", "macaulay2", "tex", "sys");
        o.Timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is double t && !(t > 0)) r.AddError("--timeout must be a positive number of seconds");
        });
        o.MaxMemory.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is string m && MemorySize.TryParse(m) is null)
                r.AddError($"--max-memory '{m}' is not a size (e.g. 2000000000, 512M, 4G)");
        });
        o.Threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--threads must be 0 (all cores) or positive");
        });
        if (format) command.Options.Add(o.Format);
        if (output) command.Options.Add(o.Output);
        command.Options.Add(o.Timeout);
        command.Options.Add(o.Threads);
        command.Options.Add(o.MaxMemory);
        command.Options.Add(o.Verify);
        if (seed) command.Options.Add(o.Seed);
        command.Options.Add(o.Verbose);
        command.Options.Add(o.Quiet);
        command.Options.Add(o.Log);
        return o;
    }

    public RunSettings Read(ParseResult r) => new()
    {
        Format = r.GetValue(Format),
        Output = r.GetValue(Output),
        Timeout = r.GetValue(Timeout),
        Threads = r.GetValue(Threads),
        MaxMemoryBytes = r.GetValue(MaxMemory) is string m ? MemorySize.TryParse(m)!.Value : MemorySize.DefaultLimit,
        Seed = r.GetValue(Seed),
        Verify = r.GetValue(Verify) ?? "exact",
        Verbosity = r.GetValue(Verbose) ? Verbosity.Verbose : r.GetValue(Quiet) ? Verbosity.Quiet : Verbosity.Normal,
        LogFile = r.GetValue(Log),
    };
}
