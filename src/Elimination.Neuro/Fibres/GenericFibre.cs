using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>
/// The generic fibre of θ ↦ f_θ: its dimension (parameters − dimension), and, when the known
/// symmetries account for all of it, the number of its points after normalising them — the fibre
/// over f_{θ0} for a random θ0 mod p, with the normalised parameters fixed at θ0's values, is a
/// zero-dimensional ideal whose degree (standard monomials of a Gröbner basis) counts its points
/// over the algebraic closure with multiplicity. Identifiable up to permutations of hidden neurons
/// means the count equals the number of such permutations.
/// </summary>
public static class GenericFibre
{
    public static FibreResult Compute(INeuralArchitecture arch, FibreOptions? options = null)
    {
        options ??= new FibreOptions();
        var clock = Stopwatch.StartNew();
        var dim = BackpropagationDimension.Compute(arch, new DimensionOptions { Prime = options.Prime, Seed = options.Seed, Cancellation = options.Cancellation });
        int fibreDim = arch.ParameterCount - dim.Dimension;
        var normalised = arch.NormalisedParameters;
        if (fibreDim != normalised.Count || fibreDim != arch.SymmetryDimension)
            return new FibreResult(fibreDim, null, arch.SymmetryDimension,
                fibreDim > arch.SymmetryDimension
                    ? $"the fibre has {fibreDim - arch.SymmetryDimension} more dimensions than the known symmetries"
                    : "no normalisation of the symmetries is known for this architecture", dim, clock.Elapsed.TotalSeconds);

        uint p = options.Prime != 0 ? options.Prime : 32003;
        var f = new PrimeField(p);
        var map = Parametrisation.Of(arch, options.Cancellation);
        var (ring, coords) = map.Modulo(f);
        var rng = new Random(options.Seed);
        var theta0 = BackpropagationDimension.RandomVector(rng, f, arch.ParameterCount);
        var fixedSet = normalised.ToHashSet();
        var free = Enumerable.Range(0, arch.ParameterCount).Where(i => !fixedSet.Contains(i)).ToArray();
        var freeRing = new PolynomialRing<uint, PrimeField>(f, free.Select(i => arch.ParameterNames[i]).ToArray());
        var images = new Polynomial<uint, PrimeField>[arch.ParameterCount];
        for (int i = 0; i < free.Length; i++) images[free[i]] = freeRing.Variable(i);
        foreach (int i in normalised) images[i] = Polynomial<uint, PrimeField>.Constant(freeRing, theta0[i]);
        var equations = new List<Polynomial<uint, PrimeField>>();
        foreach (var c in coords)
        {
            var e = c.Substitute(images) - Polynomial<uint, PrimeField>.Constant(freeRing, c.Evaluate(theta0));
            if (!e.IsZero) equations.Add(e);
        }
        var ideal = new Ideal<uint, PrimeField>(freeRing, equations, options.Engine,
            new GroebnerOptions { Cancellation = options.Cancellation });
        var hilbert = HilbertSeries.Of(ideal);
        if (hilbert.Dimension != 0)
            return new FibreResult(fibreDim, null, arch.SymmetryDimension,
                $"the normalised fibre has dimension {hilbert.Dimension} (expected 0): the normalisation did not cut it down", dim, clock.Elapsed.TotalSeconds);
        long points = (long)hilbert.Degree;
        return new FibreResult(fibreDim, points, arch.SymmetryDimension,
            $"{points} point(s) over the algebraic closure of GF({p}) after fixing {string.Join(",", normalised.Select(i => arch.ParameterNames[i]))} (counted with multiplicity; seed {options.Seed})",
            dim, clock.Elapsed.TotalSeconds);
    }
}

public sealed record FibreOptions
{
    /// <summary>Prime for the fibre's Gröbner basis (0: 32003).</summary>
    public uint Prime { get; init; }
    public int Seed { get; init; } = 20261125;
    public IGroebnerEngine? Engine { get; init; }
    public CancellationToken Cancellation { get; init; }
}

/// <summary>Fibre dimension, and the number of points of the normalised fibre when it is finite.</summary>
public sealed record FibreResult(int Dimension, long? Points, int SymmetryDimension, string Note, DimensionResult DimensionResult, double Seconds)
{
    public bool Finite => Points is not null;
}
