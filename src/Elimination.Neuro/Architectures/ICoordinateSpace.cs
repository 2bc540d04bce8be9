namespace Elimination.Neuro;

/// <summary>The ambient space of a neurovariety: one coordinate per (output, monomial in the inputs), and its gradings.</summary>
public interface ICoordinateSpace
{
    /// <summary>The ambient coordinates: (output, monomial in the inputs), grouped by output. May refuse to list millions.</summary>
    IReadOnlyList<Coordinate> Coordinates { get; }

    /// <summary>Number of coordinates, known without listing them.</summary>
    long AmbientDimension { get; }

    /// <summary>The largest number of coordinates of one output (inputs needed for an injective evaluation).</summary>
    long MaxCoordinatesPerOutput { get; }

    /// <summary>
    /// Groups of coordinates (indices into <see cref="Coordinates"/>) that the image is closed under
    /// scaling independently: each is a projective factor of the neurovariety.
    /// </summary>
    IReadOnlyList<int[]> ScalingBlocks { get; }
}

/// <summary>A coordinate of the ambient space: the coefficient of a monomial in one output.</summary>
public sealed record Coordinate(int Output, int[] Exponents)
{
    public int Degree => Exponents.Sum();
}
