namespace Elimination.Runner.Tests;

/// <summary>
/// An error in a secondary input (a dataset, a sweep list, an option's value) names that input, not the main file,
/// and says what is wrong with the value rather than calling it malformed.
/// </summary>
public class InputNamingTests
{
    private string _dir = "";

    [SetUp] public void SetUp() => _dir = RunnerHarness.TempDir();
    [TearDown] public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void ADatasetErrorNamesTheDataset()
    {
        var data = RunnerHarness.WriteTemp(_dir, "d.csv", "x,y\n1,2\n3\n");
        var r = RunnerHarness.Run("ed-degree", RunnerHarness.Sample("circle.sys"), "--data", data, "--degree", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain($"--data {data}: line 3"), r.ToString());
    }

    [Test]
    public void ASweepListErrorNamesTheList()
    {
        var list = RunnerHarness.WriteTemp(_dir, "l.txt", "mlp 2,2 x^2\nmlp 2,x x^2\n");
        var r = RunnerHarness.Run("experiment", list, "--results", Path.Combine(_dir, "r.csv"), "--timeouts", Path.Combine(_dir, "t.csv"), "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain($"{list}:line 2: widths '2,x'"), r.ToString());
    }

    [Test]
    public void EveryBadLineOfASweepListIsNamedAndNothingRuns()
    {
        var list = RunnerHarness.WriteTemp(_dir, "l.txt", "mlp 2,x x^2\nmlp 2,2 x^2\nmlpp 2,2 x^2\n");
        var results = Path.Combine(_dir, "r.csv");
        var r = RunnerHarness.Run("experiment", list, "--results", results, "--timeouts", Path.Combine(_dir, "t.csv"), "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("2 bad lines, nothing run").And.Contain($"{list}:line 1:").And.Contain($"{list}:line 3:"), r.ToString());
        Assert.That(File.Exists(results) ? File.ReadAllLines(results).Length : 0, Is.LessThanOrEqualTo(1), "no case ran");
    }

    [Test]
    public void AWidthAboveTheCapSaysSo()
    {
        var r = RunnerHarness.Run("neurovariety", "--arch", "mlp", "--widths", "2,100000,1", "--activation", "x^2", "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("100000 is above 10000").And.Not.Contain("positive integer"), r.ToString());
    }
}
