using System.Numerics;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;

namespace Elimination.Core.RealRoots;

/// <summary>
/// The Sturm sequence p, p', −rem(p, p'), … of an integer polynomial, each term scaled by a positive
/// number only (pseudo-remainders multiplied by the sign of lc^k, then made primitive), so sign
/// changes — the only thing Sturm's theorem reads — are those of the rational sequence.
/// </summary>
internal sealed class SturmSequence
{
    private readonly List<BigInteger[]> _terms = new();

    public SturmSequence(BigInteger[] p)
    {
        Polynomial = p;
        _terms.Add(p);
        var next = DenseInteger.Derivative(p);
        while (next.Length > 0)
        {
            _terms.Add(next);
            if (next.Length == 1) break;
            next = NegatedRemainder(_terms[^2], next);
        }
    }

    public BigInteger[] Polynomial { get; }

    /// <summary>Distinct real roots in (a, b], for a &lt; b.</summary>
    public int Count(Rational a, Rational b) => Variations(a) - Variations(b);

    private int Variations(Rational x)
    {
        int changes = 0, last = 0;
        foreach (var t in _terms)
        {
            int s = RealRootIsolation.Sign(t, x);
            if (s == 0) continue;
            if (last != 0 && s != last) changes++;
            last = s;
        }
        return changes;
    }

    /// <summary>A positive multiple of −(a mod b).</summary>
    private static BigInteger[] NegatedRemainder(BigInteger[] a, BigInteger[] b)
    {
        var r = (BigInteger[])a.Clone();
        var lead = b[^1];
        int steps = 0;
        for (int top = r.Length - 1; top >= b.Length - 1; top--)
        {
            var c = r[top];
            // r ← lead·r − c·x^shift·b clears the top coefficient.
            for (int i = 0; i <= top; i++) r[i] *= lead;
            int shift = top - (b.Length - 1);
            for (int i = 0; i < b.Length; i++) r[i + shift] -= c * b[i];
            steps++;
        }
        var rem = DenseInteger.Trim(r[..(b.Length - 1)]);
        if (rem.Length == 0) return rem;
        // rem = lead^steps · (a mod b); we want a positive multiple of −(a mod b).
        bool flip = lead.Sign > 0 || steps % 2 == 0;
        var content = DenseInteger.Content(rem);
        for (int i = 0; i < rem.Length; i++) rem[i] = (flip ? -rem[i] : rem[i]) / content;
        return rem;
    }
}
