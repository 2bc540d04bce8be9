using Elimination.Core.Monomials;

namespace Elimination.Groebner.Modular;

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
