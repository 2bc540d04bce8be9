using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>
/// Genera of a plane curve C = V(F) ⊂ P², F squarefree of degree d: the arithmetic genus (d−1)(d−2)/2 and the
/// geometric genus g = (d−1)(d−2)/2 − Σ_P δ_P over its singular points, the points at infinity included
/// (Fulton, <i>Algebraic Curves</i>, §8.3). g is the genus of the normalisation only when C is absolutely
/// irreducible, which is decided too: a smooth point of C over k(α) lies on exactly one component over k̄, that
/// component is defined over k(α), so C is absolutely irreducible iff F stays irreducible over k(α), i.e. iff
/// (q(t), F) is prime for α's minimal polynomial q; the same holds for a branch at a singular point, and a
/// branch or smooth point defined over k settles it at once. Exact.
/// </summary>
public static class PlaneCurveGenus
{
    /// <summary>
    /// The genera of the projective closure of f = 0 (two variables), or of the projective curve F = 0
    /// (F homogeneous in three variables).
    /// </summary>
    public static PlaneCurveGenera<T, TField> Compute<T, TField>(Ideal<T, TField> curve, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        if (curve.Generators.Count != 1)
            throw new InvalidInputException("the genus needs a plane curve: one equation");
        var f = curve.Generators[0];
        var ring = curve.Ring;
        if (f.IsConstant) throw new InvalidInputException("the genus needs a curve: the equation is constant");
        var projective = ring.VariableCount switch
        {
            2 => Homogenise(f),
            3 when f.IsHomogeneous => f,
            3 => throw new InvalidInputException("a curve in three variables must be given by a homogeneous equation (a projective plane curve)"),
            _ => throw new InvalidInputException($"the genus needs a plane curve: 2 variables (affine) or 3 (projective), not {ring.VariableCount}"),
        };
        var factors = PolynomialFactorisation.Factor(projective);
        if (!factors.IsSquarefree)
            throw new InvalidInputException($"the genus needs a reduced curve; the equation has a repeated factor: {factors}");
        int d = projective.Degree;
        int arithmetic = (d - 1) * (d - 2) / 2;
        var points = new List<CurvePoint<T, TField>>();
        var pr = projective.Ring;
        string x = pr.Variables[0], y = pr.Variables[1], z = pr.Variables[2];
        // Three disjoint charts cover P²: z ≠ 0; z = 0, x ≠ 0; and the point (0:1:0).
        points.AddRange(SingularPoints(curve, projective, 2, $"{z}=1", null, cancel));
        points.AddRange(SingularPoints(curve, projective, 0, $"{x}=1, {z}=0", 1, cancel));
        points.AddRange(SingularPoints(curve, projective, 1, $"(0:1:0)", 2, cancel));
        long delta = points.Sum(p => (long)p.Points * p.Local.Delta);
        var (absolutely, evidence) = d == 1 ? (true, "a line")
            : !factors.IsIrreducible ? (false, $"reducible: {factors.Factors.Count} components over {ring.Field.Name}, {factors}")
            : points.FirstOrDefault(p => p.Local.BranchField == 1) is { } rational
                ? (true, $"irreducible over {ring.Field.Name} with a branch defined over {ring.Field.Name} at the singular point {rational.Prime} ({rational.Chart})")
                : AbsoluteIrreducibility(curve, projective, cancel);
        return new PlaneCurveGenera<T, TField>(d, arithmetic, points, checked((int)delta), absolutely, evidence);
    }

    private static Polynomial<T, TField> Homogenise<T, TField>(Polynomial<T, TField> f) where TField : struct, IField<T>
    {
        var ring = Rings.Extend(f.Ring, Array.Empty<string>(), new[] { Rings.FreshName(f.Ring.Variables, "z") });
        int d = f.Degree;
        var terms = new List<(T, int[])>(f.Length);
        for (int t = 0; t < f.Length; t++)
        {
            var e = f.ExponentsAt(t);
            terms.Add((f.CoefficientAt(t), new[] { e[0], e[1], d - e[0] - e[1] }));
        }
        return Polynomial<T, TField>.FromTerms(ring, terms);
    }

