using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.Modular;

namespace Elimination.Groebner.Tests;

/// <summary><see cref="ModularEngine.LiftSelectedTerms"/> against the selected terms of the exact reduced basis.</summary>
public class SelectedTermsLiftTests
{
    private static readonly GroebnerOptions Options = new() { Threads = 2 };

    /// <summary>The terms of each element of <paramref name="basis"/> that <paramref name="keep"/> selects (and its leading term).</summary>
    private static List<Polynomial<Rational, RationalField>> Selected(IReadOnlyList<Polynomial<Rational, RationalField>> basis,
        Func<ReadOnlySpan<ulong>, ReadOnlySpan<ulong>, bool> keep) =>
        basis.Select(f => Polynomial<Rational, RationalField>.FromTerms(f.Ring,
            Enumerable.Range(0, f.Length).Where(t => t == 0 || keep(f.LeadingMonomial, f.MonomialAt(t))).Select(t => (f.CoefficientAt(t), f.ExponentsAt(t))))).ToList();

    private static void AssertSameTerms(List<Polynomial<Rational, RationalField>> expected, IReadOnlyList<Polynomial<Rational, RationalField>> lifted, string label)
    {
        Assert.That(lifted, Has.Count.EqualTo(expected.Count), label);
        for (int i = 0; i < expected.Count; i++) Assert.That(lifted[i], Is.EqualTo(expected[i]), $"{label}: element {i}");
    }

    [TestCase("katsura4-qq", "grevlex")]
    [TestCase("cyclic4-qq", "elim(x0)")]
    [TestCase("katsura4-qq", "elim(x0,x1)")]
    public void EveryTermGivesTheReducedBasis(string name, string order)
    {
        var (_, polys) = TestSystems.Rationals(name, order);
        var exact = new BuchbergerEngine().Compute(polys).Basis;
        var lifted = new ModularEngine().LiftSelectedTerms(polys, Options, (_, _) => true);
        AssertSameTerms(exact.ToList(), lifted, $"{name} {order}");
    }

    /// <summary>
    /// The leading coefficients over k(x2, x3) of a block-order basis (the terms sharing the leading monomial's x0, x1
    /// part), the use decomposition makes of it; the generators' large coefficients make the whole basis need more
    /// primes than those terms.
    /// </summary>
    [Test]
    public void LeadingCoefficientsOverAFunctionFieldAreTheBasisTerms()
    {
        var vars = new[] { "x0", "x1", "x2", "x3" };
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), vars, MonomialOrders.Parse("elim(x0,x1)", vars));
        var polys = new[]
        {
            "x0^2*x2 - 3*x1*x3 + 982451653*x2^2 - 7", "x0*x1 - 715827883/13*x3^2 + x2", "x1^2*x3 + 2*x0 - 104729*x2*x3 + 1",
        }.Select(ring.Parse).ToList();
        Func<ReadOnlySpan<ulong>, ReadOnlySpan<ulong>, bool> overK = (lead, term) =>
            PackedMonomial.Exponent(lead, 0) == PackedMonomial.Exponent(term, 0) && PackedMonomial.Exponent(lead, 1) == PackedMonomial.Exponent(term, 1);
        var exact = new ModularEngine().Compute(polys, Options);
        var lifted = new ModularEngine().LiftSelectedTerms(polys, Options, overK);
        AssertSameTerms(Selected(exact.Basis, overK), lifted, "leading coefficients over k(x2, x3)");
        Assert.That(lifted.Sum(f => f.Length), Is.LessThan(exact.Basis.Sum(f => f.Length)), "only some terms lifted");
    }

    [Test]
    public void EmptyInputGivesNothing() =>
        Assert.That(new ModularEngine().LiftSelectedTerms(new List<Polynomial<Rational, RationalField>>(), Options, (_, _) => true), Is.Empty);
}
