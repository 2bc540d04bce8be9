using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>Whatever the runner writes in a readable format, it reads back to the same ideal.</summary>
public class RoundTripTests
{
    private static string Body(string native) =>
        string.Join("\n", native.Split('\n').Where(l => !l.StartsWith('#')));

    [TestCase("cyclic4.sys", "native", "sys")]
    [TestCase("cyclic4.sys", "json", "json")]
    [TestCase("cyclic4.sys", "singular", "sing")]
    [TestCase("cyclic4.sys", "m2", "m2")]
    [TestCase("katsura5-gf32003.sys", "native", "sys")]
    [TestCase("katsura5-gf32003.sys", "json", "json")]
    [TestCase("katsura5-gf32003.sys", "singular", "sing")]
    [TestCase("katsura5-gf32003.sys", "m2", "m2")]
    [TestCase("twisted-cubic.sys", "singular", "sing")]
    [TestCase("twisted-cubic.sys", "m2", "m2")]
    [TestCase("twisted-cubic.sys", "json", "json")]
    public void WriteThenReadBack_GivesTheSameBasis(string sample, string format, string ext)
    {
        var dir = TempDir();
        var written = Path.Combine(dir, "gb." + ext);
        var direct = Run("groebner", Sample(sample), "-q");
        Assert.That(direct.Code, Is.EqualTo(0), direct.ToString());
        var w = Run("groebner", Sample(sample), "-f", format, "-o", written, "-q");
        Assert.That(w.Code, Is.EqualTo(0), w.ToString());
        // The basis of a reduced basis is itself: reading it back and recomputing must give the same text.
        var again = Run("groebner", written, "-f", "native", "-q");
        Assert.That(again.Code, Is.EqualTo(0), again.ToString() + "\n--- file ---\n" + File.ReadAllText(written));
        Assert.That(Body(again.Out), Is.EqualTo(Body(direct.Out)));
        Directory.Delete(dir, true);
    }

    [Test]
    public void WeightedOrder_RoundTripsThroughSingularAndM2()
    {
        var dir = TempDir();
        foreach (var (format, ext) in new[] { ("singular", "sing"), ("m2", "m2"), ("json", "json"), ("native", "sys") })
        {
            var written = Path.Combine(dir, "w." + ext);
            var direct = Run("groebner", Sample("cyclic4.sys"), "--order", "weighted(1,2,3,4)", "-q");
            Assert.That(direct.Code, Is.EqualTo(0), direct.ToString());
            Assert.That(Run("groebner", Sample("cyclic4.sys"), "--order", "weighted(1,2,3,4)", "-f", format, "-o", written, "-q").Code, Is.EqualTo(0));
            var again = Run("groebner", written, "-q");
            Assert.That(again.Code, Is.EqualTo(0), again.ToString());
            Assert.That(Body(again.Out), Is.EqualTo(Body(direct.Out)), format);
            Assert.That(again.Out, Does.Contain("order: weighted(1,2,3,4)"));
        }
        Directory.Delete(dir, true);
    }
}
