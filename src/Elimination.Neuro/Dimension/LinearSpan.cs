using Elimination.Core.Fields;

namespace Elimination.Neuro;

/// <summary>
/// Dimension of the linear span of the neurovariety inside the coordinate space (less than the
/// ambient dimension when the coefficients satisfy linear relations, as for attention). Computed
/// mod p as the rank of the vectors (f_θ(x_1), …, f_θ(x_N)) for random θ at N fixed random inputs,
/// N = coordinates per output (the evaluation is injective for generic inputs). Never too large;
/// too small only with probability ≤ span·(deg_θ + deg_x)/p.
/// </summary>
public static class LinearSpan
{
    public static int Compute(INeuralArchitecture arch, uint prime = BackpropagationDimension.DefaultPrime, int seed = 1, CancellationToken cancellation = default)
    {
        var f = new PrimeField(prime);
        var rng = new Random(seed);
        int outs = arch.OutputCount;
        var perOutput = new int[outs];
        foreach (var c in arch.Coordinates) perOutput[c.Output]++;
        int points = perOutput.Max();
        var inputs = Enumerable.Range(0, points).Select(_ => BackpropagationDimension.RandomVector(rng, f, arch.InputCount)).ToArray();
        int ambient = arch.Coordinates.Count;
        var echelon = new ModularRowEchelon(f, points * outs);
        var eval = arch.CreateEvaluator(f);
        var row = new uint[points * outs];
        var values = new uint[outs];
        // Each new θ raises the rank or the span is (with high probability) complete; allow a few misses.
        int misses = 0;
        while (echelon.Rank < ambient && misses < 3)
        {
            cancellation.ThrowIfCancellationRequested();
            var theta = BackpropagationDimension.RandomVector(rng, f, arch.ParameterCount);
            for (int i = 0; i < points; i++)
            {
                eval.Evaluate(theta, inputs[i], values, Span<uint>.Empty);
                for (int k = 0; k < outs; k++) row[k * points + i] = values[k];
            }
            if (!echelon.Add(row)) misses++;
        }
        return echelon.Rank;
    }
}
