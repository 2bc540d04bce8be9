using System.Diagnostics;
using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Gröbner bases over ℚ by modular methods: the reduced basis of the (integer) input modulo
/// several primes below 2^31, computed in parallel; images whose leading monomials disagree
/// with the majority are discarded as unlucky; the rest are combined coefficient-wise by CRT
/// and lifted to ℚ by rational reconstruction until further primes no longer change the lift;
/// the lift is then verified over ℚ (<see cref="VerificationMode"/>).
/// </summary>
public sealed class ModularEngine : IGroebnerEngine
{
    private readonly IReadOnlyList<uint>? _primes;

    /// <summary>Primes from 2^31 − 1 downwards.</summary>
    public ModularEngine() { }

    /// <summary>Uses exactly these primes, in this order (tests inject unlucky ones); each must be prime in (2, 2^31).</summary>
    public ModularEngine(IEnumerable<uint> primes)
    {
        _primes = primes.ToList();
        foreach (var p in _primes)
            if (p <= 2 || p >= 1u << 31 || !Primes.IsPrime(p)) throw new InvalidInputException($"{p} is not a prime in (2, 2^31)");
    }

    public string Name => "modular";

    /// <summary>Gives up (with an error) after this many primes; a safeguard, far above what inputs need.</summary>
    public int MaxPrimes { get; init; } = 10000;

    /// <summary>
    /// Seed of the random primes of the checks (null: one derived from the input by SHA-256, so that a run repeats
    /// exactly and still no input can be built for the primes it will meet: they depend on the input's own text).
    /// </summary>
    public int? Seed { get; init; }

    public bool Supports<T, TField>(TField field) where TField : struct, IField<T> => typeof(TField) == typeof(RationalField);

