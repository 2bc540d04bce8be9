using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

public class HilbertTests
{
    private static BigInteger[] Ints(params int[] c) => c.Select(x => new BigInteger(x)).ToArray();

    // Arithmetic genus from the Hilbert polynomial: plane cubic 1 (P = 3s), twisted cubic 0 (3s + 1), the (2,3) complete
    // intersection in P^3 a canonical curve of genus 4 (6s − 3), a plane quartic 3, a quadric surface 0 (p_a = P(0) − 1).
    [TestCase("x,y,z", new[] { "y^2*z-x^3-x^2*z" }, 1)]
    [TestCase("a,b,c,d", new[] { "a*c-b^2", "b*d-c^2", "a*d-b*c" }, 0)]
    [TestCase("x,y,z,w", new[] { "x^2+y^2+z^2+w^2", "x^3+y^3+z^3+w^3" }, 4)]
    [TestCase("x,y,z", new[] { "x^4+y^4+z^4" }, 3)]
    [TestCase("x,y,z,w", new[] { "x*y-z*w" }, 0)]
    public void ArithmeticGenus(string vars, string[] gens, int genus) =>
        Assert.That(Ideal(QQ(vars.Split(',')), gens).HilbertSeries().ArithmeticGenus, Is.EqualTo(new BigInteger(genus)));

    [Test]
    public void TheUnitIdealHasDimensionMinusOneBothWays()
    {
        var hs = Ideal(QQ("x", "y"), "x^2+1", "x").HilbertSeries();
        Assert.That((hs.Dimension, hs.ProjectiveDimension), Is.EqualTo((-1, -1)));
        Assert.That(hs.RegularityIndex, Is.EqualTo(0), "HF = HP = 0 from degree 0 (it said 1)");
    }

    /// <summary>
    /// dim k[x]/I is the Hilbert series' degree, not a count of standard monomials (exploratory testing: x^30000, y^30000
    /// ran out of memory enumerating 9·10⁸ of them; a^10, …, g^10 took 30 s for 10⁷).
    /// </summary>
    [Test]
    public void VectorSpaceDimensionWithoutListingTheMonomials()
    {
        Assert.That(IdealInvariants.VectorSpaceDimension(Ideal(Fp("x", "y"), "x^30000", "y^30000")), Is.EqualTo(900_000_000));
        Assert.That(IdealInvariants.VectorSpaceDimension(Ideal(QQ("a", "b", "c", "d", "e", "f", "g"),
            "a^10", "b^10", "c^10", "d^10", "e^10", "f^10", "g^10")), Is.EqualTo(10_000_000));
        Assert.That(IdealInvariants.VectorSpaceDimension(Ideal(QQ("x", "y"), "x^2+y^2-1", "x-y")), Is.EqualTo(2));
        Assert.That(IdealInvariants.VectorSpaceDimension(Ideal(QQ("x", "y"), "x", "x-1")), Is.EqualTo(0));
        Assert.Throws<InvalidOperationException>(() => IdealInvariants.VectorSpaceDimension(Ideal(QQ("x", "y"), "x")));
    }

    [Test]
    public void MonomialIdealNumerators()
    {
        // k[x,y]/(x^2, xy): N = 1 − 2t^2 + t^3.
        Assert.That(new MonomialIdeal(2, new[] { new[] { 2, 0 }, new[] { 1, 1 } }).HilbertNumerator(), Is.EqualTo(Ints(1, 0, -2, 1)));
        // Complete intersection x^2, y^3, z in k[x,y,z,w]: (1−t^2)(1−t^3)(1−t).
        var ci = new MonomialIdeal(4, new[] { new[] { 2, 0, 0, 0 }, new[] { 0, 3, 0, 0 }, new[] { 0, 0, 1, 0 } });
        Assert.That(ci.HilbertNumerator(), Is.EqualTo(Ints(1, -1, -1, 0, 1, 1, -1)));
        Assert.That(ci.Dimension(), Is.EqualTo(1));
        Assert.That(new MonomialIdeal(3, Array.Empty<int[]>()).HilbertNumerator(), Is.EqualTo(Ints(1)));
        Assert.That(new MonomialIdeal(3, new[] { new[] { 0, 0, 0 } }).HilbertNumerator(), Is.Empty);
    }

    [Test]
    public void PivotRecursionAgreesWithCountingStandardMonomials([Values(1, 2, 3, 4, 5)] int seed)
    {
        // Zero-dimensional monomial ideals: Σ HF(s) = number of standard monomials; HF(s) by counting.
        var random = new Random(seed);
        int n = 3;
        var gens = new List<int[]>();
        for (int v = 0; v < n; v++) { var p = new int[n]; p[v] = random.Next(2, 6); gens.Add(p); }
        for (int k = 0; k < 6; k++) gens.Add(Enumerable.Range(0, n).Select(_ => random.Next(0, 4)).ToArray());
        var m = new MonomialIdeal(n, gens);
        var hs = new HilbertSeries(n, m.HilbertNumerator(), true, Provenance.Given);
        var standard = m.StandardMonomials();
        Log($"seed {seed}: {m.Generators.Count} generators, {standard.Count} standard monomials, HS {hs}");
        Assert.That(hs.Dimension, Is.EqualTo(0));
        Assert.That(hs.Degree, Is.EqualTo(new BigInteger(standard.Count)), $"seed {seed}");
        for (int s = 0; s < 12; s++)
            Assert.That(hs.HilbertFunction(s), Is.EqualTo(new BigInteger(standard.Count(e => e.Sum() == s))), $"seed {seed}, degree {s}");
    }

