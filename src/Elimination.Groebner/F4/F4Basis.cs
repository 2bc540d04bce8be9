namespace Elimination.Groebner.F4;

/// <summary>
/// The intermediate basis of an F4 run: monic polynomials as monomial ids (decreasing) and
/// coefficients, their sugar, and whether a later leading monomial divides theirs (then they
/// no longer take part in pairs but may still serve as reducers).
/// </summary>
internal sealed class F4Basis
{
    public readonly List<int[]> Monomials = new();
    public readonly List<uint[]> Coefficients = new();
    public readonly List<int> Sugar = new();
    public readonly List<bool> Redundant = new();
    public readonly List<int> Leading = new();

    public int Count => Monomials.Count;

    public int Add(int[] monomials, uint[] coefficients, int sugar)
    {
        Monomials.Add(monomials);
        Coefficients.Add(coefficients);
        Sugar.Add(sugar);
        Redundant.Add(false);
        Leading.Add(monomials[0]);
        return Monomials.Count - 1;
    }
}
