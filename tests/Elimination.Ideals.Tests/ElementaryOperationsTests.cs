using Elimination.Core.Polynomials;
using Elimination.Core.Fields;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

public class ElementaryOperationsTests
{
    [Test]
    public void MembershipAndContainment()
    {
        var r = QQ("x", "y", "z");
        var i = Ideal(r, "x^2 - y", "x*y - z");
        Assert.That(i.Contains("x^3 - z"), Is.True);
        Assert.That(i.Contains("x - z"), Is.False);
        var j = Ideal(r, "x^2 - y");
        Assert.That(j.IsSubsetOf(i), Is.True);
        Assert.That(i.IsSubsetOf(j), Is.False);
    }

    [Test]
    public void EqualityIgnoresGeneratorsAndOrder()
    {
        var r = QQ("x", "y");
        var a = Ideal(r, "x^2 - y^2", "x*y");
        var b = Ideal(r, "x^2 - y^2 + 3*x*y", "2*x*y");
        Assert.That(a.Equals(b), Is.True);
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        var lex = r.WithOrder(new Elimination.Core.Monomials.LexOrder(2));
        var c = Ideal(lex, "x*y", "x^2 - y^2");
        Assert.That(a.Equals(c), Is.True);
        Assert.That(a.Equals(Ideal(r, "x^2", "x*y")), Is.False);
    }

    [Test]
    public void SumAndProduct()
    {
        var r = QQ("x", "y");
        var a = Ideal(r, "x");
        var b = Ideal(r, "y");
        Assert.That(a.Sum(b).Equals(Ideal(r, "x", "y")), Is.True);
        Assert.That(a.Product(b).Equals(Ideal(r, "x*y")), Is.True);
        Assert.That(a.Sum(Ideal(r, "x - 1")).IsUnit, Is.True);
    }

    [Test]
    public void IntersectionOfMonomialAndPrincipalIdeals()
    {
        var r = QQ("x", "y");
        var a = Ideal(r, "x^2", "x*y");
        var b = Ideal(r, "y^2", "x*y");
        // (x^2, xy) ∩ (y^2, xy) = (xy, x^2 y^2)… in fact (xy).
        Assert.That(a.Intersection(b).Equals(Ideal(r, "x*y")), Is.True);
        var f = Ideal(r, "x^2 - 1");
        var g = Ideal(r, "x - 1", "y");
        // The point (1,0) lies on the line x = 1, so the intersection is (x^2 − 1) itself.
        Assert.That(f.Intersection(g).Equals(f), Is.True);
        // Two points: (x, y) ∩ (x − 1, y) = (x^2 − x, y).
        Assert.That(Ideal(r, "x", "y").Intersection(Ideal(r, "x - 1", "y")).Equals(Ideal(r, "x^2 - x", "y")), Is.True);
        Assert.That(f.Intersection(g).Origin.Operation, Is.EqualTo("intersection"));
        // Principal ideals meet in their lcm (no elimination): (x²y − y³) ∩ (xy + y²) = (y(x − y)(x + y)).
        var lcm = Ideal(r, "x^2*y - y^3").Intersection(Ideal(r, "x*y + y^2"));
        Assert.That(lcm.Equals(Ideal(r, "x^2*y - y^3")), Is.True);
        Assert.That(lcm.Origin.Engine, Is.EqualTo("lcm"));
        Assert.That(Ideal(r, "x^2 + 1").Intersection(Ideal(r, "2*y - 2")).Equals(Ideal(r, "x^2*y + y - x^2 - 1")), Is.True);
    }

    [Test]
    public void QuotientKnownAnswers()
    {
        var r = QQ("x", "y", "z");
        // (x·y, x·z) : x = (y, z);  (x^2, y) : x = (x, y).
        Assert.That(Ideal(r, "x*y", "x*z").Quotient(r.Parse("x")).Equals(Ideal(r, "y", "z")), Is.True);
        Assert.That(Ideal(r, "x^2", "y").Quotient(Ideal(r, "x")).Equals(Ideal(r, "x", "y")), Is.True);
        // (x^2, xy, y^2) : (x, y) = (x, y).
        Assert.That(Ideal(r, "x^2", "x*y", "y^2").Quotient(Ideal(r, "x", "y")).Equals(Ideal(r, "x", "y")), Is.True);
        // Anything : 0 = whole ring.
        Assert.That(Ideal(r, "x").Quotient(r.Zero).IsUnit, Is.True);
    }

