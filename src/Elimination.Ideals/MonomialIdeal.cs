using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// A monomial ideal by its minimal generators (exponent vectors). The leading-monomial ideal of a
/// Gröbner basis carries the Hilbert series, dimension and degree of the ideal itself.
/// </summary>
public sealed class MonomialIdeal
{
    public MonomialIdeal(int variables, IEnumerable<int[]> generators)
    {
        Variables = variables;
        Generators = Minimalize(generators.Select(g => g.Length == variables ? g : throw new ArgumentException("exponent vector of the wrong length")));
    }

    public int Variables { get; }

    /// <summary>Minimal generators, sorted by total degree.</summary>
    public IReadOnlyList<int[]> Generators { get; }

    /// <summary>The ideal of leading monomials of a (Gröbner) basis.</summary>
    public static MonomialIdeal Leading<T, TField>(PolynomialRing<T, TField> ring, IEnumerable<Polynomial<T, TField>> basis) where TField : struct, IField<T> =>
        new(ring.VariableCount, basis.Where(g => !g.IsZero).Select(g => g.LeadingExponents));

    public bool IsUnit => Generators.Count > 0 && Generators[0].All(e => e == 0);

    public bool Contains(ReadOnlySpan<int> monomial)
    {
        foreach (var g in Generators)
            if (Divides(g, monomial)) return true;
        return false;
    }

    // ---- Hilbert series numerator --------------------------------------------------------

    /// <summary>
    /// N(t) with HS(k[x]/M) = N(t)/(1 − t)^n, by Bigatti's pivot recursion:
    /// N(M) = N(M + (p)) + t^deg p · N(M : p) for a pure-power pivot p, down to ideals whose
    /// generators have pairwise disjoint supports, where N = ∏ (1 − t^deg m).
    /// </summary>
    public BigInteger[] HilbertNumerator(CancellationToken cancel = default) => Numerator(Generators.ToList(), Variables, cancel);

    private static BigInteger[] Numerator(List<int[]> gens, int n, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        if (gens.Count == 0) return new BigInteger[] { 1 };
        if (gens[0].All(e => e == 0)) return Array.Empty<BigInteger>();

        var count = new int[n];
        bool disjoint = true;
        foreach (var g in gens)
            for (int v = 0; v < n; v++)
                if (g[v] > 0 && ++count[v] > 1) disjoint = false;
        if (disjoint)
        {
            BigInteger[] r = { 1 };
            foreach (var g in gens) r = IntegerPolynomial.TimesOneMinusPower(r, g.Sum());
            return r;
        }

        int x = 0;
        for (int v = 1; v < n; v++) if (count[v] > count[x]) x = v;
        // Exponents of x in generators that are not pure powers of x: a pivot among them is not in M
        // (a pure power x^a in M has a above all of them by minimality), so both branches shrink.
        var exps = new List<int>();
        foreach (var g in gens)
            if (g[x] > 0 && !IsPurePower(g, x)) exps.Add(g[x]);
        exps.Sort();
        int e = exps[exps.Count / 2];

        var sum = new List<int[]>(gens.Count + 1);
        var pivot = new int[n];
        pivot[x] = e;
        foreach (var g in gens) if (g[x] < e) sum.Add(g);
        sum.Add(pivot);
        var colon = new List<int[]>(gens.Count);
        foreach (var g in gens)
        {
            var h = (int[])g.Clone();
            h[x] = Math.Max(0, h[x] - e);
            colon.Add(h);
        }
        var a = Numerator(Minimalize(sum), n, cancel);
        var b = Numerator(Minimalize(colon), n, cancel);
        return IntegerPolynomial.Add(a, IntegerPolynomial.Shift(b, e));
    }

    private static bool IsPurePower(int[] g, int x)
    {
        for (int v = 0; v < g.Length; v++) if (v != x && g[v] != 0) return false;
        return true;
    }

    // ---- dimension -----------------------------------------------------------------------

    /// <summary>
    /// Krull dimension of k[x]/M: the size of a largest set of variables containing the support of
    /// no generator (an independent set), found as n minus a smallest set meeting every support.
    /// −1 for the unit ideal.
    /// </summary>
    public int Dimension()
    {
        if (IsUnit) return -1;
        var supports = Generators.Select(g => Enumerable.Range(0, Variables).Where(v => g[v] > 0).ToArray())
            .OrderBy(s => s.Length).ToList();
        int best = Variables;
        var chosen = new bool[Variables];
        Cover(supports, chosen, 0, ref best);
        return Variables - best;
    }

