using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The degree of a neurovariety without its equations. V ⊆ A^N is a cone of dimension k (each
/// scaling block scales), so deg V is the number of points of V ∩ L for a random affine space L
/// cut out by k − 1 homogeneous linear forms and one affine one (ℓ_0 = 1). Those points pull back
/// to the parameters: with the normalised parameters fixed (one point per symmetry orbit), the
/// system ℓ_i(c(θ)) = 0, ℓ_0(c(θ)) = 1 has deg V × (points of the normalised generic fibre)
/// solutions, counted as the degree of a zero-dimensional Gröbner basis mod p. Where the fibre is
/// larger than the rescalings (GL symmetries, defective networks) random hyperplanes in θ cut it to
/// points, in both counts. L is generic, so it misses the lower-dimensional part of V outside the
/// image and meets it only in generic fibres. Probabilistic (random choices mod p, as
/// <see cref="GenericFibre"/>); null when a count is not finite or not a multiple of the fibre's.
/// </summary>
public static class VarietyDegree
{
    public static VarietyDegreeResult Compute(INeuralArchitecture arch, FibreOptions? options = null)
    {
        options ??= new FibreOptions();
        var clock = Stopwatch.StartNew();
        var rank = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = options.Seed, Cancellation = options.Cancellation });
        int k = rank.Dimension;
        int fibreDimension = arch.ParameterCount - k;
        // One parameter fixed per rescaling (one point per orbit), random hyperplanes for the rest of the fibre.
        var normalised = arch.NormalisedParameters.Count <= fibreDimension ? arch.NormalisedParameters.ToHashSet() : new HashSet<int>();
        int slices = fibreDimension - normalised.Count;

        var f = options.Field;
        var system = new FixedParameters(arch, normalised, f, options.Cancellation);
        var rng = new Random(unchecked(options.Seed * 31 + 7));
        var free = system.Free;
        var ring = system.Ring;
        var hyperplanes = new uint[slices][];
        for (int s = 0; s < slices; s++) hyperplanes[s] = BackpropagationDimension.RandomVector(rng, f, free.Length);

        // The normalised generic fibre through θ0, sliced by hyperplanes through θ0: N points.
        var theta0 = BackpropagationDimension.RandomVector(rng, f, arch.ParameterCount);
        var fibre = system.FibreThrough(theta0);
        fibre.AddRange(Hyperplanes(ring, f, hyperplanes, free.Select(i => theta0[i]).ToArray()));
        var (fibrePoints, slicedDimension) = system.Count(fibre, options);
        if (fibrePoints is not long perPoint || perPoint == 0)
            return new VarietyDegreeResult(null, k, null, null, $"no degree: the sliced fibre {NotZeroDimensional(slicedDimension)}", clock.Elapsed.TotalSeconds);

        // The linear section: k − 1 homogeneous forms and one affine form in the coordinates, pulled back.
        var values = BackpropagationDimension.RandomVector(rng, f, arch.ParameterCount);
        var pulled = system.Pull(values);
        var section = new List<Polynomial<uint, PrimeField>>();
        for (int i = 0; i < k; i++)
        {
            var form = new TermAccumulator<uint, PrimeField>(ring);
            foreach (var c in pulled)
            {
                uint a = (uint)rng.NextInt64(f.P);
                for (int t = 0; t < c.Length; t++) form.Add(c.MonomialAt(t), f.Mul(a, c.CoefficientAt(t)));
            }
            var e = form.ToPolynomial();
            if (i == 0) e -= ring.One; // the affine form ℓ_0 = 1
            section.Add(e);
        }
        section.AddRange(Hyperplanes(ring, f, hyperplanes, BackpropagationDimension.RandomVector(rng, f, free.Length)));
        var (solutions, sectionDimension) = system.Count(section, options);
        if (solutions is not long total)
            return new VarietyDegreeResult(null, k, perPoint, null, $"no degree: the pulled-back linear section {NotZeroDimensional(sectionDimension)}", clock.Elapsed.TotalSeconds);
        if (total % perPoint != 0)
            return new VarietyDegreeResult(null, k, perPoint, total, $"{total} solutions are not a multiple of the {perPoint} fibre points", clock.Elapsed.TotalSeconds);
        return new VarietyDegreeResult(total / perPoint, k, perPoint, total,
            $"deg V = {total} parameter points on a random linear section / {perPoint} points of the sliced generic fibre ({normalised.Count} parameters fixed, {slices} hyperplanes; GF({f.P}), probabilistic, seed {options.Seed})",
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>a_s · (θ − point) = 0 for each hyperplane a_s.</summary>
    private static IEnumerable<Polynomial<uint, PrimeField>> Hyperplanes(PolynomialRing<uint, PrimeField> ring, PrimeField f, uint[][] hyperplanes, uint[] point)
    {
        foreach (var a in hyperplanes)
        {
            var h = Polynomial<uint, PrimeField>.Constant(ring, 0);
            uint offset = 0;
            for (int i = 0; i < a.Length; i++)
            {
                h += ring.Variable(i).Scale(a[i]);
                offset = f.Add(offset, f.Mul(a[i], point[i]));
            }
            yield return h - Polynomial<uint, PrimeField>.Constant(ring, offset);
        }
    }

    private static string NotZeroDimensional(int dimension) => $"has dimension {dimension}, not 0";
}

/// <summary>The degree of the variety (of its affine cone), when the linear-section count gives it.</summary>
public sealed record VarietyDegreeResult(long? Degree, int Dimension, long? FibrePoints, long? Solutions, string Note, double Seconds);
