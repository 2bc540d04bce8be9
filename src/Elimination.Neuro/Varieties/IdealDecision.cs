using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>
/// What equations known to vanish on a neurovariety V (e.g. lifted and proved by
/// <c>DegreeBoundedEquations.ComputeExact</c>) generate. With J their ideal:
/// <list type="bullet">
/// <item>dim J (Gröbner basis mod p) against dim V (the Jacobian rank, a lower bound; J ⊆ I(V) bounds it
/// from above): equal means V is an irreducible component of V(J) of top dimension.</item>
/// <item>deg J against deg V (<see cref="VarietyDegree"/>, a linear section of the parametrisation):
/// equal means V is the only top-dimensional component and J is reduced along it.</item>
/// <item>Cohen–Macaulayness of R/J: dim J random linear forms are a regular sequence exactly when the
/// Hilbert series of J + (forms) is the h-polynomial of J. Then J is unmixed: no lower-dimensional
/// or embedded components, so with the two equalities J = I(V) — it generates the ideal, and cuts
/// V out set-theoretically.</item>
/// <item>Where the point count does not finish: the Galois orbits of a rational linear section of V(J)
/// (<see cref="SectionGaloisOrbits"/>); one orbit gives deg V = deg J.</item>
/// <item>Where it finishes: I(V) by elimination over ℚ, compared with J exactly (a proof either way).</item>
/// <item>First of all, within twice the degree's budget: <see cref="KernelCertificate"/>, which proves J = I(V) exactly when R/J
/// is Cohen–Macaulay and a linear section of the parametrisation mod p has deg J distinct points; then nothing else
/// is computed.</item>
/// </list>
/// All but the elimination are computed mod p with random choices: such a verdict is probabilistic (an
/// unlucky prime or random choice changes a Hilbert series or a factorisation), and says so.
/// </summary>
public static class IdealDecision
{
    /// <summary>Default time for the degree of V (its linear section can be a hard Gröbner basis).</summary>
    public static readonly TimeSpan DefaultDegreeBudget = TimeSpan.FromSeconds(60);

