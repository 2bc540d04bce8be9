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
/// </list>
/// All three are computed mod p with random choices: the verdict is probabilistic (an unlucky prime
/// or random choice changes a Hilbert series), and says so.
/// </summary>
public static class IdealDecision
{
    /// <summary>Default time for the degree of V (its linear section can be a hard Gröbner basis).</summary>
    public static readonly TimeSpan DefaultDegreeBudget = TimeSpan.FromSeconds(60);

    public static IdealDecisionResult Decide(INeuralArchitecture arch, IReadOnlyList<Polynomial<Rational, RationalField>> equations,
        FibreOptions? options = null, TimeSpan? degreeBudget = null)
    {
        options ??= new FibreOptions();
        var clock = Stopwatch.StartNew();
        uint p = options.Prime != 0 ? options.Prime : 32003;
        var f = new PrimeField(p);
        var names = NeuroVariety.CoordinateNames(arch);
        var ring = new PolynomialRing<uint, PrimeField>(f, names);
        var modular = equations.Select(e => e.MapCoefficients(ring, q => f.FromRational(q.Numerator, q.Denominator))).Where(e => !e.IsZero).ToList();
        var groebner = new GroebnerOptions { Cancellation = options.Cancellation };
        var j = new Ideal<uint, PrimeField>(ring, modular, options.Engine, groebner);
        var hj = HilbertSeries.Of(j);
        var degree = DegreeWithin(arch, options, degreeBudget ?? DefaultDegreeBudget);
        int k = degree.Dimension;
        var h = hj.ReducedNumerator;
        string hText = string.Join(",", h);

        Verdict verdict;
        bool? cohenMacaulay = null;
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
        else if (degree.Degree is not long degV)
        {
            verdict = Verdict.TopComponent;
            cohenMacaulay = IsCohenMacaulay(j, hj, p, options);
            why = $"dim = {k}: V is a top-dimensional component of their zero set; deg J = {hj.Degree}" +
                  (cohenMacaulay.Value ? $", R/J is Cohen-Macaulay (h-vector {hText}), so J is unmixed and J = I(V) exactly when deg V = {hj.Degree}" : $", R/J is not Cohen-Macaulay (h-vector {hText})") +
                  "; missing: the degree of V";
        }
        else if (hj.Degree != degV)
        {
            verdict = Verdict.TopComponent;
            why = $"dim = {k}, but deg J = {hj.Degree} > deg V = {degV}: other components of dimension {k}, or J is not reduced along V";
        }
        else
        {
            cohenMacaulay = IsCohenMacaulay(j, hj, p, options);
            verdict = cohenMacaulay.Value ? Verdict.GeneratesTheIdeal : Verdict.OnlyTopComponent;
            why = cohenMacaulay.Value
                ? $"dim J = dim V = {k}, deg J = deg V = {degV}, and R/J is Cohen-Macaulay (h-vector {hText} kept by {k} random linear forms), so J is unmixed and equals I(V)"
                : $"dim J = dim V = {k} and deg J = deg V = {degV}: V is the only component of top dimension and J is reduced along it; R/J is not Cohen-Macaulay, so lower-dimensional or embedded components are not excluded";
        }
        return new IdealDecisionResult(verdict, hj.Dimension, hj.Degree, hText, k, degree.Degree, cohenMacaulay,
            $"{why} (mod {p}, random choices: probabilistic; {degree.Note})", clock.Elapsed.TotalSeconds);
    }

    private static VarietyDegreeResult DegreeWithin(INeuralArchitecture arch, FibreOptions options, TimeSpan budget)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(options.Cancellation);
        limit.CancelAfter(budget);
        try
        {
            return VarietyDegree.Compute(arch, options with { Cancellation = limit.Token });
        }
        catch (OperationCanceledException) when (!options.Cancellation.IsCancellationRequested)
        {
            var rank = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = options.Seed, Cancellation = options.Cancellation });
            return new VarietyDegreeResult(null, rank.Dimension, null, null, $"its linear section did not finish in {budget.TotalSeconds:0} s", budget.TotalSeconds);
        }
    }

    /// <summary>R/J is Cohen–Macaulay iff dim J generic linear forms keep its h-polynomial (a regular sequence).</summary>
    private static bool IsCohenMacaulay(Ideal<uint, PrimeField> j, HilbertSeries hj, uint p, FibreOptions options)
    {
        var ring = j.Ring;
        var f = ring.Field;
        int n = ring.VariableCount;
        var rng = new Random(unchecked(options.Seed * 17 + 3));
        var generators = j.Generators.ToList();
        for (int i = 0; i < hj.Dimension; i++)
        {
            var terms = new List<(uint, int[])>();
            for (int v = 0; v < n; v++)
            {
                var e = new int[n];
                e[v] = 1;
                terms.Add(((uint)rng.NextInt64(p), e));
            }
            generators.Add(Polynomial<uint, PrimeField>.FromTerms(ring, terms));
        }
        var cut = new Ideal<uint, PrimeField>(ring, generators, j.Engine, j.Options);
        var hc = HilbertSeries.Of(cut);
        return hc.Dimension == 0 && hc.ReducedNumerator.AsSpan().SequenceEqual(hj.ReducedNumerator);
    }

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

/// <summary>The verdict and its evidence: dimension, degree and h-vector of J; dimension and degree of V.</summary>
public sealed record IdealDecisionResult(IdealDecision.Verdict Verdict, int CandidateDimension, System.Numerics.BigInteger CandidateDegree,
    string CandidateHVector, int VarietyDimension, long? VarietyDegree, bool? CohenMacaulay, string Note, double Seconds);
