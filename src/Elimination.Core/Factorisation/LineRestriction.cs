using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Factorisation;

/// <summary>
/// A quick irreducibility proof by restriction to a random line x = a + b·t. A factorisation
/// f = g·h restricts to f(a + bt) = g(a + bt)·h(a + bt), and the restriction keeps the total degree
/// of a factor exactly when its top-degree form does not vanish at b; so when f(a + bt) has degree
/// deg f and is irreducible, f is irreducible. By Hilbert's irreducibility theorem an irreducible f
/// over ℚ passes for most lines; over F_p a line passes with probability about 1/deg f. A failed try
/// proves nothing, and the caller then factors in full.
/// </summary>
internal static class LineRestriction
{
    private const int Range = 40;

    public static bool ProvesIrreducible(Polynomial<Rational, RationalField> f, Random random, int tries)
    {
        int n = f.Ring.VariableCount, degree = f.Degree;
        var den = DenseInteger.CommonDenominator(f.Coefficients);
        for (int attempt = 0; attempt < tries; attempt++)
        {
            var lines = new BigInteger[n][];
            for (int i = 0; i < n; i++) lines[i] = new BigInteger[] { random.Next(-Range, Range + 1), random.Next(1, Range + 1) * (random.Next(2) == 0 ? 1 : -1) };
            var powers = Powers(lines, degree, DenseInteger.Mul, new BigInteger[] { 1 });
            var image = new BigInteger[degree + 1];
            foreach (var (c, e) in f.Terms())
            {
                var term = new BigInteger[] { c.Numerator * (den / c.Denominator) };
                for (int i = 0; i < n; i++) if (e[i] > 0) term = DenseInteger.Mul(term, powers[i][e[i]]);
                for (int k = 0; k < term.Length; k++) image[k] += term[k];
            }
            if (image[degree].IsZero) continue;
            var factors = IntegerUnivariateFactoriser.Factor(image, random);
            if (factors.Count == 1 && factors[0].Multiplicity == 1 && factors[0].Factor.Length == degree + 1) return true;
        }
        return false;
    }

    /// <summary>
    /// Over F_p the line may be a curve x_i = a_i + b_i·t^(w_i) with weights w_i ≥ 1 (every other try): the proof is the
    /// same with the w-weighted degree D and top form in place of deg f and f's top form, since the t^D coefficient is
    /// top_w(f)(b) = top_w(g)(b)·top_w(h)(b). Over a small field the ordinary top form can vanish at every point:
    /// y⁵zw²(yz − xw)(yz + xw) is zero on all of GF(3)⁴, so no line over GF(3) proved y⁷z³w² − x²y⁵zw⁴ + … (degree 12,
    /// irreducible) irreducible, and Hensel lifting, which needs the same top form non-zero, found no slope either.
    /// </summary>
    public static bool ProvesIrreducible(Polynomial<uint, PrimeField> f, Random random, int tries)
    {
        var field = f.Ring.Field;
        int n = f.Ring.VariableCount;
        var exponents = f.Terms().Select(t => t.Exponents).ToArray();
        for (int attempt = 0; attempt < tries; attempt++)
        {
            var weights = new int[n];
            for (int i = 0; i < n; i++) weights[i] = attempt % 2 == 0 ? 1 : random.Next(1, 4);
            int degree = exponents.Max(e => Weighted(e, weights));
            var curves = new uint[n][];
            for (int i = 0; i < n; i++)
            {
                curves[i] = new uint[weights[i] + 1];
                curves[i][0] = (uint)random.NextInt64(0, field.P);
                curves[i][weights[i]] = (uint)random.NextInt64(1, field.P);
            }
            var powers = Powers(curves, exponents.Max(e => e.Max()), (a, b) => DenseModP.Mul(a, b, field), new uint[] { 1 });
            var image = new uint[degree + 1];
            foreach (var (c, e) in f.Terms())
            {
                var term = new[] { c };
                for (int i = 0; i < n; i++) if (e[i] > 0) term = DenseModP.Mul(term, powers[i][e[i]], field);
                for (int k = 0; k < term.Length; k++) image[k] = field.Add(image[k], term[k]);
            }
            if (image[degree] == 0) continue;
            var factors = ModularUnivariateFactoriser.Factor(image, field, random);
            if (factors.Count == 1 && factors[0].Multiplicity == 1 && factors[0].Factor.Length == degree + 1) return true;
        }
        return false;
    }

    private static int Weighted(int[] e, int[] weights)
    {
        int d = 0;
        for (int i = 0; i < e.Length; i++) d += weights[i] * e[i];
        return d;
    }

    /// <summary>powers[i][k] = line_i(t)^k for k ≤ degree.</summary>
    private static C[][][] Powers<C>(C[][] lines, int degree, Func<C[], C[], C[]> mul, C[] one)
    {
        var powers = new C[lines.Length][][];
        for (int i = 0; i < lines.Length; i++)
        {
            powers[i] = new C[degree + 1][];
            powers[i][0] = one;
            for (int k = 1; k <= degree; k++) powers[i][k] = mul(powers[i][k - 1], lines[i]);
        }
        return powers;
    }
}
