using Elimination.Core.Errors;
namespace Elimination.Core.Monomials;

/// <summary>
/// Weighted degree order: Σ wᵢ·eᵢ first (positive weights), ties broken by grevlex.
/// Singular: <c>(a(w),dp)</c>; Macaulay2: <c>{Weights=&gt;w, GRevLex=&gt;n}</c>.
/// </summary>
public sealed class WeightedOrder : MonomialOrder
{
    private readonly int[] _weights;

    public WeightedOrder(IReadOnlyList<int> weights) : base(weights.Count)
    {
        if (weights.Any(w => w <= 0)) throw new InvalidInputException("weights must be positive so the order is a well-order");
        _weights = weights.ToArray();
    }

    public IReadOnlyList<int> Weights => _weights;

    public override int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        long wa = 0, wb = 0;
        for (int i = 0; i < _weights.Length; i++)
        {
            wa += (long)_weights[i] * PackedMonomial.Exponent(a, i);
            wb += (long)_weights[i] * PackedMonomial.Exponent(b, i);
        }
        if (wa != wb) return wa > wb ? 1 : -1;
        if (a[0] != b[0]) return a[0] > b[0] ? 1 : -1;
        return PackedMonomial.CompareReverseLex(a, b);
    }

    public override int[][] WeightMatrix()
    {
        // All n grevlex rows after the weights: dropping one would make the matrix singular
        // whenever two weights are equal (then x0^2 and x1^2 would compare equal).
        var rows = new List<int[]> { (int[])_weights.Clone() };
        rows.AddRange(GrevlexOrder.GrevlexRows(Enumerable.Range(0, Variables).ToArray(), Variables));
        return rows.ToArray();
    }

    public override string Describe(IReadOnlyList<string> variableNames) => $"weighted({string.Join(",", _weights)})";
}
