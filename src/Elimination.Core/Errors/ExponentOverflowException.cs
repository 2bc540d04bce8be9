namespace Elimination.Core.Errors;

/// <summary>A monomial would get an exponent above <see cref="Monomials.PackedMonomial.MaxExponent"/> (the packed layout's 15 bits).</summary>
public sealed class ExponentOverflowException : ResourceLimitException
{
    public ExponentOverflowException(string message) : base(message) { }
}