    /// <summary>F with variable <paramref name="one"/> set to 1, in the ring of the two other variables (an affine chart).</summary>
    private static Polynomial<T, TField> Dehomogenise<T, TField>(Polynomial<T, TField> projective, int one) where TField : struct, IField<T>
    {
        var pr = projective.Ring;
        var coordinates = Enumerable.Range(0, 3).Where(i => i != one).ToArray();
        var chartRing = Rings.Subring(pr, coordinates.Select(i => pr.Variables[i]));
        var images = new Polynomial<T, TField>[3];
        images[one] = chartRing.One;
        for (int k = 0; k < 2; k++) images[coordinates[k]] = chartRing.Variable(k);
        return projective.Substitute(images);
    }

    /// <summary>
    /// The singular points of F in the chart where variable <paramref name="one"/> is 1, restricted to the
    /// chart coordinates in <paramref name="zero"/> being 0 (the first, or both, of the two that remain).
    /// </summary>
    private static IEnumerable<CurvePoint<T, TField>> SingularPoints<T, TField>(Ideal<T, TField> curve, Polynomial<T, TField> projective,
        int one, string chart, int? zero, CancellationToken cancel) where TField : struct, IField<T>
    {
        var g = Dehomogenise(projective, one);
        var chartRing = g.Ring;
        var equations = new List<Polynomial<T, TField>> { g, g.Derivative(0), g.Derivative(1) };
        // Chart x=1 keeps z = 0 (the second coordinate); the point (0:1:0) has both coordinates 0.
        if (zero == 1) equations.Add(chartRing.Variable(1));
        if (zero == 2) { equations.Add(chartRing.Variable(0)); equations.Add(chartRing.Variable(1)); }
        var locus = curve.Create(chartRing, equations);
        if (locus.IsUnit) yield break;
        foreach (var p in locus.MinimalPrimes(1, cancel))
        {
            if (p.Dimension != 0)
                throw new InvalidInputException("the curve has a positive-dimensional singular locus: it is not reduced");
            var prime = p.Prime.Create(chartRing, p.Prime.GroebnerBasis().Basis);
            yield return new CurvePoint<T, TField>(chart, prime, (int)p.Degree, DeltaInvariant.At(g, prime, cancel));
        }
    }

    /// <summary>
    /// Decides absolute irreducibility of a curve irreducible over k without a rational branch at its singular
    /// points: (1) a smooth rational point on a line x = c settles it; (2) over ℚ, so does f mod p absolutely
    /// irreducible of the same degree (a factorisation over a number field would reduce to one mod a prime above p),
    /// shown by (1) over F_p; (3) otherwise (q(t), f) is decomposed, q the minimal polynomial of a simple root α of
    /// some f(c, y).
    /// </summary>
    private static (bool, string) AbsoluteIrreducibility<T, TField>(Ideal<T, TField> curve, Polynomial<T, TField> projective, CancellationToken cancel)
        where TField : struct, IField<T>
    {
        var f = Dehomogenise(projective, 2);
        var affineRing = f.Ring;
        var field = affineRing.Field;
        var (rational, best) = SmoothPointOnLines(f, field.Characteristic > 0 ? 64 : 12, cancel);
        if (rational is { } r)
            return (true, $"irreducible over {field.Name} with a smooth rational point on the line {r}");
        if (f is Polynomial<Rational, RationalField> overQ && ModularProof(overQ, projective.Degree, cancel) is { } modular)
            return (true, modular);
        if (best is not { } b)
            throw new InvalidInputException("no smooth point was found on the lines tried to decide absolute irreducibility");
        string t = Rings.FreshName(affineRing.Variables, "t");
        var ext = Rings.Extend(affineRing, Array.Empty<string>(), new[] { t });
        var qt = ReplaceVariable(b.Q, b.Moving, ext, 2);
        var split = curve.Create(ext, new[] { qt, Rings.Map(f, ext) }).MinimalPrimes(1, cancel);
        return split.Count == 1
            ? (true, $"irreducible over {field.Name}(α), α a root of {qt} at a smooth point on the line {b.Line}")
            : (false, $"splits into {split.Count} components over {field.Name}(α), α a root of {qt} at a smooth point on the line {b.Line}");
    }

