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
    /// Groups of coordinates (indices into <c>Coordinates</c>) that the image is closed under
    /// scaling independently: each is a projective factor of the neurovariety.
    /// </summary>
    IReadOnlyList<int[]> ScalingBlocks { get; }

    /// <summary>
    /// A torus grading of the coordinates, or null when none is known: for each coordinate a weight
    /// w_c ∈ ℤ^r such that the image is closed under y_c ↦ t^{w_c}·y_c for all t in the torus (k*)^r,
    /// so the ideal is homogeneous for it and can be interpolated one weight at a time. For networks
    /// whose first layer is a free matrix (MLPs, linear networks, attention on its features) rescaling
    /// the inputs is absorbed by that layer, so w_c is the exponent vector of c's monomial (per input,
    /// or per input feature).
    /// </summary>
    IReadOnlyList<int[]>? CoordinateWeights { get; }
}

/// <summary>A coordinate of the ambient space: the coefficient of a monomial in one output.</summary>
public sealed record Coordinate(int Output, int[] Exponents)
{
    public int Degree => Exponents.Sum();
}
