namespace Elimination.Groebner.Modular;

/// <summary>
/// Groups the modular images by their leading monomials and elects the majority. Unlucky primes
/// (finitely many for a given input) produce a different set of leading monomials; the images
/// that agree with the majority are the ones lifted, the others are discarded. Ties go to the
/// group seen first; later primes break them, and the final verification catches a wrong choice.
/// </summary>
internal sealed class LuckyPrimes
{
    private readonly List<List<ModularImage>> _groups = new();

    public int ImageCount { get; private set; }

    public void Add(ModularImage image)
    {
        ImageCount++;
        foreach (var g in _groups)
            if (g[0].SameLeadingMonomials(image)) { g.Add(image); return; }
        _groups.Add(new List<ModularImage> { image });
    }

    /// <summary>The largest group (first seen on ties); empty before any image.</summary>
    public IReadOnlyList<ModularImage> Majority
    {
        get
        {
            List<ModularImage>? best = null;
            foreach (var g in _groups)
                if (best is null || g.Count > best.Count) best = g;
            return best ?? new List<ModularImage>();
        }
    }

    /// <summary>Primes whose images disagree with the majority.</summary>
    public IEnumerable<uint> Discarded
    {
        get
        {
            var majority = Majority;
            foreach (var g in _groups)
                if (!ReferenceEquals(g, majority)) foreach (var im in g) yield return im.Prime;
        }
    }
}
