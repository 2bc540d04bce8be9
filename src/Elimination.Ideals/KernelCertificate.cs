using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Factorisation;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Groebner.Fglm;

namespace Elimination.Ideals;

/// <summary>
/// A proof that a candidate J is the whole kernel I of a map ℚ[y] → ℚ[θ], y_i ↦ G_i, with every G_i homogeneous
/// of one degree (so I is homogeneous, V = V(I) a cone), without the graph's elimination. The caller proves
/// J ⊆ I (each generator composes to zero). Over ℚ, with k = dim J and δ = deg J:
/// <list type="number">
/// <item>k rational linear forms ℓ cut J to finite length Σ h_i, the sum of J's h-vector: ℓ is a regular sequence,
///   so R/J is Cohen–Macaulay and J is unmixed — every associated prime is minimal of dimension k.</item>
/// <item>Mod a prime p: the map's Jacobian, restricted to the counting slice θ = σ(θ'), has rank k at a point, so
///   V_p (the closure of the image mod p, whose ideal I_p is the kernel mod p) has dimension ≥ k; J_p ⊆ I_p and
///   V(J_p) ∩ {ℓ = 0} = {0}, so dim V_p = k. In each degree I_d is the kernel of an integer matrix whose rank can
///   only drop mod p: dim (I_p)_d ≥ dim I_d, so V_p's Hilbert function is at most V's and, dimensions being equal,
///   deg V_p ≤ deg V.</item>
/// <item>The section ℓ_1 = … = ℓ_(k−1) = 0, ℓ_k = 1 meets V_p in finitely many points (V(J_p) meets it so), at most
///   deg V_p of them (Bézout). Its pull-back to θ' (with random hyperplanes for the fibre) is solved mod p, and
///   a linear form u in the coordinates takes N distinct values on the solutions — the distinct roots of u's
///   minimal polynomial in the zero-dimensional quotient. Solutions map into V_p, so N ≤ deg V_p ≤ deg V.</item>
/// </list>
/// J ⊆ I with equal dimension gives deg V ≤ δ (I is one of J's minimal primes, of multiplicity ≥ 1). So N = δ
/// forces I to be J's only associated prime, with multiplicity 1: J is I-primary and reduced at I, J = I.
/// Exact: the random choices (forms, prime, point, hyperplanes) only decide whether the proof goes through.
/// </summary>
public static class KernelCertificate
{
    /// <summary>Most solutions of the pulled-back section counted: the Krylov iteration is cubic in their number.</summary>
    public const int MaxSolutions = 2000;