    [Test]
    public void TwistedCubicSeriesAndPolynomial()
    {
        var r = QQ("y0", "y1", "y2", "y3");
        var hs = Ideal(r, "y1^2 - y0*y2", "y1*y2 - y0*y3", "y2^2 - y1*y3").HilbertSeries();
        Assert.That(hs.Format(), Is.EqualTo("(1 + 2*t)/(1-t)^2"));
        Assert.That(HilbertSeries.FormatPolynomial(hs.HilbertPolynomial()), Is.EqualTo("3*s + 1"));
        Assert.That(hs.RegularityIndex, Is.EqualTo(0));
        for (int s = 0; s < 6; s++) Assert.That(hs.HilbertFunction(s), Is.EqualTo(new BigInteger(3 * s + 1)));
    }

    [Test]
    public void CompleteIntersectionHilbertPolynomial([Values(21, 22, 23)] int seed)
    {
        // A random (2,3) complete intersection in P^3 is a canonical curve of genus 4: HP = 6s − 3.
        var ring = Fp("x", "y", "z", "w");
        var random = new Random(seed);
        var f = RandomPolynomial(ring, random, 2, 8, homogeneous: true);
        var g = RandomPolynomial(ring, random, 3, 12, homogeneous: true);
        var hs = new Ideal<uint, PrimeField>(ring, new[] { f, g }).HilbertSeries();
        Log($"seed {seed}: f = {f}; g = {g}; HS = {hs}, HP = {HilbertSeries.FormatPolynomial(hs.HilbertPolynomial())}");
        Assert.That(hs.Format(), Is.EqualTo("(1 + 2*t + 2*t^2 + t^3)/(1-t)^2"), $"seed {seed}");
        Assert.That(HilbertSeries.FormatPolynomial(hs.HilbertPolynomial()), Is.EqualTo("6*s - 3"));
        Assert.That(hs.IsHomogeneous, Is.True);
    }

    [Test]
    public void DimensionAndDegreeOfAffineIdeals()
    {
        var r = QQ("x", "y", "z");
        // A line and a point: dimension 1, degree 1 (the top-dimensional part).
        var i = Ideal(r, "x", "y").Intersection(Ideal(r, "x - 1", "y - 1", "z - 1"));
        Assert.That(i.Dimension(), Is.EqualTo(1));
        Assert.That(i.Degree(), Is.EqualTo(BigInteger.One));
        // The affine twisted cubic: dimension 1, degree 3.
        var c = Ideal(r, "y - x^2", "z - x^3");
        Assert.That(c.Dimension(), Is.EqualTo(1));
        Assert.That(c.Degree(), Is.EqualTo(new BigInteger(3)));
        Assert.That(c.HilbertSeries().IsHomogeneous, Is.False);
        Assert.That(Ideal(r, "1").Dimension(), Is.EqualTo(-1));
        Assert.That(new Ideal<Rational, RationalField>(r, Array.Empty<Elimination.Core.Polynomials.Polynomial<Rational, RationalField>>()).Dimension(), Is.EqualTo(3));
    }

    [Test]
    public void ZeroDimensionalQuotientBasis()
    {
        var r = QQ("x", "y");
        // x^2 + y^2 = 1, x = y^2 (4 points with multiplicity); standard monomials for grevlex.
        var i = Ideal(r, "x^2 + y^2 - 1", "x - y^2");
        var basis = i.QuotientBasis();
        Log(string.Join(", ", basis));
        Assert.That(basis.Count, Is.EqualTo(4));
        Assert.That(IdealInvariants.VectorSpaceDimension(i), Is.EqualTo(4));
        Assert.That(i.Degree(), Is.EqualTo(new BigInteger(4)));
        Assert.That(string.Join(",", basis), Is.EqualTo("1,y,x,x*y"));
        Assert.Throws<InvalidOperationException>(() => Ideal(r, "x*y").QuotientBasis());
    }

    [Test]
    public void KrullDimensionAgreesWithHilbertSeries([Values(31, 32, 33, 34)] int seed)
    {
        var ring = Fp("a", "b", "c", "d", "e");
        var random = new Random(seed);
        var gens = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomPolynomial(ring, random, 2, 3, homogeneous: true)).ToList();
        var ideal = new Ideal<uint, PrimeField>(ring, gens);
        int viaIndependentSets = ideal.Dimension();
        int viaSeries = ideal.HilbertSeries().Dimension;
        Log($"seed {seed}: {ideal} dim {viaIndependentSets}");
        Assert.That(viaIndependentSets, Is.EqualTo(viaSeries), $"seed {seed}");
    }

    [Test]
    public void RandomCoordinateChangeKeepsTheHilbertSeries([Values(41, 42)] int seed)
    {
        var r = QQ("y0", "y1", "y2", "y3");
        var cubic = Ideal(r, "y1^2 - y0*y2", "y1*y2 - y0*y3", "y2^2 - y1*y3");
        var change = RandomLinearChange<Rational, RationalField>.Create(r, seed, bound: 3);
        var moved = change.Apply(cubic);
        Log($"{moved.Origin}");
        Assert.That(moved.Origin.Seeds, Is.EqualTo(new[] { seed }));
        Assert.That(moved.HilbertSeries().Format(), Is.EqualTo(cubic.HilbertSeries().Format()));
    }
}
