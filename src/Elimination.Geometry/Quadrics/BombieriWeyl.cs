using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Geometry.LinearAlgebra;

namespace Elimination.Geometry.Quadrics;

/// <summary>
/// The Bombieri–Weyl (Frobenius) inner product on symmetric tensors of order d in n variables,
/// i.e. on forms of degree d. Coordinates are indexed by the exponent vectors α (|α| = d) listed by
/// <see cref="Monomials"/> (lex, x_1^d first). In tensor-entry coordinates t_α (the entry of the
/// symmetric tensor at any index with content α, e.g. (a³, a²b, ab², b³) on the twisted cubic) the
/// form is Σ binom(d; α)·t_α²; in coefficient coordinates c_α (f = Σ c_α x^α) it is Σ c_α² / binom(d; α).
/// With it the rational normal curve of degree d has ED degree d instead of 3d − 2.
/// </summary>
public static class BombieriWeyl
{
    /// <summary>Exponent vectors of degree d in n variables, lexicographically decreasing.</summary>
    public static List<int[]> Monomials(int variables, int degree)
    {
        var list = new List<int[]>();
        var e = new int[variables];
        void Rec(int i, int left)
        {
            if (i == variables - 1) { e[i] = left; list.Add((int[])e.Clone()); return; }
            for (int k = left; k >= 0; k--) { e[i] = k; Rec(i + 1, left - k); }
        }
        if (variables == 0) return list;
        Rec(0, degree);
        return list;
    }

    public static BigInteger Multinomial(int[] alpha)
    {
        BigInteger r = BigInteger.One;
        int sum = 0;
        foreach (var a in alpha)
            for (int k = 1; k <= a; k++) { sum++; r = r * sum / k; }
        return r;
    }

    /// <summary>diag(binom(d; α)) in tensor-entry coordinates.</summary>
    public static FieldMatrix<Rational, RationalField> ForTensorEntries(int variables, int degree) =>
        FieldMatrix<Rational, RationalField>.Diagonal(new RationalField(), Monomials(variables, degree).Select(a => new Rational(Multinomial(a))).ToArray());

    /// <summary>diag(1 / binom(d; α)) in coefficient coordinates.</summary>
    public static FieldMatrix<Rational, RationalField> ForCoefficients(int variables, int degree) =>
        FieldMatrix<Rational, RationalField>.Diagonal(new RationalField(), Monomials(variables, degree).Select(a => new Rational(BigInteger.One, Multinomial(a))).ToArray());
}
