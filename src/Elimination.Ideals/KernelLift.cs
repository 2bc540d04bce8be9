using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Elimination.Core.Fields;
using Elimination.Core.Modular;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Groebner.F4;

namespace Elimination.Ideals;

/// <summary>
/// The kernel I of a graded map ℚ[y] → ℚ[θ], y_i ↦ φ_i (each φ_i homogeneous, under positive weights on θ, of a positive degree D_i of its own), lifted from
/// its elimination basis modulo primes — only the basis of I is reconstructed, never the graph's basis over ℚ — and
/// proved (issue 14 item 3). With E_p the reduced elimination basis mod p (an exact F4 computation) and E its lift:
/// <list type="number">
/// <item>E ⊆ I, because every element of E composed with φ is the zero polynomial (exact);</item>
/// <item>E has the support of E_p, so its leading monomials are those of E_p, which generate the leading ideal of
///   I_p (the kernel mod p): dim ⟨E⟩_d ≥ dim ⟨lm(E)⟩_d = dim (I_p)_d in every degree d (lm(E) ⊆ lm(⟨E⟩));
///   degrees are weighted, y_i by D_i, under which I, I_p and E (with E_p's support) are homogeneous;</item>
/// <item>I_d is the kernel of a matrix over ℚ (the y-monomials of weighted degree d → ℚ[θ]_d) whose reduction mod p has I_p's piece as kernel,
///   and a rank can only drop mod p: dim I_d ≤ dim (I_p)_d.</item>
/// </list>
/// So dim (I_p)_d ≤ dim ⟨E⟩_d ≤ dim I_d ≤ dim (I_p)_d in every degree: ⟨E⟩ = I, and lm(⟨E⟩) = ⟨lm(E)⟩, so E is a
/// Gröbner basis (reduced, as E_p is) — without Buchberger's criterion over ℚ, which took half of a small network's
/// time. A proof, with no prime assumed lucky. Images that are not homogeneous (any polynomial map) get the same proof
/// filtered instead of graded: grevlex refines total degree, so u·e for lm = u·lm(e) of degree ≤ d stays in degree ≤ d,
/// and the pieces I_≤d are kernels of matrices over ℚ as in 3 (a degree-9 surface in 𝔸³: 44 s → 0.6 s). When a check fails (an unlucky prime, a lift that did not stabilise)
/// the caller falls back to the full elimination. Primes after the first replay its F4 trace (<see cref="TracedPrimeRuns"/>);
/// the proof is unchanged, as E_p in step 2 is always the basis of a full run (the lift's support must be one of theirs).
/// </summary>
public static class KernelLift
{
    private const int MaxPrimes = 12;

    /// <summary>
    /// Primes for an inhomogeneous map: its kernel's coefficients are larger (a 3-fold of degree 8 in 𝔸⁵ needs 20); the
    /// graph's basis over ℚ, which the fallback lifts, needs at least as many.
    /// </summary>
    private const int MaxFilteredPrimes = 48;

