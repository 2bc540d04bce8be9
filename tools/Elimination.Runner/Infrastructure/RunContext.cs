using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Serilog;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// What a command's work gets from <see cref="CommandExecutor"/>: its settings, the cancellation
/// token (timeout and Ctrl-C), the log, throttled progress, the seed, and the one way to emit the
/// result (stdout, or an atomic --output file).
/// </summary>
public sealed class RunContext
{
    private readonly RunnerConsole _console;
    private readonly IdealFormats _formats;
    private int? _seed;

    internal RunContext(RunSettings settings, RunnerConsole console, IdealFormats formats, ILogger log, CancellationToken cancellation)
    {
        Settings = settings;
        _console = console;
        _formats = formats;
        Log = log;
        Cancellation = cancellation;
    }

    public RunSettings Settings { get; }
    public CancellationToken Cancellation { get; }
    public ILogger Log { get; }

    /// <summary>--seed, or a random seed that is logged so the run can be repeated.</summary>
    public int Seed
    {
        get
        {
            if (_seed is null)
            {
                _seed = Settings.Seed ?? Random.Shared.Next();
                Log.Information("seed {Seed}{Note}", _seed, Settings.Seed is null ? " (pass --seed to repeat)" : "");
            }
            return _seed.Value;
        }
    }

    /// <summary>Progress that reaches the log at most once a second.</summary>
    public IProgress<T> Progress<T>(Action<ILogger, T> log) => new ThrottledProgress<T>(v => log(Log, v), TimeSpan.FromSeconds(1));

    /// <summary>Engine progress (step, degree, pairs left, basis, matrix size), at most once a second.</summary>
    public IProgress<GroebnerProgress> GroebnerProgress() => Progress<GroebnerProgress>((log, p) =>
    {
        if (p.MatrixRows > 0)
            log.Information("{Engine} step {Step}: degree {Degree}, {PairsLeft} pairs left, basis {BasisSize}, matrix {Rows}x{Columns}{Note}",
                p.Engine, p.Step, p.Degree, p.PairsLeft, p.BasisSize, p.MatrixRows, p.MatrixColumns, p.Note is null ? "" : ", " + p.Note);
        else
            log.Information("{Engine} step {Step}: degree {Degree}, {PairsLeft} pairs left, basis {BasisSize}{Note}",
                p.Engine, p.Step, p.Degree, p.PairsLeft, p.BasisSize, p.Note is null ? "" : ", " + p.Note);
    });

    /// <summary>Options for an engine call carrying this run's token, progress and threads.</summary>
    public GroebnerOptions GroebnerOptions() => new()
    {
        Cancellation = Cancellation,
        Progress = GroebnerProgress(),
        Threads = Settings.Threads,
        MaxMatrixBytes = Settings.MaxMemoryBytes,
        Verification = Enum.Parse<Groebner.Modular.VerificationMode>(Settings.Verify, ignoreCase: true),
    };

    /// <summary>The writer --format names, else the one --output's extension implies, else native.</summary>
    public IIdealWriter IdealWriter() =>
        Settings.Format is not null ? _formats.Writer(Settings.Format)
        : Settings.Output is not null and not OutputFile.Stdout ? _formats.WriterForPath(Settings.Output) ?? _formats.Writer("native")
        : _formats.Writer("native");

    /// <summary>Writes an ideal in the chosen format to stdout or --output.</summary>
    public void WriteIdeal<T, TField>(PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        var writer = IdealWriter();
        // One name for every command's ideal (--name), so one script loads any command's output.
        metadata = (metadata ?? IdealMetadata.Empty) with { Name = Settings.IdealName };
        WriteResult(w => writer.Write(w, ring, generators, metadata));
    }

    /// <summary>
    /// Emits the result: to --output atomically, else to stdout. Call once, at the end, so a
    /// timeout never leaves half a result.
    /// </summary>
    public void WriteResult(Action<TextWriter> write)
    {
        Cancellation.ThrowIfCancellationRequested();
        if (Settings.Output is null or OutputFile.Stdout)
        {
            OutputFile.WriteStdout(write, Cancellation, _console.Out);
            return;
        }
        OutputFile.Write(Settings.Output, write, Cancellation, _console.Out);
        Log.Information("wrote {Output}", Settings.Output);
    }

    /// <summary>Writes binary output (an image) to --output, atomically; the command checks first that one was given.</summary>
    public void WriteBinary(Action<Stream> write)
    {
        Cancellation.ThrowIfCancellationRequested();
        if (Settings.Output is null or OutputFile.Stdout)
            throw new Core.Errors.InvalidInputException("this command writes an image: give -o FILE");
        OutputFile.WriteBytes(Settings.Output, write, Cancellation);
        Log.Information("wrote {Output}", Settings.Output);
    }

    /// <summary>A few lines about a result that went to --output (what was drawn), on stdout.</summary>
    public void WriteSummary(string text)
    {
        Cancellation.ThrowIfCancellationRequested();
        _console.Out.Write(text);
        _console.Out.Flush();
    }

    /// <summary>Writes text to a further file next to the main result (reports, CSVs), as --output is written.</summary>
    public void WriteFile(string path, Action<TextWriter> write) => OutputFile.Write(path, write, Cancellation, _console.Out);
}
