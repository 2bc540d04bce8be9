using Elimination.Core.Monomials;

namespace Elimination.Core.Tests;

/// <summary>The word-level helpers F4 uses instead of knowing the packed layout itself.</summary>
public class PackedMonomialWordTests
{
    private static ulong[] Pack(params int[] e)
    {
        var m = new ulong[PackedMonomial.Words(e.Length)];
        PackedMonomial.Pack(e, m);
        return m;
    }

    /// <summary>Field masks of a set of variables, as a block order builds them.</summary>
    private static ulong[] Mask(int variables, params int[] block)
    {
        var mask = new ulong[PackedMonomial.Words(variables)];
        foreach (int v in block) mask[PackedMonomial.WordOf(v)] |= PackedMonomial.FieldMask(v);
        return mask;
    }

    [Test]
    public void DegreesOfBlocksLcmsAndWeights()
    {
        var a = Pack(3, 0, 2, 5, 1, 7);
        var b = Pack(1, 4, 2, 0, 6, 0);
        Assert.That(PackedMonomial.MaskedDegree(a, Mask(6, 0, 1, 2)), Is.EqualTo(5));
        Assert.That(PackedMonomial.MaskedDegree(a, Mask(6, 3, 4, 5)), Is.EqualTo(13));
        Assert.That(PackedMonomial.LcmDegree(a, b), Is.EqualTo(3 + 4 + 2 + 5 + 6 + 7));
        Assert.That(PackedMonomial.WeightedDegree(a, new[] { 1, 2, 3, 0, 0, 1 }), Is.EqualTo(3 + 0 + 6 + 7));
        Assert.That(PackedMonomial.HasOverflow(a[1] | b[1]), Is.False);
        Assert.That(PackedMonomial.HasOverflow(Pack(PackedMonomial.MaxExponent)[1] + Pack(1)[1]), Is.True);
    }

    [Test]
    public void ReverseLexComparesTheLastDifferingVariable()
    {
        // Same degree; the last differing variable is x4 (index 4): a has 1, b has 2, so a > b.
        var a = Pack(2, 1, 0, 1, 1, 0);
        var b = Pack(1, 1, 1, 0, 2, 0);
        Assert.That(PackedMonomial.CompareReverseLex(a, b), Is.EqualTo(1));
        Assert.That(PackedMonomial.CompareReverseLex(b, a), Is.EqualTo(-1));
        Assert.That(PackedMonomial.CompareReverseLex(a, a), Is.Zero);
        // Restricted to x0..x2, the last differing variable is x2: a has 0 < 1, so a > b again;
        // restricted to x0, x1: x0 decides, a has 2 > 1, so a < b.
        Assert.That(PackedMonomial.CompareReverseLex(a, b, Mask(6, 0, 1, 2)), Is.EqualTo(1));
        Assert.That(PackedMonomial.CompareReverseLex(a, b, Mask(6, 0, 1)), Is.EqualTo(-1));
        Assert.That(PackedMonomial.CompareReverseLex(a, b, Mask(6, 5)), Is.Zero);
    }
}