    public GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null)
        where TField : struct, IField<T>
    {
        if (!Supports<T, TField>(default))
            throw new UnsupportedFieldException($"the modular engine works over QQ only, not over {default(TField).Name}; use f4 or buchberger over prime fields");
        var rational = (IReadOnlyList<Polynomial<Rational, RationalField>>)(object)generators.ToList();
        var result = ComputeRational(rational, options ?? GroebnerOptions.Default);
        return (GroebnerResult<T, TField>)(object)result;
    }

    /// <summary>
    /// The modular algorithm: images modulo batches of primes, lifted (vote, CRT) until a candidate
    /// reconstructs and a later prime agrees with it; then the candidate is verified, and a rejected
    /// one sends the loop back to lifting. Each phase adds its time to the statistics.
    /// </summary>
    private GroebnerResult<Rational, RationalField> ComputeRational(IReadOnlyList<Polynomial<Rational, RationalField>> generators, GroebnerOptions options)
    {
        var clock = Stopwatch.StartNew();
        var inputs = generators.Where(f => !f.IsZero).Select(PrimitivePart.Of).ToList();
        var phases = new ModularStatistics();
        var stats = new GroebnerStatistics { Modular = phases };
        if (inputs.Count == 0)
            return new GroebnerResult<Rational, RationalField>(Array.Empty<Polynomial<Rational, RationalField>>(), Name)
            { Seconds = clock.Elapsed.TotalSeconds, Verified = true, VerificationNote = "zero ideal", Statistics = stats };

        int threads = options.EffectiveThreads;
        var cancel = options.Cancellation;
        if (_primes is null && ItsOwnReducedBasis(inputs, threads, cancel) is { } own)
        {
            phases.VerificationSeconds = clock.Elapsed.TotalSeconds;
            return new GroebnerResult<Rational, RationalField>(own.Basis, Name)
            {
                Seconds = clock.Elapsed.TotalSeconds, Statistics = stats, Verified = true,
                VerificationNote = "the input is its own reduced Groebner basis: " + own.Note,
            };
        }
        using var source = new ImageSource(inputs, _primes ?? Primes.DescendingFrom(int.MaxValue), options, MaxPrimes);
        var lift = new ModularLift(inputs[0].Ring);
        var random = new Random(Seed ?? InputSeed(inputs));
        (bool? Verified, string Note)? outcome = null;
        while (outcome is null)
        {
            cancel.ThrowIfCancellationRequested();
            // Batches grow with the lift (an eighth of the primes so far), so a large lift does not try a reconstruction
            // after every prime; a candidate only needs one later prime to agree, so then one per thread is enough
            // (katsura-7 lex: a whole batch of 330 images, each compared with 1 025 coefficients of 62 000 bits).
            int batch = lift.Candidate is null ? threads * Math.Max(1, lift.Primes.Count / (8 * threads)) : threads;
            var primes = source.Next(batch, lift.Primes.Count);
            var images = ModularStatistics.Time(t => phases.ImageSeconds += t, () => source.Images(primes));
            ModularStatistics.Time(t => phases.LiftSeconds += t, () =>
            {
                foreach (var image in images) { lift.Add(image); Accumulate(stats, image.Statistics); }
            });
            stats.Steps = lift.PrimesComputed;
            Report(options, lift, lift.Candidate is null ? "lifting" : "checking the lift");

            if (lift.Candidate is null)
                ModularStatistics.Time(t => phases.ReconstructionSeconds += t, () => lift.TryReconstruct(threads, cancel));
            else if (lift.IsStable)
                outcome = ModularStatistics.Time(t => phases.VerificationSeconds += t, () => Verify(lift, inputs, source, random, options));
        }

        phases.PrimesComputed = lift.PrimesComputed;
        phases.PrimesLifted = lift.Primes.Count;
        phases.UnluckyPrimes = lift.Discarded.Count;
        phases.ReconstructionAttempts = lift.ReconstructionAttempts;
        phases.RejectedCandidates = lift.RejectedCandidates;
        string note = outcome.Value.Note;
        if (lift.Discarded.Count > 0) note += $"; discarded unlucky prime(s) {string.Join(", ", lift.Discarded)}";
        if (lift.RejectedCandidates > 0) note += $"; {lift.RejectedCandidates} earlier candidate(s) failed verification";
        return new GroebnerResult<Rational, RationalField>(lift.Candidate!, Name)
        {
            Seconds = clock.Elapsed.TotalSeconds,
            Statistics = stats,
            Primes = lift.Primes.ToList(),
            Verified = outcome.Value.Verified,
            VerificationNote = note + $"; per-prime engine {source.Inner.Name}",
        };
    }

    /// <summary>Inputs up to this many terms are first tested for being their own reduced basis.</summary>
    private const int OwnBasisTerms = 2000;

    /// <summary>
    /// The monic inputs when they already are a reduced Gröbner basis, proved by the exact check (Buchberger's criterion by
    /// fraction-free reduction; ⟨F⟩ ⊂ ⟨G⟩ holds trivially); else null. Ideal operations hand bases on (a prime found in one
    /// order, a branch's basis with its factor reduced away): a 4-element prime of 16 terms took 6 primes and 11 ms of
    /// images, reconstruction and the same check. Not reduced among themselves is seen without any reduction.
    /// </summary>
    private static (List<Polynomial<Rational, RationalField>> Basis, string Note)? ItsOwnReducedBasis(
        List<Polynomial<Rational, RationalField>> inputs, int threads, CancellationToken cancel)
    {
        if (inputs.Sum(f => f.Length) > OwnBasisTerms) return null;
        var monic = inputs.Select(f => f.MakeMonic()).ToList();
        ReducedBasis.Sort(monic);
        if (!GroebnerChecks.IsReduced(monic)) return null;
        if (monic.Count == 1) return (monic, "one generator");
        var outcome = ModularVerification.Verify(monic, Array.Empty<Polynomial<Rational, RationalField>>(), threads, cancel);
        return outcome.Passed && outcome.Proved ? (monic, outcome.Note) : null;
    }

    /// <summary>
    /// Some terms of the reduced basis over ℚ, NOT verified: each element's terms for which
    /// <paramref name="keep"/>(its leading monomial, the term's monomial) holds (packed monomials; the leading term is always
    /// kept), reconstructed from images modulo primes until one further prime agrees. For callers that prove what they
    /// derive from the terms by other means: a few terms often have far smaller coefficients than the whole basis (the
    /// leading coefficients over k(U) of a block-order basis that carries lower-dimensional components: 30 bits against
    /// 11 000, 366 primes for the whole lift).
    /// </summary>
    public IReadOnlyList<Polynomial<Rational, RationalField>> LiftSelectedTerms(IReadOnlyList<Polynomial<Rational, RationalField>> generators,
        GroebnerOptions options, Func<ReadOnlySpan<ulong>, ReadOnlySpan<ulong>, bool> keep)
    {
        var inputs = generators.Where(f => !f.IsZero).Select(PrimitivePart.Of).ToList();
        if (inputs.Count == 0) return Array.Empty<Polynomial<Rational, RationalField>>();
        int threads = options.EffectiveThreads;
        using var source = new ImageSource(inputs, _primes ?? Primes.DescendingFrom(int.MaxValue), options, MaxPrimes);
        int lifted = 0;
        return ImageLift.Lift(inputs[0].Ring, batch =>
        {
            var images = source.Images(source.Next(batch, lifted));
            lifted += images.Length;
            return images.Select(image => Selected(image, keep));
        }, threads, options.Cancellation);
    }

    private static ModularImage Selected(ModularImage image, Func<ReadOnlySpan<ulong>, ReadOnlySpan<ulong>, bool> keep)
    {
        var basis = new List<Polynomial<uint, PrimeField>>(image.Basis.Count);
        foreach (var f in image.Basis)
        {
            var terms = new List<(uint, int[])>();
            for (int t = 0; t < f.Length; t++)
                if (t == 0 || keep(f.LeadingMonomial, f.MonomialAt(t))) terms.Add((f.CoefficientAt(t), f.ExponentsAt(t)));
            basis.Add(Polynomial<uint, PrimeField>.FromTerms(f.Ring, terms));
        }
        return new ModularImage(image.Prime, basis, image.Statistics);
    }

    /// <summary>
    /// Verifies the stable candidate as the options ask; null when it is rejected (the candidate is
    /// dropped and lifting goes on), else whether it is proved and the note.
    /// </summary>
    private (bool? Verified, string Note)? Verify(ModularLift lift, List<Polynomial<Rational, RationalField>> inputs, ImageSource source, Random random, GroebnerOptions options)
    {
        var candidate = lift.Candidate!;
        if (options.Verification == VerificationMode.None)
            return (false, $"not verified (verification None): the lift from {lift.Primes.Count} primes agreed with {lift.Agreeing} further prime(s)");
        Report(options, lift, "verifying over QQ");
        var outcome = options.Verification == VerificationMode.Probabilistic
            ? RandomPrimeCheck.Check(candidate, inputs, source.UntracedImages, random, lift.Primes.ToHashSet())
            : ShapeVerification.TryVerify(this, candidate, inputs, options) ?? ModularVerification.Verify(candidate, inputs, options.EffectiveThreads, options.Cancellation);
        if (outcome.Passed && outcome.Proved && !inputs.All(f => f.IsHomogeneous))
        {
            // The exact check proves <F> ⊆ <G> only; for inhomogeneous F the other inclusion rests on a lucky lifted
            // prime, and the lift's primes are the same for every input, so an input can be built to make all of them
            // unlucky (a coefficient divisible by their product: the unit ideal came out, marked verified). Primes
            // drawn at random cannot be aimed at.
            var luck = RandomPrimeCheck.Check(candidate, inputs, source.UntracedImages, random, lift.Primes.ToHashSet(), out var drawn);
            if (!luck.Passed) outcome = luck;
            else return (true, outcome.Note + InhomogeneousEqualityNote(lift.Primes.Count, drawn));
        }
        if (outcome.Passed)
            return (outcome.Proved, outcome.Proved ? outcome.Note + HomogeneousEqualityNote : outcome.Note);
        lift.Reject();
        source.DisableTrace();
        return null;
    }

    private static void Accumulate(GroebnerStatistics total, GroebnerStatistics image)
    {
        total.PairsReduced += image.PairsReduced;
        total.ZeroReductions += image.ZeroReductions;
        foreach (var (phase, seconds) in image.PhaseSeconds)
            total.PhaseSeconds[phase] = total.PhaseSeconds.GetValueOrDefault(phase) + seconds;
        if (image.LargestMatrixRows * (long)image.LargestMatrixColumns > total.LargestMatrixRows * (long)total.LargestMatrixColumns)
        {
            total.LargestMatrixRows = image.LargestMatrixRows;
            total.LargestMatrixColumns = image.LargestMatrixColumns;
            total.LargestMatrixNonZeros = image.LargestMatrixNonZeros;
        }
    }

    /// <summary>
    /// What the checks prove about ⟨G⟩ = ⟨F⟩. They prove that G is a reduced Gröbner basis with F ⊂ ⟨G⟩; G also reduces
    /// modulo a prime p to the reduced basis of F mod p. For homogeneous F that gives equality (Arnold 2003: the Hilbert
    /// functions agree).
    /// </summary>
    private const string HomogeneousEqualityNote = " (homogeneous input: this proves <G> = <F>)";

    /// <summary>
    /// For inhomogeneous F a prime can make ⟨F mod p⟩ larger than the reduction of ⟨F⟩ (F = {1 − p·x}), so equality needs
    /// one lucky prime among the lifted ones and the random ones of the check, whose bases equal G mod q; the unlucky
    /// primes are the finitely many prime factors of one nonzero integer fixed by F and the order.
    /// </summary>
    private static string InhomogeneousEqualityNote(int primes, List<uint> drawn) =>
        $" (inhomogeneous input: proves <F> in <G> and G a reduced basis; <G> = <F> unless all {primes} lifted primes are unlucky for F " +
        $"and so are the random primes {string.Join(", ", drawn)}, modulo which F's reduced basis is G: at most B/30 of the " +
        $"{RandomPrimeCheck.PrimesInRange:0.0e0} primes in [2^30, 2^31) are unlucky, B the bit size of a nonzero integer fixed by F)";

    private static int InputSeed(List<Polynomial<Rational, RationalField>> inputs)
    {
        var ring = inputs[0].Ring;
        var text = $"{string.Join(",", ring.Variables)};{ring.Order.Describe(ring.Variables)};{string.Join(";", inputs)}";
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return BitConverter.ToInt32(hash, 0);
    }

    private static void Report(GroebnerOptions options, ModularLift lift, string phase) =>
        options.Progress?.Report(new GroebnerProgress("modular", lift.PrimesComputed, 0, 0, lift.BasisSize, Note:
            $"{phase}: {lift.PrimesComputed} primes computed, {lift.Primes.Count} lifted ({lift.Modulus.GetBitLength()} bits), {lift.Discarded.Count} unlucky"));
}
