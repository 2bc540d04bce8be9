using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Fglm;

namespace Elimination.Groebner.Modular;

/// <summary>
/// Exact verification of a lex candidate in shape position, G = {x_1 − p_1(x_n), …, x_(n−1) − p_(n−1)(x_n), q(x_n)},
/// without reducing the inputs by G, whose coefficients are what makes a lex basis over ℚ costly (katsura-7: 82 000
/// bits; reducing its inputs by G took 157 of 198 s). Instead, with B the verified reduced grevlex basis of the same
/// inputs (small coefficients, cheap):
/// <list type="number">
/// <item>G's leading monomials x_1, …, x_(n−1), x_n^D are pairwise coprime: G is a Gröbner basis (Buchberger's first
///   criterion) and k[x]/⟨G⟩ has dimension D;</item>
/// <item>every element of G has normal form 0 modulo B — computed as p(M)·NF(1) by Horner's rule with M the
///   multiplication-by-x_n matrix of k[x]/⟨B⟩ (sparse, small integers), in exact integer arithmetic: ⟨G⟩ ⊆ ⟨B⟩;</item>
/// <item>B has D standard monomials too, so ⟨G⟩ = ⟨B⟩ (equal finite codimension), and ⟨B⟩ ⊇ ⟨F⟩ was proved with B.</item>
/// </list>
/// The conclusion is the usual one's, ⟨F⟩ ⊆ ⟨G⟩ with G a reduced Gröbner basis. Null when G is not in shape position,
/// B cannot be had verified, or a check fails: the caller then reduces the inputs by G, which decides.
/// </summary>
internal static class ShapeVerification
{
    public static VerificationOutcome? TryVerify(IGroebnerEngine engine, IReadOnlyList<Polynomial<Rational, RationalField>> candidate,
        IReadOnlyList<Polynomial<Rational, RationalField>> inputs, GroebnerOptions options)
    {
        var ring = candidate[0].Ring;
        int n = ring.VariableCount;
        if (ring.Order is not LexOrder || candidate.Count != n || n < 2) return null;
        // The lex order's last variable carries the univariate element; the others lead x_i − p_i(x_n).
        int last = n - 1;
        Polynomial<Rational, RationalField>? univariate = null;
        var linear = new Polynomial<Rational, RationalField>?[n];
        foreach (var g in candidate)
        {
            var lead = g.LeadingExponents;
            int leadVar = Array.FindIndex(lead, e => e > 0);
            if (leadVar < 0) return null;
            bool tailInLast = true;
            for (int t = 1; t < g.Length && tailInLast; t++)
            {
                var e = g.ExponentsAt(t);
                for (int v = 0; v < n; v++) if (v != last && e[v] != 0) { tailInLast = false; break; }
            }
            if (!tailInLast) return null;
            if (leadVar == last) { if (univariate is not null) return null; univariate = g; }
            else if (lead[leadVar] == 1 && lead.Sum() == 1 && linear[leadVar] is null) linear[leadVar] = g;
            else return null;
        }
        if (univariate is null) return null;
        int size = univariate.Degree;

        var grevlex = ring.WithOrder(new GrevlexOrder(n));
        var b = engine.Compute(inputs.Select(f => f.ToRing(grevlex)).ToList(), options with { Verification = VerificationMode.Exact });
        if (b.Verified != true) return null;
        Staircase staircase;
        try { staircase = Staircase.Of(b.Basis, size + 1, options.Cancellation); }
        catch (Exception e) when (e is InvalidInputException or ResourceLimitException) { return null; }
        // Any disagreement (a premature candidate, most likely) is left to the full check, which decides it.
        if (staircase.Count != size) return null;

        var matrix = new Multiplication(grevlex, b.Basis, staircase, last, options.Cancellation);
        // The elements are independent (the matrix is only read): one per thread, highest degree first.
        int failed = 0;
        var byLength = candidate.OrderByDescending(g => g.Degree).ToArray();
        Parallel.For(0, byLength.Length, new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveThreads, CancellationToken = options.Cancellation },
            (i, state) =>
            {
                if (!matrix.ReducesToZero(byLength[i].ToRing(grevlex))) { Interlocked.Exchange(ref failed, 1); state.Stop(); }
            });
        if (failed != 0) return null;
        return new VerificationOutcome(true, true,
            $"exact over QQ, shape position: the candidate's leading monomials are coprime (a Groebner basis with {size} standard monomials), " +
            $"each element has normal form 0 modulo the verified grevlex basis (Horner's rule with its multiplication matrix by {ring.Variables[last]}), " +
            $"which has {size} standard monomials too, so both generate the same ideal, which contains the inputs",
            0, 0);
    }

    /// <summary>
    /// Normal forms modulo B as integer vectors over its staircase: columns NF(x·s) for the standard monomials s, with
    /// one common denominator, and NF of a polynomial in x times a constant by Horner's rule.
    /// </summary>
    private sealed class Multiplication
    {
        private readonly PolynomialRing<Rational, RationalField> _ring;
        private readonly IReadOnlyList<Polynomial<Rational, RationalField>> _basis;
        private readonly Staircase _staircase;
        private readonly int _variable;
        private readonly (int Row, ulong[] Magnitude, bool Negative)[][] _integerColumns;
        private readonly long _rowSumBits;
        private readonly BigInteger _denominator;
        private readonly int _one;

        public Multiplication(PolynomialRing<Rational, RationalField> ring, IReadOnlyList<Polynomial<Rational, RationalField>> basis, Staircase staircase,
            int variable, CancellationToken cancel)
        {
            _ring = ring; _basis = basis; _staircase = staircase; _variable = variable;
            int d = staircase.Count;
            var columns = new (int Row, Rational Value)[d][];
            var x = ring.Variable(variable);
            for (int s = 0; s < d; s++)
            {
                cancel.ThrowIfCancellationRequested();
                var monomial = Polynomial<Rational, RationalField>.Monomial(ring, Rational.One, Unpack(staircase.MonomialAt(s), ring.VariableCount));
                columns[s] = Vector(Reduction.NormalForm(x * monomial, basis, cancel));
            }
            var denominator = DenseInteger.CommonDenominator(columns.SelectMany(c => c.Select(e => e.Value)).ToArray());
            _denominator = denominator;
            var integerColumns = columns.Select(c => c.Select(e => (e.Row, Value: e.Value.Numerator * (denominator / e.Value.Denominator))).ToArray()).ToArray();
            _integerColumns = integerColumns.Select(c => c.Select(e => (e.Row, Magnitude(e.Value), e.Value.Sign < 0)).ToArray()).ToArray();
            var rowSums = new BigInteger[d];
            foreach (var c in integerColumns) foreach (var (row, value) in c) rowSums[row] += BigInteger.Abs(value);
            _rowSumBits = rowSums.Length == 0 ? 0 : rowSums.Max(x => x.GetBitLength());
            Span<ulong> one = stackalloc ulong[staircase.Words];
            _one = staircase.IndexOf(one);
        }

        /// <summary>Whether x_i·c + P(x) (the shape element g, P its tail in the variable) has normal form 0.</summary>
        public bool ReducesToZero(Polynomial<Rational, RationalField> g)
        {
            int n = _ring.VariableCount;
            // Split g into its terms in the variable alone (Horner) and the rest (reduced directly, a single term here).
            var coefficients = new Rational[g.Degree + 1];
            for (int k = 0; k < coefficients.Length; k++) coefficients[k] = Rational.Zero;
            var others = new List<(Rational, int[])>();
            for (int t = 0; t < g.Length; t++)
            {
                var e = g.ExponentsAt(t);
                bool pure = true;
                for (int v = 0; v < n; v++) if (v != _variable && e[v] != 0) { pure = false; break; }
                if (pure) coefficients[e[_variable]] = g.CoefficientAt(t);
                else others.Add((g.CoefficientAt(t), e));
            }
            int top = Array.FindLastIndex(coefficients, c => !c.Numerator.IsZero);
            // L·P with integer coefficients; Horner gives r = L·dM^top·NF(P(x)).
            var lcm = DenseInteger.CommonDenominator(coefficients);
            var power = BigInteger.One;
            var r = top >= 0 ? Horner(coefficients, top, lcm, out power) : new BigInteger[_staircase.Count];
            // The rest, NF(Σ others), scaled the same way.
            var rest = Vector(Reduction.NormalForm(others.Count == 0 ? _ring.Zero : Polynomial<Rational, RationalField>.FromTerms(_ring, others), _basis));
            var restDenominator = DenseInteger.CommonDenominator(rest.Select(e => e.Value).ToArray());
            var scale = lcm * power;
            var total = new BigInteger[r.Length];
            for (int s = 0; s < r.Length; s++) total[s] = r[s] * restDenominator;
            foreach (var (row, v) in rest) total[row] += v.Numerator * (restDenominator / v.Denominator) * scale;
            return total.All(t => t.IsZero);
        }

        /// <summary>
        /// Horner's rule r ← A·r + C_k·d^(top−k)·e₁ (A = d·M, C_k = L·c_k) in fixed-width two's complement limbs: the
        /// width comes from a bound on every intermediate (‖A·r‖∞ ≤ max row sum of |A| · ‖r‖∞), so no step allocates
        /// (with BigInteger each product and sum allocated a number of the coefficients' size: katsura-7, 82 000 bits).
        /// </summary>
        private BigInteger[] Horner(Rational[] coefficients, int top, BigInteger lcm, out BigInteger power)
        {
            int size = _staircase.Count;
            var integers = new BigInteger[top + 1];
            for (int k = 0; k <= top; k++) integers[k] = coefficients[k].Numerator * (lcm / coefficients[k].Denominator);
            // width[k]: limbs enough for r after the step that adds C_k (a bound, so the carries of a step stay inside it).
            long dBits = _denominator.GetBitLength(), bits = integers[top].GetBitLength();
            var width = new int[top + 1];
            width[top] = FixedWidthIntegers.LimbsFor(bits + 1);
            for (int k = top - 1; k >= 0; k--)
            {
                bits = Math.Max(_rowSumBits + bits, integers[k].GetBitLength() + dBits * (top - k)) + 1;
                width[k] = FixedWidthIntegers.LimbsFor(bits + 1);
            }
            int limbs = width.Max();
            var r = new ulong[size * limbs];
            var next = new ulong[size * limbs];
            var magnitude = new ulong[limbs];
            var termMagnitude = new ulong[limbs];
            var powerMagnitude = new ulong[limbs];
            FixedWidthIntegers.FromBigInteger(integers[top], r.AsSpan(_one * limbs, width[top]));
            power = BigInteger.One;
            for (int k = top - 1; k >= 0; k--)
            {
                // Entries of r are read in the previous step's width, written in this one's: early steps stay narrow
                // (a borrow into a full-width accumulator ran through every limb).
                int read = width[k + 1], write = width[k];
                Array.Clear(next);
                for (int s = 0; s < size; s++)
                {
                    var entry = r.AsSpan(s * limbs, read);
                    if (FixedWidthIntegers.IsZero(entry)) continue;
                    bool negative = (long)entry[^1] < 0;
                    var m = magnitude.AsSpan(0, read);
                    entry.CopyTo(m);
                    if (negative) FixedWidthIntegers.Negate(m);
                    int used = read;
                    while (used > 1 && magnitude[used - 1] == 0) used--;
                    foreach (var (row, value, valueNegative) in _integerColumns[s])
                        FixedWidthIntegers.MultiplyAdd(next.AsSpan(row * limbs, write), magnitude.AsSpan(0, used), value, negative ^ valueNegative);
                }
                power *= _denominator;
                if (!integers[k].IsZero)
                {
                    int a = FixedWidthIntegers.WriteMagnitude(integers[k], termMagnitude);
                    int b = FixedWidthIntegers.WriteMagnitude(power, powerMagnitude);
                    FixedWidthIntegers.MultiplyAdd(next.AsSpan(_one * limbs, write), termMagnitude.AsSpan(0, a), powerMagnitude.AsSpan(0, b), integers[k].Sign < 0);
                }
                (r, next) = (next, r);
            }
            var result = new BigInteger[size];
            for (int s = 0; s < size; s++) result[s] = FixedWidthIntegers.ToBigInteger(r.AsSpan(s * limbs, width[0]));
            return result;
        }

        private (int Row, Rational Value)[] Vector(Polynomial<Rational, RationalField> reduced)
        {
            var entries = new (int, Rational)[reduced.Length];
            for (int t = 0; t < reduced.Length; t++)
            {
                int row = _staircase.IndexOf(reduced.MonomialAt(t));
                if (row < 0) throw new InvalidOperationException("a normal form has a term outside the staircase (internal error)");
                entries[t] = (row, reduced.CoefficientAt(t));
            }
            return entries;
        }

        private static ulong[] Magnitude(BigInteger v)
        {
            var words = new ulong[FixedWidthIntegers.LimbsFor(v.GetBitLength())];
            int used = FixedWidthIntegers.WriteMagnitude(v, words);
            return words[..used];
        }

        private static int[] Unpack(ReadOnlySpan<ulong> packed, int n)
        {
            var e = new int[n];
            PackedMonomial.Unpack(packed, e);
            return e;
        }
    }
}
