using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>
/// The δ-invariant, multiplicity and number of branches of a plane curve at one Galois orbit of points, by
/// blowing up until the strict transform is smooth. Noether's formula δ_P = Σ m_q(m_q − 1)/2 over P and its
/// infinitely near points q (Fulton, <i>Algebraic Curves</i>, §7.6) holds in every characteristic; the
/// branches are the smooth points reached. Points over an extension are carried as primes: the orbit P of
/// degree e has residue field L = k[p1..pn]/P, the local equation lives in L[u,v], and each blow-up adjoins
/// one coordinate p_{n+1} for the points on the exceptional line. Exact.
/// </summary>
public static class DeltaInvariant
{
    /// <summary>Blow-ups deeper than this mean a non-reduced curve (a multiple component never resolves).</summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// δ, multiplicity and branches at each point of the orbit <paramref name="point"/> (a zero-dimensional
    /// prime of k[a,b]) of the curve f(a,b) = 0, f in the same two-variable ring.
    /// </summary>
    public static LocalInvariants At<T, TField>(Polynomial<T, TField> f, Ideal<T, TField> point, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        if (ring.VariableCount != 2) throw new InvalidInputException("δ-invariants need a plane curve: a polynomial in two variables");
        if (!point.Contains(f)) throw new InvalidInputException("δ-invariants are asked at a point that is not on the curve");
        var (pointRing, localRing) = Level<T, TField>.Rings(ring.Field, 2);
        var rename = new[] { pointRing.Variable(0), pointRing.Variable(1) };
        var level = new Level<T, TField>(point.Create(pointRing, point.GroebnerBasis().Basis.Select(g => g.Substitute(rename))), localRing, cancel);
        var start = level.Local;
        var shifted = f.Substitute(new[] { start.Variable(0) + start.Variable(2), start.Variable(1) + start.Variable(3) });
        var (delta, branches, m, field) = Resolve(level.Reduce(shifted), level, 0);
        return new LocalInvariants(m, delta, branches, field);
    }

    private static (int Delta, int Branches, int Multiplicity, int BranchField) Resolve<T, TField>(Polynomial<T, TField> f, Level<T, TField> level, int depth)
        where TField : struct, IField<T>
    {
        level.Cancel.ThrowIfCancellationRequested();
        int m = Order(f, level.Count);
        if (m <= 1) return (0, 1, m, level.Degree);
        if (depth >= MaxDepth)
            throw new InvalidInputException($"the curve is not resolved after {MaxDepth} blow-ups: it has a multiple component (give a squarefree equation)");
        f = MakeNotTangentToV(f, m, level);
        var blown = BlowUp(f, m, level.Count);
        long delta = 0, branches = 0;
        int field = int.MaxValue;
        foreach (var sub in ExceptionalPoints(level, blown))
        {
            var local = sub.Local;
            var images = new Polynomial<T, TField>[level.Count + 2];
            for (int i = 0; i < level.Count; i++) images[i] = local.Variable(i);
            images[level.Count] = local.Variable(level.Count + 1);
            images[level.Count + 1] = local.Variable(level.Count) + local.Variable(level.Count + 2);
            var (d, r, _, e) = Resolve(sub.Reduce(blown.Substitute(images)), sub, depth + 1);
            field = Math.Min(field, e);
            delta += (long)d * sub.Degree;
            branches += (long)r * sub.Degree;
        }
        if (delta % level.Degree != 0 || branches % level.Degree != 0)
            throw new InvalidOperationException("infinitely near points do not lie evenly over the orbit (internal error)");
        return (checked(m * (m - 1) / 2 + (int)(delta / level.Degree)), (int)(branches / level.Degree), m, field);
    }

    /// <summary>The order of f in the local coordinates u, v (the last two variables).</summary>
    private static int Order<T, TField>(Polynomial<T, TField> f, int n) where TField : struct, IField<T>
    {
        if (f.IsZero) throw new InvalidInputException("the curve vanishes identically near a point");
        int m = int.MaxValue;
        for (int t = 0; t < f.Length; t++)
        {
            var e = f.ExponentsAt(t);
            m = Math.Min(m, e[n] + e[n + 1]);
        }
        return m;
    }

