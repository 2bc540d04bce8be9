using Elimination.Core.Fields;

namespace Elimination.Neuro;

/// <summary>
/// Rank of the symbolic Jacobian (∂c_k/∂θ_i) of the expanded parametrisation at a random point
/// mod p — the reference the back-propagation rank is checked against.
/// </summary>
public static class JacobianRank
{
    public static int Compute(Parametrisation map, uint prime = BackpropagationDimension.DefaultPrime, int seed = 1)
    {
        var f = new PrimeField(prime);
        var (ring, coords) = map.Modulo(f);
        int P = ring.VariableCount;
        var rng = new Random(seed);
        var theta = BackpropagationDimension.RandomVector(rng, f, P);
        var echelon = new ModularRowEchelon(f, P);
        var row = new uint[P];
        foreach (var c in coords)
        {
            for (int i = 0; i < P; i++) row[i] = c.Derivative(i).Evaluate(theta);
            echelon.Add(row);
        }
        return echelon.Rank;
    }
}