    /// <summary>
    /// The proved kernel as an ideal of <paramref name="target"/> (grevlex, its Gröbner basis seeded), or null when
    /// the map is not graded as required or the lift could not be proved within <see cref="MaxPrimes"/> primes.
    /// </summary>
    /// <param name="parameterWeights">Positive weights on the parameters under which every image is homogeneous (a
    /// network with biases: the characters of its rescalings); null: weight 1, the images' total degrees.</param>
    public static Ideal<Rational, RationalField>? TryCompute(PolynomialRing<Rational, RationalField> target,
        IReadOnlyList<Polynomial<Rational, RationalField>> images, GroebnerOptions? options = null,
        IReadOnlyList<int>? parameterWeights = null)
    {
        if (images.Count != target.VariableCount || images.Count == 0 || target.Order is not GrevlexOrder) return null;
        int n = images[0].Ring.VariableCount;
        var thetaWeights = parameterWeights?.ToArray() ?? Enumerable.Repeat(1, n).ToArray();
        if (thetaWeights.Length != n || thetaWeights.Any(w => w <= 0)) return null;
        // Graded: every image homogeneous of a positive weighted degree (per-degree proof, F4 driven by the graph's
        // Hilbert series). Otherwise filtered: the proof counts the pieces of total degree ≤ d instead.
        var degrees = new int[images.Count];
        bool graded = true;
        for (int i = 0; i < images.Count && graded; i++)
            graded = (degrees[i] = WeightedDegree(images[i], thetaWeights)) > 0;
        if (FreeCoordinates(images) is { Count: > 0 } free)
            return WithoutFreeCoordinates(target, images, free, options, parameterWeights);

        var clock = Stopwatch.StartNew();
        var parameters = images[0].Ring;
        var cancellation = options?.Cancellation ?? default;
        var names = parameters.Variables.Concat(target.Variables).ToArray();
        var order = BlockOrder.Elimination(names.Length, Enumerable.Range(0, parameters.VariableCount));
        var thetas = Enumerable.Range(0, parameters.VariableCount).ToArray();
        // One denominator per basis element (reduced, monic): fewer primes; the candidate is proved below in any case.
        var lift = new MultiModularLift<Shape>((a, b) => a.SameAs(b), shape => shape.Groups());
        var groebner = new GroebnerOptions
        {
            Threads = 1, Cancellation = cancellation, OnlyEliminationIdeal = true, MaxMatrixBytes = options?.MaxMatrixBytes ?? 0,
            Hilbert = graded ? GraphHilbertSeries(thetaWeights, degrees) : null,
        };
        // The primes' F4 runs are independent: a batch of them runs on the caller's threads, the lift takes them in order
        // and reconstructs once per batch (a failed attempt on the largest element cost more than a replayed image).
        // Only the first of a batch reports progress.
        int threads = Math.Max(1, (options ?? GroebnerOptions.Default).EffectiveThreads), width = Math.Max(2, threads);
        var batch = new List<uint>(width);
        var modular = new (Shape Shape, uint[] Residues, bool Replayed)?[width];
        int limit = graded ? MaxPrimes : MaxFilteredPrimes;
        // Later primes replay F4's trace from the first (a 3-fold in 𝔸⁵: 2–4 ms against 20 ms for a full run). A replay
        // may miss a row that is zero only modulo the learning prime, so the proof's step 2 takes the support from full
        // runs: the lift's shape must be one of theirs. Wrong replayed coefficients cannot pass step 1 (exact).
        var runs = new TracedPrimeRuns();
        var exactShapes = new List<Shape>();

        using var primes = Primes.DescendingFrom().GetEnumerator();
        for (int attempt = 0; attempt < limit;)
        {
            cancellation.ThrowIfCancellationRequested();
            batch.Clear();
            for (; batch.Count < width && attempt < limit && primes.MoveNext(); attempt++)
                if (Rings.DefinedModulo(images, primes.Current)) batch.Add(primes.Current);
            if (batch.Count == 1) modular[0] = Image(batch[0], groebner with { Progress = options?.Progress });
            else
                try
                {
                    Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellation },
                        k => modular[k] = Image(batch[k], k == 0 ? groebner with { Progress = options?.Progress } : groebner));
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    // Callers handle F4's own exceptions (a matrix over the budget, cancellation), not the wrapper.
                    ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }
            for (int k = 0; k < batch.Count; k++)
            {
                if (modular[k] is not { } image) return null; // a dominant map: nothing to lift, and the caller's path is as fast
                if (!image.Replayed && !exactShapes.Exists(image.Shape.SameAs)) exactShapes.Add(image.Shape);
                lift.Add(batch[k], image.Shape, image.Residues);
            }
            if (!lift.HasImages) continue;
            if (!exactShapes.Exists(lift.MajorityShape.SameAs))
            {
                // The replays agree on a support no full run gave (the learning prime was unlucky): full runs from
                // now on, until one gives that support or the lift moves to one of theirs.
                runs.Disable();
                continue;
            }
            // The proof below needs no second prime to agree: one whose reconstruction proves is enough.
            var candidate = lift.Candidate ?? lift.TryReconstruct(cancellation: cancellation);
            if (candidate is null) continue;
            var lifted = Polynomials(target, lift.MajorityShape, candidate);
            if (lifted is null || !Proved(lifted, lift.MajorityShape, images, threads, cancellation))
            {
                // Replayed images that are wrong are wrong alike (a row left out over ℚ): no more replays.
                runs.Disable();
                lift.Reject();
                continue;
            }

