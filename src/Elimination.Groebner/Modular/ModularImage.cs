using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>The reduced Gröbner basis of the input modulo one prime, with its leading-monomial signature.</summary>
internal sealed class ModularImage
{
    public ModularImage(uint prime, IReadOnlyList<Polynomial<uint, PrimeField>> basis, GroebnerStatistics statistics)
    {
        Prime = prime;
        Basis = basis;
        Statistics = statistics;
        int w = basis.Count > 0 ? basis[0].Ring.Words : 0;
        var sig = new ulong[basis.Count * w];
        for (int i = 0; i < basis.Count; i++) basis[i].LeadingMonomial.CopyTo(sig.AsSpan(i * w, w));
        Signature = sig;
    }

    public uint Prime { get; }

    /// <summary>Reduced, monic, sorted by increasing leading monomial (as every engine returns it).</summary>
    public IReadOnlyList<Polynomial<uint, PrimeField>> Basis { get; }
    public GroebnerStatistics Statistics { get; }

    /// <summary>The leading monomials in basis order, concatenated: primes agree on them or one is unlucky.</summary>
    public ulong[] Signature { get; }

    /// <summary>Whether the rational basis reduced modulo this prime is this image (term by term).</summary>
    public bool IsImageOf(IReadOnlyList<Polynomial<Rational, RationalField>> candidate)
    {
        if (candidate.Count != Basis.Count) return false;
        var field = Basis.Count > 0 ? Basis[0].Ring.Field : default;
        for (int k = 0; k < candidate.Count; k++)
        {
            var q = candidate[k];
            var g = Basis[k];
            int j = 0;
            for (int t = 0; t < q.Length; t++)
            {
                var c = q.CoefficientAt(t);
                if (field.FromInteger(c.Denominator) == 0) return false; // p divides a denominator: not comparable
                uint cp = field.FromRational(c.Numerator, c.Denominator);
                if (cp == 0) continue;
                if (j >= g.Length || g.CoefficientAt(j) != cp || !q.MonomialAt(t).SequenceEqual(g.MonomialAt(j))) return false;
                j++;
            }
            if (j != g.Length) return false;
        }
        return true;
    }
}
