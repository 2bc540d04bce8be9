namespace Elimination.Groebner;

/// <summary>Knobs common to all engines.</summary>
public sealed record GroebnerOptions
{
    public static readonly GroebnerOptions Default = new();

    /// <summary>Cancelled by timeouts and Ctrl-C; engines check it at least once per step.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Receives progress; callers throttle (the runner logs at most once a second).</summary>
    public IProgress<GroebnerProgress>? Progress { get; init; }

    /// <summary>Worker threads (modular primes, F4 row reduction); 0 = all cores.</summary>
    public int Threads { get; init; }

    /// <summary>Upper bound in bytes for one F4 matrix, checked before it is allocated; 0 = no bound.</summary>
    public long MaxMatrixBytes { get; init; }

    /// <summary>How the modular engine checks its lift over ℚ: exact proof (default), random primes, or not at all.</summary>
    public Modular.VerificationMode Verification { get; init; } = Modular.VerificationMode.Exact;

    /// <summary>Engine used per prime by the modular engine (null: F4).</summary>
    public IGroebnerEngine? ModularInner { get; init; }

    /// <summary>
    /// The ideal's Hilbert series when known beforehand: F4 over F_p then skips complete degrees and stops early (see
    /// <see cref="HilbertTarget"/>). The modular engine does not pass it on to its primes (an unlucky one has another).
    /// </summary>
    public HilbertTarget? Hilbert { get; init; }

    /// <summary>
    /// With a block order: only the elimination ideal's reduced basis is wanted (the elements free of the first
    /// block). F4 over F_p then inter-reduces and returns only those; the other engines return the whole basis.
    /// </summary>
    public bool OnlyEliminationIdeal { get; init; }

    /// <summary>
    /// F4 over F_p: Faugère's Simplify — after each step the reducer rows are inter-reduced and kept, and later
    /// products u·g are taken from them ((u/t)·p with lm(p) = t·lm(g)). Off by default: it costs an inter-reduction
    /// of every step's reducers and their memory (see the README). Ignored by traced runs (the modular engine).
    /// </summary>
    public bool Simplify { get; init; }

    /// <summary>
    /// F4 over F_p with a lex order and at least as many generators as variables: compute the grevlex basis first and,
    /// when the ideal is zero-dimensional, convert it to lex by FGLM (<see cref="Fglm.FglmConversion"/>); otherwise (or
    /// with this off) F4 runs in lex directly. On by default: lex F4 climbs to far higher degrees than grevlex on
    /// zero-dimensional systems.
    /// </summary>
    public bool ChangeOfOrder { get; init; } = true;

    /// <summary>
    /// F4's pair selection on input that is not (weighted) homogeneous. Off (the default): a new element's sugar falls to
    /// the degree of its leading monomial when that is lower than the step's sugar, so after a degree fall its pairs are
    /// taken at once (the normal strategy), as in mathicgb and giac. On: Giovini et al.'s sugar throughout, as Singular's
    /// <c>std</c> — which keeps such elements waiting at the sugar of their step and, on an ideal with a component at
    /// infinity, climbs many degrees above its basis (see the README). Homogeneous input has sugar = degree either way.
    /// </summary>
    public bool PureSugar { get; init; }

    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}

/// <summary>A snapshot of a running computation.</summary>
public readonly record struct GroebnerProgress(
    string Engine, int Step, int Degree, int PairsLeft, int BasisSize, int MatrixRows = 0, int MatrixColumns = 0, string? Note = null);
