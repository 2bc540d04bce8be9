namespace Elimination.Neuro;

/// <summary>
/// A polynomial network architecture: parameters θ ∈ k^P, inputs x ∈ k^n, outputs polynomials in x
/// whose coefficients are polynomials in θ. The neurovariety is the closure of the image of
/// θ ↦ (coefficients) in the ambient space spanned by <see cref="ICoordinateSpace.Coordinates"/>.
/// The members are split by concern: the map (<see cref="INetworkParametrisation"/>), the space its
/// image lives in (<see cref="ICoordinateSpace"/>) and what leaves it unchanged
/// (<see cref="INetworkSymmetries"/>); this interface adds the names used in lists and reports.
/// </summary>
public interface INeuralArchitecture : INetworkParametrisation, ICoordinateSpace, INetworkSymmetries
{
    /// <summary>Short family name used by the runner: mlp, linear, cnn, attention, ….</summary>
    string Kind { get; }

    /// <summary>Sizes as written in experiment lists and results.csv, e.g. "3,3,3".</summary>
    string Widths { get; }

    /// <summary>The activation as text ("x^2"), or "-" where the architecture has none.</summary>
    string ActivationText { get; }

    /// <summary>Human-readable one-line description.</summary>
    string Description { get; }
}
