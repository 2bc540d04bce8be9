using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

public class GroebnerCommandTests
{
    private static List<string> NativePolys(string text) =>
        text.Split('\n').SkipWhile(l => !l.StartsWith("polys:")).Skip(1).Where(l => l.Length > 0).ToList();

    [Test]
    public void Cyclic4_NativeOutput_IsSingularsReducedBasis()
    {
        var r = Run("groebner", Sample("cyclic4.sys"));
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var expected = File.ReadAllLines(Expected("cyclic4-qq-dp.txt")).Where(l => l.Length > 0).ToList();
        Assert.That(NativePolys(r.Out), Is.EquivalentTo(expected));
        Assert.That(NativePolys(r.Out)[0], Is.EqualTo("x0+x1+x2+x3"));
        Assert.That(r.Out, Does.Contain("field: QQ\nvars: x0, x1, x2, x3\norder: grevlex\npolys:\n"));
    }

    [Test]
    public void Katsura4_GF32003_MatchesSingular()
    {
        var r = Run("groebner", SystemFile("katsura4-gf32003.sys"), "--quiet");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Err, Is.Empty, "--quiet leaves stderr empty");
        var expected = File.ReadAllLines(Expected("katsura4-gf32003-dp.txt")).Where(l => l.Length > 0).ToList();
        // Singular prints coefficients in (-p/2, p/2) like our printer; compare as sets.
        Assert.That(NativePolys(r.Out), Is.EquivalentTo(expected));
    }

    [Test]
    public void Katsura5_GF32003_Sample()
    {
        var r = Run("groebner", Sample("katsura5-gf32003.sys"), "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var polys = NativePolys(r.Out);
        Assert.That(polys, Has.Count.EqualTo(22), r.Out); // as Singular's std (checked by ForeignSystemTests)
        Assert.That(r.Out, Does.Contain("field: GF(32003)"));
    }

    [Test]
    public void TwistedCubic_EliminationOrder_GivesTheMinors()
    {
        var r = Run("groebner", Sample("twisted-cubic.sys"));
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(NativePolys(r.Out), Is.EqualTo(new[] { "y^2-x*z", "x*y-z", "x^2-y", "t-x" }));
        Assert.That(r.Out, Does.Contain("order: elim(t)"));
    }

    [Test]
    public void OrderOption_OverridesTheFile()
    {
        var r = Run("groebner", Sample("cyclic4.sys"), "--order", "lex", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var expected = File.ReadAllLines(Expected("cyclic4-qq-lp.txt")).Where(l => l.Length > 0).ToList();
        Assert.That(NativePolys(r.Out), Is.EquivalentTo(expected));
        Assert.That(r.Out, Does.Contain("order: lex"));
    }

    [TestCase("native", "polys:")]
    [TestCase("singular", "ring R = 0,(x0,x1,x2,x3),dp;")]
    [TestCase("m2", "R = QQ[x0,x1,x2,x3, MonomialOrder=>GRevLex];")]
    [TestCase("json", "\"generators\": [")]
    [TestCase("latex", @"\begin{align*}")]
    public void EveryFormat_PrintsOnlyTheResultOnStdout(string format, string marker)
    {
        var r = Run("groebner", Sample("cyclic4.sys"), "--format", format);
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain(marker));
        Assert.That(r.Out, Does.Not.Contain("INF"), "logs go to stderr");
        Assert.That(r.Err, Does.Contain("reduced Groebner basis: 7 generators"));
    }

    [Test]
    public void Json_HasTheDocumentedKeys()
    {
        var r = Run("groebner", Sample("katsura5-gf32003.sys"), "-f", "json", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("field").GetString(), Is.EqualTo("GF(32003)"));
        Assert.That(root.GetProperty("vars").GetArrayLength(), Is.EqualTo(6));
        Assert.That(root.GetProperty("order").GetString(), Is.EqualTo("grevlex"));
        Assert.That(root.GetProperty("generators").GetArrayLength(), Is.GreaterThan(6));
        Assert.That(root.GetProperty("seconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
        Assert.That(root.GetProperty("engine").GetString(), Is.Not.Empty);
    }

    [Test]
    public void Output_IsWrittenToTheFile_AndFormatFollowsTheExtension()
    {
        var dir = TempDir();
        var outFile = Path.Combine(dir, "gb.json");
        var r = Run("groebner", Sample("cyclic4.sys"), "--output", outFile);
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Is.Empty);
        Assert.That(File.ReadAllText(outFile).TrimStart(), Does.StartWith("{"));
        Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(1), "no temporary file left behind");
        Directory.Delete(dir, true);
    }

    [Test]
    public void Output_OverwritesAnExistingFile()
    {
        var dir = TempDir();
        var outFile = WriteTemp(dir, "gb.sys", "old contents");
        var r = Run("groebner", Sample("twisted-cubic.sys"), "-o", outFile, "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(File.ReadAllText(outFile), Does.Contain("x^2-y"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void AlgorithmBuchberger_IsAccepted_AndUnknownAlgorithmIsBadInput()
    {
        Assert.That(Run("groebner", Sample("twisted-cubic.sys"), "--algorithm", "buchberger", "-q").Code, Is.EqualTo(0));
        var r = Run("groebner", Sample("twisted-cubic.sys"), "--algorithm", "magic");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1));
        Assert.That(r.Err, Does.Contain("unknown algorithm 'magic'"));
    }

    [Test]
    public void VerifyOption_SelectsTheCheckOverQQ_AndRejectsUnknownModes()
    {
        var expected = File.ReadAllLines(Expected("cyclic4-qq-dp.txt")).Where(l => l.Length > 0).ToList();
        var exact = Run("groebner", Sample("cyclic4.sys"), "-q");
        Assert.That(exact.Out, Does.Contain("# verified: yes"));
        Assert.That(exact.Out, Does.Contain("exact over QQ"));

        var prob = Run("groebner", Sample("cyclic4.sys"), "--verify", "probabilistic", "-q");
        Assert.That(prob.Code, Is.EqualTo(0), prob.ToString());
        Assert.That(NativePolys(prob.Out), Is.EquivalentTo(expected));
        Assert.That(prob.Out, Does.Contain("# verified: no (probabilistic)"));
        Assert.That(prob.Out, Does.Contain("probability at most"));

        var none = Run("groebner", Sample("cyclic4.sys"), "--verify", "none", "-q");
        Assert.That(NativePolys(none.Out), Is.EquivalentTo(expected));
        Assert.That(none.Out, Does.Contain("not verified"));

        var bad = Run("groebner", Sample("cyclic4.sys"), "--verify", "maybe");
        Assert.That(bad.Code, Is.EqualTo(2), bad.ToString());
        Assert.That(bad.Err, Does.Contain("maybe"));
    }

    [Test]
    public void AutoAlgorithm_PicksAnEngineForBothFields()
    {
        var qq = Run("groebner", Sample("cyclic4.sys"), "-f", "json", "-q");
        var gf = Run("groebner", Sample("katsura5-gf32003.sys"), "-f", "json", "-q");
        Assert.That(qq.Code, Is.EqualTo(0), qq.ToString());
        Assert.That(gf.Code, Is.EqualTo(0), gf.ToString());
    }

    [Test]
    public void LogFile_ReceivesTheLog()
    {
        var dir = TempDir();
        var log = Path.Combine(dir, "run.log");
        var r = Run("groebner", Sample("twisted-cubic.sys"), "--log", log, "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(File.ReadAllText(log), Does.Contain("reduced Groebner basis: 4 generators"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void Help_ShowsAnExample_AndTheExitCodes()
    {
        var r = Run("groebner", "--help");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("Example: elimination groebner"));
        Assert.That(r.Out, Does.Contain("--timeout"));
        var root = Run("--help");
        Assert.That(root.Out, Does.Contain("Exit codes: 0 ok, 1 internal error, 2 bad input, 3 timeout or cancelled."));
        Assert.That(root.Out, Does.Contain("groebner"));
    }

    [Test]
    public void UsageErrors_ExitWithTwo()
    {
        Assert.That(Run().Code, Is.EqualTo(2));
        Assert.That(Run("groebner").Code, Is.EqualTo(2));
        Assert.That(Run("groebner", Sample("cyclic4.sys"), "--format", "pdf").Code, Is.EqualTo(2));
        Assert.That(Run("groebner", Sample("cyclic4.sys"), "--timeout", "-1").Code, Is.EqualTo(2));
        Assert.That(Run("nosuchcommand").Code, Is.EqualTo(2));
    }
}
