using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Modular;

/// <summary>
/// The coefficients of the modular bases combined by CRT, term by term, and their rational
/// reconstruction. All images added must share the leading monomials (one lucky-prime group).
/// A monomial missing from an image has coefficient 0 modulo that prime.
/// </summary>
internal sealed class ModularLift
{
    private readonly PolynomialRing<Rational, RationalField> _ring;
    private readonly Element[] _elements;
    private readonly List<uint> _primes = new();

    public ModularLift(PolynomialRing<Rational, RationalField> ring, int basisSize)
    {
        _ring = ring;
        _elements = new Element[basisSize];
        for (int i = 0; i < basisSize; i++) _elements[i] = new Element();
    }

    public IReadOnlyList<uint> Primes => _primes;
    public BigInteger Modulus { get; private set; } = BigInteger.One;

    public void Add(ModularImage image)
    {
        if (image.Basis.Count != _elements.Length) throw new InvalidOperationException("image of another shape added to the lift");
        uint p = image.Prime;
        ulong inv = ChineseRemainder.InverseOf(Modulus, p);
        var m = Modulus;
        for (int k = 0; k < _elements.Length; k++)
        {
            var e = _elements[k];
            var poly = image.Basis[k];
            var seen = new bool[e.Values.Count];
            int oldCount = e.Values.Count;
            for (int t = 0; t < poly.Length; t++)
            {
                var key = new MonomialKey(poly.MonomialAt(t));
                uint c = poly.CoefficientAt(t);
                if (e.Index.TryGetValue(key, out int at))
                {
                    e.Values[at] = ChineseRemainder.Combine(e.Values[at], m, c, p, inv);
                    seen[at] = true;
                }
                else
                {
                    e.Index[key] = e.Values.Count;
                    e.Monomials.Add(key.Words);
                    e.Values.Add(ChineseRemainder.Combine(BigInteger.Zero, m, c, p, inv));
                }
            }
            for (int i = 0; i < oldCount; i++)
                if (!seen[i]) e.Values[i] = ChineseRemainder.Combine(e.Values[i], m, 0, p, inv);
        }
        Modulus = m * p;
        _primes.Add(p);
    }

    /// <summary>
    /// Cheap test before a full reconstruction: the last coefficient of every element (in a
    /// reduced basis usually among the largest) must reconstruct.
    /// </summary>
    public bool ProbeSucceeds()
    {
        foreach (var e in _elements)
            if (e.Values.Count > 0 && !RationalReconstruction.TryReconstruct(e.Values[^1], Modulus, out _)) return false;
        return true;
    }

    /// <summary>All coefficients reconstructed with the balanced bounds, or null when one fails.</summary>
    public List<Polynomial<Rational, RationalField>>? TryReconstruct(int threads, CancellationToken cancel)
    {
        var result = new Polynomial<Rational, RationalField>?[_elements.Length];
        var bound = RationalReconstruction.BalancedBound(Modulus);
        var modulus = Modulus;
        int failed = 0;
        Parallel.For(0, _elements.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancel }, (k, state) =>
        {
            var poly = _elements[k].Reconstruct(_ring, modulus, bound);
            if (poly is null) { Interlocked.Exchange(ref failed, 1); state.Stop(); }
            else result[k] = poly;
        });
        if (failed != 0) return null;
        var list = result.Select(p => p!).ToList();
        ReducedBasis.Sort(list);
        return list;
    }

    /// <summary>Whether the candidate reduced modulo the image's prime is the image itself.</summary>
    public static bool Agrees(IReadOnlyList<Polynomial<Rational, RationalField>> candidate, ModularImage image)
    {
        if (candidate.Count != image.Basis.Count) return false;
        var field = image.Basis.Count > 0 ? image.Basis[0].Ring.Field : default;
        for (int k = 0; k < candidate.Count; k++)
        {
            var q = candidate[k];
            var g = image.Basis[k];
            int j = 0;
            for (int t = 0; t < q.Length; t++)
            {
                var c = q.CoefficientAt(t);
                if (c.Denominator % field.P == 0) return false; // p divides a denominator: not comparable
                uint cp = field.FromRational(c.Numerator, c.Denominator);
                if (cp == 0) continue;
                if (j >= g.Length || g.CoefficientAt(j) != cp || !q.MonomialAt(t).SequenceEqual(g.MonomialAt(j))) return false;
                j++;
            }
            if (j != g.Length) return false;
        }
        return true;
    }

    private sealed class Element
    {
        public readonly Dictionary<MonomialKey, int> Index = new();
        public readonly List<ulong[]> Monomials = new();
        public readonly List<BigInteger> Values = new();

        public Polynomial<Rational, RationalField>? Reconstruct(PolynomialRing<Rational, RationalField> ring, BigInteger modulus, BigInteger bound)
        {
            var terms = new List<(Rational, int[])>(Values.Count);
            // Coefficients of one polynomial tend to share their denominator: multiplying by the
            // denominators found so far often leaves a small integer, which needs no Euclid run.
            var den = BigInteger.One;
            for (int i = 0; i < Values.Count; i++)
            {
                var v = Values[i];
                if (v.IsZero) continue;
                Rational r;
                var scaled = ChineseRemainder.Symmetric(v * den, modulus);
                if (BigInteger.Abs(scaled) <= bound && den <= bound) r = new Rational(scaled, den);
                else
                {
                    if (!RationalReconstruction.TryReconstruct(v, modulus, bound, bound, out r)) return null;
                    den = den / BigInteger.GreatestCommonDivisor(den, r.Denominator) * r.Denominator;
                }
                var e = new int[ring.VariableCount];
                PackedMonomial.Unpack(Monomials[i], e);
                terms.Add((r, e));
            }
            return Polynomial<Rational, RationalField>.FromTerms(ring, terms);
        }
    }
}
