using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary><see cref="RationalMembership"/> against the normal form over ℚ: combinations of the generators are members, and a
/// member plus a random polynomial is one exactly when that polynomial's normal form is zero.</summary>
public class RationalMembershipTests
{
    [TestCase("katsura4-qq", "grevlex", 20261206)]
    [TestCase("cyclic4-qq", "lex", 20261207)]
    [TestCase("noon4-qq", "elim(x0)", 20261208)]
    public void AgreesWithTheNormalForm(string name, string order, int seed)
    {
        var (ring, polys) = TestSystems.Rationals(name, order);
        var basis = new BuchbergerEngine().Compute(polys).Basis;
        var membership = new RationalMembership(basis);
        var rng = new Random(seed);
        int members = 0;
        for (int trial = 0; trial < 30; trial++)
        {
            var multipliers = RandomIdeals.Generate(ring, seed + trial, polys.Count, 2, 4);
            var member = polys.Zip(multipliers, (f, h) => f * h).Aggregate(Polynomial<Rational, RationalField>.Zero(ring), (a, b) => a + b);
            Assert.That(membership.Contains(member), Is.True, $"trial {trial}: a combination of the generators");
            // Every third trial a multiple of a basis element, else a random polynomial (nearly never a member).
            var other = trial % 3 == 0 ? basis[rng.Next(basis.Count)] * RandomIdeals.Generate(ring, seed - trial, 1, 2, 3)[0]
                : RandomIdeals.Generate(ring, seed + 1000 + trial, 1, 3, 5)[0];
            bool expected = Reduction.NormalForm(other, basis).IsZero;
            members += expected ? 1 : 0;
            Assert.That(membership.Contains(member + other), Is.EqualTo(expected), $"trial {trial}: {other}");
        }
        Assert.That(members, Is.InRange(5, 25), "both members and non-members tested");
    }

    [Test]
    public void ZeroIdealAndZeroPolynomial()
    {
        var (ring, _) = TestSystems.Rationals("cyclic4-qq");
        var none = new RationalMembership(new List<Polynomial<Rational, RationalField>>());
        Assert.That(none.Contains(Polynomial<Rational, RationalField>.Zero(ring)), Is.True);
        Assert.That(none.Contains(ring.Parse("x0")), Is.False);
    }
}
