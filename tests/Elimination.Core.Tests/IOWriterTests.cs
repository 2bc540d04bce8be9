using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

/// <summary>The exact text of each format for a small ideal.</summary>
public class IOWriterTests
{
    private static readonly string[] Vars = { "t", "x", "y" };
    private static readonly IdealMetadata Meta = new() { Title = "test ideal", Engine = "buchberger", Seconds = 0.25 };

    private static (PolynomialRing<Rational, RationalField>, List<Polynomial<Rational, RationalField>>) QQIdeal(string order)
    {
        var ring = new PolynomialRing<Rational, RationalField>(default, Vars, MonomialOrders.Parse(order, Vars));
        return (ring, new() { ring.Parse("x^2 - 3/2*y"), ring.Parse("t - x*y + 7") });
    }

    [Test]
    public void Native()
    {
        var (ring, g) = QQIdeal("grevlex");
        Assert.That(new NativeIdealWriter().ToText(ring, g, Meta), Is.EqualTo(
            "# test ideal\n# engine: buchberger\n# seconds: 0.25\nfield: QQ\nvars: t, x, y\norder: grevlex\npolys:\nx^2-3/2*y\n-x*y+t+7\n"));
    }

    [Test]
    public void Singular_ElimOrderDeclaresBlocks()
    {
        var (ring, g) = QQIdeal("elim(x)");
        var text = new SingularIdealWriter().ToText(ring, g);
        Assert.That(text, Does.Contain("ring R = 0,(x,t,y),(dp(1),dp(2));\nideal G =\n"));
        Assert.That(text, Does.Contain("// elimination-vars: t, x, y\n// elimination-order: elim(x)\n"));
        Assert.That(text, Does.EndWith(";\n"));
    }

    [TestCase("grevlex", "dp", "GRevLex")]
    [TestCase("lex", "lp", "Lex")]
    [TestCase("weighted(1,2,3)", "(a(1,2,3),dp)", "{Weights=>{1,2,3},GRevLex=>3}")]
    public void OrderTranslations(string order, string singular, string m2)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), Vars, MonomialOrders.Parse(order, Vars));
        var g = new List<Polynomial<uint, PrimeField>> { ring.Parse("x - 5") };
        Assert.That(new SingularIdealWriter().ToText(ring, g), Does.Contain($"ring R = 32003,(t,x,y),{singular};\nideal G =\nx-5;\n"));
        Assert.That(new Macaulay2IdealWriter().ToText(ring, g), Does.Contain($"R = ZZ/32003[t,x,y, MonomialOrder=>{m2}];\nG = ideal(\nx-5\n);\n"));
    }

    [Test]
    public void ZeroIdeal_StaysLoadable()
    {
        var (ring, _) = QQIdeal("grevlex");
        var none = new List<Polynomial<Rational, RationalField>>();
        Assert.That(new SingularIdealWriter().ToText(ring, none), Does.EndWith("ideal G = 0;\n"));
        Assert.That(new Macaulay2IdealWriter().ToText(ring, none), Does.EndWith("G = ideal(0_R);\n"));
        Assert.That(new NativeIdealWriter().ToText(ring, none), Does.EndWith("polys:\n0\n"));
        Assert.That(new JsonIdealWriter().ToText(ring, none), Does.Contain("\"generators\": []"));
    }

    [Test]
    public void UnitIdeal_IsAnIdealOfTheRingInMacaulay2()
    {
        var (ring, _) = QQIdeal("grevlex");
        var text = new Macaulay2IdealWriter().ToText(ring, new List<Polynomial<Rational, RationalField>> { ring.One });
        Assert.That(text, Does.EndWith("G = ideal(\n1_R\n);\n"), "ideal(1) would be an ideal of ZZ");
        var back = new Macaulay2IdealReader().Read(text);
        Assert.That(back.Polynomials.Select(p => p.Text.Trim()), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void NamesThatCollideWithRAndG_AreAvoided()
    {
        var vars = new[] { "R", "G" };
        var ring = new PolynomialRing<Rational, RationalField>(default, vars, new GrevlexOrder(2));
        var g = new List<Polynomial<Rational, RationalField>> { ring.Parse("R*G - 1") };
        Assert.That(new SingularIdealWriter().ToText(ring, g), Does.Contain("ring R0 = 0,(R,G),dp;\nideal G0 =\n"));
        Assert.That(new Macaulay2IdealWriter().ToText(ring, g), Does.Contain("R0 = QQ[R,G, MonomialOrder=>GRevLex];\nG0 = ideal(\n"));
    }

    [Test]
    public void Json()
    {
        var (ring, g) = QQIdeal("lex");
        var text = new JsonIdealWriter().ToText(ring, g, Meta with { Verified = true, Extra = new[] { new KeyValuePair<string, object?>("dimension", 1) } });
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("field").GetString(), Is.EqualTo("QQ"));
        Assert.That(root.GetProperty("vars").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(Vars));
        Assert.That(root.GetProperty("order").GetString(), Is.EqualTo("lex"));
        Assert.That(root.GetProperty("generators").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(new[] { "x^2-3/2*y", "t-x*y+7" }));
        Assert.That(root.GetProperty("seconds").GetDouble(), Is.EqualTo(0.25));
        Assert.That(root.GetProperty("engine").GetString(), Is.EqualTo("buchberger"));
        Assert.That(root.GetProperty("verified").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("dimension").GetInt32(), Is.EqualTo(1));
        var keys = root.EnumerateObject().Select(p => p.Name).Take(5);
        Assert.That(keys, Is.EqualTo(new[] { "field", "vars", "order", "generators", "seconds" }));
    }

    [Test]
    public void Latex()
    {
        var vars = new[] { "x1", "x2", "w_1_2", "tau" };
        var ring = new PolynomialRing<Rational, RationalField>(default, vars, new GrevlexOrder(4));
        var g = new List<Polynomial<Rational, RationalField>> { ring.Parse("x1^2 - 3/2*x2*w_1_2 + tau - 1") };
        var text = new LatexIdealWriter().ToText(ring, g);
        Assert.That(text, Does.Contain(@"G_{1} &= x_{1}^{2} - \frac{3}{2}x_{2}w_{1,2} + \mathit{tau} - 1" + "\n"));
        Assert.That(text, Does.StartWith(@"% ring: \mathbb{Q}[x_{1}, x_{2}, w_{1,2}, \mathit{tau}], order grevlex"));
        Assert.That(text, Does.Contain(@"\begin{align*}").And.Contain(@"\end{align*}"));
    }

    [Test]
    public void Formats_AreFoundByNameAndExtension()
    {
        var f = IdealFormats.Default;
        Assert.That(f.Writer("singular"), Is.InstanceOf<SingularIdealWriter>());
        Assert.That(f.Writer("macaulay2"), Is.InstanceOf<Macaulay2IdealWriter>());
        Assert.That(f.WriterForPath("out.tex"), Is.InstanceOf<LatexIdealWriter>());
        Assert.That(f.ReaderFor("x.m2", ""), Is.InstanceOf<Macaulay2IdealReader>());
        Assert.That(f.ReaderFor("x.unknown", "{\"field\":\"QQ\"}"), Is.InstanceOf<JsonIdealReader>());
        Assert.That(f.ReaderFor("x.unknown", "ring R = 0,(x),dp;\nideal G = x;"), Is.InstanceOf<SingularIdealReader>());
        Assert.That(f.ReaderFor("x", "field: QQ\n"), Is.InstanceOf<NativeIdealReader>());
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => f.Writer("pdf"));
    }
}
