using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// A polynomial network architecture: parameters θ ∈ k^P, inputs x ∈ k^n, outputs polynomials in x
/// whose coefficients are polynomials in θ. The neurovariety is the closure of the image of
/// θ ↦ (coefficients) in the ambient space spanned by <see cref="Coordinates"/>.
/// </summary>
public interface INeuralArchitecture
{
    /// <summary>Short family name used by the runner: mlp, linear, cnn, attention, ….</summary>
    string Kind { get; }

    /// <summary>Sizes as written in experiment lists and results.csv, e.g. "3,3,3".</summary>
    string Widths { get; }

    /// <summary>The activation as text ("x^2"), or "-" where the architecture has none.</summary>
    string ActivationText { get; }

    /// <summary>Human-readable one-line description.</summary>
    string Description { get; }

    int ParameterCount { get; }
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Number of input variables of the output polynomials.</summary>
    int InputCount { get; }
    IReadOnlyList<string> InputNames { get; }

    int OutputCount { get; }

    /// <summary>The ambient coordinates: (output, monomial in the inputs), grouped by output. May refuse to list millions.</summary>
    IReadOnlyList<Coordinate> Coordinates { get; }

    /// <summary>Number of coordinates, known without listing them.</summary>
    long AmbientDimension { get; }

    /// <summary>The largest number of coordinates of one output (inputs needed for an injective evaluation).</summary>
    long MaxCoordinatesPerOutput { get; }

    /// <summary>Upper bound for the total degree in θ of every coordinate (for Schwartz–Zippel bounds).</summary>
    int ParameterDegree { get; }

    /// <summary>Upper bound for the degree of the outputs in the inputs.</summary>
    int InputDegree { get; }

    /// <summary>
    /// Dimension of the generic orbit of the known continuous symmetry group acting on θ
    /// (rescalings, GL actions, translations). A proven lower bound for the generic fibre dimension,
    /// so ParameterCount − SymmetryDimension bounds the dimension from above.
    /// </summary>
    int SymmetryDimension { get; }

    /// <summary>What the symmetries are, in words.</summary>
    string SymmetryDescription { get; }

    /// <summary>
    /// Parameters that, fixed at their values at a generic point, cut each symmetry orbit in finitely
    /// many points (one per rescaling…); used to count the points of finite fibres.
    /// Its length equals <see cref="SymmetryDimension"/>.
    /// </summary>
    IReadOnlyList<int> NormalisedParameters { get; }

    /// <summary>
    /// The rescaling symmetries as characters: for each, the parameters it moves and the exponent of t
    /// (θ_i ↦ t^e·θ_i). Empty where the symmetries are not a torus (linear networks, attention).
    /// </summary>
    IReadOnlyList<IReadOnlyList<(int Parameter, int Exponent)>> Rescalings { get; }

    /// <summary>
    /// Groups of coordinates (indices into <see cref="Coordinates"/>) that the image is closed under
    /// scaling independently: each is a projective factor of the neurovariety.
    /// </summary>
    IReadOnlyList<int[]> ScalingBlocks { get; }

    /// <summary>A numeric evaluator mod p (value and Jacobian ∂output/∂θ); not thread-safe, make one per thread.</summary>
    IModularEvaluator CreateEvaluator(PrimeField field);

    /// <summary>
    /// The outputs as polynomials in <paramref name="ring"/>, whose first ParameterCount variables are θ
    /// and next InputCount variables are the inputs.
    /// </summary>
    IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring);
}

/// <summary>A coordinate of the ambient space: the coefficient of a monomial in one output.</summary>
public sealed record Coordinate(int Output, int[] Exponents)
{
    public int Degree => Exponents.Sum();
}

/// <summary>Evaluates a network mod p at one input, with the derivatives in all parameters.</summary>
public interface IModularEvaluator
{
    PrimeField Field { get; }

    /// <summary>
    /// outputs[k] = f_k(x; θ); jacobian[k·P + i] = ∂f_k/∂θ_i (row-major, OutputCount × ParameterCount).
    /// </summary>
    void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> input, Span<uint> outputs, Span<uint> jacobian);
}
