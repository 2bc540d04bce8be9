using Elimination.Core.Fields;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

public class ModularEngineSelectionTests
{
    [Test]
    public void NamesAndLookup()
    {
        TestContext.Out.WriteLine(string.Join(", ", GroebnerEngines.Names));
        Assert.That(GroebnerEngines.Names, Does.Contain("auto").And.Contain("buchberger").And.Contain("modular"));
        Assert.That(GroebnerEngines.Get("buchberger"), Is.InstanceOf<BuchbergerEngine>());
        Assert.That(GroebnerEngines.Get("Modular"), Is.InstanceOf<ModularEngine>());
        Assert.That(GroebnerEngines.Get("auto").Name, Is.EqualTo("auto"));
    }

    [Test]
    public void UnknownNameListsTheKnownOnes()
    {
        var e = Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => GroebnerEngines.Get("magic"));
        Assert.That(e!.Message, Does.Contain("magic").And.Contain("buchberger").And.Contain("modular"));
    }

    [Test]
    public void DefaultsByField()
    {
        Assert.That(GroebnerEngines.Default<Rational, RationalField>(new RationalField()).Name, Is.EqualTo("modular"));
        var overFp = GroebnerEngines.Default<uint, PrimeField>(new PrimeField(32003)).Name;
        Assert.That(overFp, Is.EqualTo(GroebnerEngines.Exists("f4") ? "f4" : "buchberger"));
        Assert.That(GroebnerEngines.ForPrimeFields().Name, Is.EqualTo(overFp));
    }

    [Test]
    public void AutoComputesInBothFields()
    {
        var (_, qq) = TestSystems.Rationals("cyclic4-qq");
        var (_, fp) = TestSystems.Modular("cyclic4-gf32003");
        var a = GroebnerEngines.Compute(qq, new GroebnerOptions { Threads = 2 });
        Assert.That(ReducedBasis.AreEqual(a.Basis, new BuchbergerEngine().Compute(qq).Basis), Is.True);
        Assert.That(a.Engine, Is.EqualTo("modular"));
        var b = GroebnerEngines.Compute(fp);
        Assert.That(ReducedBasis.AreEqual(b.Basis, new BuchbergerEngine().Compute(fp).Basis), Is.True);
        Assert.Throws<Elimination.Core.Errors.UnsupportedFieldException>(() => GroebnerEngines.Compute(fp, engine: "modular"));
    }
}
