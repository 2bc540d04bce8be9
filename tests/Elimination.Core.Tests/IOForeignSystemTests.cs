using System.Diagnostics;
using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

/// <summary>
/// The Singular and Macaulay2 files load in the real programs as written: each program prints
/// every generator and its leading monomial, and both must equal ours (same field, variables,
/// coefficients and monomial order). Skipped when the program is not on PATH.
/// </summary>
public class IOForeignSystemTests
{
    private static string? OnPath(string exe) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, exe)).FirstOrDefault(File.Exists);

    private static string RunProgram(string exe, string args, string script, string ext)
    {
        var file = Path.Combine(Path.GetTempPath(), $"elimination-io-{Guid.NewGuid():N}{ext}");
        File.WriteAllText(file, script);
        try
        {
            var psi = new ProcessStartInfo(exe, args + " " + file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            using var p = Process.Start(psi)!;
            p.StandardInput.Close();
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(120_000)) { p.Kill(true); Assert.Fail($"{exe} did not finish"); }
            Assert.That(p.ExitCode, Is.EqualTo(0), $"{exe} failed:\n{stdout}\n{stderr.Result}\n--- script ---\n{script}");
            return stdout;
        }
        finally { File.Delete(file); }
    }

    private sealed class Case
    {
        public required string Script;
        public required Func<List<string>, string> Check; // returns "" when the program's lines match
        public required int Lines;
    }

    private static Case MakeCase<T, TField>(PolynomialRing<T, TField> ring, List<Polynomial<T, TField>> ideal, IIdealWriter writer, bool singular)
        where TField : struct, IField<T>
    {
        var sb = new StringBuilder(writer.ToText(ring, ideal));
        for (int i = 1; i <= ideal.Count; i++)
            sb.Append(singular
                ? $"print(G[{i}]); print(leadmonom(G[{i}]));\n"
                : $"print toString G_{i - 1}; print toString leadMonomial G_{i - 1};\n");
        return new Case
        {
            Script = sb.ToString(),
            Lines = 2 * ideal.Count,
            Check = lines =>
            {
                for (int i = 0; i < ideal.Count; i++)
                {
                    var p = ring.Parse(lines[2 * i]);
                    var lm = ring.Parse(lines[2 * i + 1]);
                    var ours = Polynomial<T, TField>.FromTerms(ring, new[] { (ring.Field.One, ideal[i].LeadingExponents) });
                    if (!p.Equals(ideal[i])) return $"generator {i + 1}: program read '{lines[2 * i]}', we wrote '{ideal[i]}' ({ring})";
                    if (!lm.Equals(ours)) return $"generator {i + 1} of {ring}: program's leading monomial {lines[2 * i + 1]}, ours {ours}";
                }
                return "";
            },
        };
    }

    private static List<Case> Cases(IIdealWriter writer, bool singular, int seed)
    {
        var rng = new Random(seed);
        var cases = new List<Case>();
        foreach (var order in IOTestIdeals.Orders)
        {
            var qq = IOTestIdeals.QQ(order);
            cases.Add(MakeCase(qq, IOTestIdeals.RandomIdeal(qq, rng, 4), writer, singular));
            var gf = IOTestIdeals.GF(32003, order);
            cases.Add(MakeCase(gf, IOTestIdeals.RandomIdeal(gf, rng, 4), writer, singular));
        }
        return cases;
    }

    private static void RunAll(string exe, string args, string ext, List<Case> cases, string separator)
    {
        var script = new StringBuilder();
        if (ext == ".sing") script.Append("short = 0;\n");
        foreach (var c in cases) script.Append(c.Script).Append(separator);
        script.Append(ext == ".sing" ? "quit;\n" : "exit 0\n");
        var output = RunProgram(exe, args, script.ToString(), ext);
        var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//")).ToList();
        int at = 0;
        foreach (var c in cases)
        {
            Assert.That(lines.Count, Is.GreaterThanOrEqualTo(at + c.Lines), output);
            var problem = c.Check(lines.GetRange(at, c.Lines));
            Assert.That(problem, Is.Empty, problem + "\n--- script ---\n" + c.Script);
            at += c.Lines;
        }
    }

    [Test]
    public void Singular_LoadsOurFiles_WithOurLeadingMonomials()
    {
        var exe = OnPath("Singular") ?? (File.Exists("/usr/bin/Singular") ? "/usr/bin/Singular" : null);
        if (exe is null) Assert.Ignore("Singular is not installed");
        const int seed = 11;
        TestContext.Out.WriteLine($"seed {seed}");
        RunAll(exe, "-q --no-rc", ".sing", Cases(new SingularIdealWriter(), singular: true, seed), "");
    }

    [Test]
    public void Macaulay2_LoadsOurFiles_WithOurLeadingMonomials()
    {
        var exe = OnPath("M2") ?? (File.Exists("/usr/bin/M2") ? "/usr/bin/M2" : null);
        if (exe is null) Assert.Ignore("Macaulay2 is not installed");
        const int seed = 12;
        TestContext.Out.WriteLine($"seed {seed}");
        RunAll(exe, "--script", ".m2", Cases(new Macaulay2IdealWriter(), singular: false, seed), "");
    }
}