            var ideal = new Ideal<Rational, RationalField>(target, lifted, null, options);
            var note = $"kernel lifted from its elimination basis mod {lift.Used.Count} prime(s) (from {lift.Used[0]}) and proved: " +
                       "composition with the map is zero, the lift has the leading monomials of the basis mod p, and " +
                       (graded ? "a graded kernel's pieces" : "the kernel's pieces of degree <= d") +
                       " can only grow mod p (so the lift is the kernel's reduced Groebner basis)";
            ideal.SeedBasis(lifted, new GroebnerResult<Rational, RationalField>(lifted, "kernel-lift")
            {
                Seconds = clock.Elapsed.TotalSeconds, Primes = lift.Used.ToArray(), Verified = true, VerificationNote = note,
            });
            return ideal;
        }
        return null;

        (Shape, uint[], bool)? Image(uint p, GroebnerOptions run)
        {
            var field = new PrimeField(p);
            var graph = new PolynomialRing<uint, PrimeField>(field, names, order);
            var thetaRing = Rings.Subring(graph, parameters.Variables);
            var gens = new List<Polynomial<uint, PrimeField>>(images.Count);
            for (int i = 0; i < images.Count; i++)
                gens.Add(graph.Variable(parameters.VariableCount + i) - Rings.Map(Rings.ModP(images[i], thetaRing), graph));
            var basis = runs.Compute(gens, run, out bool replayed).Basis;
            var subring = Rings.Subring(graph, target.Variables, new GrevlexOrder(target.VariableCount));
            var kept = basis.Where(g => Rings.IsFreeOf(g, thetas)).Select(g => Rings.Map(g, subring).MakeMonic()).ToList();
            ReducedBasis.Sort(kept);
            if (kept.Count == 0) return null;
            var shape = new Shape(kept.Select(g => g.Length).ToArray(),
                kept.SelectMany(g => Enumerable.Range(0, g.Length).Select(t => g.ExponentsAt(t))).ToArray());
            return (shape, kept.SelectMany(g => g.Coefficients.ToArray()).ToArray(), replayed);
        }
    }

    /// <summary>
    /// Coordinates y_i = c·θ_v + ψ with θ_v in no other term of any image (an output's bias, for one): the image is
    /// 𝔸¹ × the image of the other coordinates, so I is generated by the kernel of the others, free of y_i.
    /// </summary>
    private static List<int> FreeCoordinates(IReadOnlyList<Polynomial<Rational, RationalField>> images)
    {
        int n = images[0].Ring.VariableCount;
        var uses = new int[n]; // terms that contain θ_v, over all images
        foreach (var phi in images)
            for (int t = 0; t < phi.Length; t++)
                for (int v = 0; v < n; v++)
                    if (PackedMonomial.Exponent(phi.MonomialAt(t), v) != 0) uses[v]++;
        var free = new List<int>();
        for (int i = 0; i < images.Count; i++)
        {
            var phi = images[i];
            for (int t = 0; t < phi.Length && (free.Count == 0 || free[^1] != i); t++)
            {
                var m = phi.MonomialAt(t);
                for (int v = 0; v < n; v++)
                    if (uses[v] == 1 && PackedMonomial.Exponent(m, v) == 1 && PackedMonomial.Degree(m) == 1) { free.Add(i); break; }
            }
        }
        return free;
    }

    /// <summary>
    /// The kernel of the coordinates that are not free, in the target ring: grevlex restricted to monomials free of
    /// the dropped y_i is grevlex on the others, so their reduced basis is the reduced basis of its extension.
    /// </summary>
    private static Ideal<Rational, RationalField>? WithoutFreeCoordinates(PolynomialRing<Rational, RationalField> target,
        IReadOnlyList<Polynomial<Rational, RationalField>> images, List<int> free, GroebnerOptions? options,
        IReadOnlyList<int>? parameterWeights)
    {
        var keep = Enumerable.Range(0, images.Count).Where(i => !free.Contains(i)).ToArray();
        if (keep.Length == 0) return null;
        var sub = Rings.Subring(target, keep.Select(i => target.Variables[i]), new GrevlexOrder(keep.Length));
        var rest = TryCompute(sub, keep.Select(i => images[i]).ToList(), options, parameterWeights);
        if (rest is null) return null;
        var proved = rest.GroebnerBasis();
        var basis = proved.Basis.Select(g => Rings.Map(g, target)).ToList();
        var ideal = new Ideal<Rational, RationalField>(target, basis, null, options);
        ideal.SeedBasis(basis, new GroebnerResult<Rational, RationalField>(basis, "kernel-lift")
        {
            Seconds = proved.Seconds, Primes = proved.Primes, Verified = true,
            VerificationNote = proved.VerificationNote + $"; {string.Join(", ", free.Select(i => target.Variables[i]))} free " +
                               "(a parameter of their own, in no other term: the image is a cylinder over the others')",
        });
        return ideal;
    }

    /// <summary>
    /// The graph ideal's Hilbert series, known before its basis: k[θ, y]/(y_i − φ_i) ≅ k[θ] (y_i ↦ φ_i), over ℚ and
    /// modulo every prime. With weights w_j on the parameters and D_i on y_i, k[θ] has the series
    /// 1/Π(1 − t^w_j) = Π(1 − t^D_i) / (Π(1 − t^w_j) Π(1 − t^D_i)): numerator Π(1 − t^D_i). F4 uses it to skip the degrees
    /// that are already complete and to stop once the whole series is met (<see cref="HilbertTarget"/>).
    /// </summary>
    private static HilbertTarget GraphHilbertSeries(int[] parameterWeights, int[] degrees)
    {
        var weights = parameterWeights.Concat(degrees).ToArray();
        // Π (1 − t^D_i); binomials past 2^63 wrap, as the numerators F4 compares them with do (mod 2^64, exactly).
        var numerator = new long[degrees.Sum() + 1];
        numerator[0] = 1;
        unchecked
        {
            foreach (int d in degrees)
                for (int j = numerator.Length - 1; j >= d; j--) numerator[j] -= numerator[j - d];
        }
        return new HilbertTarget(weights, numerator);
    }

    /// <summary>The common weighted degree of f's terms; 0 when f is zero, a constant or not homogeneous under the weights.</summary>
    private static int WeightedDegree(Polynomial<Rational, RationalField> f, int[] weights)
    {
        // In long: the caller's weights are not bounded, and PackedMonomial.WeightedDegree sums in int.
        long degree = -1;
        for (int t = 0; t < f.Length; t++)
        {
            long d = 0;
            var m = f.MonomialAt(t);
            for (int v = 0; v < weights.Length; v++) d += (long)weights[v] * PackedMonomial.Exponent(m, v);
            if (degree >= 0 && d != degree) return 0;
            degree = d;
        }
        return degree is > 0 and <= int.MaxValue ? (int)degree : 0;
    }

    /// <summary>An image's shape: the number of terms of each basis element and their exponents, in order.</summary>
    private sealed record Shape(int[] Lengths, int[][] Support)
    {
        /// <summary>The basis element of each coefficient, in order.</summary>
        public int[] Groups()
        {
            var groups = new int[Support.Length];
            for (int g = 0, at = 0; g < Lengths.Length; g++)
                for (int t = 0; t < Lengths[g]; t++) groups[at++] = g;
            return groups;
        }

        public bool SameAs(Shape other)
        {
            if (!Lengths.AsSpan().SequenceEqual(other.Lengths) || Support.Length != other.Support.Length) return false;
            for (int i = 0; i < Support.Length; i++)
                if (!Support[i].AsSpan().SequenceEqual(other.Support[i])) return false;
            return true;
        }
    }

    private static List<Polynomial<Rational, RationalField>>? Polynomials(PolynomialRing<Rational, RationalField> ring,
        Shape shape, Rational[] coefficients)
    {
        var result = new List<Polynomial<Rational, RationalField>>(shape.Lengths.Length);
        int at = 0;
        foreach (var length in shape.Lengths)
        {
            var terms = new (Rational, int[])[length];
            for (int t = 0; t < length; t++, at++) terms[t] = (coefficients[at], shape.Support[at]);
            var g = Polynomial<Rational, RationalField>.FromTerms(ring, terms);
            if (g.Length != length) return null; // a reconstructed zero: not this prime's support
            result.Add(g);
        }
        return result;
    }

    /// <summary>
    /// Steps 1 and 2 of the proof: every element composes to zero, and has the leading monomial of its image mod the
    /// primes of the lifted shape (<see cref="Polynomials"/> builds exactly that support and refuses a reconstructed zero).
    /// </summary>
    private static bool Proved(List<Polynomial<Rational, RationalField>> lifted, Shape shape,
        IReadOnlyList<Polynomial<Rational, RationalField>> images, int threads, CancellationToken cancellation)
    {
        for (int i = 0, first = 0; i < lifted.Count; first += shape.Lengths[i++])
            if (!lifted[i].LeadingExponents.AsSpan().SequenceEqual(shape.Support[first])) return false;
        return ZeroComposition.AllVanish(lifted, images, cancellation, threads);
    }
}
