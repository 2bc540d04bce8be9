using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>
/// Stacks of attention layers and multi-channel CNNs through <c>neurovariety</c> and <c>experiment</c>:
/// the sizes syntax, the answers, and clean errors for malformed sizes.
/// </summary>
public class LayeredArchitectureCommandTests
{
    private string _dir = "";

    [SetUp] public void SetUp() => _dir = TempDir();
    [TearDown] public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public void AttentionStackDimensionIsProved()
    {
        var r = Run("neurovariety", "--arch", "attention", "--widths", "2,2,1;1,1;2", "--dimension", "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("architecture: 2-layer lightning self-attention d=(2,2,1), a=(1,1), t=2"), r.ToString());
        Assert.That(r.Out, Does.Contain("parameters: 14").And.Contain("ambient dimension: 220").And.Contain("expected dimension: 6"), r.ToString());
        Assert.That(r.Out, Does.Match(@"dimension: 6\n").And.Contain("proved"), r.ToString());
    }

    [Test]
    public void OneLayerStackSyntaxIsTheSingleLayer()
    {
        var stack = Run("neurovariety", "--arch", "attention", "--widths", "2,1;2;2", "--dimension", "--seed", "1", "-q");
        var single = Run("neurovariety", "--arch", "attention", "--widths", "2,1,2,2", "--dimension", "--seed", "1", "-q");
        Assert.That(stack.Code, Is.EqualTo(0), stack.ToString());
        string Facts(string text) => string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("dimension seconds")));
        Assert.That(Facts(stack.Out), Is.EqualTo(Facts(single.Out)));
        Assert.That(stack.Out, Does.Match(@"\ndimension: 5\n"), stack.ToString());
    }

    [Test]
    public void AttentionStackEquationsAreBinomialRelations()
    {
        // d = (1,1,1), t = 2: X_2 = c·(x0² + x1²)^4·(x0, x1), so the coefficients are c·binom(4, i).
        var r = Run("neurovariety", "--arch", "attention", "--widths", "1,1,1;1,1;2", "--equations", "--field", "GF(32003)", "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("# equations: 9").And.Contain("# dimension from equations: 1"), r.ToString());
        Assert.That(r.Out, Does.Contain("y2-6*y9").And.Contain("y1-4*y9").And.Contain("y0-y9"), r.ToString());
    }

    [Test]
    public void MultiChannelCnnFromOptionsAndFromOneSizesLine()
    {
        var options = Run("neurovariety", "--arch", "cnn", "--widths", "3", "--filters", "1,1", "--channels", "2,2,1", "--dimension", "--seed", "1", "-q");
        Assert.That(options.Code, Is.EqualTo(0), options.ToString());
        Assert.That(options.Out, Does.Contain("channels (2,2,1)").And.Contain("expected dimension: 4").And.Contain("defect: 1"), options.ToString());
        Assert.That(options.Out, Does.Match(@"\ndimension: 3\n"), options.ToString());
        var line = Run("neurovariety", "--arch", "cnn", "--widths", "3;1,1;;2,2,1", "--dimension", "--seed", "1", "-q");
        Assert.That(line.Code, Is.EqualTo(0), line.ToString());
        Assert.That(line.Out, Does.Match(@"\ndimension: 3\n").And.Contain("channels (2,2,1)"), line.ToString());
    }

    [Test]
    public void MultiChannelCnnEquationsAreTheSharedQuadric()
    {
        // The same binary quadric at the three positions: six linear equations y_k = y_{k+3} = y_{k+6}.
        var r = Run("neurovariety", "--arch", "cnn", "--widths", "3", "--filters", "1,1", "--channels", "2,2,1", "--equations", "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("# equations: 6").And.Contain("# dimension from equations: 3"), r.ToString());
        Assert.That(r.Out, Does.Contain("y0-y6").And.Contain("y3-y6").And.Contain("y5-y8"), r.ToString());
    }

    [TestCase("attention", "2,2,1;1;2", "key/query")]
    [TestCase("attention", "2,2,1;1,1", "FEATURES;KEYS;TOKENS")]
    [TestCase("attention", "2;;2", "at least one layer")]
    [TestCase("attention", "2,2,1;1,1;2,3", "tokens")]
    [TestCase("attention", "2,2,1;1,x;2", "not a positive integer")]
    [TestCase("cnn", "6;2,3;2,1;2,3", "channel counts")]
    [TestCase("cnn", "6;2,3;2;1,1,1", "stride")]
    [TestCase("cnn", "6;2,3;2,1;1,0,1", "not a positive integer")]
    [TestCase("cnn", "6;2,3;2,1;1,1,1;4", "INPUT;FILTERS")]
    public void MalformedSizesAreCleanErrors(string kind, string sizes, string message)
    {
        var r = Run("neurovariety", "--arch", kind, "--widths", sizes, "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain(message), r.ToString());
        Assert.That(r.Err, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void ChannelsOptionIsOnlyForCnnAndNotTwice()
    {
        var mlp = Run("neurovariety", "--arch", "mlp", "--widths", "2,2,1", "--channels", "1,2,1", "-q");
        Assert.That(mlp.Code, Is.EqualTo(2), mlp.ToString());
        Assert.That(mlp.Err, Does.Contain("--arch cnn"), mlp.ToString());
        var twice = Run("neurovariety", "--arch", "cnn", "--widths", "6;2,3", "--channels", "1,2,1", "-q");
        Assert.That(twice.Code, Is.EqualTo(2), twice.ToString());
        Assert.That(twice.Err, Does.Contain("already gives the filters"), twice.ToString());
        var wrong = Run("neurovariety", "--arch", "cnn", "--widths", "6", "--filters", "2,3", "--channels", "1,2", "-q");
        Assert.That(wrong.Code, Is.EqualTo(2), wrong.ToString());
        Assert.That(wrong.Err, Does.Contain("channel counts"), wrong.ToString());
    }

    [Test]
    public void ExperimentListReadsStacksAndChannels()
    {
        var list = WriteTemp(_dir, "sweep.txt",
            "attention 2,2,1;1,1;2\n" +
            "attention 2,1;2;2\n" +                 // one layer: canonical "attention 2,1,2,2"
            "cnn 3;1,1;1,1;2,2,1 x^2\n" +
            "cnn 5;2,2;1,1;1,1,1 x^2\n");           // one channel: canonical "cnn 5;2,2;1,1 x^2"
        var results = Path.Combine(_dir, "results.csv");
        var r = Run("experiment", list, "--results", results, "--timeouts", Path.Combine(_dir, "timeout.csv"), "--threads", "1", "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var rows = File.ReadAllLines(results);
        Assert.That(rows, Has.Length.EqualTo(5), string.Join("\n", rows));
        Assert.That(rows, Has.One.Match("^\"2,2,1;1,1;2\",-,220,6,6,0,.*,\"attention 2,2,1;1,1;2\",yes$"));
        Assert.That(rows, Has.One.Match("^\"2,1,2,2\",-,.*,5,5,0,.*,\"attention 2,1,2,2\",yes$"));
        Assert.That(rows, Has.One.Match("^\"3;1,1;1,1;2,2,1\",x\\^2,9,4,3,1,.*,\"cnn 3;1,1;1,1;2,2,1 x\\^2\",no$"));
        Assert.That(rows, Has.One.Match(",\"cnn 5;2,2;1,1 x\\^2\",yes$"));
    }

    [Test]
    public void ExperimentListWithAMalformedStackNamesTheLine()
    {
        var list = WriteTemp(_dir, "sweep.txt", "attention 2,1,1,2\nattention 2,2,1;1;2\n");
        var r = Run("experiment", list, "--results", Path.Combine(_dir, "r.csv"), "--timeouts", Path.Combine(_dir, "t.csv"), "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("line 2").And.Contain("key/query"), r.ToString());
    }
}
