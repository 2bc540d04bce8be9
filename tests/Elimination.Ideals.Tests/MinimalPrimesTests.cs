using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using Elimination.Ideals.Decomposition;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>Minimal primes, radical and equidimensional parts; expected primes are Singular's minAssGTZ (primdec.lib).</summary>
public class MinimalPrimesTests
{
    [TestCase(new[] { "x*y", "x*z" }, new[] { "x", "y,z" })]
    [TestCase(new[] { "x^2-y^3", "x*z" }, new[] { "x^2-y^3,z", "x,y" })]
    [TestCase(new[] { "(x^2+y^2+z^2-1)*(x-z)", "(x^2+y^2+z^2-1)*(y-z)^2" }, new[] { "x^2+y^2+z^2-1", "x-z,y-z" })]
    [TestCase(new[] { "x^2+1", "y^2+1" }, new[] { "y^2+1,x-y", "y^2+1,x+y" })]
    // A cone over four points of P^2, two of them conjugate over ℚ (Singular: the same three primes).
    [TestCase(new[] { "x^2-y*z", "x*y-z^2" }, new[] { "x-z,y-z", "x,z", "x+y+z,y^2+y*z+z^2" })]
    // (x − z)² in disguise, no basis element reducible: J_K + (z² − y) over K = ℚ(y) has dimension 4, not 2, so the
    // eliminant's squarefree part is added (Seidenberg) before the prime is proved — over ℚ on bases checked modulo
    // primes, completeness then left to the exact saturation test.
    [TestCase(new[] { "x^2-2*x*z+y", "z^2-y" }, new[] { "x-z,z^2-y" })]
    public void MatchSingular(string[] gens, string[] primes)
    {
        var ideal = Ideal(QQ("x", "y", "z"), gens);
        var got = ideal.MinimalPrimes();
        var want = primes.Select(p => Ideal(QQ("x", "y", "z"), p.Split(','))).ToList();
        Assert.That(got.Count, Is.EqualTo(want.Count), string.Join(" | ", got.Select(c => c.Prime)));
        foreach (var w in want) Assert.That(got.Any(c => c.Prime.Equals(w)), Is.True, $"missing {w}; got {string.Join(" | ", got.Select(c => c.Prime))}");
        CheckRadical(ideal, got.Select(c => c.Prime).ToList());
    }

    /// <summary>
    /// A principal ideal's primes are its factors (k[x] is a UFD), taken without a basis of each branch: five linear forms
    /// with 40-digit rationals took 2.4 s (JIT) through branches and eliminations for the radical.
    /// </summary>
    [Test]
    public void PrincipalIdealsArePrimeByFactor()
    {
        var r = QQ("x", "y", "z");
        var random = new Random(40);
        string Big() => string.Concat(Enumerable.Range(0, 40).Select(i => (char)('0' + (i == 0 ? random.Next(1, 10) : random.Next(10)))));
        var forms = Enumerable.Range(0, 5).Select(_ => r.Parse($"{Big()}/{Big()}*x + {Big()}*y - {Big()}*z + {Big()}/7")).ToList();
        var product = forms.Aggregate(r.One, (a, f) => a * f);
        var ideal = Ideal(r, product.ToString());
        var got = ideal.MinimalPrimes();
        Assert.That(got.Select(c => (c.Dimension, (int)c.Degree)), Is.EqualTo(Enumerable.Repeat((2, 1), 5)));
        foreach (var f in forms) Assert.That(got.Any(c => c.Prime.Equals(Ideal(r, f.ToString()))), Is.True, $"missing {f}");
        CheckRadical(ideal, got.Select(c => c.Prime).ToList());
        var x2 = Ideal(r, "(x^2+y^2+1)^3*(x-y)^2*z");
        Assert.That(x2.MinimalPrimes().Select(c => c.Prime.ToString()), Is.EquivalentTo(new[] { Ideal(r, "x^2+y^2+1").ToString(), Ideal(r, "x-y").ToString(), Ideal(r, "z").ToString() }));
        Assert.That(x2.Radical().Equals(Ideal(r, "(x^2+y^2+1)*(x-y)*z")), Is.True);
    }

