namespace Elimination.Runner.Tests;

/// <summary>Runs every library sample in samples/Elimination.Samples once, so they cannot rot.</summary>
public class SamplesTests
{
    private static IEnumerable<string> Names => Elimination.Samples.Program.Samples.Keys;

    [TestCaseSource(nameof(Names))]
    public void SampleRuns(string name)
    {
        var output = new StringWriter();
        Elimination.Samples.Program.Samples[name](output);
        TestContext.Out.WriteLine(output);
        Assert.That(output.ToString(), Is.Not.Empty);
        switch (name)
        {
            case "implicitize-network": Assert.That(output.ToString(), Does.Contain("dimension 8, degree 3")); break;
            case "singular-locus": Assert.That(output.ToString(), Does.Contain("y, x^2")); break;
            case "custom-engine": Assert.That(output.ToString(), Does.Contain("z^3-1").And.Contain("calls: 1")); break;
            case "ed-degree-from-data": Assert.That(output.ToString(), Does.Contain("rank(Q) = 3")); break;
        }
    }
}
