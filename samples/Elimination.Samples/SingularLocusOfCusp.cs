using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry;

namespace Elimination.Samples;

/// <summary>The cusp y² = x³ is singular exactly at the origin (Jacobian criterion, exact over ℚ).</summary>
public static class SingularLocusOfCusp
{
    public static void Run(TextWriter output)
    {
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "x", "y" });
        var cusp = Variety<Rational, RationalField>.Parse(ring, projective: false, "y^2 - x^3");
        var locus = SingularLocus.Compute(cusp);
        output.WriteLine($"singular locus: {string.Join(", ", locus.Basis)}  ({locus.Invariants})");
    }
}
