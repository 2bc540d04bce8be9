using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner;

/// <summary>
/// A Gröbner-basis engine. Every engine returns the <em>reduced</em> basis, monic and sorted by
/// increasing leading monomial, so results of different engines compare by equality.
/// </summary>
public interface IGroebnerEngine
{
    /// <summary>buchberger, f4, modular, …: the name the runner's <c>--algorithm</c> takes.</summary>
    string Name { get; }

    /// <summary>Whether the engine can work over this field (F4 needs F_p, modular needs ℚ).</summary>
    bool Supports<T, TField>(TField field) where TField : struct, IField<T>;

    GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null)
        where TField : struct, IField<T>;
}
