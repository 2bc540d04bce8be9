using System.Diagnostics;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>
/// The runner's --format singular / m2 output loads in Singular / Macaulay2 as written, and each
/// program confirms it is its own reduced Gröbner basis in the declared order (same leading
/// monomials, same size, same ideal). Skipped when the program is not on PATH.
/// </summary>
public class ForeignSystemTests
{
    private static readonly (string Sample, string? Order)[] Cases =
    {
        ("cyclic4.sys", null), ("cyclic4.sys", "lex"), ("cyclic4.sys", "weighted(1,2,3,4)"), ("cyclic4.sys", "elim(x1,x3)"),
        ("katsura5-gf32003.sys", null), ("twisted-cubic.sys", null),
    };

    private static string Exe(string name) => OnPath(name) ?? (File.Exists("/usr/bin/" + name) ? "/usr/bin/" + name : "");

    private static string Script(string format, string sample, string? order)
    {
        var args = new List<string> { "groebner", Sample(sample), "-f", format, "-q" };
        if (order is not null) args.AddRange(new[] { "--order", order });
        var r = Run(args.ToArray());
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        return r.Out;
    }

    private static string RunProgram(string exe, string args, string script, string ext)
    {
        var file = Path.Combine(Path.GetTempPath(), $"elimination-runner-{Guid.NewGuid():N}{ext}");
        File.WriteAllText(file, script);
        try
        {
            var psi = new ProcessStartInfo(exe, args + " " + file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            using var p = Process.Start(psi)!;
            p.StandardInput.Close();
            var err = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(180_000)) { p.Kill(true); Assert.Fail($"{exe} did not finish"); }
            Assert.That(p.ExitCode, Is.EqualTo(0), $"{output}\n{err.Result}\n--- script ---\n{script}");
            return output;
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void Singular_ConfirmsOurReducedBases()
    {
        var exe = Exe("Singular");
        if (exe.Length == 0) Assert.Ignore("Singular is not installed");
        var script = new System.Text.StringBuilder("option(redSB);\n");
        foreach (var (sample, order) in Cases)
        {
            script.Append(Script("singular", sample, order));
            script.Append($$"""
                ideal S = simplify(std(G), 1);
                int ok = (size(S) == size(G)) && (size(reduce(S, std(G))) == 0) && (size(reduce(G, std(S))) == 0)
                  && (size(reduce(lead(S), std(lead(G)))) == 0) && (size(reduce(lead(G), std(lead(S)))) == 0);
                if (ok) { "CHECK {{sample}} {{order}} ok"; } else { "CHECK {{sample}} {{order}} FAILED"; }
                kill S; kill ok;

                """);
        }
        script.Append("quit;\n");
        var output = RunProgram(exe, "-q --no-rc", script.ToString(), ".sing");
        var checks = output.Split('\n').Where(l => l.StartsWith("CHECK")).ToList();
        Assert.That(checks, Has.Count.EqualTo(Cases.Length), output);
        Assert.That(checks, Has.All.EndsWith(" ok"), output);
    }

    [Test]
    public void Macaulay2_ConfirmsOurReducedBases()
    {
        var exe = Exe("M2");
        if (exe.Length == 0) Assert.Ignore("Macaulay2 is not installed");
        var script = new System.Text.StringBuilder();
        foreach (var (sample, order) in Cases)
        {
            script.Append(Script("m2", sample, order));
            script.Append($$"""
                B = gens gb G;
                ok = numcols B == numgens G and monomialIdeal leadTerm B == monomialIdeal leadTerm gens G and isSubset(ideal B, G) and isSubset(G, ideal B);
                print("CHECK {{sample}} {{order}} " | (if ok then "ok" else "FAILED"));

                """);
        }
        script.Append("exit 0\n");
        var output = RunProgram(exe, "--script", script.ToString(), ".m2");
        var checks = output.Split('\n').Where(l => l.StartsWith("CHECK")).ToList();
        Assert.That(checks, Has.Count.EqualTo(Cases.Length), output);
        Assert.That(checks, Has.All.EndsWith(" ok"), output);
    }
}
