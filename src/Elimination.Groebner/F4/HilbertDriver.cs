using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.F4;

/// <summary>
/// Hilbert-driven F4 (Traverso's Hilbert-driven Buchberger, 1996, in F4's degree-by-degree form): with the
/// ideal's Hilbert series known (<see cref="HilbertTarget"/>) and the input weighted-homogeneous, G is a Gröbner
/// basis through degree d − 1 when degree d is next, and LT(G) ⊆ LT(I). So LT(G) has I's Hilbert function in
/// degree d exactly when the numerators K(LT G) and K(I) agree through t^d (they agree below d already); then
/// every S-pair and input of degree d reduces to zero and the step is skipped unbuilt. Agreement through every
/// pending degree ends the run. Exact, not a heuristic, given a correct series: the new leading monomials of a
/// degree are standard monomials of LT(G), and their number is the gap K(LT G)_d − K(I)_d.
/// </summary>
internal sealed class HilbertDriver
{
    private readonly int[] _weights;
    private readonly long[] _target;
    private readonly int _n;
    // The basis's leading monomials in basis order, and K of the ideal of the first _inserted of them mod t^_bound.
    private int[] _leads = Array.Empty<int>();
    private int _inserted;
    private long[] _numerator = Array.Empty<long>();
    private int _bound;

    private HilbertDriver(int[] weights, long[] target)
    {
        _weights = weights;
        _target = target;
        _n = weights.Length;
    }

    /// <summary>Times K was started over for a higher bound (statistics).</summary>
    public int Restarts { get; private set; }

    /// <summary>
    /// The driver for a run, or null when the target does not apply: absent, of the wrong number of variables, or
    /// not the grading F4 goes by (every generator homogeneous under the weights, and the sugar that weighted degree).
    /// </summary>
    public static HilbertDriver? Create(HilbertTarget? target, int variables, int[]? sugarWeights,
        IReadOnlyList<Polynomial<uint, PrimeField>> generators)
    {
        if (target is null || target.Weights.Count != variables || target.Numerator.Count == 0) return null;
        var weights = target.Weights.ToArray();
        for (int v = 0; v < variables; v++)
            if (weights[v] <= 0 || weights[v] != (sugarWeights is null ? 1 : sugarWeights[v])) return null;
        if (!SugarWeights.Homogeneous(generators, weights, variables)) return null;
        return new HilbertDriver(weights, target.Numerator.ToArray());
    }

    /// <summary>
    /// The highest degree e ≥ <paramref name="degree"/> through which LT(G) has the target Hilbert function, looking no
    /// further than <paramref name="lastPending"/> (the highest degree of a pending pair or input); −1 when degree
    /// <paramref name="degree"/> still lacks leading monomials. Every pending pair and input of degree ≤ e reduces to zero.
    /// </summary>
    public int CompleteThrough(int degree, int lastPending, F4Basis basis, MonomialTable table)
    {
        if (Gap(degree, lastPending, basis, table) != 0) return -1;
        Update(lastPending + 1, lastPending, basis, table);
        int e = degree;
        while (e < lastPending && _numerator[e + 1] == Target(e + 1)) e++;
        return e;
    }

    /// <summary>
    /// How many new leading monomials degree <paramref name="degree"/> still needs: K(LT G)_d − K(I)_d, G being a
    /// Gröbner basis through degree d − 1. Throws when the numerators differ below d or the gap is negative: the
    /// target is not the ideal's series.
    /// </summary>
    public long Gap(int degree, int lastPending, F4Basis basis, MonomialTable table)
    {
        Update(degree + 1, lastPending, basis, table);
        for (int j = 0; j < degree; j++)
            if (_numerator[j] != Target(j))
                throw new InvalidOperationException($"the Hilbert series given is not the ideal's: its numerator differs in degree {j}");
        long gap = _numerator[degree] - Target(degree);
        if (gap < 0) throw new InvalidOperationException($"the Hilbert series given is not the ideal's: degree {degree} has too few standard monomials");
        return gap;
    }

    private long Target(int j) => j < _target.Length ? _target[j] : 0;

    /// <summary>
    /// Brings K up to date with the basis, mod t^bound at least. New leading monomials are inserted one by one
    /// (<see cref="HilbertNumerator.Insert"/>: cheap, the colons are nearly all variables); only a higher bound starts
    /// over, and then at the highest pending degree, so that it rarely has to again.
    /// </summary>
    private void Update(int bound, int lastPending, F4Basis basis, MonomialTable table)
    {
        int n = _n, stride = HilbertNumerator.Stride(n);
        if (bound > _bound)
        {
            // A third beyond the highest pending degree: pairs of higher degree come later, and each restart
            // inserts every leading monomial again (measured: 7 restarts without the margin, 3–5 with it).
            _bound = Math.Max(bound, lastPending + 1);
            _bound += _bound / 3;
            _numerator = new long[_bound];
            _numerator[0] = 1;
            _inserted = 0;
            Restarts++;
        }
        if (_leads.Length < basis.Count * stride) Array.Resize(ref _leads, Math.Max(basis.Count * stride, 2 * _leads.Length));
        for (; _inserted < basis.Count; _inserted++)
        {
            int o = _inserted * stride;
            var m = table.Get(basis.Leading[_inserted]);
            for (int v = 0; v < n; v++) _leads[o + v] = PackedMonomial.Exponent(m, v);
            HilbertNumerator.Insert(_leads, _inserted, _leads.AsSpan(o, n), _weights, _numerator, _bound);
        }
    }
}
