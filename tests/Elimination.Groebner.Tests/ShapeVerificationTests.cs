using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary>
/// A lex basis in shape position is verified through the grevlex basis (normal forms by Horner's rule with its
/// multiplication matrix) instead of reducing the inputs by it. It must accept exactly what the full check accepts:
/// the lifted katsura bases, and no candidate with one coefficient changed or one element dropped.
/// </summary>
public class ShapeVerificationTests
{
    private static readonly GroebnerOptions Options = new() { Threads = 2 };

    [TestCase("katsura4-qq")]
    [TestCase("katsura5-qq")]
    public void LiftedShapeBasesAreProvedAsTheFullCheckProvesThem(string name)
    {
        var (_, polys) = TestSystems.Rationals(name, "lex");
        var engine = new ModularEngine { Seed = 1 };
        var r = engine.Compute(polys, Options);
        Assert.That(r.Verified, Is.True);
        Assert.That(r.VerificationNote, Does.Contain("shape position"));
        Assert.That(ModularVerification.Verify(r.Basis, polys, 2, default).Proved, Is.True, "the full check disagrees");

        // One coefficient of one tail changed: no longer in the ideal.
        var wrong = r.Basis.ToList();
        int i = wrong.FindIndex(g => g.Length > 2);
        var g = wrong[i];
        var terms = g.Terms().ToList();
        terms[^1] = (new Rational(terms[^1].Coefficient.Numerator + terms[^1].Coefficient.Denominator, terms[^1].Coefficient.Denominator), terms[^1].Exponents);
        wrong[i] = Polynomial<Rational, RationalField>.FromTerms(g.Ring, terms);
        Assert.That(ShapeVerification.TryVerify(engine, wrong, polys, Options), Is.Null, "a changed coefficient passed");
        Assert.That(ModularVerification.Verify(wrong, polys, 2, default).Passed, Is.False);

        // Not in shape position: the check declines and leaves the candidate to the full one.
        Assert.That(ShapeVerification.TryVerify(engine, r.Basis.Skip(1).ToList(), polys, Options), Is.Null);
    }
}
