using System.Diagnostics;
using System.Numerics;
using System.Runtime.ExceptionServices;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

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
            if (p <= 2 || p >= 1u << 31 || !Primes.IsPrime(p)) throw new ArgumentException($"{p} is not a prime in (2, 2^31)", nameof(primes));
    }

    public string Name => "modular";

    /// <summary>Gives up (with an error) after this many primes; a safeguard, far above what inputs need.</summary>
    public int MaxPrimes { get; init; } = 10000;

    /// <summary>Seed of the random primes of the probabilistic check (null: random).</summary>
    public int? Seed { get; init; }

    public bool Supports<T, TField>(TField field) where TField : struct, IField<T> => typeof(TField) == typeof(RationalField);

    public GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null)
        where TField : struct, IField<T>
    {
        if (!Supports<T, TField>(default))
            throw new ArgumentException($"the modular engine works over QQ only, not over {default(TField).Name}; use f4 or buchberger over prime fields");
        var rational = (IReadOnlyList<Polynomial<Rational, RationalField>>)(object)generators.ToList();
        var result = ComputeRational(rational, options ?? GroebnerOptions.Default);
        return (GroebnerResult<T, TField>)(object)result;
    }

    private GroebnerResult<Rational, RationalField> ComputeRational(IReadOnlyList<Polynomial<Rational, RationalField>> generators, GroebnerOptions options)
    {
        var clock = Stopwatch.StartNew();
        var cancel = options.Cancellation;
        var inputs = generators.Where(f => !f.IsZero).Select(Primitive).ToList();
        var stats = new GroebnerStatistics();
        if (inputs.Count == 0)
            return new GroebnerResult<Rational, RationalField>(Array.Empty<Polynomial<Rational, RationalField>>(), Name)
            { Seconds = clock.Elapsed.TotalSeconds, Verified = true, VerificationNote = "zero ideal", Statistics = stats };

        var ring = inputs[0].Ring;
        int threads = options.EffectiveThreads;
        var inner = options.ModularInner ?? GroebnerEngines.ForPrimeFields();
        if (!inner.Supports<uint, PrimeField>(new PrimeField(2147483647)))
            throw new ArgumentException($"engine '{inner.Name}' cannot run over prime fields");
        // A fresh engine per prime unless the caller supplied one (which must then be thread-safe).
        Func<IGroebnerEngine> newInner = options.ModularInner is { } given ? () => given : GroebnerEngines.ForPrimeFields;
        // Primes run side by side, each single-threaded, so the inner engine does not oversubscribe.
        var innerOptions = options with { Threads = 1, Progress = null, ModularInner = null };
        var leading = inputs.Select(f => f.LeadingCoefficient.Numerator).ToList();
        using var primeSource = (_primes ?? Primes.DescendingFrom(int.MaxValue)).GetEnumerator();
        var random = Seed is int s ? new Random(s) : new Random();

        var votes = new LuckyPrimes();
        ModularLift? lift = null;
        ulong[]? liftSignature = null;
        List<Polynomial<Rational, RationalField>>? candidate = null;
        int agreeing = 0; // images after the candidate was formed that reduce to it
        int computed = 0, rejectedCandidates = 0;
        string verifyNote = "";
        bool? verified = null;

        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            int batchSize = threads * Math.Max(1, (lift?.Primes.Count ?? 0) / (4 * threads));
            var batch = new List<uint>(batchSize);
            while (batch.Count < batchSize && primeSource.MoveNext())
            {
                uint p = primeSource.Current;
                // Primes dividing a leading coefficient change the leading monomials: never lucky.
                if (leading.Any(lc => (lc % p).IsZero)) continue;
                batch.Add(p);
            }
            if (batch.Count == 0)
                throw new InvalidOperationException($"the modular engine ran out of primes after {computed} (lifted from {lift?.Primes.Count ?? 0}); the lift did not stabilise");
            if (computed + batch.Count > MaxPrimes)
                throw new InvalidOperationException($"the modular engine gave up after {computed} primes: the lift did not stabilise");

            var images = ComputeImages(batch, inputs, ring, newInner, innerOptions, threads, cancel);
            computed += images.Length;
            foreach (var im in images)
            {
                votes.Add(im);
                stats.PairsReduced += im.Statistics.PairsReduced;
                stats.ZeroReductions += im.Statistics.ZeroReductions;
                if (im.Statistics.LargestMatrixRows * (long)im.Statistics.LargestMatrixColumns >
                    stats.LargestMatrixRows * (long)stats.LargestMatrixColumns)
                {
                    stats.LargestMatrixRows = im.Statistics.LargestMatrixRows;
                    stats.LargestMatrixColumns = im.Statistics.LargestMatrixColumns;
                    stats.LargestMatrixNonZeros = im.Statistics.LargestMatrixNonZeros;
                }
            }
            stats.Steps = computed;

            var majority = votes.Majority;
            if (liftSignature is null || !majority[0].Signature.AsSpan().SequenceEqual(liftSignature))
            {
                // The majority changed (or first round): restart the lift from its images.
                lift = new ModularLift(ring, majority[0].Basis.Count);
                liftSignature = majority[0].Signature;
                foreach (var im in majority) lift.Add(im);
                candidate = null;
                agreeing = 0;
            }
            else
            {
                foreach (var im in images)
                {
                    if (!im.Signature.AsSpan().SequenceEqual(liftSignature)) continue;
                    if (candidate is not null && ModularLift.Agrees(candidate, im)) agreeing++;
                    else { candidate = null; agreeing = 0; }
                    lift!.Add(im);
                }
            }
            Report(options, computed, lift!, votes, candidate is null ? "lifting" : "checking the lift");

            if (candidate is null)
            {
                if (lift!.ProbeSucceeds()) candidate = lift.TryReconstruct(threads, cancel);
                agreeing = 0;
                continue;
            }
            if (agreeing == 0) continue;

            // The lift is unchanged by further primes: verify it.
            if (options.Verification == VerificationMode.None)
            {
                verified = false;
                verifyNote = $"not verified (verification None): the lift from {lift!.Primes.Count} primes agreed with {agreeing} further prime(s)";
                break;
            }
            Report(options, computed, lift!, votes, "verifying over QQ");
            var outcome = options.Verification == VerificationMode.Probabilistic
                ? RandomPrimeCheck.Check(candidate, inputs, qs => ComputeImages(qs, inputs, ring, newInner, innerOptions, threads, cancel), random, lift!.Primes.ToHashSet())
                : ModularVerification.Verify(candidate, inputs, threads, cancel);
            if (outcome.Passed)
            {
                verified = outcome.Proved;
                verifyNote = outcome.Proved ? outcome.Note + IdealEqualityNote(inputs, lift!.Primes.Count) : outcome.Note;
                break;
            }
            // A wrong candidate (too few primes, or an unlucky majority): keep lifting.
            rejectedCandidates++;
            candidate = null;
            agreeing = 0;
        }

        var basis = candidate!;
        var discarded = votes.Discarded.ToList();
        if (discarded.Count > 0) verifyNote += $"; discarded unlucky prime(s) {string.Join(", ", discarded)}";
        if (rejectedCandidates > 0) verifyNote += $"; {rejectedCandidates} earlier candidate(s) failed verification";
        return new GroebnerResult<Rational, RationalField>(basis, Name)
        {
            Seconds = clock.Elapsed.TotalSeconds,
            Statistics = stats,
            Primes = lift!.Primes.ToList(),
            Verified = verified,
            VerificationNote = verifyNote + $"; per-prime engine {inner.Name}",
        };
    }

    /// <summary>
    /// What the checks prove about ⟨G⟩ = ⟨F⟩. They prove that G is a reduced Gröbner basis with
    /// F ⊂ ⟨G⟩; G also reduces modulo a prime p to the reduced basis of F mod p. For homogeneous F
    /// that gives equality (Arnold 2003: the Hilbert functions agree). For inhomogeneous F a prime
    /// can make ⟨F mod p⟩ larger than the reduction of ⟨F⟩ (F = {1 − p·x}), so equality needs one
    /// lifted prime to be lucky; the unlucky ones are the finitely many prime factors of one
    /// nonzero integer fixed by F and the order.
    /// </summary>
    private static string IdealEqualityNote(List<Polynomial<Rational, RationalField>> inputs, int primes) =>
        inputs.All(f => f.IsHomogeneous)
            ? " (homogeneous input: this proves <G> = <F>)"
            : $" (inhomogeneous input: proves <F> in <G> and G a reduced basis; <G> = <F> unless all {primes} lifted primes are unlucky for F)";

    private static ModularImage[] ComputeImages(
        List<uint> batch, List<Polynomial<Rational, RationalField>> inputs, PolynomialRing<Rational, RationalField> ring,
        Func<IGroebnerEngine> newInner, GroebnerOptions innerOptions, int threads, CancellationToken cancel)
    {
        var images = new ModularImage[batch.Count];
        try
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancel }, k =>
            {
                uint p = batch[k];
                var field = new PrimeField(p);
                var ringP = new PolynomialRing<uint, PrimeField>(field, ring.Variables, ring.Order);
                var fp = new List<Polynomial<uint, PrimeField>>(inputs.Count);
                foreach (var f in inputs) fp.Add(f.MapCoefficients(ringP, c => field.FromInteger(c.Numerator)));
                var r = newInner().Compute(fp, innerOptions);
                images[k] = new ModularImage(p, r.Basis, r.Statistics);
            });
        }
        catch (AggregateException e)
        {
            cancel.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return images;
    }

    private static void Report(GroebnerOptions options, int computed, ModularLift lift, LuckyPrimes votes, string phase) =>
        options.Progress?.Report(new GroebnerProgress("modular", computed, 0, 0, votes.Majority.Count > 0 ? votes.Majority[0].Basis.Count : 0, Note:
            $"{phase}: {computed} primes computed, {lift.Primes.Count} lifted ({lift.Modulus.GetBitLength()} bits), {votes.ImageCount - votes.Majority.Count} unlucky"));

    /// <summary>f scaled to an integer polynomial with coprime coefficients (the same ideal).</summary>
    internal static Polynomial<Rational, RationalField> Primitive(Polynomial<Rational, RationalField> f)
    {
        var lcm = BigInteger.One;
        foreach (var c in f.Coefficients) lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, c.Denominator) * c.Denominator;
        var gcd = BigInteger.Zero;
        foreach (var c in f.Coefficients) gcd = BigInteger.GreatestCommonDivisor(gcd, c.Numerator * (lcm / c.Denominator));
        if (f.LeadingCoefficient.Sign < 0) gcd = -gcd;
        return f.Scale(new Rational(lcm, gcd));
    }
}
