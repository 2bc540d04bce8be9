using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Groebner.Modular;

namespace Elimination.Neuro;

/// <summary>
/// Lifts interpolation images mod several primes to ℚ. Images are grouped by shape (free columns
/// and selected generators in every multidegree); only the largest group (first seen on ties) is
/// lifted, the others' primes are discarded — a prime where the variety or the random points
/// degenerate gives a larger kernel. Within a group the generator entries are combined by Chinese
/// remaindering and rationally reconstructed (Wang, balanced bounds); the lift is accepted when one
/// more image of the group agrees with it.
/// </summary>
internal sealed class ImageLift
{
    private readonly List<Group> _groups = new();

    private sealed class Group
    {
        public readonly List<InterpolationImage> Images = new();
        public BigInteger[] Residues = Array.Empty<BigInteger>();
        public BigInteger Modulus = BigInteger.One;
        public Rational[]? Candidate;
    }

    /// <summary>The primes of the largest group.</summary>
    public IReadOnlyList<uint> Used => Majority()?.Images.Select(i => i.Prime).ToList() ?? new List<uint>();

    /// <summary>The primes whose images disagree with the largest group.</summary>
    public IReadOnlyList<uint> Discarded
    {
        get
        {
            var majority = Majority();
            return _groups.Where(g => g != majority).SelectMany(g => g.Images.Select(i => i.Prime)).OrderByDescending(p => p).ToList();
        }
    }

    /// <summary>
    /// Adds an image. Returns the lifted generator entries (in <see cref="InterpolationImage.Generators"/>
    /// order, flattened) when this image belongs to the largest group and agrees with the lift of
    /// that group's earlier images; null while more primes are needed.
    /// </summary>
    public Rational[]? Add(InterpolationImage image)
    {
        var entries = Flatten(image);
        var group = _groups.FirstOrDefault(g => g.Images[0].SameShape(image));
        if (group is null)
        {
            group = new Group { Residues = new BigInteger[entries.Length] };
            _groups.Add(group);
        }
        group.Images.Add(image);
        if (group.Candidate is not null && Majority() == group && Agrees(group.Candidate, entries, image.Prime))
            return group.Candidate;

        uint p = image.Prime;
        ulong inverse = ChineseRemainder.InverseOf(group.Modulus, p);
        for (int j = 0; j < entries.Length; j++)
            group.Residues[j] = ChineseRemainder.Combine(group.Residues[j], group.Modulus, entries[j], p, inverse);
        group.Modulus *= p;
        group.Candidate = Reconstruct(group.Residues, group.Modulus);
        return null;
    }

    private Group? Majority()
    {
        Group? best = null;
        foreach (var g in _groups)
            if (best is null || g.Images.Count > best.Images.Count) best = g;
        return best;
    }

    private static uint[] Flatten(InterpolationImage image)
    {
        var all = new List<uint>();
        foreach (var (_, v) in image.Generators()) all.AddRange(v);
        return all.ToArray();
    }

    private static Rational[]? Reconstruct(BigInteger[] residues, BigInteger modulus)
    {
        var bound = RationalReconstruction.BalancedBound(modulus);
        var values = new Rational[residues.Length];
        for (int j = 0; j < residues.Length; j++)
            if (!RationalReconstruction.TryReconstruct(residues[j], modulus, bound, bound, out values[j])) return null;
        return values;
    }

    private static bool Agrees(Rational[] candidate, uint[] entries, uint p)
    {
        var f = new PrimeField(p);
        for (int j = 0; j < entries.Length; j++)
        {
            var q = candidate[j];
            if (q.IsZero) { if (entries[j] != 0) return false; continue; }
            if ((q.Denominator % p).IsZero || f.FromRational(q.Numerator, q.Denominator) != entries[j]) return false;
        }
        return true;
    }
}
