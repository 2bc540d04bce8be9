namespace Elimination.Geometry.Internal;

/// <summary>
/// Hilbert series of k[x]/M for a monomial ideal M, as the numerator N(t) of N(t)/(1−t)^n, by the
/// pivot recursion N(M) = N(M + (p)) + t^deg(p)·N(M : p) (Bigatti 1997) with a pure-power base case.
/// For a Gröbner basis w.r.t. a degree-compatible order the leading-term ideal has the same
/// (affine) Hilbert function, hence the same dimension and degree as the ideal itself.
/// Private to Geometry until the ideal toolkit's Hilbert polynomial is in place.
/// </summary>
internal static class MonomialHilbert
{
    public static long[] Numerator(IReadOnlyList<int[]> generators, int variables)
    {
        var gens = Minimalise(generators.Select(g => (int[])g.Clone()).ToList());
        return Recurse(gens, variables);
    }

    /// <summary>Krull dimension and degree of k[x]/M (dimension −1, degree 0 for the unit ideal).</summary>
    public static (int Dimension, long Degree) DimensionDegree(IReadOnlyList<int[]> generators, int variables)
    {
        var n = Numerator(generators, variables);
        if (n.All(c => c == 0)) return (-1, 0);
        int m = 0;
        var q = n;
        while (Sum(q) == 0)
        {
            // q(t) = (1 − t)·r(t): r_k = Σ_{i≤k} q_i.
            var r = new long[q.Length - 1];
            long acc = 0;
            for (int k = 0; k < r.Length; k++) { acc += q[k]; r[k] = acc; }
            q = r;
            m++;
        }
        return (variables - m, Sum(q));
    }

    private static long Sum(long[] p) { long s = 0; foreach (var c in p) s += c; return s; }

    private static long[] Recurse(List<int[]> gens, int n)
    {
        if (gens.Count == 0) return new long[] { 1 };
        foreach (var g in gens) if (g.All(e => e == 0)) return new long[] { 0 };
        // Base case: only pure powers (each generator in one variable) → Π (1 − t^e).
        int pivotVar = -1, best = 0;
        var count = new int[n];
        foreach (var g in gens)
        {
            int support = 0;
            foreach (var e in g) if (e > 0) support++;
            if (support < 2) continue;
            for (int i = 0; i < n; i++) if (g[i] > 0 && ++count[i] > best) { best = count[i]; pivotVar = i; }
        }
        if (pivotVar < 0)
        {
            long[] prod = { 1 };
            foreach (var g in gens) prod = Multiply(prod, OneMinusTPower(g.Sum()));
            return prod;
        }
        int pe = int.MaxValue;
        foreach (var g in gens)
        {
            int support = 0;
            foreach (var e in g) if (e > 0) support++;
            if (support >= 2 && g[pivotVar] > 0) pe = Math.Min(pe, g[pivotVar]);
        }
        var pivot = new int[n];
        pivot[pivotVar] = pe;

        var plus = new List<int[]>(gens.Count + 1) { pivot };
        foreach (var g in gens) if (g[pivotVar] < pe) plus.Add(g);
        var quotient = new List<int[]>(gens.Count);
        foreach (var g in gens)
        {
            var h = (int[])g.Clone();
            h[pivotVar] = Math.Max(0, h[pivotVar] - pe);
            quotient.Add(h);
        }
        var a = Recurse(Minimalise(plus), n);
        var b = Recurse(Minimalise(quotient), n);
        var result = new long[Math.Max(a.Length, b.Length + pe)];
        for (int i = 0; i < a.Length; i++) result[i] += a[i];
        for (int i = 0; i < b.Length; i++) result[i + pe] += b[i];
        return result;
    }

    private static long[] OneMinusTPower(int e)
    {
        var p = new long[e + 1];
        p[0] += 1;
        p[e] -= 1;
        return p;
    }

    private static long[] Multiply(long[] a, long[] b)
    {
        var r = new long[a.Length + b.Length - 1];
        for (int i = 0; i < a.Length; i++)
            if (a[i] != 0)
                for (int j = 0; j < b.Length; j++) r[i + j] += a[i] * b[j];
        return r;
    }

    private static List<int[]> Minimalise(List<int[]> gens)
    {
        gens.Sort((x, y) => x.Sum().CompareTo(y.Sum()));
        var kept = new List<int[]>(gens.Count);
        foreach (var g in gens)
        {
            bool redundant = false;
            foreach (var k in kept)
            {
                bool divides = true;
                for (int i = 0; i < g.Length; i++) if (k[i] > g[i]) { divides = false; break; }
                if (divides) { redundant = true; break; }
            }
            if (!redundant) kept.Add(g);
        }
        return kept;
    }
}
