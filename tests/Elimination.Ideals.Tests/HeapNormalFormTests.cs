using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>
/// Dividends longer than 64 terms are reduced from a heap (Reduction.NormalFormByHeap), shorter ones by rewriting.
/// Modulo a Gröbner basis the normal form is unique, hence linear: the long dividend's normal form must equal the sum
/// of its short pieces' (seeded random ideals and dividends, over GF(32003) and ℚ).
/// </summary>
public class HeapNormalFormTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void LongDividendsReduceAsTheSumOfTheirPieces(int seed)
    {
        Check(Fp("x", "y", "z"), seed);
        Check(QQ("x", "y", "z"), seed);
    }

    private static void Check<T, TField>(PolynomialRing<T, TField> ring, int seed) where TField : struct, IField<T>
    {
        var rng = new Random(seed);
        var gens = Enumerable.Range(0, 3).Select(_ => RandomPolynomial(ring, rng, 3, 4)).ToList();
        var basis = new Ideal<T, TField>(ring, gens, null, null).GroebnerBasis().Basis;
        var f = ring.Zero;
        while (f.Length <= 150) f += RandomPolynomial(ring, rng, 9, 40);
        var pieces = ring.Zero;
        for (int start = 0; start < f.Length; start += 50)
        {
            var piece = Polynomial<T, TField>.FromTerms(ring, f.Terms().Skip(start).Take(50));
            pieces += Reduction.NormalForm(piece, basis);
        }
        Assert.That(Reduction.NormalForm(f, basis), Is.EqualTo(pieces), $"{ring.Field.Name}, seed {seed}, {f.Length} terms");
    }
}
