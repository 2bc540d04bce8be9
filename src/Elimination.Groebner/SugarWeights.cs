using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner;

/// <summary>
/// Positive variable weights under which every generator is weighted-homogeneous, used as F4's
/// sugar degree for block (elimination) orders. Implicitisation systems y_i − f_i(θ) with f_i
/// homogeneous in θ are the typical case: weight 1 on θ, deg f_i on y_i. Every polynomial of such
/// an ideal's computation is then weighted-homogeneous, and taking pairs by weighted degree is
/// the degree-by-degree strategy of the homogeneous case; total-degree sugar mixes degrees and made
/// extra, later redundant elements (mlp-2-2-1-1: twice the work). The selection order never
/// changes the result, only the path.
/// </summary>
internal static class SugarWeights
{
    private const int MaxWeight = 1024;

    /// <summary>
    /// The weights, or null when total degree stays the sugar (not a block order, no such weights found, or all weights 1).
    /// <paramref name="preferred"/> (a Hilbert target's weights) are taken when every generator is homogeneous under
    /// them: the caller knows a grading the propagation below cannot find, one with weights other than 1 on the first
    /// block (a network with biases: its parameters weighted by the characters of its rescalings).
    /// </summary>
    public static int[]? Find<T, TField>(MonomialOrder order, IReadOnlyList<Polynomial<T, TField>> generators,
        IReadOnlyList<int>? preferred = null) where TField : struct, IField<T>
    {
        if (order is not BlockOrder) return null;
        int n = order.Variables;
        if (preferred?.ToArray() is { } given && given.Length == n && given.All(w => w is > 0 and <= MaxWeight)
            && given.Any(w => w != 1) && Homogeneous(generators, given, n))
            return given;
        var weight = new int[n];
        // The first block (the variables to eliminate) gets weight 1, the others are solved for.
        foreach (int v in order.Blocks[0]) weight[v] = 1;
        var occurs = new bool[n];
        foreach (var f in generators)
            for (int k = 0; k < f.Length; k++)
                for (int v = 0; v < n; v++)
                    if (PackedMonomial.Exponent(f.MonomialAt(k), v) != 0) occurs[v] = true;
        for (int v = 0; v < n; v++) if (!occurs[v]) weight[v] = 1;

        // Propagation: a generator with one unknown weight fixes it (two terms differing in that variable).
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (var f in generators)
            {
                if (f.Length < 2) continue; // fixes no weight (below)
                int unknown = -1;
                bool several = false;
                for (int v = 0; v < n && !several; v++)
                {
                    if (weight[v] != 0) continue;
                    for (int k = 0; k < f.Length; k++)
                    {
                        if (PackedMonomial.Exponent(f.MonomialAt(k), v) == 0) continue;
                        if (unknown >= 0) several = true; else unknown = v;
                        break;
                    }
                }
                if (unknown < 0 || several) continue;
                int w = Solve(f, weight, unknown, n);
                if (w <= 0) return null;
                weight[unknown] = w;
                changed = true;
            }
        }
        // A variable left only in single terms (a graph's y_i − 0 = y_i for a coordinate that is always zero) is
        // homogeneous under any weight: 1. Without this one zero coordinate sent a whole graph through homogenisation.
        for (int v = 0; v < n; v++)
        {
            if (weight[v] != 0) continue;
            bool onlyMonomials = true;
            foreach (var f in generators)
                if (f.Length > 1 && f.DegreeIn(v) > 0) { onlyMonomials = false; break; }
            if (onlyMonomials) weight[v] = 1;
        }
        bool allOne = true;
        for (int v = 0; v < n; v++)
        {
            if (weight[v] == 0) return null;
            allOne &= weight[v] == 1;
        }
        if (allOne) return null;
        return Homogeneous(generators, weight, n) ? weight : null;
    }

    /// <summary>Whether every generator is homogeneous under the weights of the first <paramref name="n"/> variables.</summary>
    internal static bool Homogeneous<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, int[] weight, int n)
        where TField : struct, IField<T>
    {
        foreach (var f in generators)
        {
            long d = -1;
            for (int k = 0; k < f.Length; k++)
            {
                long dk = Degree(f.MonomialAt(k), weight, n);
                if (d >= 0 && dk != d) return false;
                d = dk;
            }
        }
        return true;
    }

    /// <summary>The weight of <paramref name="u"/> that equalises two terms of f differing in u; 0 if none is a positive integer ≤ MaxWeight.</summary>
    private static int Solve<T, TField>(Polynomial<T, TField> f, int[] weight, int u, int n) where TField : struct, IField<T>
    {
        var first = f.MonomialAt(0);
        long known0 = Degree(first, weight, n);
        int e0 = PackedMonomial.Exponent(first, u);
        for (int k = 1; k < f.Length; k++)
        {
            var m = f.MonomialAt(k);
            int ek = PackedMonomial.Exponent(m, u);
            if (ek == e0) continue;
            long diff = known0 - Degree(m, weight, n);
            long de = ek - e0;
            if (diff % de != 0) return 0;
            long w = diff / de;
            return w is > 0 and <= MaxWeight ? (int)w : 0;
        }
        return 0;
    }

    /// <summary>Weighted degree with the known weights (unknown ones count 0).</summary>
    private static long Degree(ReadOnlySpan<ulong> m, int[] weight, int n)
    {
        long d = 0;
        for (int v = 0; v < n; v++) d += (long)weight[v] * PackedMonomial.Exponent(m, v);
        return d;
    }
}
