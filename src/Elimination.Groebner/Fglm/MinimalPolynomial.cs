using Elimination.Core.Fields;

namespace Elimination.Groebner.Fglm;

/// <summary>
/// The minimal polynomial of a linear map A on one vector v over F_p: the monic q of least degree with q(A)·v = 0, by
/// Krylov — v, A·v, A²·v, … until the first one that depends on those before it; the dependency is q. On k[x]/I with
/// A = multiplication by u and v = the class of 1, q(A)·1 = q(u) mod I, so q generates I ∩ k[u] (the eliminant when
/// u is a variable).
/// </summary>
public static class MinimalPolynomial
{
    /// <summary>
    /// Coefficients q_0..q_d of q (q_d = 1). <paramref name="apply"/>(x, y) must write A·x into y (both of the
    /// length of <paramref name="start"/>).
    /// </summary>
    public static uint[] Of(PrimeField f, ReadOnlySpan<uint> start, Action<uint[], uint[]> apply, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        int dim = start.Length;
        // Echelon rows: a vector with its pivot, and the polynomial in A (coefficients of A^0..A^j) it stands for.
        var rows = new List<(uint[] Vector, int Pivot, uint[] Combination)>();
        var power = start.ToArray();
        var next = new uint[dim];
        for (int j = 0; j <= dim; j++)
        {
            cancel.ThrowIfCancellationRequested();
            if (j > 0)
            {
                apply(power, next);
                (power, next) = (next, power);
            }
            var vector = (uint[])power.Clone();
            var combination = new uint[j + 1];
            combination[j] = 1;
            foreach (var (row, pivot, rowCombination) in rows)
            {
                uint a = vector[pivot];
                if (a == 0) continue;
                uint neg = f.Neg(a);
                for (int i = 0; i < dim; i++) if (row[i] != 0) vector[i] = f.Add(vector[i], f.Mul(neg, row[i]));
                for (int i = 0; i < rowCombination.Length; i++) if (rowCombination[i] != 0) combination[i] = f.Add(combination[i], f.Mul(neg, rowCombination[i]));
            }
            int lead = Array.FindIndex(vector, x => x != 0);
            if (lead < 0) return combination;
            uint inverse = f.Inv(vector[lead]);
            for (int i = 0; i < dim; i++) vector[i] = f.Mul(vector[i], inverse);
            for (int i = 0; i <= j; i++) combination[i] = f.Mul(combination[i], inverse);
            rows.Add((vector, lead, combination));
        }
        throw new InvalidOperationException("no linear dependency among dim + 1 vectors: apply is not a map of the start's space");
    }
}