    /// <summary>
    /// Simple roots of f(c, y), then of f(x, c), for c = 0, 1, …: a simple root is a smooth point. Both directions,
    /// since over a small field every vertical line can meet the curve doubly (y² = x³ − x over GF(3): x³ − x = 0
    /// for every x). Returns the first rational one's line, else the simple root of least degree.
    /// </summary>
    private static (string? Rational, (Polynomial<T, TField> Q, int Moving, string Line)? Best) SmoothPointOnLines<T, TField>(
        Polynomial<T, TField> f, int lines, CancellationToken cancel) where TField : struct, IField<T>
    {
        (Polynomial<T, TField>, int, string)? best = null;
        foreach (int moving in new[] { 1, 0 })
        {
            if (f.Derivative(moving).IsZero) continue;
            var (rational, found) = SmoothPointOnLines(f, moving, lines, cancel);
            if (rational is not null) return (rational, null);
            if (found is { } q && (best is null || q.Q.Degree < best.Value.Item1.Degree)) best = found;
        }
        return (null, best);
    }

    private static (string? Rational, (Polynomial<T, TField> Q, int Moving, string Line)? Best) SmoothPointOnLines<T, TField>(
        Polynomial<T, TField> f, int moving, int lines, CancellationToken cancel) where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        int fixedVar = 1 - moving;
        (Polynomial<T, TField>, int, string)? best = null;
        for (int c = 0; c < lines; c++)
        {
            cancel.ThrowIfCancellationRequested();
            if (field.Characteristic > 0 && c >= field.Characteristic) break;
            var images = new Polynomial<T, TField>[2];
            images[fixedVar] = Polynomial<T, TField>.Constant(ring, field.FromInteger(c));
            images[moving] = ring.Variable(moving);
            var restricted = f.Substitute(images);
            if (restricted.IsConstant) continue;
            string line = $"{ring.Variables[fixedVar]}={c}";
            foreach (var (q, multiplicity) in PolynomialFactorisation.Factor(restricted).Factors)
            {
                if (multiplicity != 1) continue;
                if (q.Degree == 1) return ($"{line}, {q} = 0", null);
                if (best is null || q.Degree < best.Value.Item1.Degree) best = (q, moving, line);
            }
        }
        return (null, best);
    }

    private static string? ModularProof(Polynomial<Rational, RationalField> f, int degree, CancellationToken cancel)
    {
        foreach (var p in new[] { 1_000_003L, 1_000_033L, 1_000_037L })
        {
            var field = new PrimeField(p);
            if (!Rings.DefinedModulo(new[] { f }, (uint)p)) continue;
            var ring = new PolynomialRing<uint, PrimeField>(field, f.Ring.Variables);
            var g = Rings.ModP(f, ring);
            if (g.Degree != degree || !PolynomialFactorisation.Factor(g).IsIrreducible) continue;
            if (SmoothPointOnLines(g, 64, cancel).Rational is { } point)
                return $"absolutely irreducible mod {p} with the same degree (irreducible over GF({p}), smooth rational point on the line {point})";
        }
        return null;
    }

    private static Polynomial<T, TField> ReplaceVariable<T, TField>(Polynomial<T, TField> q, int variable, PolynomialRing<T, TField> target, int into)
        where TField : struct, IField<T>
    {
        var images = new Polynomial<T, TField>[q.Ring.VariableCount];
        for (int i = 0; i < images.Length; i++) images[i] = i == variable ? target.Variable(into) : target.Zero;
        return q.Substitute(images);
    }
}

/// <summary>One Galois orbit of singular points of a plane curve: its chart, prime, size and local invariants at each point.</summary>
public sealed record CurvePoint<T, TField>(string Chart, Ideal<T, TField> Prime, int Points, LocalInvariants Local) where TField : struct, IField<T>;

/// <summary>
/// Degree, arithmetic genus, singular points and total δ of a reduced plane curve, whether it is absolutely
/// irreducible and the evidence for that.
/// </summary>
public sealed record PlaneCurveGenera<T, TField>(int Degree, int ArithmeticGenus, IReadOnlyList<CurvePoint<T, TField>> SingularPoints,
    int TotalDelta, bool AbsolutelyIrreducible, string Evidence) where TField : struct, IField<T>
{
    /// <summary>
    /// p_a − Σδ = 1 − s + Σ g_i over the s components of the curve over k̄ (the genus of Singular's normal.lib
    /// <c>genus</c>): the geometric genus when s = 1.
    /// </summary>
    public int NormalisationGenus => ArithmeticGenus - TotalDelta;

    /// <summary>The genus of the normalisation of an absolutely irreducible curve; null otherwise.</summary>
    public int? GeometricGenus => AbsolutelyIrreducible ? NormalisationGenus : null;
}
