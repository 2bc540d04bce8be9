using System.Diagnostics;
using System.Globalization;
using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;

namespace Elimination.Bench;

/// <summary>
/// A reference program timed on one system. Seconds are the peer's own timing of the Gröbner basis
/// (parsing and start-up excluded) except for mgb, which has no such timer and is timed as a whole process.
/// </summary>
public abstract class Peer(string name, string executable)
{
    public string Name { get; } = name;
    public string Executable { get; } = executable;

    public abstract bool Supports(SystemFile file);

    /// <summary>Seconds and basis size, or null with the reason.</summary>
    public abstract (double Seconds, int Size)? Time(SystemFile file, int threads, double timeoutSeconds, out string? failure);

    /// <summary>Every peer whose program is on PATH (the giac driver is compiled on first use), filtered by name.</summary>
    public static List<Peer> Installed(IReadOnlyCollection<string>? only, TextWriter log, string task = "groebner")
    {
        var all = task == "decompose" ? new List<Func<Peer?>>
        {
            () => SingularRunner.Locate() is { } s ? new SingularPeer(s, "minAssGTZ") : null,
            () => SingularRunner.Locate("M2") is { } m ? new Macaulay2PrimesPeer(m) : null,
        } : new List<Func<Peer?>>
        {
            () => SingularRunner.Locate() is { } s ? new SingularPeer(s, "std") : null,
            () => SingularRunner.Locate() is { } s ? new SingularPeer(s, "slimgb") : null,
            () => SingularRunner.Locate() is { } s ? new SingularPeer(s, "modStd") : null,
            () => SingularRunner.Locate("M2") is { } m ? new Macaulay2Peer(m) : null,
            () => SingularRunner.Locate("mgb") is { } g ? new MgbPeer(g) : null,
            () => GiacPeer.Build(log) is { } d ? new GiacPeer(d) : null,
        };
        var peers = new List<Peer>();
        foreach (var make in all)
            if (make() is { } peer && (only is null || only.Contains(peer.Name, StringComparer.OrdinalIgnoreCase))) peers.Add(peer);
        return peers;
    }

    protected static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"elimination-peer-{Environment.ProcessId}-{Guid.NewGuid():N}{extension}");

    protected static bool IsGrevlex(SystemFile file) => file.Eliminate.Count == 0 && (file.Order ?? "grevlex").Trim().ToLowerInvariant() is "grevlex" or "dp" or "degrevlex";
}

/// <summary>Singular's std, slimgb, (over ℚ) modStd from modstd.lib, or minAssGTZ from primdec.lib, timed with rtimer.</summary>
public sealed class SingularPeer(string exe, string command) : Peer("singular-" + command.ToLowerInvariant(), exe)
{
    public override bool Supports(SystemFile file) => command != "modStd" || file.Field.IsRationals;

    public override (double Seconds, int Size)? Time(SystemFile file, int threads, double timeoutSeconds, out string? failure) =>
        SingularRunner.Time(Executable, file, 1, timeoutSeconds, out failure, command) is { } r ? (r.Seconds, r.Size) : null;
}

/// <summary>Macaulay2's groebnerBasis(I, Strategy=>"F4") (mathicgb's F4 inside M2) over a prime field, timed with elapsedTiming.</summary>
public sealed class Macaulay2Peer(string exe) : Peer("m2-f4", exe)
{
    public override bool Supports(SystemFile file) => !file.Field.IsRationals && IsGrevlex(file);

    public override (double Seconds, int Size)? Time(SystemFile file, int threads, double timeoutSeconds, out string? failure) =>
        Run(Executable, $"ZZ/{file.Field.Characteristic}[{string.Join(",", file.Variables)}, MonomialOrder=>GRevLex]", file,
            "groebnerBasis(I, Strategy=>\"F4\")", "numcols t#1", timeoutSeconds, out failure);

    /// <summary>Runs `t = elapsedTiming CALL` on the system's ideal I in RING; the seconds and SIZE (an expression in t).</summary>
    internal static (double, int)? Run(string exe, string ring, SystemFile file, string call, string size, double timeoutSeconds, out string? failure)
    {
        var script = Temp(".m2");
        var sb = new StringBuilder();
        sb.AppendLine($"R = {ring};");
        sb.AppendLine("I = ideal(" + string.Join(",\n  ", file.Polynomials.Select(p => p.Text.Trim())) + ");");
        sb.AppendLine($"t = elapsedTiming {call};");
        sb.AppendLine("print(\"TIME \" | toString(t#0));");
        sb.AppendLine($"print(\"SIZE \" | toString({size}));");
        sb.AppendLine("exit 0");
        File.WriteAllText(script, sb.ToString());
        try
        {
            var output = ExternalProcess.Run(exe, new[] { "--script", script }, timeoutSeconds, out failure, out _);
            return output is null ? null : Parse(output, ref failure);
        }
        finally { File.Delete(script); }
    }

    private static (double, int)? Parse(string output, ref string? failure)
    {
        double? seconds = null;
        int size = -1;
        foreach (var line in output.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("TIME ")) seconds = double.Parse(line[5..], CultureInfo.InvariantCulture);
            else if (line.StartsWith("SIZE ")) size = int.Parse(line[5..], CultureInfo.InvariantCulture);
        }
        if (seconds is null) { failure = "no timing printed"; return null; }
        return (seconds.Value, size);
    }
}

