using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Fglm;

/// <summary>
/// Change of order for zero-dimensional ideals over F_p (Faugère, Gianni, Lazard, Mora 1993): from the reduced basis in
/// one order (usually grevlex, the cheap one) to the reduced basis in another (usually lex) by linear algebra in
/// k[x]/I. Monomials are visited in increasing target order, each as x_v·e for an e already standard in the target
/// order; its normal form is M_v·NF(e). A monomial whose normal form depends on the earlier standard ones is a new
/// leading monomial (the dependency is its basis element); otherwise it is a new standard monomial. Cost O(n·D³) for
/// D = dim k[x]/I, against lex Buchberger/F4's degree blow-up.
/// </summary>
public static class FglmConversion
{
    /// <summary>
    /// The reduced basis in <paramref name="target"/>'s order of the zero-dimensional ideal whose reduced basis (in its
    /// own ring's order) is <paramref name="reducedBasis"/>. Throws <see cref="Core.Errors.InvalidInputException"/>
    /// when the ideal is not zero-dimensional and <see cref="Core.Errors.ResourceLimitException"/> when dim k[x]/I
    /// exceeds <paramref name="limit"/>.
    /// </summary>
    public static List<Polynomial<uint, PrimeField>> Convert(IReadOnlyList<Polynomial<uint, PrimeField>> reducedBasis,
        PolynomialRing<uint, PrimeField> target, int limit = int.MaxValue, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(reducedBasis);
        ArgumentNullException.ThrowIfNull(target);
        if (reducedBasis.Count == 0) throw new Core.Errors.InvalidInputException("the zero ideal is not zero-dimensional");
        var source = reducedBasis[0].Ring;
        if (source.Field.P != target.Field.P || !source.Variables.SequenceEqual(target.Variables))
            throw new ArgumentException($"the target ring {target} has other variables or another field than {source}", nameof(target));
        foreach (var g in reducedBasis)
            if (PackedMonomial.IsOne(g.LeadingMonomial)) return new List<Polynomial<uint, PrimeField>> { target.One };
        return Convert(MultiplicationMatrices.Of(reducedBasis, limit, cancel), target, cancel);
    }

    /// <summary>The reduced basis in <paramref name="target"/>'s order of the ideal whose quotient the matrices describe.</summary>
    public static List<Polynomial<uint, PrimeField>> Convert(MultiplicationMatrices matrices, PolynomialRing<uint, PrimeField> target,
        CancellationToken cancel)
    {
        var f = target.Field;
        var order = target.Order;
        int dim = matrices.Staircase.Count, n = target.VariableCount, w = target.Words;
        ulong cap = MultiplicationMatrices.Cap(f.P);
        var result = new List<Polynomial<uint, PrimeField>>();

        // The target order's staircase E so far (monomials and normal forms), and an echelon form of those normal
        // forms: row k has zeros at the pivots of rows before it, and rows[k] = Σ_{e ≤ k} combinations[k][e]·NF(E[e]).
        var standard = new List<ulong[]>();
        var normalForms = new List<uint[]>();
        var rows = new List<uint[]>();
        var pivots = new List<int>();
        var combinations = new List<uint[]>();
        var leads = new List<ulong[]>();

        var queue = new PriorityQueue<(ulong[] Monomial, int Variable, int From), ulong[]>(Comparer<ulong[]>.Create((a, b) => order.Compare(a, b)));
        var seen = new HashSet<MonomialKey>(MonomialKeyComparer.Instance);
        var one = new ulong[w];
        queue.Enqueue((one, -1, -1), one);
        seen.Add(new MonomialKey(one));
        var acc = new ulong[dim];
        var lambdas = new uint[dim];
        int visited = 0;
        while (queue.TryDequeue(out var item, out _))
        {
            if ((++visited & 63) == 0) cancel.ThrowIfCancellationRequested();
            var m = item.Monomial;
            if (DividedByAny(leads, m)) continue;
            var nf = new uint[dim];
            if (item.Variable < 0) nf[matrices.Staircase.IndexOf(one)] = 1;
            else matrices.Multiply(item.Variable, normalForms[item.From], nf, acc);

            // Reduce by the echelon rows in order; λ_k is read at row k's pivot once rows before it are subtracted.
            for (int i = 0; i < dim; i++) acc[i] = nf[i];
            for (int k = 0; k < rows.Count; k++)
            {
                uint lambda = f.Reduce(acc[pivots[k]]);
                lambdas[k] = lambda;
                if (lambda != 0) MultiplicationMatrices.AddScaled(acc, f.P - lambda, rows[k], cap);
            }
            var reduced = new uint[dim];
            int pivot = -1;
            for (int i = 0; i < dim; i++)
            {
                reduced[i] = f.Reduce(acc[i]);
                if (pivot < 0 && reduced[i] != 0) pivot = i;
            }

            // NF(m) − Σ λ_k rows[k] = reduced, so NF(m) − Σ_e c_e NF(E[e]) = reduced with c = Σ λ_k combinations[k].
            var combination = Combine(f, lambdas, combinations, standard.Count, acc, cap);
            if (pivot < 0)
            {
                var terms = new TermAccumulator<uint, PrimeField>(target);
                terms.Add(m, f.One);
                for (int e = 0; e < standard.Count; e++)
                    if (combination[e] != 0) terms.Add(standard[e], f.Neg(combination[e]));
                result.Add(terms.ToPolynomial());
                leads.Add(m);
                continue;
            }
            if (standard.Count == dim)
                throw new InvalidOperationException($"more than dim k[x]/I = {dim} independent normal forms: the input basis is not a reduced Gröbner basis");
            int index = standard.Count;
            standard.Add(m);
            normalForms.Add(nf);
            // The new row: reduced = NF(m) − Σ_e c_e NF(E[e]), made monic at its pivot.
            uint inverse = f.Inv(reduced[pivot]);
            for (int i = 0; i < dim; i++) reduced[i] = f.Mul(reduced[i], inverse);
            var row = new uint[index + 1];
            for (int e = 0; e < index; e++) row[e] = f.Mul(f.Neg(combination[e]), inverse);
            row[index] = inverse;
            rows.Add(reduced);
            pivots.Add(pivot);
            combinations.Add(row);
            for (int v = 0; v < n; v++)
            {
                var next = Staircase.TimesVariable(m, v);
                if (DividedByAny(leads, next) || !seen.Add(new MonomialKey(next))) continue;
                queue.Enqueue((next, v, index), next);
            }
        }
        if (standard.Count != dim)
            throw new InvalidOperationException($"the target staircase has {standard.Count} monomials, not dim k[x]/I = {dim}");
        return result;
    }

    /// <summary>Σ_k λ_k·combinations[k] over the first <paramref name="length"/> entries.</summary>
    private static uint[] Combine(PrimeField f, uint[] lambdas, List<uint[]> combinations, int length, ulong[] acc, ulong cap)
    {
        var span = acc.AsSpan(0, length);
        span.Clear();
        for (int k = 0; k < combinations.Count; k++)
            if (lambdas[k] != 0)
            {
                MultiplicationMatrices.AddScaled(span, lambdas[k], combinations[k], cap);
            }
        var c = new uint[length];
        for (int e = 0; e < length; e++) c[e] = f.Reduce(span[e]);
        return c;
    }

    private static bool DividedByAny(List<ulong[]> leads, ReadOnlySpan<ulong> m)
    {
        foreach (var lead in leads)
            if (PackedMonomial.Divides(lead, m)) return true;
        return false;
    }
}
