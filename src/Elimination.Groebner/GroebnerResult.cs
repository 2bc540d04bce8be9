using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner;

/// <summary>A reduced Gröbner basis and how it was obtained.</summary>
public sealed class GroebnerResult<T, TField> where TField : struct, IField<T>
{
    public GroebnerResult(IReadOnlyList<Polynomial<T, TField>> basis, string engine) { Basis = basis; Engine = engine; }

    /// <summary>Monic, sorted by increasing leading monomial; empty for the zero ideal.</summary>
    public IReadOnlyList<Polynomial<T, TField>> Basis { get; }
    public string Engine { get; }
    public double Seconds { get; set; }
    public GroebnerStatistics Statistics { get; set; } = new();

    /// <summary>Modular engine only: primes used (after discarding unlucky ones).</summary>
    public IReadOnlyList<uint> Primes { get; set; } = Array.Empty<uint>();

    /// <summary>True: proved over ℚ. False: the lift was not verified (probabilistic). Null: not applicable (computed directly).</summary>
    public bool? Verified { get; set; }

    /// <summary>How the result was verified or why it is probabilistic.</summary>
    public string? VerificationNote { get; set; }
}

/// <summary>Counters engines fill in; the benchmark harness prints them.</summary>
public sealed class GroebnerStatistics
{
    public int Steps { get; set; }
    public int PairsReduced { get; set; }
    public int ZeroReductions { get; set; }
    public int LargestMatrixRows { get; set; }
    public int LargestMatrixColumns { get; set; }
    public long LargestMatrixNonZeros { get; set; }

    /// <summary>Seconds spent per phase of the engine (F4: select, symbolic, reduce, echelon, update, final), summed over steps.</summary>
    public Dictionary<string, double> PhaseSeconds { get; } = new();
    public double LargestMatrixDensity =>
        LargestMatrixRows == 0 || LargestMatrixColumns == 0 ? 0 : (double)LargestMatrixNonZeros / ((double)LargestMatrixRows * LargestMatrixColumns);
    /// <summary>The modular engine's phases over ℚ; null for the other engines.</summary>
    public Modular.ModularStatistics? Modular { get; set; }
}
