using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Groebner;

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
                    ? $"the fibre has {fibreDim - arch.SymmetryDimension} more dimension{(fibreDim - arch.SymmetryDimension == 1 ? "" : "s")} than the known symmetries"
                    : "no normalisation of the symmetries is known for this architecture", dim, clock.Elapsed.TotalSeconds);

        var f = options.Field;
        var system = new FixedParameters(arch, normalised, f, options.Cancellation);
        var rng = new Random(options.Seed);
        var theta0 = BackpropagationDimension.RandomVector(rng, f, arch.ParameterCount);
        var (count, dimension) = system.Count(system.FibreThrough(theta0), options);
        if (count is not long points)
            return new FibreResult(fibreDim, null, arch.SymmetryDimension,
                $"the normalised fibre has dimension {dimension} (expected 0): the normalisation did not cut it down", dim, clock.Elapsed.TotalSeconds);
        return new FibreResult(fibreDim, points, arch.SymmetryDimension,
            $"{points} point(s) over the algebraic closure of GF({f.P}) after fixing {string.Join(",", normalised.Select(i => arch.ParameterNames[i]))} (counted with multiplicity; seed {options.Seed})",
            dim, clock.Elapsed.TotalSeconds);
    }
}

public sealed record FibreOptions
{
    /// <summary>Prime for the fibre's Gröbner basis (0: 32003).</summary>
    public uint Prime { get; init; }

    /// <summary>GF(<see cref="Prime"/>), or GF(32003) when it is 0.</summary>
    internal PrimeField Field => new(Prime != 0 ? Prime : 32003);
    public int Seed { get; init; } = 20261125;
    public IGroebnerEngine? Engine { get; init; }
    public CancellationToken Cancellation { get; init; }
}

/// <summary>Fibre dimension, and the number of points of the normalised fibre when it is finite.</summary>
public sealed record FibreResult(int Dimension, long? Points, int SymmetryDimension, string Note, DimensionResult DimensionResult, double Seconds)
{
    public bool Finite => Points is not null;
}
