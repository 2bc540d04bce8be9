using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

public class ParserErrorTests
{
    private static readonly PolynomialRing<Rational, RationalField> Q = new(new RationalField(), new[] { "x", "y" });

    [TestCase("x + q", 5, "unknown variable 'q'")]
    [TestCase("x + (y", 5, "unbalanced parenthesis")]
    [TestCase("x + y)", 6, "unbalanced parenthesis")]
    [TestCase("x + 3a", 5, "malformed number")]
    [TestCase("x + 1.2.3", 5, "malformed number")]
    [TestCase("x^", 3, "integer exponent")]
    [TestCase("x^-2", 3, "negative exponent")]
    [TestCase("x^40000", 3, "too large")]
    [TestCase("x / y", 5, "non-constant")]
    [TestCase("x / 0", 5, "division by zero")]
    [TestCase("x + $", 5, "unexpected '$'")]
    [TestCase("x + \U0001F600", 5, "unexpected '\U0001F600' (U+1F600)")]
    [TestCase("x + \u0001", 5, "unexpected character U+0001")]
    [TestCase("   ", 4, "empty polynomial")]
    [TestCase("x + ", 5, "unexpected end")]
    [TestCase("(x+y)^30000", 7, "too large to expand")]
    [TestCase("x^20000*x^20000", 8, "overflow")]
    public void ErrorsNameLineAndColumn(string text, int column, string message)
    {
        var e = Assert.Throws<ParseException>(() => PolynomialParser.Parse(Q, text, line: 4))!;
        Assert.That(e.Line, Is.EqualTo(4));
        Assert.That(e.Column, Is.EqualTo(column), e.Describe());
        Assert.That(e.Message, Does.Contain(message));
    }

    [Test]
    public void DeepParenthesesAreRefusedNotStackOverflow()
    {
        var text = new string('(', 100000) + "x" + new string(')', 100000);
        Assert.That(() => PolynomialParser.Parse(Q, text), Throws.TypeOf<ParseException>().With.Message.Contains("nested"));
    }

