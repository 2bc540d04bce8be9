using Elimination.Core.Fields;
using Elimination.Geometry.IO;
using Elimination.Geometry.Quadrics;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

public class TextInputTests
{
    [Test]
    public void MatrixTextReadsRowsAndRationals()
    {
        var m = MatrixText.Parse("1, 2, 1/3; 0 0 -4");
        Assert.That(m.ToString(), Is.EqualTo("[1, 2, 1/3]\n[0, 0, -4]"));
        Assert.That(Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => MatrixText.Parse("1,2;3"))!.Message, Does.Contain("row 2 has 1 entries"));
        Assert.That(Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => MatrixText.Parse("1,x"))!.Message, Does.Contain("'x'"));
    }

    [Test]
    public void DatasetCsvSkipsHeaderAndReadsDecimalsExactly()
    {
        var (xs, ys) = DatasetCsv.Parse("x1,x2,y\n# comment\n0.5,1,2\n-1,1/3,0.25\n");
        Assert.That(xs.Select(r => string.Join(" ", r)), Is.EqualTo(new[] { "1/2 1", "-1 1/3" }));
        Assert.That(ys.Select(r => string.Join(" ", r)), Is.EqualTo(new[] { "2", "1/4" }));
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => DatasetCsv.Parse("1,2\n3,x\n"));
    }

    [Test]
    public void QuadricSpecsBuildTheNamedForms()
    {
        var rng = new Random(1);
        Assert.That(new QuadricSpec("bombieri-weyl").Build<Rational, RationalField>(QQ, 4, rng).ToString(),
            Is.EqualTo("[1, 0, 0, 0]\n[0, 3, 0, 0]\n[0, 0, 3, 0]\n[0, 0, 0, 1]"));
        Assert.That(new QuadricSpec("diag(4,1)").Build<Rational, RationalField>(QQ, 2, rng).ToString(), Is.EqualTo("[4, 0]\n[0, 1]"));
        Assert.That(new QuadricSpec("random-psd:2").Build<Rational, RationalField>(QQ, 4, rng).Rank, Is.EqualTo(2));
        Assert.That(new QuadricSpec("random-pd").Build<uint, PrimeField>(Fp, 3, rng).Rank, Is.EqualTo(3));
        Assert.That(Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => new QuadricSpec("1,2;3,4").Build<Rational, RationalField>(QQ, 2, rng))!.Message, Does.Contain("not symmetric"));
    }
}
