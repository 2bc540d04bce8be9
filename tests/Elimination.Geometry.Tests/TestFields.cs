using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry;

namespace Elimination.Geometry.Tests;

/// <summary>Shared fields and ring builders for the geometry tests.</summary>
internal static class TestFields
{
    /// <summary>2^31 − 1, the largest prime the prime field accepts.</summary>
    public static readonly PrimeField Fp = new(2147483647);
    public static readonly RationalField QQ = new();

    public static PolynomialRing<uint, PrimeField> Ring(params string[] vars) => new(Fp, vars);

    public static Variety<uint, PrimeField> Affine(string vars, params string[] eqs) =>
        Variety<uint, PrimeField>.Parse(Ring(vars.Split(',')), false, eqs);

    public static Variety<uint, PrimeField> Projective(string vars, params string[] eqs) =>
        Variety<uint, PrimeField>.Parse(Ring(vars.Split(',')), true, eqs);

    /// <summary>A dense polynomial of degree ≤ d (or exactly homogeneous d) with random coefficients.</summary>
    public static Polynomial<uint, PrimeField> RandomPolynomial(PolynomialRing<uint, PrimeField> ring, int d, Random rng, bool homogeneous = false)
    {
        var terms = new List<(uint, int[])>();
        int n = ring.VariableCount;
        for (int deg = homogeneous ? d : 0; deg <= d; deg++)
            foreach (var e in Quadrics.BombieriWeyl.Monomials(n, deg))
                terms.Add(((uint)rng.NextInt64(1, Fp.P), e));
        return Polynomial<uint, PrimeField>.FromTerms(ring, terms);
    }

    public static GeometryOptions Options(int seed)
    {
        TestContext.Out.WriteLine($"seed {seed}");
        return new GeometryOptions { Seed = seed };
    }
}
