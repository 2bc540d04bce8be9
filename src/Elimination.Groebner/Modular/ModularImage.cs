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

    public bool SameLeadingMonomials(ModularImage other) => Signature.AsSpan().SequenceEqual(other.Signature);
}