    /// <summary>
    /// Whether J = ker G is proved, with the evidence. <paramref name="slice"/>: θ_j = slice[j](θ') for the point
    /// count (e.g. parameters fixed at 1 through a rescaling); null: θ' = θ. Every generator of
    /// <paramref name="candidate"/> must lie in the kernel — the caller's proof, not checked here.
    /// </summary>
    public static KernelCertificateResult Prove(Ideal<Rational, RationalField> candidate, IReadOnlyList<Polynomial<Rational, RationalField>> images,
        IReadOnlyList<Polynomial<Rational, RationalField>>? slice = null, int seed = 1, CancellationToken cancellation = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var target = candidate.Ring;
        int n = target.VariableCount;
        if (images.Count != n) throw new ArgumentException($"the map has {images.Count} images for {n} coordinates", nameof(images));
        KernelCertificateResult No(string why) => new(false, null, null, null, why, clock.Elapsed.TotalSeconds);
        if (!Applies(images)) return No("the images are not homogeneous of one degree");

        var hj = HilbertSeries.Of(candidate);
        int k = hj.Dimension;
        var delta = hj.Degree;
        if (k < 1 || candidate.IsZero) return No($"J has dimension {k}");
        if (!hj.IsHomogeneous) return No("J is not homogeneous");
        var rng = new Random(seed);

        // 1. Cohen–Macaulay over ℚ: k forms with small integer coefficients keep the h-vector.
        var forms = CohenMacaulay.RandomForms(target, k, rng);
        bool kept = CohenMacaulay.KeepHVector(candidate, hj, forms, out var hc);
        cancellation.ThrowIfCancellationRequested();
        if (!kept)
            return No($"R/J is not shown Cohen-Macaulay: {k} linear forms give {hc.Format()} against J's h-vector ({string.Join(",", hj.ReducedNumerator)})");

        var counting = slice is null ? images.ToArray() : images.Select(g => g.Substitute(slice)).ToArray();
        var thetaPrime = counting[0].Ring;
        var basis = candidate.GroebnerBasis().Basis;
        uint p = Primes.DescendingFrom().First(q => Rings.DefinedModulo(images.Concat(counting).Concat(basis).Concat(forms), q));
        var f = new PrimeField(p);

        // 2. dim V_p = k: the Jacobian rank of the counting map, and V(J_p) ∩ {ℓ = 0} = {0}.
        var cRing = new PolynomialRing<uint, PrimeField>(f, thetaPrime.Variables);
        var c = counting.Select(g => Rings.ModP(g, cRing)).ToArray();
        int m = cRing.VariableCount;
        var point = new uint[m];
        for (int j = 0; j < m; j++) point[j] = (uint)rng.NextInt64(1, p);
        var jacobian = new uint[n * m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) jacobian[i * m + j] = c[i].Derivative(j).Evaluate(point);
        int rank = ModularRowEchelon.RankOf(f, jacobian, n, m);
        if (rank != k) return No($"the Jacobian of the counting map has rank {rank} mod {p} at a random point, not dim J = {k}");
        var yRing = new PolynomialRing<uint, PrimeField>(f, target.Variables);
        var formsP = forms.Select(l => Rings.ModP(l, yRing)).ToList();
        var cutP = new Ideal<uint, PrimeField>(yRing, basis.Select(g => Rings.ModP(g, yRing)).Concat(formsP), null,
            new GroebnerOptions { Cancellation = cancellation });
        if (cutP.Dimension() != 0) return No($"mod {p} the {k} forms do not cut J to finite length");

        // 3. Distinct points of the image on the section ℓ_1..ℓ_(k−1) = 0, ℓ_k = 1.
        var section = new List<Polynomial<uint, PrimeField>>();
        for (int i = 0; i < k; i++)
        {
            var pulled = formsP[i].Substitute(c);
            section.Add(i == k - 1 ? pulled - cRing.One : pulled);
        }
        for (int h = k; h < m; h++)
        {
            var plane = Polynomial<uint, PrimeField>.Constant(cRing, (uint)rng.NextInt64(p));
            for (int j = 0; j < m; j++) plane += cRing.Variable(j).Scale((uint)rng.NextInt64(p));
            section.Add(plane);
        }
        var solutions = new Ideal<uint, PrimeField>(cRing, section, null, new GroebnerOptions { Cancellation = cancellation });
        if (solutions.IsUnit || solutions.Dimension() != 0)
            return No($"the pulled-back section mod {p} is {(solutions.IsUnit ? "empty" : "not zero-dimensional")}");
        MultiplicationMatrices matrices;
        try { matrices = MultiplicationMatrices.Of(solutions.GroebnerBasis().Basis, MaxSolutions, cancellation); }
        catch (ResourceLimitException) { return No($"the pulled-back section has more than {MaxSolutions} solutions mod {p} to count"); }
        int solutionCount = matrices.Staircase.Count;
        var u = Polynomial<uint, PrimeField>.Constant(cRing, 0);
        foreach (var ci in c) u += ci.Scale((uint)rng.NextInt64(1, p));
        // The distinct roots of u's minimal polynomial on k[x]/I are u's distinct values on the points.
        int distinct = SquarefreeDegree(f, matrices.MinimalPolynomialOf(u, cancellation));
        string counted = $"{distinct} distinct points of V mod {p} on a linear section (values of a linear form on the " +
                         $"{solutionCount} solutions of its pull-back)";
        if (distinct > delta)
            throw new ArgumentException($"{counted} exceed deg J = {delta}: J does not lie in the kernel", nameof(candidate));
        if (distinct < delta) return No($"{counted}, fewer than deg J = {delta}") with { Dimension = k, Degree = delta, DistinctPoints = distinct };
        return new KernelCertificateResult(true, k, delta, distinct,
            $"J = I(V), proved: R/J is Cohen-Macaulay (h-vector {string.Join(",", hj.ReducedNumerator)} kept by {k} rational linear forms), " +
            $"dim V = {k} (Jacobian rank mod {p}), and {counted} = deg J bound deg V from below, so V is J's only component, " +
            "of multiplicity 1", clock.Elapsed.TotalSeconds);
    }

    /// <summary>Whether the map is one the certificate takes: every image homogeneous of one positive degree.</summary>
    public static bool Applies(IReadOnlyList<Polynomial<Rational, RationalField>> images) =>
        images.Count > 0 && Implicitization.SameDegreeHomogeneous(images, Enumerable.Range(0, images[0].Ring.VariableCount).ToArray());

    /// <summary>The number of distinct roots of Σ c_i t^i (degree &lt; p) over the algebraic closure.</summary>
    private static int SquarefreeDegree(PrimeField f, uint[] coefficients)
    {
        var ring = new PolynomialRing<uint, PrimeField>(f, new[] { "t" });
        var terms = new List<(uint, int[])>();
        for (int i = 0; i < coefficients.Length; i++) if (coefficients[i] != 0) terms.Add((coefficients[i], new[] { i }));
        return PolynomialFactorisation.SquarefreePart(Polynomial<uint, PrimeField>.FromTerms(ring, terms)).Degree;
    }
}

/// <summary>The outcome of <see cref="KernelCertificate.Prove"/>: proved or not, J's dimension and degree, the distinct points counted, why.</summary>
public sealed record KernelCertificateResult(bool Proved, int? Dimension, BigInteger? Degree, int? DistinctPoints, string Note, double Seconds);
