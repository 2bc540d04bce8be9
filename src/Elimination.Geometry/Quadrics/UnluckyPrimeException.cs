using Elimination.Core.Errors;

namespace Elimination.Geometry.Quadrics;

/// <summary>
/// Bad input for this prime only: reducing a rational matrix mod p loses a denominator or rank.
/// Callers that chose the prime themselves can retry with another one.
/// </summary>
public sealed class UnluckyPrimeException : InvalidInputException
{
    public UnluckyPrimeException(string message, Exception? inner = null) : base(message, inner) { }
}