    [Test]
    public void SaturationRemovesEmbeddedAndUnwantedComponents()
    {
        var r = QQ("x", "y", "z");
        // (x^2, xy) = (x) ∩ (x^2, y): saturating by y leaves (x); by (x, y) leaves (x).
        var i = Ideal(r, "x^2", "x*y");
        Assert.That(i.Saturation(r.Parse("y")).Equals(Ideal(r, "x")), Is.True);
        Assert.That(i.Saturation(Ideal(r, "x", "y")).Equals(Ideal(r, "x")), Is.True);
        // Line x = y = 0 union point (1,1,1): saturating by the line's ideal keeps the point.
        var union = Ideal(r, "x", "y").Intersection(Ideal(r, "x - 1", "y - 1", "z - 1"));
        Assert.That(union.Saturation(Ideal(r, "x", "y")).Equals(Ideal(r, "x - 1", "y - 1", "z - 1")), Is.True);
        Assert.That(IdealSaturation.IsSaturated(Ideal(r, "x"), Ideal(r, "y")), Is.True);
    }

    [Test]
    public void RadicalMembership()
    {
        var r = QQ("x", "y");
        var i = Ideal(r, "x^3", "y^2 - x^2*y");
        Assert.That(i.Contains(r.Parse("x")), Is.False);
        Assert.That(i.RadicalContains(r.Parse("x")), Is.True);
        Assert.That(i.RadicalContains(r.Parse("y")), Is.True);
        Assert.That(i.RadicalContains(r.Parse("x + y - 1")), Is.False);
    }

    [Test]
    public void EliminationKnownAnswerBlockAndLex()
    {
        var r = QQ("t", "x", "y", "z");
        var i = Ideal(r, "x - t", "y - t^2", "z - t^3");
        var block = i.Eliminate("t");
        var lex = i.Eliminate(new[] { "t" }, EliminationOrder.Lex);
        var sub = Rings.Subring(r, new[] { "x", "y", "z" });
        var expected = Ideal(sub, "y - x^2", "z - x*y", "x*z - y^2");
        Assert.That(block.Ring.Variables, Is.EqualTo(new[] { "x", "y", "z" }));
        Assert.That(block.Equals(expected), Is.True);
        Assert.That(lex.Equals(expected), Is.True);
        Assert.That(lex.Ring.Order, Is.TypeOf<Elimination.Core.Monomials.LexOrder>());
        // The installed basis is the reduced one for the subring's order.
        Assert.That(Groebner.ReducedBasis.AreEqual(block.GroebnerBasis().Basis,
            Ideal(sub, "y - x^2", "z - x*y", "x*z - y^2").GroebnerBasis().Basis), Is.True);
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => i.Eliminate("w"));
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => i.Eliminate("t", "x", "y", "z"));
    }

    [Test]
    public void EliminatingTwoVariablesInTheMiddle()
    {
        var r = QQ("x", "u", "v", "y");
        var i = Ideal(r, "x - u - v", "y - u*v", "u - v");
        // u = v, x = 2u, y = u^2 → x^2 = 4y.
        var e = i.Eliminate("u", "v");
        Assert.That(e.Equals(Ideal(Rings.Subring(r, new[] { "x", "y" }), "x^2 - 4*y")), Is.True);
    }

    [Test]
    public void RingHelpersMapByName()
    {
        var r = QQ("x", "y");
        var big = Rings.Extend(r, new[] { "a" }, new[] { "b" });
        Assert.That(big.Variables, Is.EqualTo(new[] { "a", "x", "y", "b" }));
        var f = r.Parse("x^2*y - 3");
        var g = Rings.Map(f, big);
        Assert.That(g.ToString(), Is.EqualTo(big.Parse("x^2*y - 3").ToString()));
        Assert.That(Rings.Map(g, r).Equals(f), Is.True);
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => Rings.Map(big.Parse("a*x"), r));
        Assert.That(Rings.FreshName(new[] { "t", "t1" }, "t"), Is.EqualTo("t2"));
    }
}
