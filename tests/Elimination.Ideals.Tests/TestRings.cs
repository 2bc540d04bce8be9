using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Ideals.Tests;

/// <summary>Rings and random polynomials shared by the tests.</summary>
internal static class TestRings
{
    public const uint Prime = 32003;

    public static PolynomialRing<Rational, RationalField> QQ(params string[] vars) => new(new RationalField(), vars);
    public static PolynomialRing<uint, PrimeField> Fp(params string[] vars) => new(new PrimeField(Prime), vars);

    public static Ideal<Rational, RationalField> Ideal(PolynomialRing<Rational, RationalField> ring, params string[] gens) =>
        Ideal<Rational, RationalField>.Parse(ring, gens);

    public static Ideal<uint, PrimeField> Ideal(PolynomialRing<uint, PrimeField> ring, params string[] gens) =>
        Ideal<uint, PrimeField>.Parse(ring, gens);

    /// <summary>A map ℚ[y0, y1, …] → ℚ[parameters], y_i ↦ images[i], as its target ring and parsed images.</summary>
    public static (PolynomialRing<Rational, RationalField> Target, List<Polynomial<Rational, RationalField>> Images) Map(
        string[] parameters, string[] images)
    {
        var p = QQ(parameters);
        var target = QQ(Enumerable.Range(0, images.Length).Select(i => "y" + i).ToArray());
        return (target, images.Select(f => p.Parse(f)).ToList());
    }

    /// <summary>A random polynomial with up to <paramref name="terms"/> terms of degree ≤ maxDegree and small coefficients.</summary>
    public static Polynomial<T, TField> RandomPolynomial<T, TField>(PolynomialRing<T, TField> ring, Random random, int maxDegree, int terms, bool homogeneous = false)
        where TField : struct, IField<T>
    {
        var list = new List<(T, int[])>();
        int n = ring.VariableCount;
        for (int k = 0; k < terms; k++)
        {
            int d = homogeneous ? maxDegree : random.Next(0, maxDegree + 1);
            var e = new int[n];
            for (int j = 0; j < d; j++) e[random.Next(n)]++;
            int c = random.Next(-5, 6);
            if (c == 0) c = 1;
            list.Add((ring.Field.FromInteger(c), e));
        }
        return Polynomial<T, TField>.FromTerms(ring, list);
    }

    public static void Log(string message) => TestContext.Out.WriteLine(message);
}