    /// <summary>Default time for eliminating I(V) itself, the exact comparison (small networks finish in well under a second).</summary>
    public static readonly TimeSpan DefaultEliminationBudget = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The verdict on <paramref name="equations"/> (over ℚ, known to vanish on V). Besides dimension, degree
    /// and Cohen–Macaulayness mod p: the Galois orbits of a rational linear section of V(J)
    /// (<see cref="SectionGaloisOrbits"/>: one orbit means deg V = deg J without counting V's points),
    /// the Hilbert function of V in degrees ≤ N from the interpolation's graded pieces
    /// (<paramref name="interpolatedPieces"/>, e.g. <c>ExactDegreeBoundedResult.GradedPieces</c>) against J's,
    /// and — when it finishes within <paramref name="eliminationBudget"/> — I(V) by elimination over ℚ,
    /// which turns the verdict into a proof (J = I(V), or the generators J misses). <paramref name="progress"/> hears of
    /// each phase as it starts, with its time budget.
    /// </summary>
    public static IdealDecisionResult Decide(INeuralArchitecture arch, IReadOnlyList<Polynomial<Rational, RationalField>> equations,
        FibreOptions? options = null, TimeSpan? degreeBudget = null,
        IReadOnlyList<(int[] Multidegree, int Monomials, int Equations)>? interpolatedPieces = null, TimeSpan? eliminationBudget = null,
        Action<string>? progress = null)
    {
        options ??= new FibreOptions();
        var clock = Stopwatch.StartNew();
        uint p = options.Prime != 0 ? options.Prime : 32003;
        var f = new PrimeField(p);
        var names = NeuroVariety.CoordinateNames(arch);
        var ring = new PolynomialRing<uint, PrimeField>(f, names);
        var modular = equations.Select(e => Rings.ModP(e, ring)).Where(e => !e.IsZero).ToList();
        var groebner = new GroebnerOptions { Cancellation = options.Cancellation };
        var j = new Ideal<uint, PrimeField>(ring, modular, options.Engine, groebner);
        var hj = HilbertSeries.Of(j);
        var degreeTime = degreeBudget ?? DefaultDegreeBudget;
        // A zero set of another dimension than V's decides the verdict alone: no certificate, no point count.
        var rank = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = options.Seed, Cancellation = options.Cancellation });
        KernelCertificateResult? certificate = null;
        VarietyDegreeResult degree;
        if (hj.Dimension != rank.Dimension)
            degree = new VarietyDegreeResult(null, rank.Dimension, null, null, $"not needed: dim V = {rank.Dimension} by the Jacobian rank mod {rank.Prime}", 0);
        else
        {
            // The exact certificate first: when it proves J = I(V), deg V = deg J and neither the point count nor the
            // elimination is needed, so it gets twice the point count's time (V_(3,3,3),2: 47–65 s on 2 cores).
            progress?.Invoke($"the Hilbert series of J mod {p} is {hj.Format()}; exact certificate J = I(V) (up to {2 * degreeTime.TotalSeconds:0} s)");
            certificate = Within(2 * degreeTime, options.Cancellation, token => Certify(arch, equations, options with { Cancellation = token }));
            degree = certificate is { Proved: true }
                ? new VarietyDegreeResult((long)certificate.Degree!.Value, certificate.Dimension!.Value, null, null,
                    "deg V = deg J, by the certificate (exact)", certificate.Seconds)
                : DegreeWithin(arch, options, degreeTime, progress, rank);
        }
        int k = degree.Dimension;
        var h = hj.ReducedNumerator;
        string hText = string.Join(",", h);
        var evidence = new List<string>();
        string? hilbertFunction = interpolatedPieces is null ? null : CompareHilbertFunctions(interpolatedPieces, hj);
        if (hilbertFunction is not null) evidence.Add(hilbertFunction);

        Verdict verdict;
        bool? cohenMacaulay = null;
        bool? equalsEliminated = null;
        SectionGaloisResult? section = null;
        string why;
        if (hj.Dimension < k)
        {
            verdict = Verdict.NotOnTheVariety;
            why = $"their zero set has dimension {hj.Dimension} < {k} = the Jacobian rank: they do not all vanish on V";
        }
        else if (hj.Dimension > k)
        {
            verdict = Verdict.ZeroSetTooLarge;
            why = $"their zero set has dimension {hj.Dimension} > dim V = {k}: they do not cut out V";
        }
        else if (certificate is { Proved: true })
        {
            cohenMacaulay = true;
            verdict = Verdict.GeneratesTheIdeal;
            why = $"{certificate.Note} (exact)";
        }
        else
        {
            if (certificate is not null) evidence.Add("certificate: " + certificate.Note);
            cohenMacaulay = IsCohenMacaulay(j, hj, options);
            string cm = cohenMacaulay.Value
                ? $"R/J is Cohen-Macaulay (h-vector {hText} kept by {k} random linear forms), so J is unmixed"
                : $"R/J is not Cohen-Macaulay (h-vector {hText}), so lower-dimensional or embedded components are not excluded by it";
            progress?.Invoke("Galois orbits of a rational linear section of V(J)");
            section = SectionGaloisOrbits.Test(equations, names.Length, k, hj.Degree, options.Seed, cancellation: options.Cancellation);
            evidence.Add("section: " + section.Note);
            var budget = eliminationBudget ?? DefaultEliminationBudget;
            var qRing = new PolynomialRing<Rational, RationalField>(new RationalField(), names);
            var jq = new Ideal<Rational, RationalField>(qRing, equations.Select(e => Rings.Map(e, qRing)), null, new GroebnerOptions { Cancellation = options.Cancellation });
            progress?.Invoke($"Hilbert series of J over QQ, then I(V) by elimination over QQ (up to {budget.TotalSeconds:0} s each)");
            if (RationalHilbertSeriesWithin(jq, budget, options.Cancellation) is { } hq)
                evidence.Add(hq.Format() == hj.Format()
                    ? $"Hilbert series of J over QQ (verified modular Groebner basis) = mod {p}: {hq.Format()}"
                    : $"Hilbert series of J over QQ {hq.Format()} differs from mod {p} ({hj.Format()}): {p} is unlucky");
            var eliminated = EliminateWithin(arch, options, budget);
            long? degV = degree.Degree ?? section.Degree;
            string degVFrom = degree.Degree is not null ? "the point count" : section.OneOrbit ? "the section's single Galois orbit" : "";
            if (degree.Degree is long counted && section.OneOrbit && counted != hj.Degree)
                evidence.Add($"conflict: the point count gives deg V = {counted}, the section {hj.Degree}; the point count is used");
            if (eliminated is not null)
            {
                var missing = eliminated.Equations.Where(g => !jq.Contains(Rings.Map(g, jq.Ring))).ToList();
                equalsEliminated = missing.Count == 0;
                if (missing.Count == 0)
                {
                    verdict = Verdict.GeneratesTheIdeal;
                    why = $"J = I(V): every generator of I(V), eliminated over QQ ({eliminated.Equations.Count} generators, {eliminated.Seconds:0.###} s), lies in J (proof, exact); dim = {k}, deg = {hj.Degree}; {cm}";
                }
                else
                {
                    bool sameTop = eliminated.Dimension == k && eliminated.Degree == hj.Degree;
                    verdict = sameTop ? Verdict.OnlyTopComponent : Verdict.TopComponent;
                    why = $"J ≠ I(V): {missing.Count} of the {eliminated.Equations.Count} generators of I(V) (eliminated over QQ) are not in J, of degrees {string.Join(",", missing.Select(g => g.Degree))}; " +
                          (sameTop ? $"deg J = deg V = {hj.Degree}, so J differs from I(V) only by lower-dimensional or embedded components" : $"deg V = {eliminated.Degree} < deg J = {hj.Degree}: J has other components of dimension {k} or is not reduced along V") + $"; {cm}";
                }
            }
            else if (degV is not long dv)
            {
                verdict = Verdict.TopComponent;
                why = $"dim = {k}: V is a top-dimensional component of their zero set; deg J = {hj.Degree}; {cm}" +
                      (cohenMacaulay.Value ? $", and J = I(V) exactly when deg V = {hj.Degree}" : "") + "; missing: the degree of V";
            }
            else if (hj.Degree != dv)
            {
                verdict = Verdict.TopComponent;
                why = $"dim = {k}, but deg J = {hj.Degree} > deg V = {dv} (from {degVFrom}): other components of dimension {k}, or J is not reduced along V";
            }
            else
            {
                verdict = cohenMacaulay.Value ? Verdict.GeneratesTheIdeal : Verdict.OnlyTopComponent;
                why = cohenMacaulay.Value
                    ? $"dim J = dim V = {k}, deg J = deg V = {dv} (deg V from {degVFrom}), and {cm}: J equals I(V)"
                    : $"dim J = dim V = {k} and deg J = deg V = {dv} (from {degVFrom}): V is the only component of top dimension and J is reduced along it; {cm}";
            }
        }
        string more = evidence.Count == 0 ? "" : "; " + string.Join("; ", evidence);
        return new IdealDecisionResult(verdict, hj.Dimension, hj.Degree, hText, k, degree.Degree, cohenMacaulay,
            $"{why} (mod {p}, random choices: probabilistic unless stated; deg V by point count: {degree.Note}){more}", clock.Elapsed.TotalSeconds)
        {
            Section = section,
            EqualsEliminatedIdeal = equalsEliminated,
            HilbertFunction = hilbertFunction,
        };
    }

    /// <summary>
    /// <see cref="KernelCertificate"/> on the equations with the network's <see cref="KernelMap"/>; null when that map is
    /// not homogeneous of one degree.
    /// </summary>
    private static KernelCertificateResult? Certify(INeuralArchitecture arch, IReadOnlyList<Polynomial<Rational, RationalField>> equations,
        FibreOptions options)
    {
        if (equations.Count == 0) return null;
        var map = KernelMap.Of(arch, options.Cancellation);
        if (!map.Certifiable) return null;
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), NeuroVariety.CoordinateNames(arch));
        var j = new Ideal<Rational, RationalField>(ring, equations.Select(e => Rings.Map(e, ring)), null,
            new GroebnerOptions { Cancellation = options.Cancellation });
        return map.Prove(j, options.Seed, options.Cancellation);
    }

    /// <summary>HF of R/I(V) from the interpolation's pieces (monomials minus ideal dimension, summed per total degree) against HF of R/J.</summary>
    private static string CompareHilbertFunctions(IReadOnlyList<(int[] Multidegree, int Monomials, int Equations)> pieces, HilbertSeries hj)
    {
        var byDegree = new SortedDictionary<int, long>();
        foreach (var (alpha, monomials, equations) in pieces)
        {
            int d = alpha.Sum();
            byDegree[d] = byDegree.GetValueOrDefault(d) + monomials - equations;
        }
        var differ = byDegree.Where(e => hj.HilbertFunction(e.Key) != e.Value).Select(e => e.Key).ToList();
        string values = string.Join(",", byDegree.Select(e => $"{e.Key}:{e.Value}"));
        return differ.Count == 0
            ? $"Hilbert function of V from the interpolation kernels = that of R/J in degrees {byDegree.Keys.First()}..{byDegree.Keys.Last()} ({values})"
            : $"Hilbert function of V from the interpolation kernels differs from R/J's in degrees {string.Join(",", differ)} (V: {values}): I(V) has elements there that J lacks";
    }

    /// <summary>The Hilbert series of J over ℚ within the budget, or null.</summary>
    private static HilbertSeries? RationalHilbertSeriesWithin(Ideal<Rational, RationalField> jq, TimeSpan budget, CancellationToken cancellation) =>
        Within(budget, cancellation, token => HilbertSeries.Of(jq.WithEngine(null, new GroebnerOptions { Cancellation = token })));

    /// <summary>I(V) by elimination over ℚ within the budget, or null.</summary>
    private static NeuroVariety<Rational, RationalField>? EliminateWithin(INeuralArchitecture arch, FibreOptions options, TimeSpan budget) =>
        Within(budget, options.Cancellation, token => NeuroVariety.Compute<Rational, RationalField>(arch, new RationalField(), new NeuroVarietyOptions
        {
            Interpolate = false, Seed = options.Seed, Groebner = new GroebnerOptions { Cancellation = token },
        }));

    private static VarietyDegreeResult DegreeWithin(INeuralArchitecture arch, FibreOptions options, TimeSpan budget, Action<string>? progress,
        DimensionResult rank)
    {
        progress?.Invoke($"degree of V by the points of a linear section mod p (up to {budget.TotalSeconds:0} s)");
        if (Within(budget, options.Cancellation, token => VarietyDegree.Compute(arch, options with { Cancellation = token })) is { } done) return done;
        return new VarietyDegreeResult(null, rank.Dimension, null, null, $"its linear section did not finish in {budget.TotalSeconds:0} s", budget.TotalSeconds);
    }

    /// <summary>The work's result, or null when the budget (not the caller) cancelled it.</summary>
    private static TResult? Within<TResult>(TimeSpan budget, CancellationToken cancellation, Func<CancellationToken, TResult?> work) where TResult : class
    {
        if (budget <= TimeSpan.Zero) return null;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(budget);
        try
        {
            return work(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>R/J is Cohen–Macaulay iff dim J generic linear forms keep its h-polynomial (a regular sequence).</summary>
    private static bool IsCohenMacaulay(Ideal<uint, PrimeField> j, HilbertSeries hj, FibreOptions options) =>
        CohenMacaulay.KeepHVector(j, hj, CohenMacaulay.RandomForms(j.Ring, hj.Dimension, new Random(unchecked(options.Seed * 17 + 3))), out _);

    public enum Verdict
    {
        /// <summary>J = I(V): the equations generate the ideal (and cut out V).</summary>
        GeneratesTheIdeal,
        /// <summary>V is the only top-dimensional component and J is reduced along it; lower-dimensional parts not excluded.</summary>
        OnlyTopComponent,
        /// <summary>V is a top-dimensional component of V(J); there may be others.</summary>
        TopComponent,
        /// <summary>V(J) has larger dimension than V.</summary>
        ZeroSetTooLarge,
        /// <summary>V(J) has smaller dimension than V: some equation does not vanish on V.</summary>
        NotOnTheVariety,
    }
}

/// <summary>The verdict and its evidence: dimension, degree and h-vector of J; dimension and degree (point count) of V.</summary>
public sealed record IdealDecisionResult(IdealDecision.Verdict Verdict, int CandidateDimension, System.Numerics.BigInteger CandidateDegree,
    string CandidateHVector, int VarietyDimension, long? VarietyDegree, bool? CohenMacaulay, string Note, double Seconds)
{
    /// <summary>The Galois orbits of a rational linear section of V(J) (null when the dimensions differ).</summary>
    public SectionGaloisResult? Section { get; init; }

    /// <summary>J = I(V) with I(V) eliminated over ℚ (exact); null when the elimination did not finish in its budget.</summary>
    public bool? EqualsEliminatedIdeal { get; init; }

    /// <summary>Hilbert function of V (interpolation kernels) against R/J, when the pieces were given.</summary>
    public string? HilbertFunction { get; init; }
}
