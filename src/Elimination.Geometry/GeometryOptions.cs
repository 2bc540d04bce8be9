using Elimination.Core.Fields;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>Options shared by the geometry modules.</summary>
public sealed record GeometryOptions
{
    public static readonly GeometryOptions Default = new();

    /// <summary>The Gröbner engine (null: the project default).</summary>
    public IGroebnerEngine? Engine { get; init; }

    /// <summary>Options handed to every Gröbner computation (cancellation, threads, …).</summary>
    public GroebnerOptions Groebner { get; init; } = GroebnerOptions.Default;

    /// <summary>Seed of the random choices (generic combinations, random data); printed with every result.</summary>
    public int Seed { get; init; } = 1;

    internal IGroebnerEngine ResolveEngine<T, TField>(TField field) where TField : struct, IField<T>
    {
        var engine = IdealEngine.Resolve<T, TField>(Engine, field);
        return engine.Supports<T, TField>(field) ? engine : IdealEngine.Resolve<T, TField>(null, field);
    }
}
