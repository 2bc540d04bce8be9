namespace Elimination.Bench;

/// <summary>A usage error: printed as one line, exit code 2.</summary>
public sealed class BenchException(string message) : Exception(message);

/// <summary>Command-line options of the benchmark harness.</summary>
public sealed class BenchOptions
{
    public static readonly string[] DefaultSystems =
        { "cyclic6", "cyclic7", "katsura8", "katsura9", "katsura10", "katsura11", "mlp-2-2-1-1-r2", "mlp-3-2-1-r2" };

    public List<string> Systems { get; private set; } = DefaultSystems.ToList();
    public List<string> Engines { get; private set; } = new() { "f4" };
    public int Repeat { get; private set; } = 3;
    public int Warmup { get; private set; } = 1;
    public double TimeoutSeconds { get; private set; } = 600;
    public int Threads { get; private set; }
    public string? DataDirectory { get; private set; }
    public string Field { get; private set; } = "gf32003";
    public bool Singular { get; private set; } = true;
    public string? Markdown { get; private set; }
    /// <summary>Peers to compare with, interleaved (null: none; empty: every installed one).</summary>
    public List<string>? Peers { get; private set; }
    /// <summary>Verification of the modular engine over QQ: exact, probabilistic or none.</summary>
    public string Verify { get; private set; } = "exact";
    public bool Simplify { get; private set; }
    /// <summary>What is timed: groebner (the engines) or decompose (minimal primes, against minAssGTZ and minimalPrimes).</summary>
    public string Task { get; private set; } = "groebner";
    public bool Help { get; private set; }

    // Child mode (internal): run one case and print one result line.
    public string? ChildSystem { get; private set; }
    public string ChildEngine { get; private set; } = "f4";

    /// <summary>The child's engine name for the decompose task.</summary>
    public const string DecomposeEngine = "decompose";

    public const string Usage = """
        elimination-bench — times Gröbner engines on classic systems, against Singular when on PATH

        options:
          --systems a,b,...    systems under the data directory (default: cyclic6,cyclic7,katsura8..11,
                               mlp-2-2-1-1-r2,mlp-3-2-1-r2); names without the field suffix
          --engines f4,...     engines by name: f4, buchberger, modular, auto (default: f4)
          --repeat N           repetitions per case, the median is reported (default 3)
          --warmup N           untimed runs first, in the same process (JIT warm-up; default 1)
          --timeout SECONDS    per case, all repetitions together (default 600)
          --threads N          worker threads for F4 (default: all cores)
          --field gf32003|qq   which variant of each system (default gf32003)
          --data DIR           directory with the .sys files (default: tests/data/systems of the repo)
          --no-singular        do not run Singular even if it is on PATH
          --markdown FILE      also write the table as Markdown to FILE
          --verify MODE        modular engine over QQ: exact (default), probabilistic, none
          --simplify           F4 over GF(p) with Faugère's Simplify (GroebnerOptions.Simplify)
          --peers all|a,b,...  compare with reference programs instead, interleaved, min of --repeat rounds:
                               singular-std, singular-slimgb, singular-modstd (QQ), m2-f4, mgb-f4, giac
                               (those installed; ratios to the fastest; ours and giac/mgb with --threads, default 1)
          --task decompose     time minimal primes instead (ours: Ideal.MinimalPrimes with the default engine) against
                               singular-minassgtz and m2-minimalprimes; implies --peers all unless --peers is given
        """;

    /// <summary>A copy with another thread count.</summary>
    public BenchOptions WithThreads(int threads)
    {
        var copy = (BenchOptions)MemberwiseClone();
        copy.Threads = threads;
        return copy;
    }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new BenchException($"option {a} needs a value");
            switch (a)
            {
                case "-h" or "--help": o.Help = true; break;
                case "--systems": o.Systems = SplitList(Next()); break;
                case "--engines": o.Engines = SplitList(Next()); break;
                case "--repeat": o.Repeat = PositiveInt(a, Next()); break;
                case "--warmup": o.Warmup = int.TryParse(Next(), out int w) && w >= 0 ? w : throw new BenchException("--warmup needs a count >= 0"); break;
                case "--timeout": o.TimeoutSeconds = PositiveDouble(a, Next()); break;
                case "--threads": o.Threads = PositiveInt(a, Next()); break;
                case "--field": o.Field = Next().ToLowerInvariant(); break;
                case "--data": o.DataDirectory = Next(); break;
                case "--no-singular": o.Singular = false; break;
                case "--markdown": o.Markdown = Next(); break;
                case "--peers": o.Peers = Next() is var list && list.Equals("all", StringComparison.OrdinalIgnoreCase) ? new List<string>() : SplitList(list); break;
                case "--verify": o.Verify = Next().ToLowerInvariant(); break;
                case "--simplify": o.Simplify = true; break;
                case "--task": o.Task = Next().ToLowerInvariant(); break;
                case "--child-system": o.ChildSystem = Next(); break;
                case "--child-engine": o.ChildEngine = Next(); break;
                default: throw new BenchException($"unknown option '{a}' (try --help)");
            }
        }
        if (o.Task is not ("groebner" or "decompose")) throw new BenchException($"unknown task '{o.Task}' (expected groebner or decompose)");
        if (o.Task == "decompose")
        {
            o.Engines = new() { DecomposeEngine };
            o.Peers ??= new List<string>();
        }
        foreach (var e in o.Engines)
            if (e != DecomposeEngine && !Elimination.Groebner.GroebnerEngines.Exists(e))
                throw new BenchException($"unknown engine '{e}' (known: {string.Join(", ", Elimination.Groebner.GroebnerEngines.Names)})");
        if (o.Verify is not ("exact" or "probabilistic" or "none")) throw new BenchException($"unknown verification '{o.Verify}' (expected exact, probabilistic or none)");
        if (o.Field is not ("gf32003" or "qq")) throw new BenchException($"unknown field '{o.Field}' (expected gf32003 or qq)");
        return o;
    }

    private static List<string> SplitList(string s) =>
        s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static int PositiveInt(string option, string s) =>
        int.TryParse(s, out int v) && v > 0 ? v : throw new BenchException($"{option} needs a positive integer, got '{s}'");

    private static double PositiveDouble(string option, string s) =>
        double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) && v > 0
            ? v : throw new BenchException($"{option} needs a positive number, got '{s}'");

    /// <summary>The .sys file of a system: DIR/name-field.sys (or DIR/name.sys).</summary>
    public string SystemPath(string name)
    {
        var dir = DataDirectory ?? FindDataDirectory();
        foreach (var candidate in new[] { Path.Combine(dir, $"{name}-{Field}.sys"), Path.Combine(dir, name + ".sys"), name })
            if (File.Exists(candidate)) return candidate;
        throw new BenchException($"system '{name}' not found in {dir} (expected {name}-{Field}.sys)");
    }

    private static string FindDataDirectory()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "data", "systems");
            if (Directory.Exists(candidate)) return candidate;
        }
        var cwd = Path.Combine(Directory.GetCurrentDirectory(), "tests", "data", "systems");
        if (Directory.Exists(cwd)) return cwd;
        throw new BenchException("cannot find tests/data/systems; pass --data DIR");
    }
}
