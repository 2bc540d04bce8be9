namespace Elimination.Groebner.Tests;

/// <summary>
/// The default engines (F4 over GF(32003), modular over ℚ) against every reduced basis Singular
/// computed for tests/data/expected: grevlex and lex, classic systems. Lex on inhomogeneous input
/// runs through the homogenised ideal (cyclic-5 in lex overflowed 16-bit exponents before that).
/// </summary>
public class DefaultEngineReferenceTests
{
    [TestCase("cyclic4", "dp")]
    [TestCase("cyclic4", "lp")]
    [TestCase("cyclic5", "dp")]
    [TestCase("cyclic5", "lp")]
    [TestCase("katsura4", "dp")]
    [TestCase("katsura4", "lp")]
    [TestCase("katsura5", "dp")]
    [TestCase("katsura5", "lp")]
    public void F4MatchesSingular(string system, string order)
    {
        var (ring, polys) = TestSystems.Modular(system + "-gf32003", order == "lp" ? "lex" : "grevlex");
        var result = GroebnerEngines.Default<uint, Core.Fields.PrimeField>(ring.Field).Compute(polys);
        Assert.That(result.Engine, Is.EqualTo("f4"));
        ReferenceBases.AssertSameBasis(ReferenceBases.Load($"{system}-gf32003-{order}", ring), result.Basis, $"{system} GF(32003) {order}");
    }

    [TestCase("cyclic4", "dp")]
    [TestCase("cyclic4", "lp")]
    [TestCase("cyclic5", "dp")]
    [TestCase("cyclic5", "lp")]
    [TestCase("katsura4", "dp")]
    [TestCase("katsura4", "lp")]
    [TestCase("katsura5", "dp")]
    public void ModularMatchesSingular(string system, string order)
    {
        var (ring, polys) = TestSystems.Rationals(system + "-qq", order == "lp" ? "lex" : "grevlex");
        var result = GroebnerEngines.Default<Core.Fields.Rational, Core.Fields.RationalField>(ring.Field).Compute(polys);
        Assert.That(result.Engine, Is.EqualTo("modular"));
        Assert.That(result.Verified, Is.True, result.VerificationNote);
        ReferenceBases.AssertSameBasis(ReferenceBases.Load($"{system}-qq-{order}", ring), result.Basis, $"{system} QQ {order}");
    }
}
