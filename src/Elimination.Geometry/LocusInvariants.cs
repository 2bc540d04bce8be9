namespace Elimination.Geometry;

/// <summary>
/// Dimension and degree of a locus. <see cref="Dimension"/> is the Krull dimension of the
/// ideal (affine dimension, or cone dimension for projective input); <see cref="GeometricDimension"/>
/// is the dimension of the variety itself (projective dimension = cone dimension − 1; −1 = empty).
/// <see cref="Degree"/> is the degree of the top-dimensional part (with multiplicities).
/// </summary>
public readonly record struct LocusInvariants(int Dimension, long Degree, bool Projective)
{
    public int GeometricDimension => Projective ? Math.Max(-1, Dimension - 1) : Dimension;
    public bool IsEmpty => GeometricDimension < 0;
    public long GeometricDegree => IsEmpty ? 0 : Degree;

    public override string ToString() =>
        IsEmpty ? "empty" : $"dim {GeometricDimension}{(Projective ? " (projective)" : "")}, degree {Degree}";
}
