using System.Diagnostics;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>
/// Issue 15.6: variables named like Singular/M2 reserved words are renamed so the programs load our
/// files (checked in the real programs), and our readers restore the names. Issue 17.5: msolve,
/// Oscar and SymPy output (SymPy checked with python3 + sympy when installed).
/// </summary>
public class ForeignNamesAndFormatsTests
{
    private const string Reserved = "field: QQ\nvars: ring, ideal, QQ, ZZ, poly, x_1, lambda\npolys:\nring^2 - 3/4*ideal*QQ\nx_1*lambda - ring + ZZ\npoly - ring*ideal\n";
    private string _dir = "";

    [SetUp] public void SetUp() => _dir = TempDir();
    [TearDown] public void TearDown() => Directory.Delete(_dir, true);

    private static (int Code, string Out) Exec(string exe, string args, string? stdin = null)
    {
        var psi = new ProcessStartInfo(exe, args) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        using var p = Process.Start(psi)!;
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); Assert.Fail($"{exe} hung"); }
        return (p.ExitCode, output.Result + error.Result);
    }

    [Test]
    public void ReservedNames_AreRenamed_AndSingularLoadsTheFile()
    {
        if (OnPath("Singular") is null) Assert.Ignore("Singular not on PATH");
        var input = WriteTemp(_dir, "reserved.sys", Reserved);
        var sing = Path.Combine(_dir, "out.sing");
        var r = Run("groebner", input, "-o", sing, "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var text = File.ReadAllText(sing);
        Assert.That(text, Does.Contain("elimination-renamed: ring0=ring, ideal0=ideal, QQ0=QQ, ZZ0=ZZ, poly0=poly"));
        var (code, output) = Exec("Singular", "-q", text + "print(size(G)); print(nvars(R)); ideal S = std(G); print(size(S)); quit;\n");
        Assert.That(output, Does.Not.Contain("error"), output);
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()), Does.Contain("7"));
        // Our reader restores the original names: a round trip gives the same file.
        var again = Run("groebner", sing, "-q", "-f", "native");
        Assert.That(again.Code, Is.EqualTo(0), again.ToString());
        Assert.That(again.Out, Does.Contain("vars: ring, ideal, QQ, ZZ, poly, x_1, lambda"));
    }

    [Test]
    public void ReservedNames_AreRenamed_AndMacaulay2LoadsTheFile()
    {
        if (OnPath("M2") is null) Assert.Ignore("M2 not on PATH");
        var input = WriteTemp(_dir, "reserved.sys", Reserved);
        var m2 = Path.Combine(_dir, "out.m2");
        var r = Run("groebner", input, "-o", m2, "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var text = File.ReadAllText(m2);
        Assert.That(text, Does.Contain("QQ0=QQ").And.Contain("ZZ0=ZZ").And.Contain("xU1=x_1"));
        var script = WriteTemp(_dir, "load.m2", text + "print(numgens G); print(numgens R);\n");
        var (code, output) = Exec("M2", $"--script {script}");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output.Split('\n').Select(l => l.Trim()), Does.Contain("7"), output);
        var again = Run("groebner", m2, "-q", "-f", "native");
        Assert.That(again.Code, Is.EqualTo(0), again.ToString());
        Assert.That(again.Out, Does.Contain("vars: ring, ideal, QQ, ZZ, poly, x_1, lambda"));
    }

    /// <summary>
    /// decompose writes its primes (and equidimensional parts) as lists Singular and Macaulay2 load: the plane and the line
    /// of V(x²y, xz) with reserved variable names, so the lists are renamed like the ideal; our reader still reads G.
    /// </summary>
    [Test]
    public void DecompositionListsLoadInSingularAndMacaulay2()
    {
        var input = WriteTemp(_dir, "pl.sys", "field: QQ\nvars: ring, y, z\npolys:\nring^2*y\nring*z\n");
        var sing = Path.Combine(_dir, "d.sing");
        var m2 = Path.Combine(_dir, "d.m2");
        Assert.That(Run("decompose", input, "--equidimensional", "-o", sing, "-q").Code, Is.EqualTo(0));
        Assert.That(Run("decompose", input, "--equidimensional", "-o", m2, "-q").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(sing), Does.Contain("list P =\nideal(ring0),\nideal(z, y);").And.Contain("list E ="));
        Assert.That(File.ReadAllText(m2), Does.Contain("P = {ideal(ring0),\nideal(z, y)};").And.Contain("E = {"));
        var again = Run("groebner", sing, "-q", "-f", "native");
        Assert.That(again.Out, Does.Contain("ring*y").And.Contain("ring*z"), again.ToString());
        if (OnPath("Singular") is not null)
        {
            var (_, output) = Exec("Singular", "-q", File.ReadAllText(sing) + "print(size(P)); print(size(E)); print(size(reduce(G, std(intersect(P[1], P[2])))));\nquit;\n");
            Assert.That(output, Does.Not.Contain("error"), output);
            Assert.That(output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0), Is.EqualTo(new[] { "2", "2", "0" }), output);
        }
        if (OnPath("M2") is not null)
        {
            var script = WriteTemp(_dir, "load.m2", File.ReadAllText(m2) + "print(#P); print(#E); print(intersect(P) == G);\n");
            var (code, output) = Exec("M2", $"--script {script}");
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0), Is.EqualTo(new[] { "2", "2", "true" }), output);
        }
    }

    [Test]
    public void Msolve_VariablesCharacteristicPolynomials()
    {
        var r = Run("groebner", SystemFile("katsura4-gf32003.sys"), "-f", "msolve", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.Match("^[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*$"));
        Assert.That(lines[1], Is.EqualTo("32003"));
        Assert.That(lines.Skip(2).SkipLast(1), Has.All.EndsWith(","));
        Assert.That(lines[^1], Does.Not.EndWith(","));
        Assert.That(lines.Skip(2).Any(l => l.StartsWith('#')), Is.False, "msolve has no comments");
        // The extension picks the format too.
        var ms = Path.Combine(_dir, "k.ms");
        Assert.That(Run("groebner", SystemFile("katsura4-gf32003.sys"), "-o", ms, "-q").Code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(ms), Is.EqualTo(r.Out));
    }

    [Test]
    public void Oscar_BuildsRingAndIdeal()
    {
        var input = WriteTemp(_dir, "reserved.sys", Reserved);
        var r = Run("groebner", input, "-f", "oscar", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("using Oscar\n"));
        Assert.That(r.Out, Does.Contain("R, (ring, ideal0, QQ0, ZZ0, poly, x_1, lambda) = polynomial_ring(QQ, [\"ring\", \"ideal0\", \"QQ0\", \"ZZ0\", \"poly\", \"x_1\", \"lambda\"])"));
        Assert.That(r.Out, Does.Contain("G = ideal(R, [").And.Contain("3//4*ideal0*QQ0"));
        Assert.That(r.Out, Does.Contain("ord = degrevlex(R)"));
        if (OnPath("julia") is null) return; // Oscar itself is not installed here; the text is checked above.
    }

    [Test]
    public void SymPy_LoadsAndComputesTheSameBasis()
    {
        var input = WriteTemp(_dir, "reserved.sys", Reserved);
        var py = Path.Combine(_dir, "out.py");
        var r = Run("groebner", input, "-o", py, "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var text = File.ReadAllText(py);
        Assert.That(text, Does.Contain("lambda0=lambda").And.Contain("Rational(3,4)").And.Contain("**2"));
        if (OnPath("python3") is null || Exec("python3", "-c \"import sympy\"").Code != 0) Assert.Ignore("python3 with sympy not available; text checked");
        // SymPy's own reduced basis of our basis has as many elements and the same leading terms: ours is reduced already.
        var check = WriteTemp(_dir, "check.py", text + """

from sympy import groebner, LT
B = groebner(G, *ring_variables, order=order)
assert len(B.exprs) == len(G), (len(B.exprs), len(G))
assert sorted(str(LT(g, *ring_variables, order=order)) for g in B.exprs) == sorted(str(LT(g, *ring_variables, order=order)) for g in G)
print("ok", len(G))
""");
        var (code, output) = Exec("python3", check);
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.StartWith("ok "));
    }
}
