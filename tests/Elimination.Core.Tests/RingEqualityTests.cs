using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

/// <summary>Orders and rings compare by value, so separately built equal rings interoperate.</summary>
public class RingEqualityTests
{
    [Test]
    public void OrdersCompareByWeightMatrix()
    {
        Assert.That(new GrevlexOrder(3) == new GrevlexOrder(3), Is.True);
        Assert.That(new GrevlexOrder(3).GetHashCode(), Is.EqualTo(new GrevlexOrder(3).GetHashCode()));
        Assert.That(new GrevlexOrder(3) != new LexOrder(3), Is.True);
        Assert.That(new GrevlexOrder(3).Equals(new GrevlexOrder(2)), Is.False);
        Assert.That(BlockOrder.Elimination(3, new[] { 0 }), Is.EqualTo(BlockOrder.Elimination(3, new[] { 0 })));
        Assert.That(BlockOrder.Elimination(3, new[] { 0 }), Is.Not.EqualTo(BlockOrder.Elimination(3, new[] { 1 })));
        Assert.That(new WeightedOrder(new[] { 1, 2 }), Is.EqualTo(new WeightedOrder(new[] { 1, 2 })));
        MonomialOrder? none = null;
        Assert.That(none == null && new LexOrder(2) != none, Is.True);
        var keyed = new Dictionary<MonomialOrder, int> { [new LexOrder(2)] = 1 };
        Assert.That(keyed.ContainsKey(new LexOrder(2)), Is.True);
    }

    [Test]
    public void SeparatelyBuiltRingsInteroperate()
    {
        var a = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
        var b = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
        Assert.That(a == b && a.Equals(b) && a.GetHashCode() == b.GetHashCode(), Is.True);
        var f = a.Parse("x^2 + y");
        var g = b.Parse("x*y - y");
        Assert.That((f + g).ToString(), Is.EqualTo(a.Parse("x^2 + x*y").ToString()));
        Assert.That((f * g).Equals(a.Parse("x^3*y - x^2*y + x*y^2 - y^2")), Is.True);
    }

    [Test]
    public void RingsDifferingInFieldNamesOrOrderAreNotEqual()
    {
        var q = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
        Assert.That(q == new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "z" }), Is.False);
        Assert.That(q == q.WithOrder(new LexOrder(2)), Is.False);
        var p1 = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "x" });
        var p2 = new PolynomialRing<uint, PrimeField>(new PrimeField(65521), new[] { "x" });
        Assert.That(p1 == p2, Is.False);
        Assert.That(p1 == new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "x" }), Is.True);
    }

    [Test]
    public void MapMovesPolynomialsBetweenRingsByName()
    {
        var q = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
        var big = Rings.Extend(q, new[] { "a" }, new[] { "b" });
        var f = q.Parse("x*y + 2");
        Assert.That(Rings.Map(Rings.Map(f, big), q).Equals(f), Is.True);
        Assert.That(Rings.IsFreeOf(Rings.Map(f, big), new[] { 0, 3 }), Is.True);
        Assert.That(Rings.Subring(big, new[] { "y", "a" }).Variables, Is.EqualTo(new[] { "a", "y" }));
    }
}
