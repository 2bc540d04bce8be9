using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Geometry.LinearAlgebra;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>
/// The Jacobian ideal I + I_c(J) without a Gröbner basis of all c×c minors at once: each minor is reduced modulo
/// the basis found so far and only those that do not reduce to zero are added, in batches (4, 8, …, 256) after
/// each of which the basis is recomputed. A minor that reduced to zero stays in the ideal as it grows, so at the
/// end every minor lies in it: the ideal is exactly I + I_c(J), the same reduced basis as Singular's slocus + std.
/// The minors are still all formed (their number bounds what can be asked), but a basis of tens of thousands of
/// them (C(15,5)·C(7,5) for the rational normal sextic) becomes normal forms against a basis of a few dozen.
/// Seeding with random combinations det(A·J·B) was measured and dropped: slower on the sextic (0.81 s against
/// 0.46 s) and a dense c×c determinant when c is large (minutes for the 15×15 of the attention quartic).
/// </summary>
public static class JacobianIdeal
{
    /// <summary>Below this many minors the plain basis of all of them is as fast.</summary>
    public const int DirectLimit = 200;

    /// <summary>The ideal I + I_c(J) with the number of non-zero minors (one per pair of row and column sets) and of those that had to be added (the others reduced to zero).</summary>
    public static (Ideal<T, TField> Ideal, int Minors, int Added) Compute<T, TField>(Variety<T, TField> x, int c, GeometryOptions options)
        where TField : struct, IField<T> =>
        // The degenerate cases (c ≤ 0, or X empty so that c exceeds the matrix) have the unit ideal as minors ideal.
        Incremental(x.Ring, x.Generators, x.Jacobian(), c, options, () => x.JacobianMinors(options));

