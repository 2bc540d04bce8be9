using System.Diagnostics;

namespace Elimination.Groebner.Modular;

/// <summary>What the modular engine over ℚ did, phase by phase (seconds are wall time of the phase).</summary>
public sealed class ModularStatistics
{
    /// <summary>Reduced bases computed modulo primes (the images), over all primes.</summary>
    public double ImageSeconds { get; set; }
    /// <summary>Voting and Chinese remaindering of the images.</summary>
    public double LiftSeconds { get; set; }
    /// <summary>Rational reconstruction of candidates.</summary>
    public double ReconstructionSeconds { get; set; }
    /// <summary>Verifying the stabilised candidates (exact or probabilistic).</summary>
    public double VerificationSeconds { get; set; }

    public int PrimesComputed { get; set; }
    public int PrimesLifted { get; set; }
    public int UnluckyPrimes { get; set; }
    public int ReconstructionAttempts { get; set; }
    public int RejectedCandidates { get; set; }

    /// <summary>Runs the phase and hands its wall time to <paramref name="add"/>.</summary>
    internal static T Time<T>(Action<double> add, Func<T> phase)
    {
        long start = Stopwatch.GetTimestamp();
        try { return phase(); }
        finally { add(Stopwatch.GetElapsedTime(start).TotalSeconds); }
    }

    internal static void Time(Action<double> add, Action phase) => Time(add, () => { phase(); return 0; });

    public override string ToString() =>
        $"{PrimesComputed} primes ({PrimesLifted} lifted, {UnluckyPrimes} unlucky), {ReconstructionAttempts} reconstructions, {RejectedCandidates} rejected; " +
        $"images {ImageSeconds:0.000} s, lift {LiftSeconds:0.000} s, reconstruction {ReconstructionSeconds:0.000} s, verification {VerificationSeconds:0.000} s";
}
