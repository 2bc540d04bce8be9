namespace Elimination.Neuro;

/// <summary>The known continuous symmetries of a parametrisation: transformations of θ that leave the outputs unchanged.</summary>
public interface INetworkSymmetries
{
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
}