    /// <summary>
    /// The first set of <paramref name="size"/> variables (in lexicographic order of their indices)
    /// containing the support of no generator; null when there is none.
    /// </summary>
    public int[]? IndependentSet(int size)
    {
        if (size == 0) return IsUnit ? null : Array.Empty<int>();
        foreach (var mask in IndexSubsets.OfSize(Variables, size))
        {
            bool independent = true;
            foreach (var m in Generators)
            {
                bool inside = true;
                for (int v = 0; v < Variables && inside; v++) if (m[v] > 0 && (mask & (1UL << v)) == 0) inside = false;
                if (inside) { independent = false; break; }
            }
            if (independent) return Enumerable.Range(0, Variables).Where(v => (mask & (1UL << v)) != 0).ToArray();
        }
        return null;
    }

    private static void Cover(List<int[]> supports, bool[] chosen, int size, ref int best)
    {
        if (size >= best) return;
        int[]? open = null;
        foreach (var s in supports)
        {
            bool hit = false;
            foreach (var v in s) if (chosen[v]) { hit = true; break; }
            if (!hit && (open is null || s.Length < open.Length)) open = s;
        }
        if (open is null) { best = size; return; }
        foreach (var v in open)
        {
            chosen[v] = true;
            Cover(supports, chosen, size + 1, ref best);
            chosen[v] = false;
        }
    }

    // ---- standard monomials --------------------------------------------------------------

    /// <summary>
    /// How many monomials lie outside M (dim_k k[x]/M), when finitely many, from the Hilbert numerator N(t) = (1 − t)^n·H(t):
    /// H(1), with no enumeration (x³²⁰⁰³, y³²⁰⁰³ has 10⁹); throws when M is not zero-dimensional.
    /// </summary>
    public BigInteger StandardMonomialCount(CancellationToken cancel = default)
    {
        if (IsUnit) return 0;
        var (quotient, divisions) = IntegerPolynomial.DivideOutOneMinusT(IntegerPolynomial.Trim(HilbertNumerator(cancel)));
        if (divisions != Variables) throw new InvalidOperationException("the quotient is infinite-dimensional (the ideal is not zero-dimensional)");
        return IntegerPolynomial.Evaluate(quotient, 1);
    }

    /// <summary>
    /// The monomials outside M (a basis of k[x]/M), when there are finitely many; throws when M is
    /// not zero-dimensional.
    /// </summary>
    public List<int[]> StandardMonomials(CancellationToken cancel = default)
    {
        if (IsUnit) return new List<int[]>();
        if (Dimension() != 0) throw new InvalidOperationException("the quotient is infinite-dimensional (the ideal is not zero-dimensional)");
        var result = new List<int[]>();
        var seen = new HashSet<string>();
        var queue = new Queue<int[]>();
        queue.Enqueue(new int[Variables]);
        seen.Add(Key(new int[Variables]));
        while (queue.Count > 0)
        {
            cancel.ThrowIfCancellationRequested();
            var m = queue.Dequeue();
            result.Add(m);
            for (int v = 0; v < Variables; v++)
            {
                var next = (int[])m.Clone();
                next[v]++;
                if (Contains(next) || !seen.Add(Key(next))) continue;
                queue.Enqueue(next);
            }
        }
        return result;
    }

    private static string Key(int[] m) => string.Join(",", m);

    // ---- helpers -------------------------------------------------------------------------

    private static bool Divides(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        for (int i = 0; i < a.Length; i++) if (a[i] > b[i]) return false;
        return true;
    }

    private static List<int[]> Minimalize(IEnumerable<int[]> generators)
    {
        var sorted = generators.OrderBy(g => g.Sum()).ToList();
        var kept = new List<int[]>(sorted.Count);
        foreach (var g in sorted)
        {
            bool redundant = false;
            foreach (var k in kept) if (Divides(k, g)) { redundant = true; break; }
            if (!redundant) kept.Add(g);
        }
        return kept;
    }
}
