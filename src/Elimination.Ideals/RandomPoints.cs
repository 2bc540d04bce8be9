using Elimination.Core.Fields;

namespace Elimination.Ideals;

/// <summary>
/// Seeded random points: uniform in F_p^n over a prime field, integers in [−bound, bound]
/// (or fractions with denominators up to bound) over ℚ. The seed is kept for the report.
/// </summary>
public sealed class RandomPoints<T, TField> where TField : struct, IField<T>
{
    private RandomPoints(IReadOnlyList<T[]> points, int seed) { Points = points; Seed = seed; }

    public IReadOnlyList<T[]> Points { get; }
    public int Seed { get; }

    public static RandomPoints<T, TField> Create(TField field, int dimension, int count, int seed, int bound = 1000, bool fractions = false)
    {
        var random = new Random(seed);
        var points = new List<T[]>(count);
        for (int k = 0; k < count; k++)
        {
            var x = new T[dimension];
            for (int i = 0; i < dimension; i++)
            {
                if (field.Characteristic != 0)
                    x[i] = field.FromInteger(random.NextInt64(0, field.Characteristic));
                else if (fractions)
                    x[i] = field.FromRational(random.Next(-bound, bound + 1), random.Next(1, bound + 1));
                else
                    x[i] = field.FromInteger(random.Next(-bound, bound + 1));
            }
            points.Add(x);
        }
        return new RandomPoints<T, TField>(points, seed);
    }
}
