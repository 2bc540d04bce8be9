using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.LinearAlgebra;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// A seeded random invertible linear change of coordinates x_i ↦ Σ_j a_ij x_j with small integer
/// entries (generic coordinates for Noether normalisation, generic projections, …).
/// </summary>
public sealed class RandomLinearChange<T, TField> where TField : struct, IField<T>
{
    private readonly Polynomial<T, TField>[] _images;

    private RandomLinearChange(PolynomialRing<T, TField> ring, int[,] matrix, int seed, int attempts)
    {
        Ring = ring; Matrix = matrix; Seed = seed; Attempts = attempts;
        int n = ring.VariableCount;
        _images = new Polynomial<T, TField>[n];
        for (int i = 0; i < n; i++)
        {
            var image = ring.Zero;
            for (int j = 0; j < n; j++)
                if (matrix[i, j] != 0) image += ring.Variable(j).Scale(ring.Field.FromInteger(matrix[i, j]));
            _images[i] = image;
        }
    }

    public PolynomialRing<T, TField> Ring { get; }

    /// <summary>Row i: the image of x_i.</summary>
    public int[,] Matrix { get; }
    public int Seed { get; }

    /// <summary>Matrices drawn until one was invertible over the field.</summary>
    public int Attempts { get; }

    /// <summary>
    /// Draws entries uniformly from [−bound, bound] with <see cref="Random"/>(seed) until the
    /// matrix is invertible over the ring's field.
    /// </summary>
    public static RandomLinearChange<T, TField> Create(PolynomialRing<T, TField> ring, int seed, int bound = 10)
    {
        if (bound < 1) throw new ArgumentOutOfRangeException(nameof(bound), "bound must be positive");
        var random = new Random(seed);
        int n = ring.VariableCount;
        for (int attempt = 1; attempt <= 1000; attempt++)
        {
            var m = new int[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) m[i, j] = random.Next(-bound, bound + 1);
            if (IsInvertible(ring.Field, m)) return new RandomLinearChange<T, TField>(ring, m, seed, attempt);
        }
        throw new InvalidOperationException("no invertible matrix found (field too small for the bound?)");
    }

    public Polynomial<T, TField> Apply(Polynomial<T, TField> f) => Rings.Map(f, Ring).Substitute(_images);

    /// <summary>The ideal in the new coordinates, with the seed recorded in its origin.</summary>
    public Ideal<T, TField> Apply(Ideal<T, TField> ideal)
    {
        var clock = Stopwatch.StartNew();
        var gens = ideal.Generators.Select(Apply).ToList();
        return ideal.Create(Ring, gens, new Provenance("random linear change of coordinates", "-", clock.Elapsed.TotalSeconds, new[] { Seed },
            $"entries in [-{MaxEntry()},{MaxEntry()}], attempt {Attempts}"));
    }

    private int MaxEntry()
    {
        int m = 0;
        foreach (var a in Matrix) m = Math.Max(m, Math.Abs(a));
        return m;
    }

    private static bool IsInvertible(TField field, int[,] m)
    {
        int n = m.GetLength(0);
        var a = new FieldMatrix<T, TField>(field, n, n);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) a[i, j] = field.FromInteger(m[i, j]);
        return !field.IsZero(a.Determinant());
    }
}
