using Elimination.Core.Fields;
using Elimination.Groebner;

namespace Elimination.Ideals;

/// <summary>The engine an ideal operation uses when the caller names none.</summary>
public static class IdealEngine
{
    /// <summary>The caller's engine, or the project default for the field (f4 over F_p, modular over ℚ).</summary>
    public static IGroebnerEngine Resolve<T, TField>(IGroebnerEngine? engine, TField field) where TField : struct, IField<T> =>
        engine ?? GroebnerEngines.Default<T, TField>(field);

    /// <summary>
    /// The caller's engine when it works over <paramref name="field"/>, else the project default:
    /// for callers that run auxiliary computations over another field than the one the engine was named for.
    /// </summary>
    public static IGroebnerEngine ResolveSupported<T, TField>(IGroebnerEngine? engine, TField field) where TField : struct, IField<T>
    {
        var resolved = Resolve<T, TField>(engine, field);
        return resolved.Supports<T, TField>(field) ? resolved : Resolve<T, TField>(null, field);
    }
}