    /// <summary>
    /// u ↦ u + c·v for the first c = 0, 1, …, m with F_m(c, 1) ≠ 0 in L, so that the direction u = 0 is not
    /// tangent and the chart v = u·w of the blow-up sees every tangent direction (F_m(u,1) ≠ 0 has ≤ m roots).
    /// </summary>
    private static Polynomial<T, TField> MakeNotTangentToV<T, TField>(Polynomial<T, TField> f, int m, Level<T, TField> level)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        int n = level.Count;
        for (int c = 0; c <= m; c++)
        {
            var g = f;
            if (c > 0)
            {
                if (field.Characteristic > 0 && c >= field.Characteristic)
                    break;
                var images = new Polynomial<T, TField>[n + 2];
                for (int i = 0; i < n + 2; i++) images[i] = ring.Variable(i);
                images[n] = ring.Variable(n) + Polynomial<T, TField>.Constant(ring, field.FromInteger(c)) * ring.Variable(n + 1);
                g = level.Reduce(f.Substitute(images));
            }
            for (int t = 0; t < g.Length; t++)
            {
                var e = g.ExponentsAt(t);
                if (e[n] == 0 && e[n + 1] == m) return g;
            }
        }
        throw new InvalidInputException("the field is too small to choose a non-tangent direction at a singular point");
    }

    /// <summary>F(u, u·v)/u^m: the strict transform in the chart v = u·w (named v again).</summary>
    private static Polynomial<T, TField> BlowUp<T, TField>(Polynomial<T, TField> f, int m, int n) where TField : struct, IField<T>
    {
        var terms = new List<(T, int[])>(f.Length);
        for (int t = 0; t < f.Length; t++)
        {
            var e = f.ExponentsAt(t);
            e[n] = e[n] + e[n + 1] - m;
            terms.Add((f.CoefficientAt(t), e));
        }
        return Polynomial<T, TField>.FromTerms(f.Ring, terms);
    }

    /// <summary>
    /// The points on the exceptional line over <paramref name="level"/>: the minimal primes of
    /// P + (F(0, p_{n+1})) in k[p1..p_{n+1}], F the blown-up equation.
    /// </summary>
    private static IEnumerable<Level<T, TField>> ExceptionalPoints<T, TField>(Level<T, TField> level, Polynomial<T, TField> blown)
        where TField : struct, IField<T>
    {
        int n = level.Count;
        var (point, local) = Level<T, TField>.Rings(level.Point.Field, n + 1);
        var images = new Polynomial<T, TField>[n + 2];
        for (int i = 0; i < n; i++) images[i] = point.Variable(i);
        images[n] = point.Zero;
        images[n + 1] = point.Variable(n);
        var onLine = level.Prime.Create(point, level.Prime.Generators.Append(blown.Substitute(images)));
        foreach (var q in onLine.MinimalPrimes(1, level.Cancel))
            yield return new Level<T, TField>(q.Prime, local, level.Cancel);
    }

    /// <summary>A residue field L = k[p1..pn]/P of degree e over k and the local ring L[u,v] around its point.</summary>
    private sealed class Level<T, TField> where TField : struct, IField<T>
    {
        public readonly int Count;
        public readonly PolynomialRing<T, TField> Point;
        public readonly Ideal<T, TField> Prime;
        public readonly int Degree;
        public readonly CancellationToken Cancel;
        private readonly Ideal<T, TField> _localPrime;

        public Level(Ideal<T, TField> prime, PolynomialRing<T, TField> local, CancellationToken cancel)
        {
            Prime = prime;
            Point = prime.Ring;
            Count = Point.VariableCount;
            Cancel = cancel;
            if (prime.Dimension() != 0) throw new InvalidInputException("δ-invariants are asked at a positive-dimensional set, not a point");
            Degree = IdealInvariants.VectorSpaceDimension(prime);
            _localPrime = prime.Create(local, prime.GroebnerBasis().Basis);
        }

        public PolynomialRing<T, TField> Local => _localPrime.Ring;

        /// <summary>Coefficients reduced into L: P is generated in the p's alone, so the normal form acts coefficientwise.</summary>
        public Polynomial<T, TField> Reduce(Polynomial<T, TField> f) => _localPrime.NormalForm(f);

        public static (PolynomialRing<T, TField> Point, PolynomialRing<T, TField> Local) Rings(TField field, int n)
        {
            var names = Enumerable.Range(1, n).Select(i => "p" + i).ToArray();
            return (new PolynomialRing<T, TField>(field, names), new PolynomialRing<T, TField>(field, names.Append("u").Append("v").ToArray()));
        }
    }
}

/// <summary>
/// At each point of an orbit: the multiplicity m, the δ-invariant, the number of branches r, and the least degree
/// over k of the residue field of a branch (a place) over the orbit — 1 when some branch is defined over k.
/// </summary>
public sealed record LocalInvariants(int Multiplicity, int Delta, int Branches, int BranchField);
