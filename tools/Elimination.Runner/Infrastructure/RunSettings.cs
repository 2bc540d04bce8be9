namespace Elimination.Runner.Infrastructure;

/// <summary>How chatty the logs on stderr are.</summary>
public enum Verbosity { Quiet, Normal, Verbose }

/// <summary>The common options of one invocation, read by <see cref="CommonOptions.Read"/>.</summary>
public sealed record RunSettings
{
    /// <summary>Output format; null when not given (then the output file's extension, else native).</summary>
    public string? Format { get; init; }
    /// <summary>The written ideal's name in Singular/Macaulay2/Oscar/SymPy output (<c>--name</c>).</summary>
    public string IdealName { get; init; } = CommonOptions.DefaultIdealName;
    /// <summary>--output: a path, <c>-</c> for stdout, null = stdout.</summary>
    public string? Output { get; init; }
    /// <summary>--overwrite-input: --output may be the input file.</summary>
    public bool OverwriteInput { get; init; }
    /// <summary>Seconds; null = no limit.</summary>
    public double? Timeout { get; init; }
    /// <summary>0 = all cores.</summary>
    public int Threads { get; init; }
    /// <summary>Largest F4 matrix in bytes (<c>--max-memory</c>).</summary>
    public long MaxMemoryBytes { get; init; } = MemorySize.DefaultLimit;
    /// <summary>How the modular engine checks its lift over QQ: exact, probabilistic or none (<c>--verify</c>).</summary>
    public string Verify { get; init; } = "exact";
    /// <summary>Seed for random choices; null = drawn at random and logged.</summary>
    public int? Seed { get; init; }
    public Verbosity Verbosity { get; init; } = Verbosity.Normal;
    /// <summary>Further files the command writes (--summary, --json: replaced; experiment CSVs: appended), checked before the work.</summary>
    public IReadOnlyList<OutputPath> ExtraOutputs { get; init; } = Array.Empty<OutputPath>();
    public string? LogFile { get; init; }
}

/// <summary>A further output file of a command and the option that named it.</summary>
public sealed record OutputPath(string Option, string Path, bool Appended = false);
