using CsCheck;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

/// <summary>
/// Property-based checks (CsCheck, fixed seed so a failure is reproducible; CsCheck shrinks and
/// prints the smallest counterexample): field laws of ℚ and F_p, ring laws of F_p[x,y,z] including
/// print/parse round trips, and the monomial-order axioms for lex, grevlex, weighted and block orders.
/// </summary>
public class PropertyTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private const int Iterations = 300;

    private static void Check<T>(Gen<T> gen, Action<T> property) =>
        gen.Sample(property, seed: Seed, iter: Iterations, threads: 1);

    // ---- fields ----

    private static readonly Gen<Rational> GenRational =
        Gen.Select(Gen.Long[-1_000_000_000_000L, 1_000_000_000_000L], Gen.Long[1, 1_000_000L], (n, d) => new Rational(n, d));

    private static void FieldLaws<T, TField>(TField f, Gen<T> gen) where TField : struct, IField<T>
    {
        Check(Gen.Select(gen, gen, gen), t =>
        {
            var (a, b, c) = t;
            Assert.That(f.AreEqual(f.Add(f.Add(a, b), c), f.Add(a, f.Add(b, c))), "(a+b)+c = a+(b+c)");
            Assert.That(f.AreEqual(f.Mul(f.Mul(a, b), c), f.Mul(a, f.Mul(b, c))), "(ab)c = a(bc)");
            Assert.That(f.AreEqual(f.Add(a, b), f.Add(b, a)), "a+b = b+a");
            Assert.That(f.AreEqual(f.Mul(a, b), f.Mul(b, a)), "ab = ba");
            Assert.That(f.AreEqual(f.Mul(a, f.Add(b, c)), f.Add(f.Mul(a, b), f.Mul(a, c))), "a(b+c) = ab+ac");
            Assert.That(f.IsZero(f.Add(a, f.Neg(a))), "a + (-a) = 0");
            Assert.That(f.AreEqual(f.Sub(a, b), f.Add(a, f.Neg(b))), "a-b = a+(-b)");
            Assert.That(f.AreEqual(f.Mul(a, f.One), a), "a·1 = a");
            Assert.That(f.AreEqual(f.Add(a, f.Zero), a), "a+0 = a");
            if (!f.IsZero(a))
            {
                Assert.That(f.IsOne(f.Mul(a, f.Inv(a))), "a·a⁻¹ = 1");
                Assert.That(f.AreEqual(f.Mul(f.Div(b, a), a), b), "(b/a)·a = b");
            }
        });
    }

    [Test]
    public void RationalFieldLaws() => FieldLaws(new RationalField(), GenRational);

    [TestCase(32003L)]
    [TestCase(2147483647L)]
    public void PrimeFieldLaws(long p)
    {
        // Edge values (0, 1, p−1) are drawn often: the reductions are most fragile there.
        var gen = Gen.Frequency((3, Gen.Long[0, p - 1]), (1, Gen.OneOf(0L, 1L, p - 1, p - 2)));
        FieldLaws(new PrimeField(p), gen.Select(x => (uint)x));
    }

    // ---- polynomial ring F_p[x,y,z] ----

    private static readonly PolynomialRing<uint, PrimeField> Fp = new(new PrimeField(32003), new[] { "x", "y", "z" });

    private static readonly Gen<Polynomial<uint, PrimeField>> GenPolynomial =
        Gen.Select(Gen.UInt[0, 32002], Gen.Int[0, 4].Array[3]).Array[0, 6]
            .Select(terms => Polynomial<uint, PrimeField>.FromTerms(Fp, terms.Select(t => (t.Item1, t.Item2))));

    [Test]
    public void PolynomialRingLaws()
    {
        Check(Gen.Select(GenPolynomial, GenPolynomial, GenPolynomial), t =>
        {
            var (f, g, h) = t;
            Assert.That((f + g) + h, Is.EqualTo(f + (g + h)), "(f+g)+h");
            Assert.That(f + g, Is.EqualTo(g + f), "f+g = g+f");
            Assert.That((f * g) * h, Is.EqualTo(f * (g * h)), "(fg)h");
            Assert.That(f * g, Is.EqualTo(g * f), "fg = gf");
            Assert.That(f * (g + h), Is.EqualTo(f * g + f * h), "f(g+h)");
            Assert.That(f - f, Is.EqualTo(Fp.Zero), "f-f = 0");
            Assert.That((f - g) + g, Is.EqualTo(f), "(f-g)+g = f");
        });
    }

    [Test]
    public void PrintThenParseIsIdentity()
    {
        Check(GenPolynomial, f => Assert.That(Fp.Parse(f.ToString()), Is.EqualTo(f), f.ToString()));
        var q = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y", "z" });
        var genQ = Gen.Select(GenRational, Gen.Int[0, 4].Array[3]).Array[0, 6]
            .Select(terms => Polynomial<Rational, RationalField>.FromTerms(q, terms.Select(t => (t.Item1, t.Item2))));
        Check(genQ, f => Assert.That(q.Parse(f.ToString()), Is.EqualTo(f), f.ToString()));
    }

    // ---- monomial orders ----

    private static IEnumerable<MonomialOrder> Orders() => new MonomialOrder[]
    {
        new LexOrder(4), new GrevlexOrder(4), new WeightedOrder(new[] { 1, 2, 3, 1 }), BlockOrder.Elimination(4, new[] { 1, 3 }),
    };

    private static readonly Gen<int[]> GenExponents = Gen.Int[0, 5].Array[4];

    [TestCaseSource(nameof(Orders))]
    public void MonomialOrderAxioms(MonomialOrder order)
    {
        var one = new int[4];
        Check(Gen.Select(GenExponents, GenExponents, GenExponents), t =>
        {
            var (a, b, c) = t;
            int ab = Math.Sign(order.CompareExponents(a, b));
            Assert.That(Math.Sign(order.CompareExponents(b, a)), Is.EqualTo(-ab), "antisymmetric");
            Assert.That(ab == 0, Is.EqualTo(a.SequenceEqual(b)), "total: equal only when equal");
            int bc = Math.Sign(order.CompareExponents(b, c));
            if (ab < 0 && bc < 0) Assert.That(order.CompareExponents(a, c), Is.LessThan(0), "transitive");
            var ac = a.Zip(c, (x, y) => x + y).ToArray();
            var bcSum = b.Zip(c, (x, y) => x + y).ToArray();
            Assert.That(Math.Sign(order.CompareExponents(ac, bcSum)), Is.EqualTo(ab), "a<b ⇒ ac<bc");
            if (!a.SequenceEqual(one)) Assert.That(order.CompareExponents(one, a), Is.LessThan(0), "1 is minimal");
        });
    }
}
