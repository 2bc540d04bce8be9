using Elimination.Core.Fields;
using Elimination.Core.Monomials;

namespace Elimination.Core.Polynomials;

/// <summary>
/// Collects terms in any order, adding like terms in a hash table, and sorts once at the end:
/// O(N + R log R) for N terms added and R distinct monomials.
/// </summary>
public sealed class TermAccumulator<T, TField> where TField : struct, IField<T>
{
    private readonly PolynomialRing<T, TField> _ring;
    private readonly Dictionary<MonomialKey, int> _index = new(MonomialKeyComparer.Instance);
    private readonly Dictionary<MonomialKey, int>.AlternateLookup<ReadOnlySpan<ulong>> _bySpan;
    private readonly List<ulong[]> _monomials = new();
    private readonly List<T> _coeffs = new();

    public TermAccumulator(PolynomialRing<T, TField> ring)
    {
        _ring = ring;
        _bySpan = _index.GetAlternateLookup<ReadOnlySpan<ulong>>();
    }

    public int DistinctMonomials => _monomials.Count;

    public void Add(ReadOnlySpan<ulong> monomial, T coefficient)
    {
        var f = _ring.Field;
        if (f.IsZero(coefficient)) return;
        if (_bySpan.TryGetValue(monomial, out int at)) _coeffs[at] = f.Add(_coeffs[at], coefficient);
        else
        {
            var words = monomial.ToArray();
            _index[new MonomialKey(words)] = _monomials.Count;
            _monomials.Add(words);
            _coeffs.Add(coefficient);
        }
    }

    public Polynomial<T, TField> ToPolynomial()
    {
        var f = _ring.Field;
        var order = _ring.Order;
        var idx = new List<int>(_monomials.Count);
        for (int i = 0; i < _monomials.Count; i++) if (!f.IsZero(_coeffs[i])) idx.Add(i);
        idx.Sort((a, b) => order.Compare(_monomials[b], _monomials[a]));
        int w = _ring.Words;
        var exps = new ulong[idx.Count * w];
        var coeffs = new T[idx.Count];
        for (int k = 0; k < idx.Count; k++)
        {
            _monomials[idx[k]].CopyTo(exps, k * w);
            coeffs[k] = _coeffs[idx[k]];
        }
        return new Polynomial<T, TField>(_ring, exps, coeffs, idx.Count);
    }
}
