using Elimination.Core.Fields;

namespace Elimination.Core.Modular;

/// <summary>
/// The multi-modular lift from images modulo word-size primes to ℚ, shared by the Gröbner engine
/// over ℚ and the neurovariety interpolation. Each image has a shape (leading monomials, free
/// columns…) and a vector of residues. Images are grouped by shape and the largest group (first
/// seen on ties) is taken as the lucky one: an unlucky prime (finitely many for a given input)
/// changes the shape. Within each group the residues are combined by CRT
/// (<see cref="ResidueVector"/>); a reconstruction of the majority's residues is the candidate,
/// and the lift has stabilised when a later prime of the group reduces to the same candidate.
/// A stabilised candidate is still only probable: callers verify it.
/// </summary>
public sealed class MultiModularLift<TShape>
{
    private readonly Func<TShape, TShape, bool> _sameShape;
    private readonly Func<TShape, int[]>? _denominatorGroups;
    private readonly List<Group> _groups = new();

    private sealed class Group(TShape shape)
    {
        public readonly TShape Shape = shape;
        public readonly ResidueVector Residues = new();
        public Rational[]? Candidate;
        public int Agreeing;
        public int FailedGroup = -1;
    }

    /// <param name="sameShape">Whether two images have the same shape (are combined with each other).</param>
    /// <param name="denominatorGroups">
    /// When given, the group of each entry of a shape's residues whose members share a denominator (the coefficients
    /// of one polynomial): reconstruction then uses <see cref="ResidueVector.TryReconstructGrouped"/>, which needs
    /// fewer primes but whose candidate is not unique for its modulus (callers verify candidates in any case).
    /// </param>
    public MultiModularLift(Func<TShape, TShape, bool> sameShape, Func<TShape, int[]>? denominatorGroups = null)
    {
        _sameShape = sameShape;
        _denominatorGroups = denominatorGroups;
    }

    /// <summary>Images added, over all groups.</summary>
    public int ImageCount { get; private set; }

    /// <summary>Full reconstructions attempted (successful or not).</summary>
    public int ReconstructionAttempts { get; private set; }

    /// <summary>
    /// Adds the image modulo <paramref name="prime"/>: first compared with its group's candidate
    /// (counted as agreeing, or the candidate is dropped), then combined into the group's residues.
    /// Returns true when the lift is stable: the image is of the majority shape and agrees.
    /// </summary>
    public bool Add(uint prime, TShape shape, ReadOnlySpan<uint> residues)
    {
        ImageCount++;
        Group? group = null;
        foreach (var g in _groups)
            if (_sameShape(g.Shape, shape)) { group = g; break; }
        if (group is null) { group = new Group(shape); _groups.Add(group); }
        if (group.Candidate is not null)
        {
            if (ResidueVector.Agrees(group.Candidate, residues, prime)) group.Agreeing++;
            else { group.Candidate = null; group.Agreeing = 0; }
        }
        group.Residues.Add(prime, residues);
        return group == Majority() && IsStable;
    }

    public bool HasImages => _groups.Count > 0;

    /// <summary>The shape of the majority group.</summary>
    public TShape MajorityShape => (Majority() ?? throw new InvalidOperationException("no image yet")).Shape;

    /// <summary>The CRT image of the majority group.</summary>
    public ResidueVector Residues => (Majority() ?? throw new InvalidOperationException("no image yet")).Residues;

    /// <summary>The primes of the majority group, in the order added.</summary>
    public IReadOnlyList<uint> Used => Majority()?.Residues.Primes ?? Array.Empty<uint>();

    /// <summary>The primes of the other groups (their images disagree with the majority's shape).</summary>
    public IReadOnlyList<uint> Discarded
    {
        get
        {
            var majority = Majority();
            var list = new List<uint>();
            foreach (var g in _groups)
                if (g != majority) list.AddRange(g.Residues.Primes);
            return list;
        }
    }

    /// <summary>The majority's reconstructed candidate, null until <see cref="TryReconstruct"/> succeeds.</summary>
    public Rational[]? Candidate => Majority()?.Candidate;

    /// <summary>Images of the majority added after its candidate that reduce to it.</summary>
    public int Agreeing => Majority()?.Agreeing ?? 0;

    /// <summary>A candidate exists and at least one later prime agrees with it.</summary>
    public bool IsStable => Candidate is not null && Agreeing > 0;

    /// <summary>Reconstructs the majority's residues into its candidate; null (and no candidate) when an entry does not fit the bounds yet.</summary>
    public Rational[]? TryReconstruct(int threads = 1, CancellationToken cancellation = default)
    {
        var g = Majority() ?? throw new InvalidOperationException("no image yet");
        ReconstructionAttempts++;
        g.Candidate = _denominatorGroups is null
            ? g.Residues.TryReconstructAll(threads, cancellation)
            : g.Residues.TryReconstructGrouped(_denominatorGroups(g.Shape), ref g.FailedGroup, threads, cancellation);
        g.Agreeing = 0;
        return g.Candidate;
    }

    /// <summary>Drops the majority's candidate (a verification rejected it): lifting goes on.</summary>
    public void Reject()
    {
        if (Majority() is { } g) { g.Candidate = null; g.Agreeing = 0; }
    }

    private Group? Majority()
    {
        Group? best = null;
        foreach (var g in _groups)
            if (best is null || g.Residues.Primes.Count > best.Residues.Primes.Count) best = g;
        return best;
    }
}
