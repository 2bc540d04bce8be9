using Elimination.Core.Errors;
namespace Elimination.Core.Monomials;

/// <summary>
/// Total degree first, ties broken by an order on the first n variables, in a ring with one more
/// variable h (the last). On homogeneous polynomials the leading monomial is then the one whose
/// h = 1 image leads in the inner order, so dehomogenising a Gröbner basis of the homogenised
/// generators gives a Gröbner basis in the inner order — computed degree by degree, which keeps
/// lex and block orders from the degree blow-up of inhomogeneous reduction.
/// </summary>
public sealed class DegreeRefinedOrder : MonomialOrder
{
    public DegreeRefinedOrder(MonomialOrder inner) : base(inner.Variables + 1)
    {
        if (inner is not (LexOrder or BlockOrder))
            throw new InvalidInputException("only lex and block orders are refined by degree (their comparison ignores the degree word)");
        Inner = inner;
    }

    public MonomialOrder Inner { get; }

    public override int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a[0] != b[0]) return a[0] > b[0] ? 1 : -1;
        // Lex compares every exponent word (h last, decided by the degree); block orders read only
        // their own variables, so h never breaks a tie the degree has not already broken.
        return Inner.Compare(a, b);
    }

    public override int[][] WeightMatrix()
    {
        var rows = new List<int[]> { Enumerable.Repeat(1, Variables).ToArray() };
        foreach (var row in Inner.WeightMatrix())
        {
            var padded = new int[Variables];
            row.CopyTo(padded, 0);
            rows.Add(padded);
        }
        return rows.ToArray();
    }

    public override string Describe(IReadOnlyList<string> variableNames) =>
        $"degree-refined({Inner.Describe(variableNames.Take(Variables - 1).ToList())})";
}
