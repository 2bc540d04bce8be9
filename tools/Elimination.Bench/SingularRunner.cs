using System.Diagnostics;
using System.Globalization;
using System.Text;
using Elimination.Core.IO;

namespace Elimination.Bench;

/// <summary>
/// Times Singular's <c>std</c> (wall clock with <c>rtimer</c> and CPU with <c>timer</c>) (with <c>option(redSB)</c>, i.e. the reduced basis as our engines
/// return) on a .sys system. The time is taken inside Singular with <c>rtimer</c>, so process
/// start-up and parsing are excluded; repetitions run in one Singular session.
/// </summary>
public static class SingularRunner
{
    public static string? Locate() => Locate("Singular");

    /// <summary>The first executable of that name on PATH, or null.</summary>
    public static string? Locate(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The Singular script: eliminated variables first with the block order (dp(k),dp(n−k)), else dp.</summary>
    public static string Script(SystemFile file, int repeat, string command = "std")
    {
        var vars = file.Variables.ToList();
        var ordered = file.Eliminate.Count > 0 ? file.Eliminate.Concat(vars.Where(v => !file.Eliminate.Contains(v))).ToList() : vars;
        string order = file.Eliminate.Count > 0 ? $"(dp({file.Eliminate.Count}),dp({vars.Count - file.Eliminate.Count}))" : OrderName(file.Order);
        var sb = new StringBuilder();
        sb.AppendLine("system(\"--ticks-per-sec\", 1000000);");
        if (command == "modStd") sb.AppendLine("LIB \"modstd.lib\";");
        if (command == "minAssGTZ") sb.AppendLine("LIB \"primdec.lib\";");
        sb.AppendLine($"ring r = {file.Field.Characteristic}, ({string.Join(",", ordered)}), {order};");
        sb.AppendLine("option(redSB);");
        sb.AppendLine("ideal i = " + string.Join(",\n  ", file.Polynomials.Select(p => p.Text.Trim())) + ";");
        // def: an ideal for std, a list of primes for minAssGTZ (size counts either).
        sb.AppendLine("int k; int t0; int c0; def g;");
        // Same policy as our runs: at least `repeat` runs, short cases for about a second, one run if long.
        sb.AppendLine("int total = 0; int dt;");
        sb.AppendLine($"for (k = 1; k <= {repeat} || (total < {(int)(ChildRun.ShortBudgetSeconds * 1e6)} && k <= {ChildRun.MaxRuns}); k++) {{");
        sb.AppendLine("  t0 = rtimer; c0 = timer; g = " + command + "(i); dt = rtimer - t0; total = total + dt; print(\"TIME \" + string(dt) + \" \" + string(timer - c0));");
        sb.AppendLine($"  if (dt > {(int)(ChildRun.LongRunSeconds * 1e6)}) {{ break; }}");
        sb.AppendLine("}");
        sb.AppendLine("print(\"SIZE \" + string(size(g)));");
        sb.AppendLine("quit;");
        return sb.ToString();
    }

    private static string OrderName(string? order) => (order ?? "grevlex").Trim().ToLowerInvariant() switch
    {
        "grevlex" or "dp" or "degrevlex" => "dp",
        "lex" or "lp" => "lp",
        var o => throw new BenchException($"the harness cannot translate order '{o}' for Singular"),
    };

    /// <summary>Median seconds of std and the basis size, or null on timeout/failure (with the reason).</summary>
    public static (double Seconds, double Cpu, int Size)? Time(string singular, SystemFile file, int repeat, double timeoutSeconds, out string? failure,
        string command = "std")
    {
        failure = null;
        var script = Path.Combine(Path.GetTempPath(), $"elimination-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.sing");
        File.WriteAllText(script, Script(file, repeat, command));
        try
        {
            var output = ExternalProcess.Run(singular, new[] { "-q", "--no-rc", script }, timeoutSeconds, out failure, out _);
            if (output is null) { failure = "Singular: " + failure; return null; }
            var times = new List<double>();
            var cpu = new List<double>();
            int size = -1;
            foreach (var line in output.Split('\n'))
            {
                var t = line.Trim();
                if (t.StartsWith("TIME "))
                {
                    var parts = t[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    times.Add(double.Parse(parts[0], CultureInfo.InvariantCulture) / 1e6);
                    if (parts.Length > 1) cpu.Add(double.Parse(parts[1], CultureInfo.InvariantCulture) / 1e6);
                }
                else if (t.StartsWith("SIZE ")) size = int.Parse(t[5..], CultureInfo.InvariantCulture);
            }
            if (times.Count == 0)
            {
                failure = "Singular failed: " + output.Trim().Split('\n').FirstOrDefault();
                return null;
            }
            times.Sort();
            cpu.Sort();
            return (times[times.Count / 2], cpu.Count > 0 ? cpu[cpu.Count / 2] : double.NaN, size);
        }
        finally { File.Delete(script); }
    }
}