    [Test]
    public void OverGF7TheConjugateLinesSplit()
    {
        // x^2 + x + 1 has its roots 2 and 4 in GF(7): the same cone, four lines (Singular's minAssGTZ).
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(7), new[] { "x", "y", "z" });
        var got = Ideal<uint, PrimeField>.Parse(ring, "x^2-y*z", "x*y-z^2").MinimalPrimes();
        var want = new[] { "y-2*z,x+3*z", "y+3*z,x-2*z", "y-z,x-z", "z,x" }.Select(p => Ideal<uint, PrimeField>.Parse(ring, p.Split(','))).ToList();
        Assert.That(got.Count, Is.EqualTo(4));
        foreach (var w in want) Assert.That(got.Any(c => c.Prime.Equals(w)), Is.True, $"missing {w}");
    }

    /// <summary>
    /// Over GF(3) no linear form separates the 8 points of x² = y² = z² = −1 (they take at most 4 values), so the
    /// primes come from splitting by a random quadratic's minimal polynomial; counts and degrees are minAssGTZ's.
    /// </summary>
    [TestCase(3u, new[] { "x^2+1", "y^2+1", "z^2+1" }, new[] { 2, 2, 2, 2 })]
    [TestCase(3u, new[] { "x^2+1", "y^2+1" }, new[] { 2, 2 })] // z free: 1-dimensional over GF(3)(z)
    [TestCase(3u, new[] { "x^3-x-1", "y^3-y-1", "z^3-z-1" }, new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 })] // Artin–Schreier
    [TestCase(5u, new[] { "x^3-x-1", "y^3-y-1", "z^3-z-1" }, new[] { 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 })]
    [TestCase(7u, new[] { "2*x*y-z^2", "(z+2*y-3*x)^2*(2*x+3*y-2)" }, new[] { 2, 2 })] // its eliminant once defeated factorisation
    public void SmallFieldsWithoutASeparatingLinearForm(uint p, string[] gens, int[] degrees)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(p), new[] { "x", "y", "z" });
        var ideal = Ideal<uint, PrimeField>.Parse(ring, gens);
        var got = ideal.MinimalPrimes();
        Assert.That(got.Select(c => (int)c.Degree).Order(), Is.EqualTo(degrees.Order()), string.Join(" | ", got.Select(c => c.Prime)));
        foreach (var c in got) Assert.That(ideal.IsSubsetOf(c.Prime), Is.True);
        CheckRadical(ideal, got.Select(c => c.Prime).ToList());
    }

    /// <summary>
    /// GF(3): two conjugate line pairs with z free (no linear separation over GF(3)(z)), a conic, and a point off them —
    /// a component on which z is not independent, which the split branches must still reach (minAssGTZ: the same four).
    /// </summary>
    [Test]
    public void SmallFieldSplitsKeepTheLowerDimensionalComponents()
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(3), new[] { "x", "y", "z" });
        Ideal<uint, PrimeField> I(params string[] g) => Ideal<uint, PrimeField>.Parse(ring, g);
        var ideal = I("x^2+1", "y^2+1").Intersection(I("x-1", "y", "z")).Intersection(I("x-z", "y^2+z^2+z"));
        var got = ideal.MinimalPrimes();
        var want = new[] { I("x+y", "y^2+1"), I("x-y", "y^2+1"), I("x-z", "y^2+z^2+z"), I("x-1", "y", "z") };
        Assert.That(got.Count, Is.EqualTo(4), string.Join(" | ", got.Select(c => c.Prime)));
        foreach (var w in want) Assert.That(got.Any(c => c.Prime.Equals(w)), Is.True, $"missing {w}");
    }

    /// <summary>
    /// Components whose residue fields are inseparable over k(U) (x − z is nilpotent modulo x³ − y, z³ − y over GF(3), yet no
    /// squarefree eliminant shows it): decomposed through u ↦ u^p. Expected primes are Singular's minAssChar.
    /// </summary>
    [TestCase(3u, "x,y,z", new[] { "x^3-y", "z^3-y" }, new[] { "x-z;z^3-y" })]
    [TestCase(3u, "x,y,z", new[] { "x^9-y", "z^9-y" }, new[] { "x-z;z^9-y" })] // two substitutions
    [TestCase(3u, "x,y,z", new[] { "x^3-y", "z^3-y^2" }, new[] { "x*z-y;x*y-z^2;x^2-z;z^3-y^2" })]
    [TestCase(5u, "x,y,z", new[] { "(x^5-y)*(x-z)", "z^5-y" }, new[] { "x-z;z^5-y" })]
    [TestCase(3u, "x,y,z", new[] { "(x^3-y*z)*(y-1)", "z^3-y^2" }, new[] { "z^3-y^2;x^3-y*z", "z-1;y-1" })]
    [TestCase(3u, "x,y,z,w", new[] { "x^3-y", "z^3-w", "x*z-y*w" }, new[] { "y;x;z^3-w", "w;z;x^3-y", "y*w+1;z^2+x*w;x*z+1;x^2+y*z", "y*w-1;z^2-x*w;x*z-1;x^2-y*z" })]
    [TestCase(7u, "x,y,z,w", new[] { "x^7-y*w^7", "z^7-y" }, new[] { "z*w-x;z^7-y;y*w^7-x^7;x*z^6-y*w;x^2*z^5-y*w^2;x^3*z^4-y*w^3;x^4*z^3-y*w^4;x^5*z^2-y*w^5;x^6*z-y*w^6" })]
    [TestCase(3u, "a,b,c,d", new[] { "a^3*d-b^3*c", "a^3-c*d^2" }, new[] { "c;a", "b-d;a^3-c*d^2" })]
    [TestCase(101u, "x,y,z", new[] { "x^101-y", "z^101-y" }, new[] { "x-z;z^101-y" })]
    // dim over k(t) counted from the Hilbert numerator: the 32003² standard monomials were enumerated (a hang).
    [TestCase(32003u, "x,y,t", new[] { "x^32003-t", "y^32003-t" }, new[] { "x-y;y^32003-t" })]
    public void InseparableResidueFieldsInCharacteristicP(uint p, string vars, string[] gens, string[] primes)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(p), vars.Split(','));
        var got = Ideal<uint, PrimeField>.Parse(ring, gens).MinimalPrimes();
        Assert.That(got.Count, Is.EqualTo(primes.Length), string.Join(" | ", got.Select(c => c.Prime)));
        foreach (var w in primes.Select(q => Ideal<uint, PrimeField>.Parse(ring, q.Split(';'))))
            Assert.That(got.Any(c => c.Prime.Equals(w)), Is.True, $"missing {w}");
    }

    [Test]
    public void SingularLocusOfTheThreeByThreeDeterminantIsTheRankOneLocus()
    {
        // det and its partial derivatives (the 2×2 minors): one prime, the rank ≤ 1 matrices, dim 5, degree 6.
        var ring = QQ("a", "b", "c", "d", "e", "f", "g", "h", "k");
        var det = ring.Parse("a*e*k - a*f*h - b*d*k + b*f*g + c*d*h - c*e*g");
        var ideal = new Ideal<Rational, RationalField>(ring, ring.Variables.Select((_, i) => det.Derivative(i)).Append(det));
        var got = ideal.MinimalPrimes();
        Assert.That(got.Select(c => (c.Dimension, (int)c.Degree)), Is.EqualTo(new[] { (5, 6) }));
        Assert.That(got[0].Prime, Is.EqualTo(ideal), "the 2×2 minors are prime");
    }

    [Test]
    public void OverGF32003AndEquidimensionalParts()
    {
        var ideal = Ideal(Fp("x", "y", "z"), "x*z-y^2*z", "x*y*z", "z^2*y");
        var parts = ideal.EquidimensionalParts();
        // V = {z = 0} ∪ {x = y = 0}: a plane and a line.
        Assert.That(parts.Select(p => p.Dimension), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(parts[0].Part, Is.EqualTo(Ideal(Fp("x", "y", "z"), "z")));
        Assert.That(parts[1].Part, Is.EqualTo(Ideal(Fp("x", "y", "z"), "x", "y")));
        Assert.That(ideal.Radical(), Is.EqualTo(Ideal(Fp("x", "y", "z"), "x*z", "y*z")));
    }

    /// <summary>
    /// Exploratory case (2026-12-05): GTZ's branches J + h over the leading coefficients held ~30 curves inside the two
    /// components and ran past 150 s; Laplagne's saturation passes find both (Singular's minAssGTZ: the same primes).
    /// </summary>
    [Test]
    public void SparseSixVariableIdealOverGF32003()
    {
        var r = Fp("x0", "x1", "x2", "x3", "x4", "x5");
        var ideal = Ideal(r, "x4^2-3*x0*x1", "-3*x5+x1^3+2*x3*x5", "2*x1-3*x2*x3*x4-3*x1*x3", "x1*x4-3*x0*x4+2*x5");
        var got = ideal.MinimalPrimes();
        Assert.That(got.Select(c => (c.Dimension, (int)c.Degree)), Is.EqualTo(new[] { (3, 1), (2, 20) }));
        Assert.That(got[0].Prime, Is.EqualTo(Ideal(r, "x1", "x4", "x5")));
        Assert.That(got[1].Prime.Contains("x0*x1-10668*x4^2"), Is.True); // Singular's basis element
        CheckRadical(ideal, got.Select(c => c.Prime).ToList());
    }

    /// <summary>A system file of tests/data/systems over ℚ: its ring and ideal.</summary>
    private static (PolynomialRing<Rational, RationalField> Ring, Ideal<Rational, RationalField> Ideal) RationalSystem(string name)
    {
        var file = Elimination.Core.IO.SystemFile.Load(System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", name + ".sys"));
        var r = file.Ring<Rational, RationalField>(new RationalField());
        return (r, new Ideal<Rational, RationalField>(r, file.Parse(r)));
    }

    /// <summary>
    /// Six components of dimensions 5 to 0 over ℚ. The 4-dimensional localisation's branch J + q whose exact basis carries
    /// the lower components (41 000 terms of 740 bits; > 150 s) is decided modulo primes and its prime proved on its own
    /// basis; a branch empty over k(U) modulo primes leaves completeness to the exact saturation test.
    /// </summary>
    [Test]
    public void ChainOfSixComponentsOverTheRationals()
    {
        var (r, ideal) = RationalSystem("chain-six-components-qq");
        var got = ideal.MinimalPrimes(seed: 7);
        Assert.That(got.Select(c => (c.Dimension, (int)c.Degree)), Is.EqualTo(new[] { (5, 1), (4, 1), (2, 1), (1, 1), (1, 2), (0, 1) }));
        string[][] expected =
        {
            new[] { "v+2*z-2" }, new[] { "v-3*x+u+3", "z-2*x-3*u" }, new[] { "v-1", "x-2*z-3", "w-u-2*z", "y+1" },
            new[] { "v-3", "z-2*u-3", "x", "y-2*u-3", "w+3*u" }, new[] { "v^2+u^2-4", "z+v", "x+1", "y-1", "w" },
            new[] { "v-2", "w+2", "y", "u+3", "x+2", "z-1" },
        };
        for (int i = 0; i < expected.Length; i++) Assert.That(got[i].Prime, Is.EqualTo(Ideal(r, expected[i])), $"component {i + 1}");
    }

    /// <summary>
    /// A surface, a squared rational cubic and a squared point over ℚ: the branches' dimensions, leading coefficients,
    /// saturations and eliminants are computed modulo primes with only results lifted, each prime proved exactly and
    /// completeness left to the exact saturation test.
    /// </summary>
    [Test]
    public void SurfaceCurveAndPointOverTheRationals()
    {
        var (r, ideal) = RationalSystem("surface-curve-point-qq");
        var got = ideal.MinimalPrimes(seed: 3);
        Assert.That(got.Select(c => (c.Dimension, (int)c.Degree)), Is.EqualTo(new[] { (2, 3), (1, 3), (0, 1) }));
        Assert.That(got[0].Prime, Is.EqualTo(Ideal(r, "7*x^2*z+13*y*z-31*z^2+17*x*y-5*y^2+3")));
        Assert.That(got[1].Prime, Is.EqualTo(Ideal(r, "11*x-23*y^2+19*z+1", "5*z-7*x*y+3*x-2")));
        Assert.That(got[2].Prime, Is.EqualTo(Ideal(r, "3*x-1", "5*y-2", "7*z-3")));
    }

    /// <summary>
    /// √I of six lines over ℚ with large rationals is intersected modulo primes and lifted (checked, then proved to lie in
    /// every prime): it equals the exact pairwise intersection of the lines.
    /// </summary>
    [Test]
    public void RadicalOfLinesLiftedFromIntersectionsModuloPrimes()
    {
        var r = QQ("x", "y", "z");
        var lines = new[]
        {
            Ideal(r, "x-3/7*z", "y+11/5*z-1"), Ideal(r, "x+y-2", "z-13/3"), Ideal(r, "2*x-y", "z+17/11*y"),
            Ideal(r, "x-1", "y-2"), Ideal(r, "y-5/9*x", "z-x+4"), Ideal(r, "x+z", "y-123456789/1000*z"),
        };
        var union = lines.Aggregate((a, b) => a.Intersection(b));
        var I = Ideal(r, union.GroebnerBasis().Basis.Select(f => f.ToString()).ToArray());
        var primes = I.MinimalPrimes(seed: 5);
        Assert.That(primes.Select(c => (c.Dimension, (int)c.Degree)), Is.All.EqualTo((1, 1)));
        Assert.That(primes, Has.Count.EqualTo(6));
        Assert.That(MinimalPrimes.Radical(I, primes), Is.EqualTo(union));
    }

    /// <summary>
    /// Three lines over ℚ, each generator of their ideal squared: J_K + q is not radical, so Seidenberg's eliminants are
    /// added, and that branch too is decided modulo primes and its saturation proved (6 such lines: 14 → 5.7 s, where
    /// Singular's minAssGTZ ran past 120 s).
    /// </summary>
    [Test]
    public void SquaredGeneratorsOfLinesOverTheRationals()
    {
        var r = QQ("x", "y", "z");
        var lines = new[] { Ideal(r, "x-3/7*z", "y+11/5*z-1"), Ideal(r, "x+y-2", "z-13/3"), Ideal(r, "x+z", "y-123456789/1000*z") };
        var union = lines.Aggregate((a, b) => a.Intersection(b));
        var I = Ideal(r, union.GroebnerBasis().Basis.Select(f => (f * f).ToString()).ToArray());
        var primes = I.MinimalPrimes(seed: 5);
        Assert.That(primes, Has.Count.EqualTo(3));
        foreach (var line in lines) Assert.That(primes.Count(c => c.Prime.Equals(line)), Is.EqualTo(1), line.ToString());
    }

    /// <summary>A line and a point: the point's part is one prime, not the radical of the whole (which is not zero-dimensional).</summary>
    [Test]
    public void EquidimensionalPartWithPointsOfAPositiveDimensionalIdeal()
    {
        var r = QQ("x", "y");
        var parts = Ideal(r, "x*(x-1)", "x*y").EquidimensionalParts();
        Assert.That(parts.Select(p => p.Dimension), Is.EqualTo(new[] { 1, 0 }));
        Assert.That(parts[0].Part, Is.EqualTo(Ideal(r, "x")));
        Assert.That(parts[1].Part, Is.EqualTo(Ideal(r, "x-1", "y")));
    }

    /// <summary>
    /// A graph y − f(w) is prime at once (k[w, y]/I ≅ k[w]); with a generator c·v − g whose v occurs nowhere else, the
    /// primes are those of the others plus it. The MLP (2,2,1,1) x² graph over ℚ took 3.6 s through Gröbner bases.
    /// </summary>
    [Test]
    public void GraphGeneratorsAreSubstitutedOut()
    {
        var r = QQ("a", "b", "y1", "y2", "y3");
        var graph = Ideal(r, "y1 - a^2", "y2 - a*b", "y3 - b^2");
        var got = graph.MinimalPrimes();
        Assert.That(got.Select(c => (c.Dimension, (int)c.Degree)), Is.EqualTo(new[] { (2, 4) }));
        Assert.That(got[0].Prime, Is.EqualTo(graph));
        // 2*y1 - a*b (y1 alone) over the two lines a*b = 0: (a, 2*y1) and (b, 2*y1) — plus a generator where y2 occurs twice.
        var mixed = Ideal(r, "2*y1 - a*b", "a*b", "y2^2 - y3", "y3 - a");
        var primes = mixed.MinimalPrimes();
        Assert.That(primes.Select(c => c.Prime), Is.EquivalentTo(new[]
        {
            Ideal(r, "y1", "a", "y3", "y2"), Ideal(r, "y1", "b", "y3 - a", "y2^2 - a"),
        }));
        CheckRadical(mixed, primes.Select(c => c.Prime).ToList());
    }

    [Test]
    public void UnitAndZeroIdeals()
    {
        Assert.That(Ideal(QQ("x", "y"), "x", "x-1").MinimalPrimes(), Is.Empty);
        var zero = new Ideal<Rational, RationalField>(QQ("x", "y"), Array.Empty<Polynomial<Rational, RationalField>>());
        Assert.That(zero.MinimalPrimes().Select(c => c.Dimension), Is.EqualTo(new[] { 2 }));
    }

    /// <summary>√I ⊇ I, each generator of √I is in √I (Rabinowitsch), and each prime contains I.</summary>
    private static void CheckRadical<T, TField>(Ideal<T, TField> ideal, List<Ideal<T, TField>> primes) where TField : struct, IField<T>
    {
        foreach (var p in primes) Assert.That(ideal.IsSubsetOf(p), Is.True, $"{p} contains I");
        var radical = ideal.Radical();
        Assert.That(ideal.IsSubsetOf(radical), Is.True);
        foreach (var g in radical.Generators) Assert.That(ideal.RadicalContains(g), Is.True, $"{g} lies in the radical");
        // The intersection, whichever way the radical was computed (zero-dimensional: Seidenberg's eliminants).
        Assert.That(radical, Is.EqualTo(primes.Aggregate((a, b) => a.Intersection(b))));
    }
}
