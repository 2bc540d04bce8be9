using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>
/// The least degree bound N whose equations (interpolated mod p) cut out a set of the variety's
/// dimension (the Jacobian rank): the natural candidate ideal for <see cref="IdealDecision"/> when no
/// bound is given — for V_(3,3,3),2 the 9 quartics (N = 4), for (2,2,1,1) x² the 7 cubics (N = 3).
/// Probabilistic like <see cref="DegreeBoundedEquations.Compute"/> (mod p, random points); the
/// bound is then used by the exact interpolation, which is proved.
/// </summary>
public static class CuttingDegree
{
    public static int? Find(INeuralArchitecture arch, int maxBound = 8, int seed = 1, CancellationToken cancellation = default, int threads = 0)
    {
        int k = BackpropagationDimension.Compute(arch, new DimensionOptions { Seed = seed, Cancellation = cancellation }).Dimension;
        if (k >= arch.AmbientDimension) return null; // filling: the ideal is 0, nothing to decide
        for (int bound = 1; bound <= maxBound; bound++)
        {
            var d = DegreeBoundedEquations.Compute(arch, bound, seed: seed, cancellation: cancellation, threads: threads);
            if (d.Generators.Count == 0) continue;
            var ideal = new Ideal<uint, Elimination.Core.Fields.PrimeField>(d.Ring, d.Equations, null, new GroebnerOptions { Cancellation = cancellation });
            if (HilbertSeries.Of(ideal).Dimension <= k) return bound;
        }
        return null;
    }
}
