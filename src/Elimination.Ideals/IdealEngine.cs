using Elimination.Core.Fields;
using Elimination.Groebner;

namespace Elimination.Ideals;

/// <summary>The engine an ideal operation uses when the caller names none.</summary>
public static class IdealEngine
{
    /// <summary>The caller's engine, or the project default for the field (f4 over F_p, modular over ℚ).</summary>
    public static IGroebnerEngine Resolve<T, TField>(IGroebnerEngine? engine, TField field) where TField : struct, IField<T> =>
        engine ?? GroebnerEngines.Default<T, TField>(field);
}
