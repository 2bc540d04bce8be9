using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Lifts to ℚ polynomials that a caller computes modulo primes — the reduced basis of an ideal operation's result, or some
/// elements of it — the way <see cref="ModularEngine"/> lifts a Gröbner basis: images voted by their leading monomials,
/// combined by CRT, reconstructed until one further prime agrees. NOT verified: for callers that prove what they use (the
/// operation's intermediate bases over ℚ can be far larger than its result: a saturation whose elimination basis needed
/// 116 primes for a prime of small height).
/// </summary>
public static class ImageLift
{
    /// <param name="ring">The ring over ℚ of the result (its order is the images' order).</param>
    /// <param name="image">The images modulo a prime below 2³¹ (reduced and monic); null skips the prime (a denominator
    /// vanishes there). Called from several threads at once.</param>
    /// <param name="maxPrimes">Gives up with a <see cref="ResourceLimitException"/> after this many images.</param>
    /// <param name="randomCheck">When given, the stable lift must also be the image modulo two random primes of
    /// [2³⁰, 2³¹) drawn with it (<see cref="RandomPrimeCheck"/>; lifting goes on otherwise): the primes of the lift are the
    /// same for every input, so they could all be unlucky for one built for them; random ones cannot be aimed at.</param>
    public static IReadOnlyList<Polynomial<Rational, RationalField>> Lift(PolynomialRing<Rational, RationalField> ring,
        Func<uint, IReadOnlyList<Polynomial<uint, PrimeField>>?> image, int threads = 1, int maxPrimes = 2000, CancellationToken cancel = default,
        Random? randomCheck = null)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(image);
        threads = Math.Max(1, threads);
        using var primes = Primes.DescendingFrom(int.MaxValue).GetEnumerator();
        Func<List<uint>, ModularImage?[]> imagesOf = next =>
        {
            var images = new ModularImage?[next.Count];
            try
            {
                Parallel.For(0, next.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancel }, k =>
                {
                    if (image(next[k]) is not { } basis) return;
                    var sorted = basis.Where(f => !f.IsZero).ToList();
                    ReducedBasis.Sort(sorted);
                    images[k] = new ModularImage(next[k], sorted, new GroebnerStatistics());
                });
            }
            catch (AggregateException e)
            {
                cancel.ThrowIfCancellationRequested();
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            return images;
        };
        var used = new List<uint>();
        Func<List<Polynomial<Rational, RationalField>>, bool>? accept = randomCheck is null ? null : candidate =>
            RandomPrimeCheck.Check(candidate, Array.Empty<Polynomial<Rational, RationalField>>(),
                chosen => imagesOf(chosen).Select((m, k) => m ?? new ModularImage(chosen[k], Array.Empty<Polynomial<uint, PrimeField>>(), new GroebnerStatistics())).ToArray(),
                randomCheck, used).Passed;
        return Lift(ring, batch =>
        {
            var next = new List<uint>(batch);
            while (next.Count < batch && primes.MoveNext()) next.Add(primes.Current);
            used.AddRange(next);
            if (next.Count == 0 || used.Count > maxPrimes) throw new ResourceLimitException($"the lift of the images did not stabilise after {used.Count} primes");
            return imagesOf(next).OfType<ModularImage>();
        }, threads, cancel, accept);
    }

    /// <summary>The lifting loop over batches of images of the size asked (an eighth of the primes so far while no candidate
    /// reconstructs, then one per thread for the agreeing prime).</summary>
    internal static List<Polynomial<Rational, RationalField>> Lift(PolynomialRing<Rational, RationalField> ring,
        Func<int, IEnumerable<ModularImage>> images, int threads, CancellationToken cancel,
        Func<List<Polynomial<Rational, RationalField>>, bool>? accept = null)
    {
        var lift = new ModularLift(ring);
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            int batch = lift.Candidate is null ? threads * Math.Max(1, lift.Primes.Count / (8 * threads)) : threads;
            foreach (var m in images(batch)) lift.Add(m);
            if (lift.Candidate is null && lift.Primes.Count > 0) lift.TryReconstruct(threads, cancel);
            if (!lift.IsStable) continue;
            if (accept is null || accept(lift.Candidate!)) return lift.Candidate!;
            lift.Reject();
        }
    }
}
