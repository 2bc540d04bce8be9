using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Tests;

/// <summary>Loads the classic systems copied under tests/data/systems.</summary>
public static class TestSystems
{
    public static string Path(string name) =>
        System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "systems", name + ".sys");

    public static (PolynomialRing<Rational, RationalField> Ring, List<Polynomial<Rational, RationalField>> Polys) Rationals(string name, string? order = null)
    {
        var file = SystemFile.Load(Path(name));
        var ring = file.Ring<Rational, RationalField>(new RationalField(), order);
        return (ring, file.Parse(ring));
    }

    public static (PolynomialRing<uint, PrimeField> Ring, List<Polynomial<uint, PrimeField>> Polys) Modular(string name, string? order = null)
    {
        var file = SystemFile.Load(Path(name));
        var ring = file.Ring<uint, PrimeField>(file.Field.PrimeField(), order);
        return (ring, file.Parse(ring));
    }

    /// <summary>The polynomials reduced modulo p, in a ring with the same variables and order.</summary>
    public static List<Polynomial<uint, PrimeField>> ModP(List<Polynomial<Rational, RationalField>> polys, uint p)
    {
        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(p), polys[0].Ring.Variables, polys[0].Ring.Order);
        return polys.Select(f => Rings.ModP(f, ring)).ToList();
    }
}
