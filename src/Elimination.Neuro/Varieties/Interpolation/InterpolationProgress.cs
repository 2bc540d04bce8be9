namespace Elimination.Neuro;

/// <summary>
/// One graded piece of a degree-bounded interpolation finished: <paramref name="Done"/> of
/// <paramref name="Total"/> pieces mod <paramref name="Prime"/>, its block multidegree and torus weight, its number of
/// monomials, the dimension of its kernel (an upper bound for that piece of the ideal) and its time.
/// </summary>
public sealed record InterpolationProgress(uint Prime, int Done, int Total, int[] Multidegree, int[] Weight, int Monomials, int KernelDimension, double Seconds);
