using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Tests;

/// <summary>Seeded random ideals for property tests.</summary>
public static class RandomIdeals
{
    public static List<Polynomial<T, TField>> Generate<T, TField>(PolynomialRing<T, TField> ring, int seed, int generators, int maxDegree, int maxTerms)
        where TField : struct, IField<T>
    {
        var rng = new Random(seed);
        var result = new List<Polynomial<T, TField>>();
        int n = ring.VariableCount;
        for (int g = 0; g < generators; g++)
        {
            var terms = new List<(T, int[])>();
            int count = rng.Next(1, maxTerms + 1);
            for (int t = 0; t < count; t++)
            {
                var e = new int[n];
                int degree = rng.Next(0, maxDegree + 1);
                for (int k = 0; k < degree; k++) e[rng.Next(n)]++;
                terms.Add((ring.Field.FromInteger(rng.Next(-20, 21)), e));
            }
            result.Add(Polynomial<T, TField>.FromTerms(ring, terms));
        }
        return result;
    }
}
