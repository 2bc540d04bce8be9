using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Ideals;
using Elimination.Geometry.LinearAlgebra;

namespace Elimination.Geometry.Quadrics;

/// <summary>
/// Symmetric matrices Q for the loss (x − u)ᵀQ(x − u). Positive (semi)definite ones are built over ℚ
/// as BᵀB with integer B (so they really are PD/PSD) and can then be mapped into F_p with
/// <see cref="ToField{T,TField}"/>; "random symmetric" is uniform over the target field.
/// </summary>
public static class QuadraticForms
{
    /// <summary>Range of the random integer entries of B: |b| ≤ 2^20.</summary>
    public const long EntryRange = 1L << 20;

    private static readonly RationalField Q = new();

    public static FieldMatrix<Rational, RationalField> Identity(int n) => FieldMatrix<Rational, RationalField>.Identity(Q, n);

    public static FieldMatrix<Rational, RationalField> Diagonal(params long[] d) =>
        FieldMatrix<Rational, RationalField>.Diagonal(Q, d.Select(x => (Rational)x).ToArray());

    /// <summary>A uniformly random symmetric matrix over the field (generic Q).</summary>
    public static FieldMatrix<T, TField> RandomSymmetric<T, TField>(TField field, int n, Random rng) where TField : struct, IField<T>
    {
        var m = new FieldMatrix<T, TField>(field, n, n);
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) m[i, j] = m[j, i] = RandomScalars.Any<T, TField>(field, rng);
        return m;
    }

    /// <summary>BᵀB for a random integer n×n matrix B: positive definite unless B is singular (then retried).</summary>
    public static FieldMatrix<Rational, RationalField> RandomPositiveDefinite(int n, Random rng) => RandomPsd(n, 0, rng);

    /// <summary>A random PSD matrix of rank n − k (kernel of dimension k, a random subspace): BᵀB with B random (n−k)×n.</summary>
    public static FieldMatrix<Rational, RationalField> RandomPsd(int n, int kernelDimension, Random rng)
    {
        if (kernelDimension < 0 || kernelDimension > n) throw new InvalidInputException($"kernel dimension must be in 0..{n}");
        while (true)
        {
            var b = RandomIntegerMatrix(n - kernelDimension, n, rng);
            if (b.Rank != n - kernelDimension) continue;
            return b.Transpose() * b;
        }
    }

    /// <summary>
    /// A random PSD matrix whose kernel is exactly the column span of <paramref name="kernel"/>:
    /// B = R·Nᵀ with N a basis of K^⊥ and R random, Q = BᵀB (over ℚ, ker BᵀB = ker B = K).
    /// </summary>
    public static FieldMatrix<Rational, RationalField> RandomPsdWithKernel(FieldMatrix<Rational, RationalField> kernel, Random rng)
    {
        var perp = kernel.Transpose().Kernel(); // n × (n − rank K)
        int r = perp.Columns;
        while (true)
        {
            var b = RandomIntegerMatrix(r, r, rng) * perp.Transpose();
            if (b.Rank != r) continue;
            return b.Transpose() * b;
        }
    }

    /// <summary>Maps a rational matrix into any field (ℚ → F_p reduces numerator and denominator).</summary>
    /// <remarks>
    /// Over F_p the image must be faithful: a denominator divisible by p has no image, and an entry or
    /// minor divisible by p lowers the rank, which silently changes the problem (e.g. a degenerate
    /// form where the input was non-degenerate); both are refused so the caller can pick another prime.
    /// </remarks>
    public static FieldMatrix<T, TField> ToField<T, TField>(FieldMatrix<Rational, RationalField> m, TField field) where TField : struct, IField<T>
    {
        long p = field.Characteristic;
        if (p == 0) return m.Map<T, TField>(field, r => field.FromRational(r.Numerator, r.Denominator));
        for (int i = 0; i < m.Rows; i++)
            for (int j = 0; j < m.Columns; j++)
                if ((m[i, j].Denominator % p).IsZero)
                    throw new UnluckyPrimeException($"the prime {p} divides the denominator of the matrix entry {m[i, j]}; choose another prime");
        var image = m.Map<T, TField>(field, r => field.FromRational(r.Numerator, r.Denominator));
        int rank = m.Rank, rankModP = image.Rank;
        if (rank != rankModP)
            throw new UnluckyPrimeException($"the matrix has rank {rank} over ℚ but rank {rankModP} modulo the prime {p} (p divides an entry or minor); choose another prime");
        return image;
    }

    /// <summary>
    /// Whether the symmetric rational form is positive semidefinite, by symmetric elimination: a
    /// negative pivot, or a zero pivot with a non-zero row, shows a direction of negative value.
    /// </summary>
    public static bool IsPositiveSemidefinite(FieldMatrix<Rational, RationalField> q)
    {
        var a = q.Clone();
        int n = a.Rows;
        for (int k = 0; k < n; k++)
        {
            var pivot = a[k, k];
            if (pivot.Sign < 0) return false;
            if (pivot.IsZero)
            {
                for (int j = k + 1; j < n; j++) if (!a[k, j].IsZero) return false;
                continue;
            }
            for (int i = k + 1; i < n; i++)
            {
                if (a[i, k].IsZero) continue;
                var f = a[i, k] / pivot;
                for (int j = k; j < n; j++) a[i, j] -= f * a[k, j];
            }
        }
        return true;
    }

    private static FieldMatrix<Rational, RationalField> RandomIntegerMatrix(int rows, int cols, Random rng)
    {
        var m = new FieldMatrix<Rational, RationalField>(Q, rows, cols);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) m[i, j] = new Rational(new BigInteger(rng.NextInt64(-EntryRange, EntryRange + 1)));
        return m;
    }
}
