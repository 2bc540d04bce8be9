using System.Text;

namespace Elimination.Reliability.Tests;

/// <summary>Random polynomials as text in the syntax both the runner and Singular read.</summary>
internal static class PolynomialText
{
    public static int[] RandomExponents(Random rng, int n, int total)
    {
        var e = new int[n];
        for (int i = 0; i < total; i++) e[rng.Next(n)]++;
        return e;
    }

    /// <summary>Σ c·x^e over <paramref name="terms"/>, drawing each coefficient from <paramref name="coefficient"/> in term order.</summary>
    public static string Format(IReadOnlyList<int[]> terms, string[] vars, Func<string> coefficient)
    {
        var text = new StringBuilder();
        foreach (var e in terms)
        {
            var c = coefficient();
            bool negative = c.StartsWith('-');
            if (text.Length > 0) text.Append(negative ? " - " : " + ");
            else if (negative) text.Append('-');
            text.Append(negative ? c[1..] : c);
            for (int v = 0; v < vars.Length; v++)
            {
                if (e[v] == 0) continue;
                text.Append('*').Append(vars[v]);
                if (e[v] > 1) text.Append('^').Append(e[v]);
            }
        }
        return text.ToString();
    }
}
