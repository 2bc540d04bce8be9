using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Factorisation;

/// <summary>
/// Factorisation of a multivariate polynomial by Hensel lifting from one variable
/// (after Wang; Geddes–Czapor–Labahn ch. 6), over any field with a univariate factoriser:
/// <list type="number">
/// <item>y_i ↦ y_i + c_i·x makes f monic in x up to a constant (the top form at (1, c) ≠ 0), so every
/// factor is monic in x and there is no leading-coefficient problem;</item>
/// <item>at a random point y = a, f(x, a) = ∏ u_j^(m_j); the parts of one multiplicity give coprime blocks,
/// lifted to f = ∏ H_e^e, and H_e is the e-th root of its block; then the u_j of H_e are lifted together
/// (linear lifting by total degree in y − a, one Diophantine solve per y-monomial from the partial
/// fractions 1 = Σ b_j ∏_{i≠j} u_i) up to the y-degree of f;</item>
/// <item>true factors are the products of subsets of lifted factors that divide f (Zassenhaus), since
/// a specialisation can split a factor further.</item>
/// </list>
/// Every step is checked exactly (products and powers compared with f), so an unlucky point is redrawn,
/// never returned. Declines (returns null) in characteristic p when a multiplicity is divisible by p, or
/// when there are too many univariate factors to recombine; the caller then uses another method.
/// </summary>
internal static class MultivariateHensel
{
    /// <summary>
    /// At most this many univariate factors are lifted. Recombination tries subsets smallest first, so factors that are
    /// the true ones cost one test each: a product of 15 lines in two variables (a decomposition's eliminant) was refused at
    /// 14 and went to the Kronecker substitution, which gave up after 20 000 recombinations of 50 modular factors (4 s each
    /// time). The 2^n worst case is bounded by <see cref="MaxSubsets"/> instead.
    /// </summary>
    private const int MaxFactors = 64;

    /// <summary>Subsets of lifted factors tried before giving up (the Kronecker fallback's own bound).</summary>
    private const int MaxSubsets = 20_000;

    private const int EvaluationPoints = 3;

    /// <summary>Fields with fewer elements get more slopes and points.</summary>
    private const int SmallField = 1000;

    /// <summary>Irreducible factors of f with multiplicities, or null when the method declines.</summary>
    public static List<(Polynomial<T, TField> Factor, int Multiplicity)>? TryFactor<T, TField>(Polynomial<T, TField> f, Random random,
        Func<T[], List<(T[] Factor, int Multiplicity)>> factorUnivariate) where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        var degrees = f.Degrees();
        var vars = Enumerable.Range(0, degrees.Length).Where(i => degrees[i] > 0).ToArray();
        if (vars.Length < 2) return null;
        int x = vars[0];
        var ys = vars[1..];
        T Small(int bound) => field.FromInteger(random.Next(1, bound + 1) * (random.Next(2) == 0 ? 1 : -1));

