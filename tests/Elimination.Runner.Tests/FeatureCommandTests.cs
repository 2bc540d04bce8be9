namespace Elimination.Runner.Tests;

/// <summary>
/// One end-to-end run per feature command, on the bundled samples, asserting the mathematical answer
/// (the libraries' own tests cover the cases in depth).
/// </summary>
public class FeatureCommandTests
{
    private static string Samples(string name) => RunnerHarness.Sample(name);

    [Test]
    public void EliminateGivesTheTwistedCubicMinors()
    {
        var r = RunnerHarness.Run("eliminate", Samples("twisted-cubic.sys"), "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("x^2-y").And.Contain("x*y-z").And.Contain("y^2-x*z"), r.ToString());
    }

    [Test]
    public void AnEmptyEliminateOptionIsNamed()
    {
        // The file has an eliminate: line; the message said to add one.
        var r = RunnerHarness.Run("eliminate", Samples("twisted-cubic.sys"), "--eliminate", "", "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("--eliminate names no variable").And.Not.Contain("add an"), r.ToString());
    }

    [Test]
    public void ImplicitizeTheCircle()
    {
        var r = RunnerHarness.Run("implicitize", Samples("circle.map"), "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("x^2+y^2-1"), r.ToString());
    }

    [Test]
    public void HilbertOfTheTwistedCubicCone()
    {
        var r = RunnerHarness.Run("hilbert", Samples("twisted-cubic-cone.sys"), "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Match(@"degree:\s*3"), r.ToString());
    }

    [Test]
    public void NeurovarietyOfALinearNetworkIsTheDeterminant()
    {
        var r = RunnerHarness.Run("neurovariety", "--arch", "linear", "--widths", "3,2,3", "--equations", "--dimension", "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("y2*y4*y6-y1*y5*y6-y2*y3*y7+y0*y5*y7+y1*y3*y8-y0*y4*y8"), r.ToString());
    }

    /// <summary>
    /// The CNN with a shared quadric has dimension 3 by a random Jacobian rank (probabilistic); its exact ideal over ℚ
    /// proves it. Facts read the same on the console and in the ideal file's comments (yes/no, brackets).
    /// </summary>
    [Test]
    public void ExactEquationsProveTheJacobianRank()
    {
        string[] network = ["neurovariety", "--arch", "cnn", "--widths", "3", "--filters", "1,1", "--channels", "2,2,1", "--dimension", "--seed", "1", "-q"];
        var alone = RunnerHarness.Run(network);
        Assert.That(alone.Out, Does.Contain("dimension certainty: lower bound, exact with probability").And.Contain("filling: no"), alone.ToString());
        var r = RunnerHarness.Run([.. network, "--equations"]);
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("# dimension certainty: proved (equal to the dimension of the exact ideal's Hilbert series)")
            .And.Contain("# filling: no"), r.ToString());
        var fibre = RunnerHarness.Run("neurovariety", "--arch", "linear", "--widths", "2,3,2,3", "--fibre", "-q");
        Assert.That(fibre.Out, Does.Contain("of dimension 13, acts on them) (dimension 12)"), fibre.ToString());
    }

    /// <summary>--decide without --degree-bound takes the least bound cutting out dim V (3 for (2,2,1,1) x²) and proves J = I(V) by elimination.</summary>
    [Test]
    public void DecideSettlesTheCubicsOf2211()
    {
        var r = RunnerHarness.Run("neurovariety", "--arch", "mlp", "--widths", "2,2,1,1", "--activation", "x^2", "--equations", "--decide", "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("degree bound: 3 (the least").And.Contain("decision: GeneratesTheIdeal").And.Contain("lies in J (proof, exact)"), r.ToString());
    }

    /// <summary>
    /// Equations whose vanishing on V is only probabilistic ((2,2,2,1) x³: the symbolic composition is too large) are still
    /// decided, and the output says what the decision assumes; a zero set of another dimension decides at once.
    /// </summary>
    [Test]
    public void DecideStatesWhatItAssumesOfUnprovedEquations()
    {
        var r = RunnerHarness.Run("neurovariety", "--arch", "mlp", "--widths", "2,2,2,1", "--activation", "x^3", "--equations", "--degree-bound", "5",
            "--decide", "--seed", "3");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("verified: no").And.Contain("decision assumes: the equations vanish on V").And.Contain("decision: ZeroSetTooLarge"), r.ToString());
        Assert.That(r.Err, Does.Contain("WRN] --decide: the equations are not proved to vanish on V"), r.ToString());
    }

    [Test]
    public void SingularLocusOfTheCusp()
    {
        var r = RunnerHarness.Run("singular-locus", Samples("cusp.sys"), "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("x^2").And.Contain("y"), r.ToString());
    }

    [Test]
    public void EdDegreeOfTheTwistedCubicCone()
    {
        var bw = RunnerHarness.Run("ed-degree", Samples("twisted-cubic-cone.sys"), "--projective", "--Q", "bombieri-weyl", "--seed", "1", "-q");
        Assert.That(bw.Code, Is.EqualTo(0), bw.ToString());
        Assert.That(bw.Out, Does.Match(@"ed degree:\s*3\b"), bw.ToString());
        var circle = RunnerHarness.Run("ed-degree", Samples("circle.sys"), "--seed", "1", "-q");
        Assert.That(circle.Out, Does.Match(@"ed degree:\s*2\b"), circle.ToString());
    }

    [Test]
    public void EdDegreeCountsAnInputOverGFqModQ()
    {
        // Over GF(1009), 1009·x⁴ vanishes: the curve is the cusp y² = x³ (degree 3), not the quartic it would be mod another prime.
        var dir = RunnerHarness.TempDir();
        var file = RunnerHarness.WriteTemp(dir, "gf1009.sys", "field: GF(1009)\nvars: x, y\npolys:\ny^2 - x^3 - 1009*x^4\n");
        var r = RunnerHarness.Run("ed-degree", file, "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Match(@"prime:\s*1009\b").And.Match(@"variety degree:\s*3\b").And.Match(@"ed degree:\s*4\b"), r.ToString());
        var other = RunnerHarness.Run("ed-degree", file, "--prime", "1013", "-q");
        Assert.That(other.Code, Is.EqualTo(2), other.ToString());
        Assert.That(other.Err, Does.Contain("the input is over GF(1009)"), other.ToString());
        // GF(7): random data meets the ED discriminant too often (the cardioid, ED degree 3, gave 1, 2 or 3 by seed).
        var small = RunnerHarness.WriteTemp(dir, "gf7.sys", "field: GF(7)\nvars: x, y\npolys:\n(x^2+y^2+x)^2-(x^2+y^2)\n");
        var refused = RunnerHarness.Run("ed-degree", small, "--seed", "6", "-q");
        Assert.That(refused.Code, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Err, Does.Contain("GF(7) has too few elements"), refused.ToString());
    }

    /// <summary>
    /// An empty X says so (the unit ideal; projectively, only the cone's vertex) instead of blaming a non-radical ideal;
    /// a plane ∪ a line counts both parts (ED degree 2, not the plane's 1).
    /// </summary>
    [Test]
    public void EdDegreeOfAnEmptyOrMixedDimensionalVariety()
    {
        var dir = RunnerHarness.TempDir();
        var unit = RunnerHarness.WriteTemp(dir, "unit.sys", "field: QQ\nvars: x, y\npolys:\nx - 1\nx - 2\n");
        var r = RunnerHarness.Run("ed-degree", unit, "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("X is empty (the ideal is the unit ideal)"), r.ToString());
        var vertex = RunnerHarness.WriteTemp(dir, "vertex.sys", "field: QQ\nvars: x, y\npolys:\nx\ny\n");
        var p = RunnerHarness.Run("ed-degree", vertex, "--projective", "-q");
        Assert.That(p.Code, Is.EqualTo(2), p.ToString());
        Assert.That(p.Err, Does.Contain("only the cone's vertex"), p.ToString());
        var mixed = RunnerHarness.WriteTemp(dir, "mixed.sys", "field: QQ\nvars: x, y, z\npolys:\nx*z\ny*z\n");
        var m = RunnerHarness.Run("ed-degree", mixed, "--seed", "1", "-q");
        Assert.That(m.Code, Is.EqualTo(0), m.ToString());
        Assert.That(m.Out, Does.Match(@"ed degree:\s*2\b").And.Contain("not equidimensional"), m.ToString());
    }

    [Test]
    public void NoOutputReplacesOrAppendsToAnInput()
    {
        var dir = RunnerHarness.TempDir();
        const string header = "Widths,Activation,Architecture\n";
        var a = RunnerHarness.WriteTemp(dir, "a.csv", header + "\"2,2,1\",x^2,\"mlp 2,2,1 x^2\"\n");
        var b = RunnerHarness.WriteTemp(dir, "b.csv", (header + "\"3,2,1\",x^2,\"mlp 3,2,1 x^2\"\n").Replace("\n", "\r\n"));
        var merged = RunnerHarness.Run("merge", a, b, "-o", b);
        Assert.That(merged.Code, Is.EqualTo(2), merged.ToString());
        Assert.That(merged.Err, Does.Contain("is the input file"), merged.ToString());
        var crlf = RunnerHarness.Run("merge", a, b, "-q");   // a CRLF shard has the same columns
        Assert.That(crlf.Code, Is.EqualTo(0), crlf.ToString());
        Assert.That(crlf.Out, Does.Contain("mlp 3,2,1 x^2").And.Contain("mlp 2,2,1 x^2"), crlf.ToString());

        // A torn last line (no newline) is a shard being written: dropped with a warning. A whole row with the wrong
        // cells is damage: exit 2 naming it, unless --skip-malformed.
        var torn = RunnerHarness.WriteTemp(dir, "torn.csv", header + "\"2,3,1\",x^2,\"mlp 2,3,1 x^2\"\n\"2,4");
        var tornMerged = RunnerHarness.Run("merge", a, torn);
        Assert.That(tornMerged.Code, Is.EqualTo(0), tornMerged.ToString());
        Assert.That(tornMerged.Out, Does.Contain("mlp 2,3,1 x^2"), tornMerged.ToString());
        var damaged = RunnerHarness.WriteTemp(dir, "damaged.csv", header + "\"2,5,1\",x^2\n\"2,3,1\",x^2,\"mlp 2,3,1 x^2\"\n");
        var refused = RunnerHarness.Run("merge", a, damaged, "-q");
        Assert.That(refused.Code, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Err, Does.Contain("damaged.csv:2: 2 cells where the header has 3"), refused.ToString());
        var skipped = RunnerHarness.Run("merge", a, damaged, "--skip-malformed", "-q");
        Assert.That(skipped.Code, Is.EqualTo(0), skipped.ToString());
        Assert.That(skipped.Out, Does.Contain("mlp 2,3,1 x^2").And.Not.Contain("2,5,1"), skipped.ToString());

        var sys = RunnerHarness.WriteTemp(dir, "x.sys", "field: QQ\nvars: x\npolys:\nx^2\n");
        var log = RunnerHarness.Run("groebner", sys, "--log", sys);
        Assert.That(log.Code, Is.EqualTo(2), log.ToString());
        Assert.That(File.ReadAllText(sys), Is.EqualTo("field: QQ\nvars: x\npolys:\nx^2\n"));

        var same = Path.Combine(dir, "same.json");
        var twice = RunnerHarness.Run("singular-locus", Samples("cusp.sys"), "--summary", same, "-o", same);
        Assert.That(twice.Code, Is.EqualTo(2), twice.ToString());
        Assert.That(twice.Err, Does.Contain("name the same file"), twice.ToString());
        Assert.That(File.Exists(same), Is.False);

        var checkpoint = RunnerHarness.Run("neurovariety", "--arch", "mlp", "--widths", "2,2,2", "--equations", "--degree-bound", "2", "--checkpoint", sys);
        Assert.That(checkpoint.Code, Is.EqualTo(2), checkpoint.ToString());
        Assert.That(checkpoint.Err, Does.Contain("is a file; give a directory"), checkpoint.ToString());
    }

    [Test]
    public void AVariableNamedBaseringIsRenamedForSingular()
    {
        var dir = RunnerHarness.TempDir();
        var file = RunnerHarness.WriteTemp(dir, "b.sys", "field: QQ\nvars: x, basering\npolys:\nx*basering - 1\n");
        var r = RunnerHarness.Run("groebner", file, "-f", "singular", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("ring R = 0,(x,basering0),dp;"), r.ToString());
    }

    [Test]
    public void UnknownCommandAndMissingFileAreCleanErrors()
    {
        var missing = RunnerHarness.Run("singular-locus", "no-such-file.sys");
        Assert.That(missing.Code, Is.EqualTo(2), missing.ToString());
        Assert.That(missing.Err, Does.Not.Contain("   at "), missing.ToString());
    }
}

public class ReportCommandTests
{
    [Test]
    public void ReportOnALinearNetworkHasEverySection()
    {
        var dir = RunnerHarness.TempDir();
        var md = Path.Combine(dir, "report.md");
        var r = RunnerHarness.Run("report", "--arch", "linear", "--widths", "3,2,3", "--seed", "1", "-q", "--output", md);
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var text = File.ReadAllText(md);
        Assert.That(text, Does.Contain("| ambient / expected / actual dimension | 9 / 8 / 8 |"), text);
        Assert.That(text, Does.Contain("y2*y4*y6-y1*y5*y6-y2*y3*y7+y0*y5*y7+y1*y3*y8-y0*y4*y8"), text);
        Assert.That(text, Does.Contain("| degree | 3 |").And.Contain("singular locus").And.Contain("ED degree"), text);
        Assert.That(File.Exists(Path.ChangeExtension(md, ".json")), Is.True);
    }
}

public class ReportFromFileTests
{
    [Test]
    public void ReportOnTheTwistedCubicCone()
    {
        var dir = RunnerHarness.TempDir();
        var r = RunnerHarness.Run("report", RunnerHarness.Sample("twisted-cubic-cone.sys"), "--seed", "1", "-q", "--json", Path.Combine(dir, "r.json"));
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("dimension 1 (projective), degree 3").And.Contain("| ED degree (generic Q) | 7 |"), r.ToString());
        Assert.That(RunnerHarness.Run("report", "-q").Code, Is.EqualTo(2));
    }

    [TestCase("--widths", "3,2,1", "--decide")]
    [TestCase("--widths", "3,2,1", "--equations", "--decide", "--field", "GF(32003)")]
    [TestCase("--widths", "2,2,1,1", "--equations", "--degree-bound", "3", "--decide", "--field", "GF(32003)")]
    public void DecideWhereItCannotRunIsRefused(params string[] options)
    {
        var r = RunnerHarness.Run(new[] { "neurovariety", "-q" }.Concat(options).ToArray());
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("--decide"), r.ToString());
    }

    [TestCase("QQ")]
    [TestCase("GF(32003)")]
    public void DegreeBoundedEquationsSayWhichCoordinateIsWhich(string field)
    {
        var r = RunnerHarness.Run("neurovariety", "--arch", "mlp", "--widths", "2,2,1,1", "--activation", "x^2", "--equations", "--degree-bound", "3",
            "--field", field, "--seed", "1", "-q");
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        Assert.That(r.Out, Does.Contain("coordinates: y0 ="), r.ToString());
    }

    [Test]
    public void EdDegreeWithoutCriticalPointsIsZeroOrANonRadicalIdeal()
    {
        var dir = RunnerHarness.TempDir();
        // Two isotropic lines: no orthogonal projection onto either, ED degree 0 (printed, not left out).
        var isotropic = RunnerHarness.Run("ed-degree", RunnerHarness.WriteTemp(dir, "iso.sys", "field: QQ\nvars: x, y\npolys:\nx^2+y^2\n"), "--seed", "1", "-q");
        Assert.That(isotropic.Code, Is.EqualTo(0), isotropic.ToString());
        Assert.That(isotropic.Out, Does.Match(@"ed degree:\s*0\b"), isotropic.ToString());
        // The doubled circle: its Jacobian vanishes on X, so the count would say 0 where the circle has 2.
        var doubled = RunnerHarness.Run("ed-degree", RunnerHarness.WriteTemp(dir, "nr.sys", "field: QQ\nvars: x, y\npolys:\n(x^2+y^2-1)^2\n"), "--seed", "1", "-q");
        Assert.That(doubled.Code, Is.EqualTo(2), doubled.ToString());
        Assert.That(doubled.Err, Does.Contain("not radical"), doubled.ToString());
    }
}
