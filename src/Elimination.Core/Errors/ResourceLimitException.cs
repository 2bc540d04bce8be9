namespace Elimination.Core.Errors;

/// <summary>
/// A computation stopped before it finished because it would exceed a limit: a memory bound the
/// caller set, or a bound of the representation (exponents above 32767). The input may be valid.
/// </summary>
public class ResourceLimitException : EliminationException
{
    public ResourceLimitException(string message, Exception? inner = null) : base(message, inner) { }
}
