using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.F4;
using Elimination.Groebner.Modular;

namespace Elimination.Ideals.Decomposition;

/// <summary>A minimal associated prime of an ideal: its reduced grevlex basis, dimension and degree.</summary>
public sealed record PrimeComponent<T, TField>(Ideal<T, TField> Prime, int Dimension, BigInteger Degree) where TField : struct, IField<T>;

/// <summary>
/// Minimal associated primes over ℚ and GF(p) in the manner of Gianni–Trager–Zacharias, with
/// factorisation splitting first:
/// <list type="number">
/// <item>a reducible element f = f₁⋯f_k of the basis splits V(J) = ∪ V(J + f_i) (only factors are
/// ever added, so no exponent grows beyond the input's);</item>
/// <item>otherwise, for a maximal independent set U of the leading ideal, J is zero-dimensional over
/// K = k(U). After a linear change x_z ↦ x_z − Σ c_i x_i of the other variables, each irreducible
/// factor q of an element of J ∩ k[U, x_z] gives P_K = √(J + q) over K (Seidenberg: squarefree
/// eliminants added). P_K is maximal exactly when dim_K K[x]/P_K = deg_{x_z} q, which is checked,
/// so an unlucky change is detected and redrawn, never returned. Its contraction P_K ∩ k[x] (a
/// saturation by the leading coefficients in k[U]) is a minimal prime of dimension |U|;</item>
/// <item>the other minimal primes are found by Laplagne's iteration (2006; Singular's minAssGTZ default):
/// while some h in every prime found lies outside √I, decompose I : h^∞ — its minimal primes are exactly
/// I's not containing h. GTZ's branches J + h (h the leading coefficients over k(U)) mostly held
/// curves inside components already found.</item>
/// </list>
/// Over a small field, when no linear change separates, an eliminant with several factors or a random quadratic's
/// minimal polynomial splits J, or that polynomial proves J_K prime.
/// In characteristic p, K = k(U) is not perfect: a point of V(J_K) may have a residue field inseparable over K
/// (x³ − y, z³ − y over GF(3): x − z is nilpotent but no squarefree eliminant shows it). Then J is replaced by
/// φ(J), φ: u ↦ u^p on U; V(φ(J)) → V(J) is a homeomorphism (k[x] is finite and purely inseparable over φ(k[x])),
/// so the minimal primes of J are the contractions φ⁻¹(P') of those of φ(J), over whose K^{1/p} the residue fields
/// are less inseparable (separable after at most log_p of their degree steps).
/// Primes containing another are dropped at the end; a branch containing a prime already found is
/// skipped. Exact: every prime returned is verified prime, and the iteration stops only when their
/// intersection lies in √I.
/// </summary>
public static class MinimalPrimes
{
    /// <summary>Random linear changes tried per branch, after each variable alone has been tried as the separating one.</summary>
    private const int RandomAttempts = 5;

    /// <summary>Random quadratic separating elements tried when no linear change separates (small fields).</summary>
    private const int PolynomialAttempts = 20;

    /// <summary>Basis elements longer than this are not factored (splitting is an optimisation only).</summary>
    private const int FactorTermLimit = 400;

    /// <summary>Nested substitutions u ↦ u^p before giving up (each divides the inseparable degree by p at least).</summary>
    private const int FrobeniusDepth = 6;