        // A small field has few good slopes and points (a bad one zeroes the top form or merges factors): draw more.
        bool small = field.Characteristic is > 0 and < SmallField;
        int attempts = small ? 16 : 3, points = small ? 8 : EvaluationPoints;
        for (int attempt = 0; attempt < attempts; attempt++)
        {
            // y_i ↦ y_i + c_i x^(w_i) + a_i: monic in x of degree d, the w-weighted degree (x of weight 1), and y = 0 is the
            // evaluation point. Over a small field the top form may vanish at every slope (x³y − xy³ on GF(3)²), and
            // every other attempt takes weights up to 3, whose top form is often one term.
            var weights = new int[ring.VariableCount];
            foreach (var y in ys) weights[y] = small && attempt % 2 == 1 ? random.Next(1, 4) : 1;
            int d = f.Terms().Max(t => t.Exponents[x] + ys.Sum(y => weights[y] * t.Exponents[y]));
            var slope = new T[ring.VariableCount];
            foreach (var y in ys) slope[y] = Small(3 + 2 * attempt);
            Polynomial<T, TField>? best = null;
            List<(T[] Factor, int Multiplicity)>? bestFactors = null;
            var bestShift = new T[ring.VariableCount];
            for (int point = 0; point < points; point++)
            {
                var shift = new T[ring.VariableCount];
                foreach (var y in ys) shift[y] = Small(5 + 5 * attempt);
                var moved = Move(f, x, ys, weights, slope, shift, 1);
                var lead = Coefficient(moved, x, d);
                if (field.IsZero(lead)) break; // the slope was bad: draw another
                moved = moved.Scale(field.Inv(lead));
                var factors = factorUnivariate(AtOrigin(moved, x, ys, d));
                if (bestFactors is null || factors.Count < bestFactors.Count) (best, bestFactors, bestShift) = (moved, factors, shift);
                if (factors.Count == 1) break;
            }
            if (best is null || bestFactors is null) continue;
            if (bestFactors.Count > MaxFactors) { if (small) continue; return null; }
            var found = FactorAt(best, x, ys, bestFactors);
            if (found is null) continue;
            return found.Select(p => (Move(p.Factor, x, ys, weights, slope, bestShift, -1), p.Multiplicity)).ToList();
        }
        return null;
    }

    /// <summary>
    /// Factors a monic f from the factorisation of f(x, 0): the parts of one multiplicity e, U_e = ∏ u_j,
    /// are coprime, so f = ∏ H_e^e is lifted from the blocks U_e^e; H_e is the e-th root of its block and
    /// is split by lifting its u_j. Null when the point was not generic (a check fails).
    /// </summary>
    private static List<(Polynomial<T, TField> Factor, int Multiplicity)>? FactorAt<T, TField>(Polynomial<T, TField> f, int x, int[] ys,
        List<(T[] Factor, int Multiplicity)> u) where TField : struct, IField<T>
    {
        var field = f.Ring.Field;
        int yDegree = YDegree(f, ys);
        var groups = u.GroupBy(p => p.Multiplicity).OrderBy(grp => grp.Key).ToList();
        var roots = groups.Select(grp => grp.Aggregate(new[] { field.One }, (a, p) => Dense.Mul(a, p.Factor, field))).ToList();
        var blocks = groups.Select((grp, i) => Dense.Pow(roots[i], grp.Key, field)).ToList();
        var lifted = blocks.Count == 1 ? new List<Polynomial<T, TField>> { f } : Lift(f, x, ys, blocks, yDegree);
        var product = f.Ring.One;
        foreach (var g in lifted) product *= g;
        if (!product.Equals(f)) return null;
        var result = new List<(Polynomial<T, TField>, int)>();
        for (int i = 0; i < groups.Count; i++)
        {
            int e = groups[i].Key;
            var h = e == 1 ? lifted[i] : Root(lifted[i], e, x, ys, roots[i], yDegree);
            if (h is null || (e > 1 && !h.Pow(e).Equals(lifted[i]))) return null;
            var parts = groups[i].Select(p => p.Factor).ToList();
            var factors = parts.Count == 1 ? new List<Polynomial<T, TField>> { h } : Recombine(h, Lift(h, x, ys, parts, YDegree(h, ys)), ys, YDegree(h, ys));
            result.AddRange(factors.Select(g => (g, e)));
        }
        return result;
    }

    private static int YDegree<T, TField>(Polynomial<T, TField> f, int[] ys) where TField : struct, IField<T>
    {
        int degree = 0;
        foreach (var (_, e) in f.Terms()) degree = Math.Max(degree, ys.Sum(y => e[y]));
        return degree;
    }

    /// <summary>
    /// The monic r with r^e = g and r(x, 0) = u, by linear lifting: the y-degree-k part δ of r satisfies
    /// e·u^(e−1)·δ = (g − r_{&lt;k}^e)_k. Null when e is 0 in the field or a division is not exact.
    /// </summary>
    private static Polynomial<T, TField>? Root<T, TField>(Polynomial<T, TField> g, int e, int x, int[] ys, T[] u, int yDegree)
        where TField : struct, IField<T>
    {
        var ring = g.Ring;
        var field = ring.Field;
        var scale = field.FromInteger(e);
        if (field.IsZero(scale)) return null;
        var divisor = Dense.Mul(Dense.Pow(u, e - 1, field), new[] { scale }, field);
        var parts = new List<Polynomial<T, TField>> { ToPolynomial(ring, x, u, new int[ring.VariableCount]) };
        var power = new ProductByDegree<T, TField>(Enumerable.Repeat(parts, e).ToList());
        var target = ByYDegree(g, ys, yDegree);
        for (int k = 1; k <= yDegree; k++)
        {
            parts.Add(Polynomial<T, TField>.Zero(ring));
            var correction = new TermAccumulator<T, TField>(ring);
            foreach (var (m, c) in PartsOfDegree(target[k] - power.Part(k), x, ys, k))
            {
                var (q, rem) = Dense.DivRem(c, divisor, field);
                if (rem.Length > 0) return null;
                AddTerms(correction, ring, x, q, m);
            }
            parts[k] = correction.ToPolynomial();
        }
        return Sum(ring, parts);
    }

    /// <summary>The terms of y-degree k grouped by their y-monomial m, each as a dense polynomial in x.</summary>
    private static IEnumerable<(int[] Monomial, T[] Coefficients)> PartsOfDegree<T, TField>(Polynomial<T, TField> f, int x, int[] ys, int k)
        where TField : struct, IField<T>
    {
        var field = f.Ring.Field;
        var byMonomial = new Dictionary<string, (int[] Monomial, List<(int Power, T Coefficient)> Terms)>();
        foreach (var (c, e) in f.Terms())
        {
            if (ys.Sum(y => e[y]) != k) continue;
            var m = (int[])e.Clone();
            m[x] = 0;
            var key = string.Join(",", m);
            if (!byMonomial.TryGetValue(key, out var entry)) byMonomial[key] = entry = (m, new());
            entry.Terms.Add((e[x], c));
        }
        foreach (var (m, terms) in byMonomial.Values)
        {
            var dense = Enumerable.Repeat(field.Zero, terms.Max(t => t.Power) + 1).ToArray();
            foreach (var (power, c) in terms) dense[power] = c;
            yield return (m, dense);
        }
    }

    /// <summary>f(x, y + sign·(c·x^w + a)).</summary>
    private static Polynomial<T, TField> Move<T, TField>(Polynomial<T, TField> f, int x, int[] ys, int[] weights, T[] slope, T[] shift, int sign)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var images = Enumerable.Range(0, ring.VariableCount).Select(ring.Variable).ToArray();
        foreach (var y in ys)
        {
            var offset = ring.Variable(x).Pow(weights[y]).Scale(slope[y]) + Polynomial<T, TField>.Constant(ring, shift[y]);
            images[y] = sign > 0 ? images[y] + offset : images[y] - offset;
        }
        return f.Substitute(images);
    }

    /// <summary>The coefficient of the pure power x^k.</summary>
    private static T Coefficient<T, TField>(Polynomial<T, TField> f, int x, int k) where TField : struct, IField<T>
    {
        foreach (var (c, e) in f.Terms())
            if (e[x] == k && e.Sum() == k) return c;
        return f.Ring.Field.Zero;
    }

    /// <summary>f(x, 0) as a dense coefficient array (index = power of x).</summary>
    private static T[] AtOrigin<T, TField>(Polynomial<T, TField> f, int x, int[] ys, int d) where TField : struct, IField<T>
    {
        var field = f.Ring.Field;
        var u = Enumerable.Repeat(field.Zero, d + 1).ToArray();
        foreach (var (c, e) in f.Terms())
            if (ys.All(y => e[y] == 0)) u[e[x]] = c;
        return u;
    }

    /// <summary>
    /// Linear lifting: F_j ≡ u_j at y = 0, ∏ F_j ≡ f modulo terms of y-degree above <paramref name="yDegree"/>.
    /// </summary>
    private static List<Polynomial<T, TField>> Lift<T, TField>(Polynomial<T, TField> f, int x, int[] ys, List<T[]> u, int yDegree)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        int r = u.Count;
        // Partial fractions: b_j ∏_{i≠j} u_i ≡ 1 (mod u_j), so Σ_j b_j ∏_{i≠j} u_i = 1.
        var b = new T[r][];
        for (int j = 0; j < r; j++)
        {
            var others = new[] { field.One };
            for (int i = 0; i < r; i++) if (i != j) others = Dense.Mul(others, u[i], field);
            b[j] = Dense.InverseModulo(Dense.Rem(others, u[j], field), u[j], field);
        }
        var parts = u.Select(p => new List<Polynomial<T, TField>> { ToPolynomial(ring, x, p, new int[ring.VariableCount]) }).ToList();
        var product = new ProductByDegree<T, TField>(parts);
        var target = ByYDegree(f, ys, yDegree);
        var corrections = new TermAccumulator<T, TField>[r];
        for (int k = 1; k <= yDegree; k++)
        {
            foreach (var part in parts) part.Add(Polynomial<T, TField>.Zero(ring));
            for (int j = 0; j < r; j++) corrections[j] = new TermAccumulator<T, TField>(ring);
            // The parts of degree < k vanish; solve Σ_j s_j ∏_{i≠j} u_i = e_m for each y-monomial m of degree k.
            foreach (var (m, c) in PartsOfDegree(target[k] - product.Part(k), x, ys, k))
                for (int j = 0; j < r; j++)
                {
                    var s = Dense.Rem(Dense.Mul(c, b[j], field), u[j], field);
                    if (s.Length > 0) AddTerms(corrections[j], ring, x, s, m);
                }
            for (int j = 0; j < r; j++) parts[j][k] = corrections[j].ToPolynomial();
        }
        return parts.Select(p => Sum(ring, p)).ToList();
    }

    /// <summary>
    /// The y-degree-k part of ∏ F_j from the parts F_j[d] (y-degree d), for k = 1, 2, … in turn: the partial products
    /// Q_j = F_0⋯F_j are kept by degree, and Q_j[k] = Σ_a Q_{j−1}[a]·F_j[k − a] needs only parts of degree ≤ k. Lifting
    /// multiplied the whole factors at every degree (then dropped the terms above k): a degree-24 polynomial in four
    /// variables over GF(5) took 12 s. Contract: between Part(k − 1) and Part(k) only the parts of degree k − 1 change
    /// (the lifting's correction), so Q's parts of degree k − 1 are computed again and those below are kept.
    /// </summary>
    private sealed class ProductByDegree<T, TField> where TField : struct, IField<T>
    {
        private readonly List<List<Polynomial<T, TField>>> _factors;
        private readonly List<Polynomial<T, TField>>[] _chain;

        public ProductByDegree(List<List<Polynomial<T, TField>>> factors)
        {
            _factors = factors;
            _chain = new List<Polynomial<T, TField>>[factors.Count];
            for (int j = 0; j < factors.Count; j++)
                _chain[j] = new List<Polynomial<T, TField>> { j == 0 ? factors[0][0] : _chain[j - 1][0] * factors[j][0] };
        }

        public Polynomial<T, TField> Part(int k)
        {
            int keep = Math.Max(1, k - 1);
            foreach (var q in _chain) if (q.Count > keep) q.RemoveRange(keep, q.Count - keep);
            var ring = _factors[0][0].Ring;
            for (int d = keep; d <= k; d++)
            {
                _chain[0].Add(_factors[0][d]);
                for (int j = 1; j < _factors.Count; j++)
                {
                    var sum = Polynomial<T, TField>.Zero(ring);
                    for (int a = 0; a <= d; a++)
                    {
                        var (q, f) = (_chain[j - 1][a], _factors[j][d - a]);
                        if (!q.IsZero && !f.IsZero) sum += q * f;
                    }
                    _chain[j].Add(sum);
                }
            }
            return _chain[^1][k];
        }
    }

    /// <summary>f's terms of y-degree d, for d = 0..maxDegree (zero where there are none).</summary>
    private static Polynomial<T, TField>[] ByYDegree<T, TField>(Polynomial<T, TField> f, int[] ys, int maxDegree) where TField : struct, IField<T>
    {
        var terms = new List<(T, int[])>[maxDegree + 1];
        for (int d = 0; d <= maxDegree; d++) terms[d] = new();
        foreach (var (c, e) in f.Terms())
        {
            int d = 0;
            foreach (var y in ys) d += e[y];
            if (d <= maxDegree) terms[d].Add((c, e));
        }
        return terms.Select(t => Polynomial<T, TField>.FromTerms(f.Ring, t)).ToArray();
    }

    private static Polynomial<T, TField> Sum<T, TField>(PolynomialRing<T, TField> ring, List<Polynomial<T, TField>> parts) where TField : struct, IField<T>
    {
        var sum = Polynomial<T, TField>.Zero(ring);
        foreach (var p in parts) sum += p;
        return sum;
    }

    /// <summary>
    /// Products of subsets of lifted factors that divide f exactly, smallest subsets first. A subset is first tried on the
    /// line y = t·β (β random; y_2..y_k ↦ β_i·y_1): the substitution maps y-degree to t-degree, so it commutes with the
    /// truncated product, and a true factor's image divides f's. Only subsets passing that bivariate test are multiplied out:
    /// the shifted factors are dense in every y. Products keep only terms of y-degree ≤ the bound as they go, and a true
    /// factor's cofactor comes from an exact division, not by multiplying the others out again: products of four sparse
    /// polynomials in four variables over GF(101) (5–9 factors) took 0.6–171 s, mostly here, and now 0.4–7.6 s.
    /// </summary>
    private static List<Polynomial<T, TField>> Recombine<T, TField>(Polynomial<T, TField> f, List<Polynomial<T, TField>> lifted, int[] ys, int yDegree)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var line = LineImages(ring, ys, lifted.Count);
        Polynomial<T, TField> OnLine(Polynomial<T, TField> p) => line is null ? p : p.Substitute(line);
        var result = new List<Polynomial<T, TField>>();
        var remaining = new List<Polynomial<T, TField>>(lifted);
        var remainingOnLine = remaining.Select(OnLine).ToList();
        var target = f;
        var targetOnLine = OnLine(f);
        int tried = 0;
        for (int size = 1; 2 * size <= remaining.Count; size++)
        {
            bool found;
            do
            {
                found = false;
                foreach (var subset in Subsets(remaining.Count, size))
                {
                    if (++tried > MaxSubsets)
                        throw new Errors.ResourceLimitException($"factorisation: more than {MaxSubsets} recombinations of {lifted.Count} lifted factors tried");
                    if (line is not null)
                    {
                        var image = ring.One;
                        foreach (var i in subset) image = TruncatedProduct(image, remainingOnLine[i], ys, yDegree);
                        if (!Reduction.NormalForm(targetOnLine, new[] { image }).IsZero) continue;
                    }
                    var g = ring.One;
                    foreach (var i in subset) g = TruncatedProduct(g, remaining[i], ys, yDegree);
                    // A true factor's cofactor is the product of the others, exactly: no need to multiply them out again.
                    if (!ExactDivision.TryDivide(target, g, out var cofactor)) continue;
                    result.Add(g);
                    foreach (var i in subset.OrderByDescending(i => i))
                    {
                        remaining.RemoveAt(i);
                        remainingOnLine.RemoveAt(i);
                    }
                    target = cofactor;
                    targetOnLine = OnLine(target);
                    found = true;
                    break;
                }
            } while (found && 2 * size <= remaining.Count);
        }
        if (remaining.Count > 0) result.Add(target);
        return result;
    }

    /// <summary>The terms of a·b of y-degree at most k, without forming the others: Σ_i a_i·(b_0 + … + b_(k−i)) by y-degree.</summary>
    private static Polynomial<T, TField> TruncatedProduct<T, TField>(Polynomial<T, TField> a, Polynomial<T, TField> b, int[] ys, int k)
        where TField : struct, IField<T>
    {
        var pa = ByYDegree(a, ys, k);
        var prefix = ByYDegree(b, ys, k);
        for (int j = 1; j <= k; j++) prefix[j] = prefix[j - 1] + prefix[j];
        var product = Polynomial<T, TField>.Zero(a.Ring);
        for (int i = 0; i <= k; i++)
            if (!pa[i].IsZero) product += pa[i] * prefix[k - i];
        return product;
    }

    /// <summary>The substitution y_1 ↦ β_1·y_1, y_i ↦ β_i·y_1 (β nonzero, seeded), or null with one y or too few factors to gain.</summary>
    private static Polynomial<T, TField>[]? LineImages<T, TField>(PolynomialRing<T, TField> ring, int[] ys, int factors)
        where TField : struct, IField<T>
    {
        if (ys.Length < 2 || factors < 4) return null;
        var random = new Random(ys.Length * 7919 + factors);
        var field = ring.Field;
        var images = Enumerable.Range(0, ring.VariableCount).Select(ring.Variable).ToArray();
        foreach (var y in ys)
        {
            var beta = field.FromInteger(random.Next(1, int.MaxValue));
            if (field.IsZero(beta)) beta = field.One;
            images[y] = ring.Variable(ys[0]).Scale(beta);
        }
        return images;
    }

    private static IEnumerable<int[]> Subsets(int n, int size)
    {
        var index = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return (int[])index.Clone();
            int i = size - 1;
            while (i >= 0 && index[i] == n - size + i) i--;
            if (i < 0) yield break;
            index[i]++;
            for (int j = i + 1; j < size; j++) index[j] = index[j - 1] + 1;
        }
    }


    /// <summary>Adds Σ_i p_i x^i · m to the accumulator.</summary>
    private static void AddTerms<T, TField>(TermAccumulator<T, TField> sum, PolynomialRing<T, TField> ring, int x, T[] p, int[] m)
        where TField : struct, IField<T>
    {
        var e = (int[])m.Clone();
        var packed = new ulong[ring.Words];
        for (int i = 0; i < p.Length; i++)
        {
            if (ring.Field.IsZero(p[i])) continue;
            e[x] = i;
            PackedMonomial.Pack(e, packed);
            sum.Add(packed, p[i]);
        }
    }

    /// <summary>Σ_i p_i x^i · m.</summary>
    private static Polynomial<T, TField> ToPolynomial<T, TField>(PolynomialRing<T, TField> ring, int x, T[] p, int[] m) where TField : struct, IField<T>
    {
        var terms = new List<(T, int[])>();
        for (int i = 0; i < p.Length; i++)
        {
            if (ring.Field.IsZero(p[i])) continue;
            var e = (int[])m.Clone();
            e[x] = i;
            terms.Add((p[i], e));
        }
        return Polynomial<T, TField>.FromTerms(ring, terms);
    }

    /// <summary>Dense univariate arithmetic over any field (index = power), trimmed of leading zeros.</summary>
    private static class Dense
    {
        public static T[] Trim<T, TField>(T[] a, TField f) where TField : struct, IField<T>
        {
            int n = a.Length;
            while (n > 0 && f.IsZero(a[n - 1])) n--;
            return n == a.Length ? a : a[..n];
        }

        public static T[] Mul<T, TField>(T[] a, T[] b, TField f) where TField : struct, IField<T>
        {
            if (a.Length == 0 || b.Length == 0) return Array.Empty<T>();
            var r = Enumerable.Repeat(f.Zero, a.Length + b.Length - 1).ToArray();
            for (int i = 0; i < a.Length; i++)
                if (!f.IsZero(a[i]))
                    for (int j = 0; j < b.Length; j++) r[i + j] = f.Add(r[i + j], f.Mul(a[i], b[j]));
            return Trim(r, f);
        }

        public static (T[] Q, T[] R) DivRem<T, TField>(T[] a, T[] b, TField f) where TField : struct, IField<T>
        {
            a = Trim(a, f); b = Trim(b, f);
            if (a.Length < b.Length) return (Array.Empty<T>(), a);
            var r = (T[])a.Clone();
            var q = Enumerable.Repeat(f.Zero, a.Length - b.Length + 1).ToArray();
            var inv = f.Inv(b[^1]);
            for (int i = a.Length - b.Length; i >= 0; i--)
            {
                var c = f.Mul(r[i + b.Length - 1], inv);
                q[i] = c;
                if (f.IsZero(c)) continue;
                for (int j = 0; j < b.Length; j++) r[i + j] = f.Sub(r[i + j], f.Mul(c, b[j]));
            }
            return (Trim(q, f), Trim(r[..(b.Length - 1)], f));
        }

        public static T[] Rem<T, TField>(T[] a, T[] b, TField f) where TField : struct, IField<T> => DivRem(a, b, f).R;

        public static T[] Pow<T, TField>(T[] a, int e, TField f) where TField : struct, IField<T>
        {
            var r = new[] { f.One };
            for (int i = 0; i < e; i++) r = Mul(r, a, f);
            return r;
        }

        /// <summary>a⁻¹ mod m for a coprime to m (extended Euclid).</summary>
        public static T[] InverseModulo<T, TField>(T[] a, T[] m, TField f) where TField : struct, IField<T>
        {
            T[] r0 = Trim(m, f), r1 = Trim(a, f);
            T[] s0 = Array.Empty<T>(), s1 = new[] { f.One };
            while (r1.Length > 1)
            {
                var (q, r) = DivRem(r0, r1, f);
                (r0, r1) = (r1, r);
                (s0, s1) = (s1, Sub(s0, Mul(q, s1, f), f));
            }
            if (r1.Length == 0) throw new InvalidOperationException("not coprime");
            var inv = f.Inv(r1[0]);
            return Rem(s1.Select(c => f.Mul(c, inv)).ToArray(), m, f);
        }

        private static T[] Sub<T, TField>(T[] a, T[] b, TField f) where TField : struct, IField<T>
        {
            var r = Enumerable.Repeat(f.Zero, Math.Max(a.Length, b.Length)).ToArray();
            for (int i = 0; i < a.Length; i++) r[i] = a[i];
            for (int i = 0; i < b.Length; i++) r[i] = f.Sub(r[i], b[i]);
            return Trim(r, f);
        }
    }
}
