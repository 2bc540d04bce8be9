using Elimination.Core.Fields;

namespace Elimination.Runner.Infrastructure;

/// <summary>Work written once as a generic method over the coefficient field.</summary>
public interface IFieldWork<out TResult>
{
    TResult Run<T, TField>(TField field) where TField : struct, IField<T>;
}

/// <summary>
/// Instantiates generic work for the field a file names: <c>(Rational, RationalField)</c> for QQ,
/// <c>(uint, PrimeField)</c> for GF(p). The only place the runner turns a runtime field into types.
/// </summary>
public static class FieldDispatch
{
    public static TResult Run<TResult>(FieldSpec spec, IFieldWork<TResult> work) =>
        spec.IsRationals
            ? work.Run<Rational, RationalField>(default)
            : work.Run<uint, PrimeField>(spec.PrimeField());
}