    public static IReadOnlyList<PrimeComponent<T, TField>> Compute<T, TField>(Ideal<T, TField> ideal, int seed = 1, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        var g = ideal.Ring.Order is GrevlexOrder ? ideal.Ring : ideal.Ring.WithOrder(new GrevlexOrder(ideal.Ring.VariableCount));
        var found = Found(ideal.MapTo(g), seed, cancel);
        var minimal = new List<PrimeComponent<T, TField>>();
        foreach (var (p, d) in found.OrderByDescending(x => x.Dimension))
        {
            if (minimal.Any(q => q.Dimension >= d && q.Prime.IsSubsetOf(p))) continue;
            var (dim, deg) = p.DimensionAndDegree();
            minimal.Add(new PrimeComponent<T, TField>(p, dim, deg));
        }
        return minimal
            .Select(c => c with { Prime = c.Prime.MapTo(ideal.Ring) })
            .OrderByDescending(c => c.Dimension).ThenBy(c => c.Degree).ThenBy(c => c.Prime.ToString(), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Primes containing <paramref name="start"/> (grevlex), among them all its minimal primes. Two kinds of element are
    /// substituted out first, k[x]/I ≅ k[x ∖ v]/I′ with I′ the other elements in the remaining variables, and added back to
    /// each prime of I′:
    /// <list type="bullet">
    /// <item>generators c·v − g with g free of v and v in no other generator (a graph y − f(w), a parametrisation's ideal,
    /// prime at once), before any basis — the graph ideals of small networks took 2–9 s through Gröbner bases over ℚ
    /// (Singular 0.01 s); repeated while one remains;</item>
    /// <item>then elements x_i − (linear form) of the reduced basis (x_i occurs in no other element).</item>
    /// </list>
    /// </summary>
    private static List<(Ideal<T, TField> Prime, int Dimension)> Found<T, TField>(Ideal<T, TField> start, int seed, CancellationToken cancel)
        where TField : struct, IField<T>
    {
        var g = start.Ring;
        var rest = start.Generators.Where(f => !f.IsZero).ToList();
        var graph = new List<Polynomial<T, TField>>();
        var removed = new HashSet<int>();
        for (bool changed = true; changed;)
        {
            changed = false;
            for (int i = 0; i < rest.Count && !changed; i++)
                for (int v = 0; v < g.VariableCount && !changed; v++)
                {
                    if (removed.Contains(v) || !AloneAndLinear(rest[i], v)) continue;
                    bool elsewhere = false;
                    for (int k = 0; k < rest.Count && !elsewhere; k++) elsewhere = k != i && rest[k].DegreeIn(v) > 0;
                    if (elsewhere) continue;
                    graph.Add(rest[i]);
                    rest.RemoveAt(i);
                    removed.Add(v);
                    changed = true;
                }
        }
        if (graph.Count > 0) return SubstitutedOut(start, graph, removed, rest, others => Found(others, seed, cancel));

        var basis = start.GroebnerBasis().Basis;
        var linear = basis.Where(f => f.Degree == 1).ToList();
        var eliminated = linear.Select(f => Array.IndexOf(f.LeadingExponents, 1)).ToHashSet();
        return SubstitutedOut(start, linear, eliminated, basis.Where(f => f.Degree != 1).ToList(),
            others => new Run<T, TField>(others.Ring, new Random(seed), cancel).Decompose(others));
    }

    /// <summary>
    /// The primes of <paramref name="others"/> (free of the <paramref name="removed"/> variables), decomposed in the ring of
    /// the other variables, each with the <paramref name="substituted"/> elements added back; start itself when no variable
    /// is left (a rational point).
    /// </summary>
    private static List<(Ideal<T, TField> Prime, int Dimension)> SubstitutedOut<T, TField>(Ideal<T, TField> start,
        List<Polynomial<T, TField>> substituted, HashSet<int> removed, List<Polynomial<T, TField>> others,
        Func<Ideal<T, TField>, List<(Ideal<T, TField> Prime, int Dimension)>> decompose) where TField : struct, IField<T>
    {
        var g = start.Ring;
        var kept = g.Variables.Where((_, v) => !removed.Contains(v)).ToArray();
        if (kept.Length == 0) return new() { (start, 0) };
        var smaller = Rings.Subring(g, kept);
        return decompose(start.Create(smaller, others.Select(f => Rings.Map(f, smaller))))
            .Select(p => (start.Create(g, p.Prime.GroebnerBasis().Basis.Select(f => Rings.Map(f, g)).Concat(substituted)), p.Dimension))
            .ToList();
    }

    /// <summary>Whether v occurs in f only in one term, c·v (c a nonzero constant).</summary>
    private static bool AloneAndLinear<T, TField>(Polynomial<T, TField> f, int v) where TField : struct, IField<T>
    {
        int found = 0;
        for (int t = 0; t < f.Length; t++)
        {
            int e = PackedMonomial.Exponent(f.MonomialAt(t), v);
            if (e == 0) continue;
            if (e != 1 || PackedMonomial.Degree(f.MonomialAt(t)) != 1 || ++found > 1) return false;
        }
        return found == 1;
    }

    /// <summary>√I as the intersection of the minimal primes (the unit ideal when there are none).</summary>
    public static Ideal<T, TField> Radical<T, TField>(Ideal<T, TField> ideal, int seed = 1, CancellationToken cancel = default)
        where TField : struct, IField<T> =>
        Radical(ideal, Compute(ideal, seed, cancel));

    /// <summary>√I from minimal primes already computed by <see cref="Compute"/>.</summary>
    public static Ideal<T, TField> Radical<T, TField>(Ideal<T, TField> ideal, IEnumerable<PrimeComponent<T, TField>> primes)
        where TField : struct, IField<T>
    {
        var parts = primes.ToList();
        if (parts.Count == 0) return ideal.Create(ideal.Ring, new[] { ideal.Ring.One });
        // Zero-dimensional: Seidenberg's squarefree eliminants give the same ideal without intersecting (cyclic-5 over ℚ:
        // 20 primes, a third of decompose's time in 19 intersections). Only when the primes are all of I's: the
        // equidimensional parts pass those of one dimension.
        if (parts.All(p => p.Dimension == 0) && ideal.Dimension() == 0) return ZeroDimensionalRadical.Compute(ideal);
        var ideals = parts.Select(p => p.Prime).ToList();
        return LiftedIntersection(ideal, ideals) ?? Intersection(ideals);
    }

    /// <summary>Pairwise, as a balanced tree: each intersection has operands of similar size.</summary>
    private static Ideal<TC, TCField> Intersection<TC, TCField>(List<Ideal<TC, TCField>> level) where TCField : struct, IField<TC>
    {
        while (level.Count > 1)
        {
            var next = new List<Ideal<TC, TCField>>((level.Count + 1) / 2);
            for (int i = 0; i + 1 < level.Count; i += 2) next.Add(level[i].Intersection(level[i + 1]));
            if (level.Count % 2 == 1) next.Add(level[^1]);
            level = next;
        }
        return level[0];
    }

    /// <summary>
    /// Over ℚ, √I = ∩ P_i intersected modulo primes and only the result lifted (`ImageLift`, with two random primes'
    /// images as well); null off ℚ, or when a check fails. The exact intersections' elimination bases carried the
    /// coefficients of every pair (40 lines in 4 variables: 7.8 s, 62 primes for one step; Singular's minAssGTZ, which
    /// does not intersect, 0.3 s). Proved: R is its own reduced basis and R ⊆ P_i for every i (exact), so R ⊆ √I; and
    /// lt(R) = lt(√I) unless every prime of the lift and both random ones are unlucky for √I — the lifted basis is √I's
    /// modulo them, and a lucky prime's leading monomials are √I's — the same standard as the modular engine's exact
    /// mode for an inhomogeneous input.
    /// </summary>
    private static Ideal<T, TField>? LiftedIntersection<T, TField>(Ideal<T, TField> ideal, List<Ideal<T, TField>> primes)
        where TField : struct, IField<T>
    {
        if (primes.Count < 2 || ideal is not Ideal<Rational, RationalField> rational) return null;
        var bases = primes.Select(p => (IReadOnlyList<Polynomial<Rational, RationalField>>)(object)p.GroebnerBasis().Basis).ToList();
        var lifted = LiftedModP(rational.Ring, bases, ideal.Options, ideal.Options.Cancellation,
            level => Intersection(level).GroebnerBasis().Basis, new Random(TextSeed(bases)));
        var r = ideal.Create(ideal.Ring, (IEnumerable<Polynomial<T, TField>>)(object)lifted);
        if (!Elimination.Groebner.ReducedBasis.AreEqual(r.GroebnerBasis().Basis, (IReadOnlyList<Polynomial<T, TField>>)(object)lifted)) return null;
        return primes.All(r.IsSubsetOf) ? r : null;
    }

    /// <summary>
    /// op on the ideals of polynomial lists over ℚ, computed on their images modulo primes (those dividing no denominator)
    /// and only its result lifted (<see cref="ImageLift"/>; unverified: the operation's intermediate bases over ℚ are never
    /// formed).
    /// </summary>
    private static IReadOnlyList<Polynomial<Rational, RationalField>> LiftedModP(PolynomialRing<Rational, RationalField> ring,
        IReadOnlyList<IReadOnlyList<Polynomial<Rational, RationalField>>> inputs, Elimination.Groebner.GroebnerOptions options, CancellationToken cancel,
        Func<List<Ideal<uint, PrimeField>>, IReadOnlyList<Polynomial<uint, PrimeField>>> op, Random? randomCheck = null)
    {
        var single = options with { Threads = 1, Progress = null };
        return ImageLift.Lift(ring, p =>
        {
            if (inputs.Any(b => !Rings.DefinedModulo(b, p))) return null;
            var ringP = new PolynomialRing<uint, PrimeField>(new PrimeField(p), ring.Variables, ring.Order);
            return op(inputs.Select(b => new Ideal<uint, PrimeField>(ringP, b.Select(f => Rings.ModP(f, ringP)), options: single)).ToList());
        }, options.EffectiveThreads, cancel: cancel, randomCheck: randomCheck);
    }

    /// <summary>A seed from the SHA-256 of the bases' text: a run repeats, and no input can be built for the primes it draws.</summary>
    private static int TextSeed(IEnumerable<IReadOnlyList<Polynomial<Rational, RationalField>>> bases) =>
        BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join(";", bases.Select(b => string.Join(",", b))))), 0);

    /// <summary>
    /// The equidimensional parts of √I: for each dimension, the intersection of the minimal primes of
    /// that dimension (radical, unmixed), highest dimension first.
    /// </summary>
    public static IReadOnlyList<(int Dimension, Ideal<T, TField> Part)> EquidimensionalParts<T, TField>(Ideal<T, TField> ideal, int seed = 1, CancellationToken cancel = default)
        where TField : struct, IField<T> =>
        EquidimensionalParts(ideal, Compute(ideal, seed, cancel));

    /// <summary>The equidimensional parts of √I from minimal primes already computed.</summary>
    public static IReadOnlyList<(int Dimension, Ideal<T, TField> Part)> EquidimensionalParts<T, TField>(Ideal<T, TField> ideal, IEnumerable<PrimeComponent<T, TField>> primes)
        where TField : struct, IField<T> =>
        primes.GroupBy(c => c.Dimension).OrderByDescending(grp => grp.Key).Select(grp => (grp.Key, Radical(ideal, grp))).ToList();

    /// <param name="preferred">
    /// The independent set to localise at when it fits a branch: φ(J)'s run keeps J's U, over which the substitution made the
    /// residue fields less inseparable (another U may not be).
    /// </param>
    private sealed class Run<T, TField>(PolynomialRing<T, TField> g, Random rng, CancellationToken cancel, int depth = 0, int[]? preferred = null)
        where TField : struct, IField<T>
    {
        private readonly HashSet<Polynomial<T, TField>> _irreducible = new();
        private readonly List<(Ideal<T, TField> Prime, int Dimension)> _found = new();
        private readonly HashSet<IReadOnlyList<Polynomial<T, TField>>> _visited = new(BasisComparer<T, TField>.Instance);
        /// <summary>Set by <see cref="PrimesOverK"/> when an eliminant factor is inseparable over K.</summary>
        private bool _inseparable;
        /// <summary>Set when a pass may have missed components: some lie in V(h), h a non-constant polynomial in k[U].</summary>
        private bool _incomplete;

        /// <summary>
        /// All minimal primes of <paramref name="start"/> (with some non-minimal ones, dropped by the caller), by Laplagne's
        /// iteration: a pass finds primes on which an independent set of its ideal stays independent; while some h in every
        /// prime found is not in √start, the minimal primes of start : h^∞ — exactly those of start not containing h, so all
        /// new — are searched next. GTZ's branches J + h instead (h the leading coefficients over k(U)) decomposed
        /// V(J) ∩ V(h), mostly curves inside the components already found: a sparse 6-variable ideal over GF(32003) with
        /// two components ran past 150 s in 30 such branches (Singular 0.06 s).
        /// </summary>
        public List<(Ideal<T, TField> Prime, int Dimension)> Decompose(Ideal<T, TField> start)
        {
            _incomplete = false;
            Pass(start);
            // Every localisation's leading coefficients were constants: the first pass covered V(start) (GTZ), and the
            // radical test below would only cost (x³²⁰⁰³ − t, y³²⁰⁰³ − t: a basis in degree 32003).
            if (!_incomplete) return _found;
            Ideal<T, TField>? covered = null;
            var intersected = new List<Ideal<T, TField>>();
            var inRadical = new HashSet<Polynomial<T, TField>>();
            for (int counted = 0; ; )
            {
                // A prime containing one already intersected leaves the intersection as it is; larger ones first, since
                // only those can be contained (adjacent 2×2 minors of a 3×5 matrix over ℚ: a pass found 137 primes, 10
                // minimal, and 93 were intersected in the order found).
                foreach (var (p, _) in _found.Skip(counted).OrderByDescending(f => f.Dimension).ToList())
                {
                    if (intersected.Any(q => q.IsSubsetOf(p))) continue;
                    intersected.Add(p);
                    covered = covered is null ? p : covered.Intersection(p);
                }
                counted = _found.Count;
                if (covered is null) return _found;
                Ideal<T, TField>? rest = null;
                // h ∈ √start exactly when start : h^∞ is the unit ideal, so the saturation is the radical test too.
                foreach (var h in covered.GroebnerBasis().Basis.OrderBy(f => f.Degree).ThenBy(f => f.Length))
                {
                    if (inRadical.Contains(h)) continue;
                    cancel.ThrowIfCancellationRequested();
                    var saturated = start.Saturation(h);
                    if (!saturated.IsUnit) { rest = saturated; break; }
                    inRadical.Add(h);
                }
                if (rest is null) return _found;
                Pass(rest);
            }
        }

        /// <summary>
        /// Adds primes of <paramref name="start"/>: all those on which a maximal independent set of the branch stays independent,
        /// for the branches of factorisation splits; the primes of V(start) ∩ V(h) for the leading coefficients h over k(U) are
        /// left to <see cref="Decompose"/>'s next pass.
        /// </summary>
        private void Pass(Ideal<T, TField> start)
        {
            var work = new Stack<Ideal<T, TField>>();
            work.Push(start);
            // Within one pass only: a later pass's start, I : h^∞, may be a branch seen before whose components in
            // V(h') were left to later passes — skipping it would repeat the same pass forever.
            _visited.Clear();
            while (work.Count > 0)
            {
                cancel.ThrowIfCancellationRequested();
                var j = work.Pop();
                if (j.IsUnit) continue;
                // Splits reach the same branch along many paths (adjacent 2×2 minors of a 4×4 matrix: 15 797 branches,
                // 2 679 distinct); its primes were found, or its sub-branches pushed, at the first visit.
                var basis = j.GroebnerBasis().Basis;
                if (!_visited.Add(basis)) continue;
                // Every prime of J contains P, so none but P itself can be minimal.
                if (_found.Any(f => f.Prime.IsSubsetOf(j))) continue;
                if (basis.Count == 0) { _found.Add((j, g.VariableCount)); continue; }
                // A linear space is prime (k[x]/J is a polynomial ring): splits of an intersection of linear spaces end
                // in such branches, which the localisation took through eliminants and saturations.
                if (basis.All(f => f.Degree == 1))
                {
                    _found.Add((j, g.VariableCount - basis.Count));
                    continue;
                }
                if (basis.Count == 1 && Principal(j, basis[0]) is { } primes)
                {
                    _found.AddRange(primes.Select(p => (p, g.VariableCount - 1)));
                    continue;
                }
                if (Split(j, basis) is { } branches)
                {
                    foreach (var b in branches) work.Push(b);
                    continue;
                }
                foreach (var b in Localise(j, basis)) work.Push(b);
            }
        }

        /// <summary>
        /// The minimal primes (f_i) of a principal ideal (f), from f's irreducible factors (k[x] is a UFD: an irreducible
        /// generates a prime, of codimension 1); null when the factorisation stops at its limit. Branching on the factors
        /// computed a basis of (f, f_i) and localised each (f_i) over ℚ: five linear forms with 40-digit rationals took 2.4 s.
        /// </summary>
        private List<Ideal<T, TField>>? Principal(Ideal<T, TField> j, Polynomial<T, TField> f)
        {
            try { return PolynomialFactorisation.Factor(f).Factors.Select(x => j.Create(g, new[] { x.Factor.MakeMonic() })).ToList(); }
            catch (ResourceLimitException) { return null; }
        }

        /// <summary>Branches J + f_i for the factors of the first reducible basis element; null when none is.</summary>
        private List<Ideal<T, TField>>? Split(Ideal<T, TField> j, IReadOnlyList<Polynomial<T, TField>> basis)
        {
            foreach (var f in basis.OrderBy(p => p.Degree).ThenBy(p => p.Length))
            {
                if (f.Length > FactorTermLimit || f.Degree <= 1 || _irreducible.Contains(f)) continue;
                IReadOnlyList<(Polynomial<T, TField> Factor, int Multiplicity)> factors;
                try { factors = PolynomialFactorisation.Factor(f).Factors; }
                catch (ResourceLimitException) { continue; } // splitting only saves work
                if (factors.Count == 1 && factors[0].Multiplicity == 1) { _irreducible.Add(f); continue; }
                return factors.Select(x => j.Create(g, basis.Append(x.Factor))).ToList();
            }
            return null;
        }

        /// <summary>
        /// Finds the minimal primes of J on which a maximal independent set U stays independent, or returns branches
        /// J + q (q a factor of an eliminant) that cover them.
        /// </summary>
        private IEnumerable<Ideal<T, TField>> Localise(Ideal<T, TField> j, IReadOnlyList<Polynomial<T, TField>> basis)
        {
            int n = g.VariableCount;
            int d = j.Dimension();
            // A set independent for the grevlex leading ideal is independent modulo J; a preferred one is checked.
            var (u, rest, order) = (preferred is not null ? Independent(j, d, preferred, check: true) : null)
                ?? Independent(j, d, MonomialIdeal.Leading(g, basis).IndependentSet(d)
                    ?? throw new InvalidOperationException("no independent set of the dimension's size (internal error)"), check: false)!.Value;
            // Each variable alone keeps the coordinates (and the bases) sparse; random forms are the fallback.
            int attempts = rest.Length + RandomAttempts;
            for (int attempt = 0; attempt < attempts; attempt++)
            {
                int z = rest[attempt < rest.Length ? rest.Length - 1 - attempt : rest.Length - 1];
                var (forward, back) = Change(rest, z, attempt < rest.Length ? 0 : attempt - rest.Length + 1);
                var jp = j.Create(g, basis.Select(f => f.Substitute(forward)));
                List<Ideal<T, TField>>? primes;
                // Another change gives other eliminants: one too costly to factor only costs this attempt.
                _inseparable = false;
                List<Polynomial<T, TField>> factors;
                try { primes = PrimesOverK(jp, rest, z, order, f => j.Contains(f.Substitute(back)), out factors); }
                catch (ResourceLimitException) { continue; }
                if (_inseparable) return Frobenius(j, basis, u);
                // x_z does not separate, but its eliminant's factors split V(J) = ∪ V(J + q): smaller branches, each
                // decomposed on its own, rather than a random form's eliminant of the whole degree (noon-4 over ℚ: a
                // degree-80 eliminant with 5 000-bit coefficients to factor, 10–34 s).
                if (primes is null && factors.Count > 1)
                    return factors.Select(q => j.Create(g, basis.Append(q.Substitute(back)))).ToList();
                if (primes is null) continue;
                foreach (var p in primes) _found.Add((p.Create(g, p.GroebnerBasis().Basis.Select(f => f.Substitute(back))), d));
                // h ∈ k[U] is unchanged by the change of coordinates. With U empty every leading coefficient is a constant.
                _incomplete |= rest.Length < g.VariableCount && (VariesModP(jp, rest, order) || LeadingCoefficientsVary(jp, rest, order));
                return new List<Ideal<T, TField>>();
            }
            return SeparateByPolynomial(j, basis, u, rest, order, d);
        }

        /// <summary>
        /// U with the other variables and the block order rest &gt; U when U is independent modulo J (J ∩ k[U] = 0, read off the
        /// block order's leading monomials) and |U| = dim J; otherwise null.
        /// </summary>
        private (int[] U, int[] Others, MonomialOrder Order)? Independent(Ideal<T, TField> j, int d, int[] u, bool check)
        {
            if (u.Length != d) return null;
            int n = g.VariableCount;
            var rest = Enumerable.Range(0, n).Where(v => !u.Contains(v)).ToArray();
            if (u.Length == 0) return (u, rest, g.Order);
            MonomialOrder order = new BlockOrder(n, new[] { rest, u });
            if (check)
                foreach (var f in j.GroebnerBasis(order).Basis)
                    if (rest.All(v => f.LeadingExponents[v] == 0)) return null;
            return (u, rest, order);
        }

        /// <summary>
        /// Decomposes J entirely through φ(J), φ: u ↦ u^p on U (see the class remarks), adding the contracted primes;
        /// no branch is left.
        /// </summary>
        private List<Ideal<T, TField>> Frobenius(Ideal<T, TField> j, IReadOnlyList<Polynomial<T, TField>> basis, int[] u)
        {
            int p = checked((int)g.Field.Characteristic);
            if (depth >= FrobeniusDepth)
                throw new UnsupportedFieldException(
                    $"minimal primes: the residue fields over {g.Field.Name}({string.Join(", ", u.Select(i => g.Variables[i]))}) stay inseparable " +
                    $"after substituting u -> u^{p} {FrobeniusDepth} times");
            var images = Enumerable.Range(0, g.VariableCount).Select(i => u.Contains(i) ? g.Variable(i).Pow(p) : g.Variable(i)).ToArray();
            var inner = new Run<T, TField>(g, rng, cancel, depth + 1, u);
            foreach (var (prime, dimension) in inner.Decompose(j.Create(g, basis.Select(f => f.Substitute(images)))))
                _found.Add((Contract(prime, u, p), dimension));
            return new List<Ideal<T, TField>>();
        }

        /// <summary>φ⁻¹(P) = {f : f(u^p) ∈ P}: with fresh names u' for U in P, eliminate u' from P + (u − u'^p).</summary>
        private Ideal<T, TField> Contract(Ideal<T, TField> prime, int[] u, int p)
        {
            int n = g.VariableCount;
            var fresh = new string[n];
            foreach (var i in u)
            {
                var name = g.Variables[i] + "_";
                while (g.Variables.Contains(name) || fresh.Contains(name)) name += "_";
                fresh[i] = name;
            }
            var names = g.Variables.Select((v, i) => fresh[i] ?? v).Concat(u.Select(i => g.Variables[i])).ToArray();
            var h = new PolynomialRing<T, TField>(g.Field, names, new GrevlexOrder(names.Length));
            var toH = Enumerable.Range(0, n).Select(h.Variable).ToArray();
            var generators = prime.GroebnerBasis().Basis.Select(f => f.Substitute(toH))
                .Concat(u.Select((i, k) => h.Variable(n + k) - h.Variable(i).Pow(p)));
            var contracted = prime.Create(h, generators).Eliminate(u.Select(i => fresh[i]).ToArray());
            return prime.Create(g, contracted.GroebnerBasis().Basis.Select(f => Rings.Map(f, g)));
        }

        /// <summary>Whether f, involving x_v, lies in K[x_v^p] — an inseparable polynomial in x_v (characteristic p only).</summary>
        private bool Inseparable(Polynomial<T, TField> f, int v) =>
            g.Field.Characteristic > 0 && f.DegreeIn(v) > 0 && f.Derivative(v).IsZero;

        /// <summary>
        /// Over a small field no linear form may separate V(J_K)'s points (over GF(3) the 8 points of x² = y² = z² = −1
        /// take at most 4 values on any). Then: an eliminant with several factors splits J; otherwise, with J_K made
        /// radical, a random quadratic u (as a new variable t = u, k[x]/J ≅ k[x, t]/(J, t − u)) has a minimal polynomial
        /// over K whose factors q split V(J) = ∪ V(J + q(u)), or which is irreducible of degree dim_K — then
        /// K[x]/J_K ≅ K[t]/(q) is a field and J_K is prime.
        /// </summary>
        private List<Ideal<T, TField>> SeparateByPolynomial(Ideal<T, TField> j, IReadOnlyList<Polynomial<T, TField>> basis, int[] u, int[] rest,
            MonomialOrder order, int d)
        {
            // The factors used below involve x_v (or t) and cover the components on which U stays independent; the others
            // lie in V(h), h a leading coefficient in k[U], and are Decompose's next passes.
            _incomplete |= LeadingCoefficientsVary(j, rest, order);
            var radical = new List<Polynomial<T, TField>>(basis);
            foreach (var v in rest)
            {
                var factors = EliminantFactors(j, rest, v);
                if (u.Length > 0 && factors.Any(f => Inseparable(f, v))) return Frobenius(j, basis, u);
                if (factors.Count > 1) return factors.Select(f => j.Create(g, basis.Append(f))).ToList();
                radical.Add(factors[0]);
            }
            var k = j.Create(g, radical);
            var size = DimensionOverK(k, rest, order);
            if (size == 0) return new List<Ideal<T, TField>>();
            int n = g.VariableCount;
            string name = "t";
            while (g.Variables.Contains(name)) name += "_";
            var withT = new PolynomialRing<T, TField>(g.Field, g.Variables.Append(name).ToArray(), new GrevlexOrder(n + 1));
            var inner = new Run<T, TField>(withT, rng, cancel);
            var restT = rest.Append(n).ToArray();
            var kT = k.Create(withT, k.GroebnerBasis().Basis.Select(f => Rings.Map(f, withT)));
            for (int attempt = 0; attempt < PolynomialAttempts; attempt++)
            {
                cancel.ThrowIfCancellationRequested();
                var quadratic = g.Zero;
                foreach (var a in rest)
                {
                    quadratic = quadratic.AddScaled(g.Variable(a), RandomScalars.Any<T, TField>(g.Field, rng));
                    foreach (var b in rest.Where(b => b >= a))
                        quadratic = quadratic.AddScaled(g.Variable(a) * g.Variable(b), RandomScalars.Any<T, TField>(g.Field, rng));
                }
                var back = g.Variables.Select((_, i) => g.Variable(i)).Append(quadratic).ToArray();
                var factors = inner.EliminantFactors(kT.Create(withT, kT.Generators.Append(withT.Variable(n) - Rings.Map(quadratic, withT))), restT, n);
                if (factors.Count > 1) return factors.Select(f => j.Create(g, basis.Append(f.Substitute(back)))).ToList();
                // u's minimal polynomial over K is irreducible of degree dim_K: K[x]/k_K = K[u] is a field, so k_K is
                // maximal, and it lies in √J_K (each added factor vanishes on V(J_K)): the one prime of J_K.
                if (factors[0].DegreeIn(n) == size)
                {
                    _found.Add((k.Saturation(LeadingCoefficientFactors(k.GroebnerBasis(order).Basis, rest)), d));
                    return new List<Ideal<T, TField>>();
                }
            }
            throw new UnsupportedFieldException(
                $"minimal primes: neither a linear change of coordinates nor {PolynomialAttempts} random quadratic forms separated the points of the " +
                $"{d}-dimensional part over {g.Field.Name} (a field this small may need another --seed)");
        }

        /// <summary>x_z ↦ x_z − Σ c_i x_i (the other variables of <paramref name="rest"/>, |c_i| ≤ 3·size) and its inverse; identity for size 0.</summary>
        private (Polynomial<T, TField>[] Forward, Polynomial<T, TField>[] Back) Change(int[] rest, int z, int size)
        {
            var forward = Enumerable.Range(0, g.VariableCount).Select(g.Variable).ToArray();
            var back = (Polynomial<T, TField>[])forward.Clone();
            if (size == 0 || rest.Length < 2) return (forward, back);
            int bound = 3 * size;
            foreach (var i in rest.Where(i => i != z))
            {
                var c = g.Field.FromInteger(rng.Next(1, bound + 1) * (rng.Next(2) == 0 ? 1 : -1));
                forward[z] = forward[z] - g.Variable(i).Scale(c);
                back[z] = back[z] + g.Variable(i).Scale(c);
            }
            return (forward, back);
        }

        /// <summary>
        /// The contractions of the maximal ideals of J_K (K = k(U)), or null when x_z does not separate
        /// V(J_K)'s points (then another change is drawn); <paramref name="factors"/> are x_z's eliminant's.
        /// </summary>
        private List<Ideal<T, TField>>? PrimesOverK(Ideal<T, TField> jp, int[] rest, int z, MonomialOrder order, Func<Polynomial<T, TField>, bool> member,
            out List<Polynomial<T, TField>> factors)
        {
            var primes = new List<Ideal<T, TField>>();
            factors = EliminantFactors(jp, rest, z, member);
            bool quick = Quick(jp) is not null;
            foreach (var q in factors)
            {
                cancel.ThrowIfCancellationRequested();
                var k = jp.Create(g, jp.Generators.Append(q));
                var (verdict, prime) = (quick ? Branch(k, q, z, rest, order, quick: true) : null)
                    ?? Branch(k, q, z, rest, order, quick: false)!.Value;
                switch (verdict)
                {
                    case Verdict.Inseparable: _inseparable = true; return null;
                    case Verdict.NotSeparating: return null;
                    case Verdict.Prime: primes.Add(prime!); break;
                }
            }
            return primes;
        }

        private enum Verdict { Empty, Prime, NotSeparating, Inseparable }

        /// <summary>Over ℚ with exact verification asked for, the same ideal with bases checked modulo random primes only; else null.</summary>
        private static Ideal<T, TField>? Quick(Ideal<T, TField> j) =>
            typeof(T) == typeof(Rational) && j.Options.Verification == VerificationMode.Exact
                ? j.WithEngine(j.Engine, j.Options with { Verification = VerificationMode.Probabilistic })
                : null;

        /// <summary>
        /// The branch J + q (q an eliminant factor of x_z-degree d): empty over K, the prime √(J_K + q) ∩ k[x] when
        /// dim_K K[rest]/√(J_K + q) = d (Seidenberg over K: an element of J ∩ K[x_i] for every i, separable over K, makes
        /// it radical), or x_z does not separate. <paramref name="quick"/> (over ℚ) decides all this from bases checked
        /// modulo random primes only, because the exact basis of J + q carries every lower-dimensional component of J
        /// inside V(q) (an intersection of six components of dimensions 5 to 0: 49 elements with 41 000 terms of 740
        /// bits, which Singular's std takes 63 s for and whose exact check ran past 150 s); the prime is then proved on
        /// its own exact basis (<see cref="ProvedPrime"/>), null when that fails, and where completeness rested on
        /// an unproved step (the branch empty, eliminants added) it is left to Decompose's exact test.
        /// </summary>
        private (Verdict Verdict, Ideal<T, TField>? Prime)? Branch(Ideal<T, TField> k, Polynomial<T, TField> q, int z, int[] rest,
            MonomialOrder order, bool quick)
        {
            int want = q.DegreeIn(z);
            // Decided modulo one random prime: one F4 run instead of a lift, since the basis over ℚ carries every
            // lower-dimensional component's coefficients (a point and a curve under a hypersurface: past 92 primes and
            // 2 800 bits, Singular 0.25 s for the whole). An empty branch leaves completeness to Decompose's exact test;
            // a prime is proved on its own exact basis below.
            var modP = quick ? BasisModP(k, order) : null;
            if (modP is not null && modP.Any(f => rest.All(i => f.LeadingExponents[i] == 0)))
            {
                _incomplete = true;
                return (Verdict.Empty, null);
            }
            var b = quick ? Quick(k)! : k;
            var have = modP is not null ? DimensionOverK(modP, rest) : DimensionOverK(b, rest, order);
            if (have != want && have != 0)
            {
                var others = rest.Where(i => i != z).Select(i => (Variable: i, Factors: EliminantFactors(b, rest, i))).ToList();
                if (rest.Length < g.VariableCount && (Inseparable(q, z) || others.Any(e => e.Factors.Any(f => Inseparable(f, e.Variable)))))
                    return (Verdict.Inseparable, null);
                b = b.Create(g, b.Generators.Concat(others.Select(e => e.Factors.Aggregate(g.One, (a, c) => a * c))));
                have = quick && BasisModP(b, order) is { } extendedModP ? DimensionOverK(extendedModP, rest) : DimensionOverK(b, rest, order);
                if (have != want && have != 0) return (Verdict.NotSeparating, null);
                _incomplete |= quick;
            }
            if (have == 0)
            {
                _incomplete |= quick;
                return (Verdict.Empty, null);
            }
            // Only the leading coefficients over K are needed, and they are small: lifted alone (unproved; a wrong
            // one fails the proof of the saturation's primality).
            var factors = LeadingCoefficientFactors(quick ? LiftedLeadingParts(b, rest, order) : b.GroebnerBasis(order).Basis, rest);
            if (!quick) return (Verdict.Prime, b.Saturation(factors));
            if (factors.Count == 0)
            {
                var exact = k.Create(g, b.Generators);
                return ProvedPrime(exact, want, rest, order, factors) ? (Verdict.Prime, exact) : null;
            }
            // The saturation too modulo primes (exact, it lifted the lower components' coefficients once more: 116 primes
            // a branch). What it gives is proved prime on its own exact basis and to contain J + q; that (J + q)_K is no
            // larger rests on the dimension counted modulo a prime, so completeness goes to Decompose's exact test.
            var saturated = k.Create(g, b is Ideal<Rational, RationalField> rational
                ? (IEnumerable<Polynomial<T, TField>>)(object)LiftedModP(rational.Ring,
                    new[] { rational.Generators, (IReadOnlyList<Polynomial<Rational, RationalField>>)(object)factors }, b.Options, cancel,
                    ideals => ideals[0].Saturation(ideals[1].Generators).GroebnerBasis().Basis)
                : b.Saturation(factors).GroebnerBasis().Basis);
            if (!k.Generators.All(saturated.Contains) || !ProvedPrime(saturated, want, rest, order, factors)) return null;
            _incomplete = true;
            return (Verdict.Prime, saturated);
        }

        /// <summary>
        /// Whether P (exact, ⊇ J + q, q ∈ k[U, x_z] irreducible of x_z-degree <paramref name="degree"/>) is prime
        /// of dimension |U|, from its own exact basis in the block order: dim_K K[rest]/P_K = deg q, so
        /// K[x_z]/(q) — a field, q being primitive and irreducible over k[U] (Gauss) — maps onto K[rest]/P_K and
        /// P_K is maximal; and P = P_K ∩ k[x] = P : h_P^∞ (h_P its leading coefficients in k[U]), which holds
        /// when h_P's factors are among those P was saturated by, and is tested otherwise.
        /// </summary>
        private bool ProvedPrime(Ideal<T, TField> p, int degree, int[] rest, MonomialOrder order, List<Polynomial<T, TField>> saturatedBy)
        {
            if (DimensionOverK(p, rest, order) != degree) return false;
            var own = LeadingCoefficientFactors(p.GroebnerBasis(order).Basis, rest);
            return own.All(saturatedBy.Contains) || p.Saturation(own).IsSubsetOf(p);
        }

        /// <summary>
        /// The distinct irreducible factors involving x_v of an element of smallest positive x_v-degree in J ∩ k[U, x_v].
        /// With <paramref name="member"/> (an exact test f ∈ J) the elimination over ℚ is checked modulo primes only and its
        /// element then tested: any element of J ∩ k[U, x_v] splits V(J) = ∪ V(J + q), so only its membership needs a
        /// proof (the exact elimination basis of a six-component chain was 18 % of its decomposition).
        /// </summary>
        private List<Polynomial<T, TField>> EliminantFactors(Ideal<T, TField> j, int[] rest, int v, Func<Polynomial<T, TField>, bool>? member = null)
        {
            var others = rest.Where(i => i != v).Select(i => g.Variables[i]).ToArray();
            // Modulo primes, only the element chosen is lifted (the elimination basis: 47 elements of 30 000 terms).
            var f = member is not null && j is Ideal<Rational, RationalField> rational
                && LiftedModP(rational.Ring, new[] { rational.Generators }, j.Options, cancel,
                    ideals => Eliminant(ideals[0], others, v) is { } e ? new[] { e.MakeMonic() } : Array.Empty<Polynomial<uint, PrimeField>>()) is [var lifted]
                && Rings.Map((Polynomial<T, TField>)(object)lifted, g) is var candidate && candidate.DegreeIn(v) > 0 && member(candidate) ? candidate : null;
            f ??= Eliminant(j, others, v) ?? throw new InvalidOperationException("no eliminant: J is not zero-dimensional over k(U) (internal error)");
            var factors = PolynomialFactorisation.Factor(f).Factors.Select(x => x.Factor).ToList();
            // A factor in k[U] alone leaves the components inside its zero set to a later pass.
            _incomplete |= factors.Any(x => x.DegreeIn(v) == 0);
            return factors.Where(x => x.DegreeIn(v) > 0).ToList();
        }

        /// <summary>An element of J ∩ k[U, x_v] (<paramref name="others"/> eliminated) of smallest positive x_v-degree, shortest first, in J's ring.</summary>
        private static Polynomial<TC, TCField>? Eliminant<TC, TCField>(Ideal<TC, TCField> j, string[] others, int v) where TCField : struct, IField<TC> =>
            (others.Length == 0 ? j : j.Eliminate(others)).GroebnerBasis().Basis.Select(p => Rings.Map(p, j.Ring)).Where(p => p.DegreeIn(v) > 0)
                .OrderBy(p => p.DegreeIn(v)).ThenBy(p => p.Length).FirstOrDefault();

        /// <summary>Whether some element of J's basis in the block order rest &gt; U has a non-constant leading coefficient in k[U].</summary>
        private bool LeadingCoefficientsVary(Ideal<T, TField> j, int[] rest, MonomialOrder order) =>
            j.GroebnerBasis(order).Basis.Any(p => !LeadingCoefficient(p, rest).IsConstant);

        /// <summary>
        /// Whether some leading coefficient in k[U] of J's basis in the block order is non-constant modulo a random prime
        /// (another term shares the leading monomial's rest part). Only "varies" is acted on — it merely sends Decompose to
        /// its exact test; "constant" is decided on the exact basis (<see cref="LeadingCoefficientsVary"/>).
        /// </summary>
        private bool VariesModP(Ideal<T, TField> j, int[] rest, MonomialOrder order) =>
            BasisModP(j, order) is { } basis && basis.Any(f =>
            {
                var lead = f.LeadingExponents;
                for (int t = 1; t < f.Length; t++)
                {
                    var e = f.ExponentsAt(t);
                    if (rest.All(i => e[i] == lead[i])) return true;
                }
                return false;
            });

        /// <summary>J's reduced basis in <paramref name="order"/> modulo a random prime of [2³⁰, 2³¹) by one F4 run; null off ℚ.</summary>
        private List<Polynomial<uint, PrimeField>>? BasisModP(Ideal<T, TField> j, MonomialOrder order)
        {
            if (j is not Ideal<Rational, RationalField> rational) return null;
            uint p = Primes.DescendingFrom((uint)rng.Next(1 << 30, int.MaxValue)).First();
            if (!Rings.DefinedModulo(rational.Generators, p)) return null;
            var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(p), g.Variables, order);
            return new F4Engine().Compute(rational.Generators.Select(f => Rings.ModP(f, ring)).ToList(), j.Options).Basis.ToList();
        }

        /// <summary>dim_K K[rest]/J_K from J's basis in the block order rest &gt; U.</summary>
        private static BigInteger DimensionOverK(Ideal<T, TField> j, int[] rest, MonomialOrder order) =>
            DimensionOverK(j.GroebnerBasis(order).Basis, rest);

        /// <summary>dim_K K[rest]/J_K from the leading monomials' rest parts of a basis in the block order rest &gt; U (any field's).</summary>
        private static BigInteger DimensionOverK<TC, TCField>(IEnumerable<Polynomial<TC, TCField>> basis, int[] rest) where TCField : struct, IField<TC>
        {
            var leads = basis.Select(p => { var e = p.LeadingExponents; return rest.Select(i => e[i]).ToArray(); }).ToList();
            return new MonomialIdeal(rest.Length, leads).StandardMonomialCount();
        }

        /// <summary>
        /// Over ℚ, the terms of J's basis in the block order that share the leading monomial's rest part (the leading
        /// coefficients over K), lifted without the rest of the basis and unverified; else J's whole basis.
        /// </summary>
        private static IReadOnlyList<Polynomial<T, TField>> LiftedLeadingParts(Ideal<T, TField> j, int[] rest, MonomialOrder order)
        {
            if (j is not Ideal<Rational, RationalField> rational) return j.GroebnerBasis(order).Basis;
            var ring = rational.RingFor(order);
            var parts = new ModularEngine().LiftSelectedTerms(rational.Generators.Select(f => Rings.Map(f, ring)).ToList(), j.Options, (lead, term) =>
            {
                foreach (var v in rest)
                    if (PackedMonomial.Exponent(lead, v) != PackedMonomial.Exponent(term, v)) return false;
                return true;
            });
            return (IReadOnlyList<Polynomial<T, TField>>)(object)parts;
        }

        /// <summary>The distinct irreducible factors of the leading coefficients in k[U] of a basis in the block order rest &gt; U.</summary>
        private List<Polynomial<T, TField>> LeadingCoefficientFactors(IEnumerable<Polynomial<T, TField>> basis, int[] rest)
        {
            var factors = new HashSet<Polynomial<T, TField>>();
            var seen = new HashSet<Polynomial<T, TField>>();
            foreach (var p in basis)
            {
                var c = LeadingCoefficient(p, rest);
                if (c.IsConstant || !seen.Add(c.MakeMonic())) continue;
                // Elements share leading coefficients and their factors; only the cofactor of the known factors is
                // factored (multivariate Hensel over ℚ: a quarter of a decomposition with 2 000-bit coefficients).
                foreach (var f in factors)
                    while (ExactDivision.TryDivide(c, f, out var q)) c = q;
                if (c.IsConstant) continue;
                foreach (var (f, _) in PolynomialFactorisation.Factor(c).Factors) factors.Add(f);
            }
            return factors.OrderBy(f => f.Degree).ThenBy(f => f.ToString(), StringComparer.Ordinal).ToList();
        }

        /// <summary>The coefficient in k[U] of the leading rest-monomial of p, in the grevlex ring.</summary>
        private Polynomial<T, TField> LeadingCoefficient(Polynomial<T, TField> p, int[] rest)
        {
            var lead = p.ExponentsAt(0);
            var terms = new List<(T, int[])>();
            for (int t = 0; t < p.Length; t++)
            {
                var e = p.ExponentsAt(t);
                bool same = true;
                foreach (var v in rest) if (e[v] != lead[v]) { same = false; break; }
                if (!same) continue;
                foreach (var v in rest) e[v] = 0;
                terms.Add((p.CoefficientAt(t), e));
            }
            return Polynomial<T, TField>.FromTerms(g, terms);
        }
    }

    /// <summary>Reduced Gröbner bases of one ring compared as lists (a reduced basis is unique and sorted).</summary>
    private sealed class BasisComparer<T, TField> : IEqualityComparer<IReadOnlyList<Polynomial<T, TField>>> where TField : struct, IField<T>
    {
        public static readonly BasisComparer<T, TField> Instance = new();

        public bool Equals(IReadOnlyList<Polynomial<T, TField>>? a, IReadOnlyList<Polynomial<T, TField>>? b) =>
            ReferenceEquals(a, b) || a is not null && b is not null && Elimination.Groebner.ReducedBasis.AreEqual(a, b);

        public int GetHashCode(IReadOnlyList<Polynomial<T, TField>> basis)
        {
            var h = new HashCode();
            foreach (var p in basis) h.Add(p.GetHashCode());
            return h.ToHashCode();
        }
    }
}