    [Test]
    public void SystemFileErrorsCarryTheFileLine()
    {
        const string text = "# test\nfield: QQ\nvars: x, y\npolys:\nx + y\nx*y - z\n";
        var file = SystemFile.Read(text);
        var ring = file.Ring<Rational, RationalField>(new RationalField());
        var e = Assert.Throws<ParseException>(() => file.Parse(ring))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((6, 7)));
    }

    [TestCase("vars: x\npolys:\nx\n", "missing header 'field:'")]
    [TestCase("field: QQ\npolys:\nx\n", "missing header 'vars:'")]
    [TestCase("field: QQ\nvars: x\nx\n", "expected a header")]
    [TestCase("field: GF(32001)\nvars: x\npolys:\nx\n", "not prime")]
    [TestCase("field: GF(2147483659)\nvars: x\npolys:\nx\n", "2^31")]
    [TestCase("field: QQ\nvars: x, x\npolys:\nx\n", "declared twice")]
    [TestCase("field: QQ\nvars: x\neliminate: t\npolys:\nx\n", "unknown variable 't'")]
    [TestCase("field: QQ\nvars: x\norder: revlex\npolys:\nx\n", "unknown monomial order")]
    [TestCase("field: QQ\nfield: QQ\nvars: x\npolys:\nx\n", "appears twice")]
    [TestCase("field: QQ\nvars: x, y\nordr: lex\npolys:\nx\n", "unknown header 'ordr:'")]
    public void BadHeadersAreRejected(string text, string message) =>
        Assert.That(() => SystemFile.Read(text), Throws.TypeOf<ParseException>().With.Message.Contains(message));

    [Test]
    public void ALoneSurrogateIsNamedByItsCodeUnit()
    {
        // Not a TestCase: attribute strings are stored as UTF-8, which has no lone surrogates.
        var e = Assert.Throws<ParseException>(() => PolynomialParser.Parse(Q, "x + \uD83D"))!;
        Assert.That(e.Message, Does.Contain("unexpected character U+D83D"));
    }

    [Test]
    public void LoneCarriageReturnsEndLines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cr-{Guid.NewGuid():N}.sys");
        File.WriteAllText(path, "field: QQ\rvars: x, y\rpolys:\rx^2 - y\rx*y - z\r");
        try
        {
            var file = SystemFile.Load(path);
            Assert.That(file.Variables, Is.EqualTo(new[] { "x", "y" }));
            var e = Assert.Throws<ParseException>(() => file.Parse(file.Ring<Rational, RationalField>(new RationalField())))!;
            Assert.That((e.Line, e.Column), Is.EqualTo((5, 7)), e.Message);
        }
        finally { File.Delete(path); }
    }

    [TestCase("field: QQ\nvars: x, y, x\npolys:\nx\n", 13)]
    [TestCase("field: QQ\nvars:  x, 2y\npolys:\nx\n", 11)]
    public void ABadVariableNameIsPointedAt(string text, int column)
    {
        var e = Assert.Throws<ParseException>(() => SystemFile.Read(text))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((2, column)), e.Message);
    }

    [Test]
    public void AnOverflowingProductPointsAtItsOperatorAndSaysSoOnce()
    {
        var e = Assert.Throws<ParseException>(() => PolynomialParser.Parse(Q, "x^20000*x^20000 - y"))!;
        Assert.That(e.Column, Is.EqualTo(8));
        Assert.That(e.Message.Split("exponent overflow").Length, Is.EqualTo(2), e.Message);
    }

    [Test]
    public void MapHeadersAreKept()
    {
        var file = SystemFile.Read("field: QQ\nvars: s, t\ntargets: y0, y1\nblocks: y0 ; y1\npolys:\ny0 = s\n");
        Assert.That(file.Extra.Keys, Is.EquivalentTo(new[] { "targets", "blocks" }));
    }

    [Test]
    public void AHugePowerOfANumberIsRefusedAtItsPosition()
    {
        var e = Assert.Throws<ParseException>(() => PolynomialParser.Parse(Q, "(2^30000)^30000*x - y"))!;
        Assert.That(e.Message, Does.Contain("power too large"));
        Assert.That(e.Column, Is.EqualTo(11));
        Assert.That(PolynomialParser.Parse(Q, "(2^300)^300*x").LeadingCoefficient, Is.EqualTo(new Rational(System.Numerics.BigInteger.Pow(2, 90000))));
    }

    [Test]
    public void AnEmptyJsonGeneratorListIsTheZeroIdeal()
    {
        var file = new JsonIdealReader().Read("{\"field\": \"QQ\", \"vars\": [\"x\"], \"generators\": []}");
        Assert.That(file.Polynomials.Select(p => p.Text), Is.EqualTo(new[] { "0" }));
    }

    /// <summary>A near miss of a structural key is refused at its position ("ordr": "lex" was ignored: a grevlex basis came
    /// back); other keys stay metadata.</summary>
    [TestCase("ordr", "order", 32)]
    [TestCase("Order", "order", 32)]
    [TestCase("poly", "polys", 32)]
    [TestCase("generator", "generators", 32)]
    public void ANearMissOfAStructuralJsonKeyIsRefused(string key, string meant, int column)
    {
        var json = $"{{\"field\":\"QQ\",\"vars\":[\"x\",\"y\"],\"{key}\":\"lex\",\"polys\":[\"x-y\"]}}";
        var e = Assert.Throws<ParseException>(() => new JsonIdealReader().Read(json))!;
        Assert.That(e.Message, Does.Contain($"did you mean \"{meant}\""));
        Assert.That((e.Line, e.Column), Is.EqualTo((1, column)));
        var kept = new JsonIdealReader().Read("{\"field\":\"QQ\",\"vars\":[\"x\"],\"title\":\"t\",\"engine\":\"f4\",\"polys\":[\"x\"]}");
        Assert.That(kept.Extra.Keys, Is.SupersetOf(new[] { "title", "engine" }));
    }

    /// <summary>Two generator lists ("generators" and "polys") were read as the second, silently.</summary>
    [TestCase("generators", "polys")]
    [TestCase("polys", "generators")]
    [TestCase("polys", "polys")]
    public void TwoGeneratorListsAreRefused(string first, string second)
    {
        var json = $"{{\"field\":\"QQ\",\"vars\":[\"x\"],\"{first}\":[\"x\"],\"{second}\":[\"x-1\"]}}";
        var e = Assert.Throws<ParseException>(() => new JsonIdealReader().Read(json))!;
        Assert.That(e.Message, Does.Contain("given twice"));
        Assert.That(e.Column, Is.EqualTo(json.IndexOf($"\"{second}\":[\"x-1", StringComparison.Ordinal) + 1));
    }
}
