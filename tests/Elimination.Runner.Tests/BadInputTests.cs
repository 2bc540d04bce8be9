using System.Text.RegularExpressions;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>Bad input: exit code 2 and one line naming file, line and column; never a stack trace.</summary>
public class BadInputTests
{
    private string _dir = "";

    [SetUp] public void SetUp() => _dir = TempDir();
    [TearDown] public void TearDown() => Directory.Delete(_dir, true);

    [TestCase("unknown variable", "field: QQ\nvars: x, y\npolys:\nx + y\nx*q - 1\n", 5, 3, "unknown variable 'q'")]
    [TestCase("malformed number", "field: QQ\nvars: x, y\npolys:\nx + 1.2.3*y\n", 4, -1, "")]
    [TestCase("unbalanced parenthesis", "field: QQ\nvars: x, y\npolys:\n(x + y*(x - 1)\n", 4, 1, "unbalanced parenthesis")]
    [TestCase("missing header", "vars: x, y\npolys:\nx + y\n", 1, 1, "missing header 'field:'")]
    [TestCase("non-prime p", "field: GF(32001)\nvars: x, y\npolys:\nx + y\n", 1, 1, "not prime")]
    [TestCase("too-large p", "field: GF(4294967311)\nvars: x, y\npolys:\nx + y\n", 1, 1, "out of range")]
    [TestCase("empty ideal", "field: QQ\nvars: x, y\npolys:\n", 3, 1, "empty ideal")]
    [TestCase("duplicate variable", "field: QQ\nvars: x, y, x\npolys:\nx + y\n", 2, 13, "declared twice")]
    [TestCase("unknown field", "field: RR\nvars: x\npolys:\nx\n", 1, 1, "unknown field")]
    [TestCase("bad order", "field: QQ\nvars: x, y\norder: elim(z)\npolys:\nx\n", 3, 1, "unknown variable 'z'")]
    [TestCase("trailing operator", "field: GF(101)\nvars: x, y\npolys:\nx + y +\n", 4, -1, "")]
    [TestCase("exponent too large", "field: QQ\nvars: x\npolys:\nx^99999999\n", 4, -1, "too large")]
    public void BadSystemFile_OneLineWithLineAndColumn_ExitTwo(string what, string content, int line, int column, string message)
    {
        var file = WriteTemp(_dir, "bad.sys", content);
        var r = Run("groebner", file);
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Out, Is.Empty);
        Assert.That(r.ErrLines, Has.Length.EqualTo(1), r.ToString());
        var m = Regex.Match(r.Err.Trim(), @"^(?<file>.+):line (?<line>\d+), column (?<col>\d+): (?<msg>.+)$");
        Assert.That(m.Success, Is.True, $"{what}: '{r.Err.Trim()}' is not FILE:line L, column C: message");
        Assert.That(m.Groups["file"].Value, Is.EqualTo(file));
        Assert.That(int.Parse(m.Groups["line"].Value), Is.EqualTo(line), what);
        if (column > 0) Assert.That(int.Parse(m.Groups["col"].Value), Is.EqualTo(column), what);
        Assert.That(m.Groups["msg"].Value, Does.Contain(message), what);
        Assert.That(r.Err, Does.Not.Contain(" at "), "no stack trace");
    }

    [Test]
    public void MissingFile_ExitTwo()
    {
        var r = Run("groebner", Path.Combine(_dir, "nope.sys"));
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1));
        Assert.That(r.Err, Does.Contain("no such file"));
    }

    [Test]
    public void BadOrderOption_ExitTwo()
    {
        var r = Run("groebner", Sample("cyclic4.sys"), "--order", "weighted(1,2)");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1));
        Assert.That(r.Err, Does.Contain("--order"));
    }

    [Test]
    public void OutputIntoMissingDirectory_ExitTwo()
    {
        var r = Run("groebner", Sample("twisted-cubic.sys"), "-o", Path.Combine(_dir, "no", "such", "dir", "x.sys"), "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1));
    }

    [TestCase("bad.json", "{\"field\": \"QQ\", \"vars\": [\"x\",\"y\"],\n \"generators\": [\"x+y\", \"x*z\"]}", 2, 27, "unknown variable 'z'")]
    [TestCase("bad.json", "{\"field\": \"GF(9)\", \"vars\": [\"x\"], \"generators\": [\"x\"]}", 1, 11, "not prime")]
    [TestCase("bad.json", "{\"field\": \"QQ\", \"vars\": [\"x\"] \"generators\": []}", 1, -1, "invalid JSON")]
    [TestCase("bad.sing", "ring R = 0,(x,y),dp;\nideal G =\nx+y,\nx*(y-1;\n", 4, 3, "unbalanced parenthesis")]
    [TestCase("bad.sing", "ring R = 2,(x,y),dp;\nideal G = x;\n", 1, 10, "out of range")]
    [TestCase("bad.sing", "ring R = 12,(x,y),dp;\nideal G = x;\n", 1, 10, "not prime")]
    [TestCase("bad.m2", "R = QQ[x,y, MonomialOrder=>GRevLex];\nG = ideal(\nx+y,\nx+w\n);\n", 4, 3, "unknown variable 'w'")]
    [TestCase("bad.m2", "R = ZZ/15[x,y];\nG = ideal(x);\n", 1, 5, "not prime")]
    public void BadForeignFile_OneLineWithLineAndColumn_ExitTwo(string name, string content, int line, int column, string message)
    {
        var file = WriteTemp(_dir, name, content);
        var r = Run("groebner", file);
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1), r.ToString());
        var m = Regex.Match(r.Err.Trim(), @"^(?<file>.+):line (?<line>\d+), column (?<col>\d+): (?<msg>.+)$");
        Assert.That(m.Success, Is.True, r.Err);
        Assert.That(int.Parse(m.Groups["line"].Value), Is.EqualTo(line), r.Err);
        if (column > 0) Assert.That(int.Parse(m.Groups["col"].Value), Is.EqualTo(column), r.Err);
        Assert.That(m.Groups["msg"].Value, Does.Contain(message));
    }
}
