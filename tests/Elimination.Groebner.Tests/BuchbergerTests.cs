using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;

namespace Elimination.Groebner.Tests;

public class BuchbergerTests
{
    [TestCase("cyclic4-qq", 7)]
    [TestCase("katsura4-qq", 5)]
    public void SmokeRationals(string name, int expected)
    {
        var (_, polys) = TestSystems.Rationals(name);
        var r = new BuchbergerEngine().Compute(polys);
        TestContext.Out.WriteLine($"{name}: {r.Basis.Count} in {r.Seconds:F3}s");
        foreach (var g in r.Basis) TestContext.Out.WriteLine(g);
        Assert.That(r.Basis.Count, Is.GreaterThan(0));
    }
}
