using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Modular;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// The state of the modular loop over ℚ: the images so far voted by leading monomials and combined
/// by CRT (the shared <see cref="MultiModularLift{TShape}"/>, shape = the leading monomials), the
/// candidate basis reconstructed from the majority, how many later primes agree with it, and the
/// counts the statistics report.
/// </summary>
internal sealed class ModularLift
{
    private readonly PolynomialRing<Rational, RationalField> _ring;
    private readonly MultiModularLift<ulong[]> _lift;
    private readonly List<(ulong[] Signature, BasisTerms Terms)> _shapes = new();
    private Rational[]? _candidateFrom;
    private List<Polynomial<Rational, RationalField>>? _candidate;

    public ModularLift(PolynomialRing<Rational, RationalField> ring)
    {
        _ring = ring;
        // The coefficients of one basis element share a denominator: grouped reconstruction needs about half the primes.
        _lift = new((a, b) => a.AsSpan().SequenceEqual(b), signature => Terms(signature).ElementOfEachTerm());
    }

    /// <summary>Images computed (all primes, lucky or not).</summary>
    public int PrimesComputed => _lift.ImageCount;

    /// <summary>The primes lifted: those of the majority group.</summary>
    public IReadOnlyList<uint> Primes => _lift.Used;

    /// <summary>Primes whose leading monomials disagree with the majority (unlucky).</summary>
    public IReadOnlyList<uint> Discarded => _lift.Discarded;

    public BigInteger Modulus => _lift.HasImages ? _lift.Residues.Modulus : BigInteger.One;

    /// <summary>Elements of the majority's bases.</summary>
    public int BasisSize => _lift.HasImages ? Terms(_lift.MajorityShape).Elements : 0;

    public int ReconstructionAttempts => _lift.ReconstructionAttempts;

    /// <summary>Candidates that the verification rejected.</summary>
    public int RejectedCandidates { get; private set; }

    /// <summary>Later primes of the majority whose images are the candidate modulo them.</summary>
    public int Agreeing => _lift.Agreeing;

    /// <summary>The majority's reconstructed basis; null while none fits the bounds (or after a prime disagreed).</summary>
    public List<Polynomial<Rational, RationalField>>? Candidate
    {
        get
        {
            var values = _lift.Candidate;
            if (values is null) return null;
            if (!ReferenceEquals(values, _candidateFrom))
            {
                _candidate = Terms(_lift.MajorityShape).Polynomials(_ring, values);
                _candidateFrom = values;
            }
            return _candidate;
        }
    }

    /// <summary>A candidate exists and a later prime agrees with it: time to verify.</summary>
    public bool IsStable => _lift.IsStable;

    /// <summary>Compares the image with its group's candidate, then combines it by CRT.</summary>
    public void Add(ModularImage image) =>
        _lift.Add(image.Prime, image.Signature, Terms(image.Signature, image.Basis.Count).Residues(image));

    /// <summary>Reconstructs the candidate from the majority's residues; false while some coefficient does not fit.</summary>
    public bool TryReconstruct(int threads, CancellationToken cancel) => _lift.TryReconstruct(threads, cancel) is not null;

    /// <summary>The verification rejected the candidate (too few primes, or an unlucky majority): keep lifting.</summary>
    public void Reject()
    {
        RejectedCandidates++;
        _lift.Reject();
    }

    private BasisTerms Terms(ulong[] signature, int elements = 0)
    {
        foreach (var (s, t) in _shapes)
            if (s.AsSpan().SequenceEqual(signature)) return t;
        var terms = new BasisTerms(elements);
        _shapes.Add((signature, terms));
        return terms;
    }
}
