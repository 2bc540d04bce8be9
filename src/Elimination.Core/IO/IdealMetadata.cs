namespace Elimination.Core.IO;

/// <summary>
/// What is known about an ideal besides its generators: how it was computed and any facts a
/// command adds (dimension, degree, …). Writers put it where their format allows (JSON keys,
/// comments elsewhere); none of it is needed to read the ideal back.
/// </summary>
public sealed record IdealMetadata
{
    public static readonly IdealMetadata Empty = new();

    /// <summary>Name of the ideal in Singular/Macaulay2 output (<c>G</c> unless a command says otherwise).</summary>
    public string Name { get; init; } = "G";

    /// <summary>A one-line description, e.g. "reduced Groebner basis".</summary>
    public string? Title { get; init; }

    public string? Engine { get; init; }
    public double? Seconds { get; init; }

    /// <summary>True: proved; false: probabilistic; null: computed directly, nothing to verify.</summary>
    public bool? Verified { get; init; }
    public string? VerificationNote { get; init; }

    /// <summary>
    /// Lists of further ideals in the same ring, written as loadable lists in Singular, Macaulay2, Oscar and SymPy
    /// files (and as facts elsewhere): <c>list P = ideal(…), …;</c>, <c>P = {ideal(…), …};</c>, ….
    /// </summary>
    public IReadOnlyList<IdealList> Lists { get; init; } = Array.Empty<IdealList>();

    /// <summary>Further facts, written in this order (values: string, number, bool, or arrays of them).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = Array.Empty<KeyValuePair<string, object?>>();
}
