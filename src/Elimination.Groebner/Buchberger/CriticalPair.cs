namespace Elimination.Groebner.Buchberger;

/// <summary>An S-pair (i, j) of basis indices with the lcm of their leading monomials and its sugar degree.</summary>
internal sealed record CriticalPair(int I, int J, ulong[] Lcm, int Sugar);
