namespace Elimination.Core.Monomials;

/// <summary>A packed monomial as a dictionary key, its hash computed once.</summary>
internal readonly struct MonomialKey : IEquatable<MonomialKey>
{
    public readonly ulong[] Words;
    private readonly int _hash;

    public MonomialKey(ulong[] words) { Words = words; _hash = PackedMonomial.Hash(words); }
    public MonomialKey(ReadOnlySpan<ulong> words) : this(words.ToArray()) { }

    public bool Equals(MonomialKey other) => _hash == other._hash && Words.AsSpan().SequenceEqual(other.Words);
    public override bool Equals(object? obj) => obj is MonomialKey k && Equals(k);
    public override int GetHashCode() => _hash;
}

/// <summary>
/// Compares <see cref="MonomialKey"/>s, and looks them up by a span of words without allocating a key
/// (a dictionary's alternate lookup): a product's monomial is copied only when it is new.
/// </summary>
internal sealed class MonomialKeyComparer : IEqualityComparer<MonomialKey>, IAlternateEqualityComparer<ReadOnlySpan<ulong>, MonomialKey>
{
    public static readonly MonomialKeyComparer Instance = new();

    public bool Equals(MonomialKey x, MonomialKey y) => x.Equals(y);
    public int GetHashCode(MonomialKey key) => key.GetHashCode();
    public bool Equals(ReadOnlySpan<ulong> words, MonomialKey key) => words.SequenceEqual(key.Words);
    public int GetHashCode(ReadOnlySpan<ulong> words) => PackedMonomial.Hash(words);
    public MonomialKey Create(ReadOnlySpan<ulong> words) => new(words);
}