    /// <summary>
    /// The ideal (generators) + I_c(matrix) of any polynomial matrix over <paramref name="ring"/>, as
    /// <see cref="Compute"/> (e.g. the rank-drop locus of a parametrisation, <see cref="CriticalValues"/>).
    /// </summary>
    public static (Ideal<T, TField> Ideal, int Minors, int Added) OfMinors<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, PolynomialMatrix<T, TField> matrix, int c, GeometryOptions options)
        where TField : struct, IField<T> =>
        Incremental(ring, generators, matrix, c, options, () => AllMinors(ring, matrix, c, options));

    private static (Ideal<T, TField> Ideal, int Minors, int Added) Incremental<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, PolynomialMatrix<T, TField> m, int c, GeometryOptions options,
        Func<List<Polynomial<T, TField>>> allMinors) where TField : struct, IField<T>
    {
        var cancel = options.Groebner.Cancellation;
        // Few index sets, and the degenerate cases: the plain basis of all the distinct minors.
        if (c <= 0 || c > Math.Min(m.Rows, m.Columns) || Count(m.Rows, c) * Count(m.Columns, c) <= DirectLimit)
        {
            var minors = allMinors();
            return (options.IdealOf(ring, generators.Concat(minors)), minors.Count, minors.Count);
        }
        if (ring is PolynomialRing<Rational, RationalField> q)
            return ((Ideal<T, TField>, int, int))(object)OverRationals(q, (IReadOnlyList<Polynomial<Rational, RationalField>>)generators,
                (PolynomialMatrix<Rational, RationalField>)(object)m, c, options);
        var (ideal, count, chosen) = Choose(ring, generators, Minors.Indexed(m, c, cancel), options);
        return (ideal, count, chosen.Count);
    }

    /// <summary>
    /// Reduces each minor modulo the basis so far and adds those that do not reduce to zero, in batches; returns the
    /// ideal, the number of minors seen and the index sets of those added.
    /// </summary>
    private static (Ideal<T, TField> Ideal, int Minors, HashSet<(ulong, ulong)> Chosen) Choose<T, TField>(PolynomialRing<T, TField> ring,
        IEnumerable<Polynomial<T, TField>> generators, IEnumerable<(ulong Rows, ulong Columns, Polynomial<T, TField> Minor)> minors,
        GeometryOptions options) where TField : struct, IField<T>
    {
        var cancel = options.Groebner.Cancellation;
        // Repeated minors (up to sign) are not filtered: the second copy reduces to zero.
        var ideal = options.IdealOf(ring, generators);
        var basis = ideal.GroebnerBasis().Basis;
        int count = 0, batch = 4;
        var chosen = new HashSet<(ulong, ulong)>();
        var pending = new List<Polynomial<T, TField>>();
        foreach (var (rows, cols, minor) in minors)
        {
            count++;
            var r = Reduction.NormalForm(minor, basis, cancel);
            if (r.IsZero) continue;
            pending.Add(r);
            chosen.Add((rows, cols));
            if (pending.Count < batch) continue;
            (ideal, basis) = Grow(options, ideal, pending);
            pending.Clear();
            batch = Math.Min(2 * batch, 256);
        }
        if (pending.Count > 0) (ideal, _) = Grow(options, ideal, pending);
        return (ideal, count, chosen);
    }

    /// <summary>
    /// Over ℚ the minors are chosen modulo a prime p (every basis of the growing ideal over ℚ is a lifted and verified
    /// modular computation; over GF(p) it is one F4 run), the ideal of the chosen ones is computed once over ℚ, and every
    /// other minor is then reduced over ℚ: one that p made look redundant is added and the basis recomputed. So the
    /// ideal is still exactly I + I_c(J). (The 8×8 minors of the linear network (3,2,3), 2 044 of 3 726 needed: 5.4 → 3.2 s.)
    /// </summary>
    private static (Ideal<Rational, RationalField>, int, int) OverRationals(PolynomialRing<Rational, RationalField> ring,
        IReadOnlyList<Polynomial<Rational, RationalField>> generators, PolynomialMatrix<Rational, RationalField> m, int c, GeometryOptions options)
    {
        var cancel = options.Groebner.Cancellation;
        var entries = Enumerable.Range(0, m.Rows).SelectMany(i => Enumerable.Range(0, m.Columns).Select(j => m[i, j])).ToList();
        uint p = Primes.DescendingFrom().First(x => Rings.DefinedModulo(entries.Concat(generators), x));
        var modular = new PolynomialRing<uint, PrimeField>(new PrimeField(p), ring.Variables, ring.Order);
        var mp = new PolynomialMatrix<uint, PrimeField>(modular, m.Rows, m.Columns);
        for (int i = 0; i < m.Rows; i++)
            for (int j = 0; j < m.Columns; j++) mp[i, j] = Rings.ModP(m[i, j], modular);
        var (_, _, chosen) = Choose(modular, generators.Select(g => Rings.ModP(g, modular)), Minors.Indexed(mp, c, cancel), options);

        var picked = Minors.Indexed(m, c, cancel).Where(x => chosen.Contains((x.Rows, x.Columns))).Select(x => x.Minor);
        var ideal = options.IdealOf(ring, generators.Concat(picked));
        int added = chosen.Count, count = 0; // minors over ℚ: some may vanish modulo p only
        while (true)
        {
            var basis = ideal.GroebnerBasis().Basis;
            var missing = new List<Polynomial<Rational, RationalField>>();
            count = 0;
            foreach (var (rows, cols, minor) in Minors.Indexed(m, c, cancel))
            {
                count++;
                if (chosen.Contains((rows, cols))) continue;
                var r = Reduction.NormalForm(minor, basis, cancel);
                if (!r.IsZero) missing.Add(r);
            }
            if (missing.Count == 0) return (ideal, count, added);
            added += missing.Count;
            ideal = options.IdealOf(ring, basis.Concat(missing));
        }
    }

    /// <summary>
    /// The ideal I + I_c(J) from random combinations h = det(A·J·B) of the minors (A: c×m, B: n×c, entries uniform in
    /// a set S of field elements), never forming a minor. K = I + (h₁, …) is grown by the normal forms of fresh
    /// combinations until <c>tests</c> fresh ones in a row reduce to zero modulo K. Always K ⊆ I + I_c(J). If the
    /// inclusion is strict some minor m is not in K, so the normal form of det(A·J·B) modulo K — whose coefficients
    /// are polynomials of degree ≤ 2c in the entries of A and B, not all zero because A, B selecting m's rows and
    /// columns give m — vanishes with probability at most 2c/|S| (Schwartz–Zippel). The answer is therefore exact
    /// unless every test was unlucky: probability at most (2c/|S|)^tests, returned as the error bound.
    /// |S| = min(p, 2³¹) over GF(p), 2¹⁶ over ℚ (integers 0 … 2¹⁶ − 1).
    /// </summary>
    public static (Ideal<T, TField> Ideal, int Combinations, double ErrorBound) ByRandomCombinations<T, TField>(Variety<T, TField> x, int c,
        GeometryOptions options, double targetError = 1e-15) where TField : struct, IField<T> =>
        Combinations(x.Ring, x.Generators, x.Jacobian(), c, options, targetError, () => x.JacobianMinors(options));

    /// <summary>(generators) + I_c(matrix) by random combinations, as <see cref="ByRandomCombinations{T, TField}"/>.</summary>
    public static (Ideal<T, TField> Ideal, int Combinations, double ErrorBound) ByRandomCombinationsOfMatrix<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, PolynomialMatrix<T, TField> matrix, int c, GeometryOptions options, double targetError = 1e-15)
        where TField : struct, IField<T> =>
        Combinations(ring, generators, matrix, c, options, targetError, () => AllMinors(ring, matrix, c, options));

    private static (Ideal<T, TField> Ideal, int Combinations, double ErrorBound) Combinations<T, TField>(PolynomialRing<T, TField> ring,
        IReadOnlyList<Polynomial<T, TField>> generators, PolynomialMatrix<T, TField> jacobian, int c, GeometryOptions options, double targetError,
        Func<List<Polynomial<T, TField>>> allMinors) where TField : struct, IField<T>
    {
        var field = ring.Field;
        var cancel = options.Groebner.Cancellation;
        int m = jacobian.Rows, n = jacobian.Columns;
        if (c <= 0 || c > Math.Min(m, n))
        {
            // Degenerate: the minors' ideal is the unit ideal (c ≤ 0) or zero (no c×c minor); as the exact path.
            var minors = allMinors();
            return (options.IdealOf(ring, generators.Concat(minors)), minors.Count, 0);
        }
        // Over QQ small entries keep the combinations' coefficients short (more tests buy the same bound).
        long size = field.Characteristic == 0 ? 1L << 16 : Math.Min(field.Characteristic, 1L << 31);
        double perTest = Math.Min(1, 2.0 * c / size);
        int tests = perTest >= 1 ? int.MaxValue : Math.Max(1, (int)Math.Ceiling(Math.Log(targetError) / Math.Log(perTest)));
        if (tests == int.MaxValue) throw new UnsupportedFieldException($"{ring.Field.Name} is too small for random combinations of {c}x{c} minors (2c = {2 * c} >= {size} elements): use --criterion minors (exact)");
        var random = new Random(options.Seed);

        var ideal = options.IdealOf(ring, generators);
        var basis = ideal.GroebnerBasis().Basis;
        int combinations = 0, passed = 0, batch = 2;
        while (passed < tests)
        {
            cancel.ThrowIfCancellationRequested();
            var r = Reduction.NormalForm(Combination(jacobian, c, field, size, random), basis, cancel);
            combinations++;
            if (r.IsZero) { passed++; continue; }
            // Not yet the whole ideal: a batch of further combinations (reduced by the same basis) joins it at once.
            passed = 0;
            var pending = new List<Polynomial<T, TField>> { r };
            for (int k = 1; k < batch; k++, combinations++)
                if (Reduction.NormalForm(Combination(jacobian, c, field, size, random), basis, cancel) is { IsZero: false } more) pending.Add(more);
            (ideal, basis) = Grow(options, ideal, pending);
            batch = Math.Min(2 * batch, 64);
        }
        return (ideal, combinations, Math.Pow(perTest, tests));
    }

    /// <summary>det(A·J·B) for random A (c×m) and B (n×c) with entries uniform in 0 … size − 1 (A row by row, then B column by column).</summary>
    private static Polynomial<T, TField> Combination<T, TField>(PolynomialMatrix<T, TField> jacobian, int c, TField field, long size, Random random)
        where TField : struct, IField<T>
    {
        int m = jacobian.Rows, n = jacobian.Columns;
        var a = new T[c, m];
        for (int i = 0; i < c; i++) for (int k = 0; k < m; k++) a[i, k] = field.FromInteger(random.NextInt64(size));
        var b = new T[n, c];
        for (int l = 0; l < c; l++) for (int j = 0; j < n; j++) b[j, l] = field.FromInteger(random.NextInt64(size));
        return Minors.Determinant(PolynomialMatrix<T, TField>.Times(a, jacobian).Times(b));
    }

    private static (Ideal<T, TField>, IReadOnlyList<Polynomial<T, TField>>) Grow<T, TField>(GeometryOptions options, Ideal<T, TField> ideal, List<Polynomial<T, TField>> more)
        where TField : struct, IField<T>
    {
        var grown = options.IdealOf(ideal.Ring, ideal.GroebnerBasis().Basis.Concat(more));
        return (grown, grown.GroebnerBasis().Basis);
    }

    /// <summary>Every c×c minor; c ≤ 0 gives the unit ideal's generator (an empty product of conditions).</summary>
    private static List<Polynomial<T, TField>> AllMinors<T, TField>(PolynomialRing<T, TField> ring, PolynomialMatrix<T, TField> matrix, int c,
        GeometryOptions options) where TField : struct, IField<T> =>
        c <= 0 ? new List<Polynomial<T, TField>> { ring.One } : Minors.All(matrix, c, options.Groebner.Cancellation);

    private static long Count(int n, int k)
    {
        long r = 1;
        for (int i = 0; i < k; i++) r = r * (n - i) / (i + 1);
        return r;
    }
}