/// <summary>Macaulay2's minimalPrimes over ℚ or a prime field, timed with elapsedTiming; size = the number of primes.</summary>
public sealed class Macaulay2PrimesPeer(string exe) : Peer("m2-minimalprimes", exe)
{
    public override bool Supports(SystemFile file) => file.Eliminate.Count == 0;

    public override (double Seconds, int Size)? Time(SystemFile file, int threads, double timeoutSeconds, out string? failure) =>
        Macaulay2Peer.Run(Executable, $"{(file.Field.IsRationals ? "QQ" : $"ZZ/{file.Field.Characteristic}")}[{string.Join(",", file.Variables)}]", file,
            "minimalPrimes I", "#(t#1)", timeoutSeconds, out failure);
}

/// <summary>
/// The mgb tool of Debian's mathicgb package with its F4 reducer (-reducer 26), grevlex, over a prime field;
/// variables become letters. Whole-process wall time (it prints no total of its own).
/// </summary>
public sealed class MgbPeer(string exe) : Peer("mgb-f4", exe)
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public override bool Supports(SystemFile file) => !file.Field.IsRationals && IsGrevlex(file) && file.Variables.Count <= Letters.Length;

    public override (double Seconds, int Size)? Time(SystemFile file, int threads, double timeoutSeconds, out string? failure)
    {
        var dir = Directory.CreateTempSubdirectory("elimination-mgb-").FullName;
        try
        {
            var field = file.Field.PrimeField();
            var ring = file.Ring<uint, PrimeField>(field);
            var sb = new StringBuilder();
            // Header: modulus, variable count, number of grading vectors (1: grevlex by total degree), the weights.
            sb.AppendLine($"{field.P} {file.Variables.Count} 1 " + string.Join(" ", Enumerable.Repeat("1", file.Variables.Count)));
            var polys = file.Parse(ring);
            sb.AppendLine(polys.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var p in polys) sb.AppendLine(" " + Format(p));
            File.WriteAllText(Path.Combine(dir, "input.ideal"), sb.ToString());
            var output = ExternalProcess.Run(Executable, new[] { "gb", "input", "-outputResult", "on", "-threadCount", Math.Max(1, threads).ToString(), "-reducer", "26" },
                timeoutSeconds, out failure, out double wall, dir);
            if (output is null) return null;
            var result = Path.Combine(dir, "input.gb");
            int size = File.Exists(result) && int.TryParse(File.ReadLines(result).FirstOrDefault()?.Trim(), out int n) ? n : -1;
            return (wall, size);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static string Format(Polynomial<uint, PrimeField> p)
    {
        var sb = new StringBuilder();
        foreach (var (c, e) in p.Terms())
        {
            sb.Append(sb.Length == 0 ? "" : "+");
            bool constant = e.All(x => x == 0);
            if (c != 1 || constant) sb.Append(c.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < e.Length; i++)
                if (e[i] > 0) sb.Append(Letters[i]).Append(e[i] > 1 ? e[i].ToString(CultureInfo.InvariantCulture) : "");
        }
        return sb.ToString();
    }
}

/// <summary>giac's gbasis through tools/Elimination.Bench/peers/giac_gb.cpp (compiled against Debian's libgiac-dev on first use).</summary>
public sealed class GiacPeer(string exe) : Peer("giac", exe)
{
    public override bool Supports(SystemFile file) => IsGrevlex(file);

    /// <summary>The driver binary, compiled into ~/.cache/elimination-bench when missing; null without g++ or libgiac.</summary>
    public static string? Build(TextWriter log)
    {
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "elimination-bench");
        var binary = Path.Combine(cache, "giac_gb");
        if (File.Exists(binary)) return binary;
        var source = Path.Combine(AppContext.BaseDirectory, "peers", "giac_gb.cpp");
        if (!File.Exists(source) || !File.Exists("/usr/include/giac/giac.h") || SingularRunner.Locate("g++") is not { } gxx) return null;
        Directory.CreateDirectory(cache);
        log.WriteLine($"# compiling the giac driver into {binary}");
        var output = ExternalProcess.Run(gxx, new[] { "-O2", "-o", binary, source, "-lgiac", "-lgmp" }, 600, out var failure, out _);
        if (output is null) { log.WriteLine($"# giac driver not built: {failure}"); return null; }
        return binary;
    }

    public override (double Seconds, int Size)? Time(SystemFile file, int threads, double timeoutSeconds, out string? failure)
    {
        var input = Temp(".giac");
        File.WriteAllText(input, $"{file.Field.Characteristic}\n{string.Join(",", file.Variables)}\n{string.Join(",", file.Polynomials.Select(p => p.Text.Trim()))}\n");
        try
        {
            var output = ExternalProcess.Run(Executable, new[] { input, Math.Max(1, threads).ToString(CultureInfo.InvariantCulture) }, timeoutSeconds, out failure, out _);
            if (output is null) return null;
            var values = output.Split('\n').Where(l => l.StartsWith("RESULT ")).SelectMany(l => l[7..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(kv => kv.Split('=', 2)).Where(kv => kv.Length == 2).ToDictionary(kv => kv[0], kv => kv[1]);
            if (!values.TryGetValue("time_s", out var t)) { failure = values.TryGetValue("error", out var e) ? e : "no timing printed"; return null; }
            return (double.Parse(t, CultureInfo.InvariantCulture), int.Parse(values["size"], CultureInfo.InvariantCulture));
        }
        finally { File.Delete(input); }
    }
}
