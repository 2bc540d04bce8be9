using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Factorisation;

/// <summary>
/// Complete factorisation of a univariate polynomial over F_p (p odd): squarefree decomposition
/// (with p-th roots where the derivative vanishes), distinct-degree factorisation, then
/// Cantor–Zassenhaus equal-degree splitting with a seeded random source (Las Vegas: the answer is
/// always correct, only the running time is random).
/// </summary>
internal static class ModularUnivariateFactoriser
{
    /// <summary>Monic irreducible factors with multiplicities of a non-zero polynomial; the unit is its leading coefficient.</summary>
    public static List<(uint[] Factor, int Multiplicity)> Factor(uint[] a, PrimeField f, Random random)
    {
        var result = new List<(uint[], int)>();
        a = DenseModP.Monic(DenseModP.Trim(a), f);
        if (a.Length <= 1) return result;
        foreach (var (part, m) in Squarefree(a, f))
            foreach (var (g, d) in DistinctDegree(part, f))
                foreach (var h in EqualDegree(g, d, f, random))
                    result.Add((h, m));
        return result;
    }

    /// <summary>Squarefree monic parts with multiplicities (Yun's scheme, with p-th roots in characteristic p).</summary>
    public static List<(uint[] Part, int Multiplicity)> Squarefree(uint[] a, PrimeField f)
    {
        var result = new List<(uint[], int)>();
        a = DenseModP.Monic(a, f);
        if (a.Length <= 1) return result;
        var c = DenseModP.Gcd(a, DenseModP.Derivative(a, f), f);
        var w = DenseModP.DivRem(a, c, f).Q;
        int i = 1;
        while (!DenseModP.IsOne(w))
        {
            var y = DenseModP.Gcd(w, c, f);
            var z = DenseModP.DivRem(w, y, f).Q;
            if (z.Length > 1) result.Add((z, i));
            i++;
            w = y;
            c = DenseModP.DivRem(c, y, f).Q;
        }
        if (c.Length > 1)
        {
            // What is left is a p-th power: c(x) = r(x^p) = r(x)^p since a^p = a in F_p.
            int p = (int)f.P;
            var root = new uint[(c.Length - 1) / p + 1];
            for (int k = 0; k < root.Length; k++) root[k] = c[k * p];
            foreach (var (g, m) in Squarefree(root, f)) result.Add((g, m * p));
        }
        return result;
    }

    /// <summary>Splits a squarefree monic polynomial into products of all its irreducible factors of each degree d.</summary>
    public static List<(uint[] Product, int Degree)> DistinctDegree(uint[] a, PrimeField f)
    {
        var result = new List<(uint[], int)>();
        var x = new uint[] { 0, 1 };
        var h = x;
        for (int d = 1; 2 * d <= DenseModP.Degree(a); d++)
        {
            h = DenseModP.PowMod(h, f.P, a, f);
            var g = DenseModP.Gcd(DenseModP.Sub(h, x, f), a, f);
            if (g.Length > 1)
            {
                result.Add((g, d));
                a = DenseModP.DivRem(a, g, f).Q;
                h = DenseModP.Rem(h, a, f);
            }
        }
        if (a.Length > 1) result.Add((a, DenseModP.Degree(a)));
        return result;
    }

    /// <summary>Cantor–Zassenhaus: the monic irreducible factors of a product of distinct irreducibles of degree d.</summary>
    public static List<uint[]> EqualDegree(uint[] a, int d, PrimeField f, Random random)
    {
        var result = new List<uint[]>();
        var stack = new Stack<uint[]>();
        stack.Push(a);
        var exponent = (BigInteger.Pow(f.P, d) - 1) / 2;
        while (stack.Count > 0)
        {
            var g = stack.Pop();
            int n = DenseModP.Degree(g);
            if (n == d) { result.Add(g); continue; }
            while (true)
            {
                var r = new uint[n];
                for (int i = 0; i < n; i++) r[i] = (uint)random.NextInt64(f.P);
                r = DenseModP.Trim(r);
                if (r.Length <= 1) continue;
                var b = DenseModP.Sub(DenseModP.PowMod(r, exponent, g, f), DenseModP.One, f);
                var s = DenseModP.Gcd(b, g, f);
                if (s.Length <= 1 || s.Length == g.Length) continue;
                stack.Push(s);
                stack.Push(DenseModP.DivRem(g, s, f).Q);
                break;
            }
        }
        return result;
    }
}
