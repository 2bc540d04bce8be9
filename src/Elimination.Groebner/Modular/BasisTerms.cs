using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// The terms of one shape of modular reduced bases (one lucky-prime group) numbered into a flat
/// vector, so that the shared <see cref="Core.Modular.MultiModularLift{TShape}"/> can combine the
/// coefficients. A term absent from an image has coefficient 0 modulo its prime; a term seen for
/// the first time is appended (it was 0 modulo the earlier primes).
/// </summary>
internal sealed class BasisTerms
{
    private readonly Dictionary<MonomialKey, int>[] _index;
    private readonly List<(int Element, ulong[] Monomial)> _terms = new();
    private readonly int[]?[] _positions; // per element, the flat index of each term of the last image, in its order

    public BasisTerms(int elements)
    {
        _index = new Dictionary<MonomialKey, int>[elements];
        for (int k = 0; k < elements; k++) _index[k] = new Dictionary<MonomialKey, int>();
        _positions = new int[]?[elements];
    }

    /// <summary>Elements of the bases of this shape.</summary>
    public int Elements => _index.Length;

    /// <summary>The image's coefficients in flat order (numbering its new terms).</summary>
    public uint[] Residues(ModularImage image)
    {
        if (image.Basis.Count != _index.Length) throw new InvalidOperationException("image of another shape given to the term index");
        var added = new List<uint>();
        var residues = new uint[_terms.Count];
        for (int k = 0; k < _index.Length; k++)
        {
            var poly = image.Basis[k];
            // Images of one shape nearly always have the same terms in the same order: no hashing then.
            if (SameTerms(k, poly))
            {
                var positions = _positions[k]!;
                for (int t = 0; t < positions.Length; t++) residues[positions[t]] = poly.CoefficientAt(t);
                continue;
            }
            var at = new int[poly.Length];
            for (int t = 0; t < poly.Length; t++)
            {
                var key = new MonomialKey(poly.MonomialAt(t));
                if (_index[k].TryGetValue(key, out at[t]))
                {
                    if (at[t] < residues.Length) residues[at[t]] = poly.CoefficientAt(t);
                    else added[at[t] - residues.Length] = poly.CoefficientAt(t);
                }
                else
                {
                    _index[k][key] = at[t] = _terms.Count;
                    _terms.Add((k, key.Words));
                    added.Add(poly.CoefficientAt(t));
                }
            }
            _positions[k] = at;
        }
        if (added.Count == 0) return residues;
        var all = new uint[residues.Length + added.Count];
        residues.CopyTo(all, 0);
        added.CopyTo(all, residues.Length);
        return all;
    }

    private bool SameTerms(int k, Polynomial<uint, PrimeField> poly)
    {
        var positions = _positions[k];
        if (positions is null || positions.Length != poly.Length) return false;
        for (int t = 0; t < positions.Length; t++)
            if (!poly.MonomialAt(t).SequenceEqual(_terms[positions[t]].Monomial)) return false;
        return true;
    }

    /// <summary>The element each flat index belongs to (its coefficients share a denominator).</summary>
    public int[] ElementOfEachTerm()
    {
        var element = new int[_terms.Count];
        for (int i = 0; i < element.Length; i++) element[i] = _terms[i].Element;
        return element;
    }

    /// <summary>The basis with the reconstructed coefficients, sorted by increasing leading monomial.</summary>
    public List<Polynomial<Rational, RationalField>> Polynomials(PolynomialRing<Rational, RationalField> ring, Rational[] values)
    {
        var terms = new List<(Rational, int[])>[_index.Length];
        for (int k = 0; k < terms.Length; k++) terms[k] = new List<(Rational, int[])>(_index[k].Count);
        for (int i = 0; i < _terms.Count; i++)
        {
            if (i >= values.Length || values[i].IsZero) continue;
            var e = new int[ring.VariableCount];
            PackedMonomial.Unpack(_terms[i].Monomial, e);
            terms[_terms[i].Element].Add((values[i], e));
        }
        var basis = new List<Polynomial<Rational, RationalField>>(terms.Length);
        foreach (var t in terms) basis.Add(Polynomial<Rational, RationalField>.FromTerms(ring, t));
        ReducedBasis.Sort(basis);
        return basis;
    }
}
