namespace Elimination.Core.Errors;

/// <summary>
/// The base of every exception the Elimination libraries throw on purpose. Callers (the runner)
/// report these as the user's problem (bad input, a field the operation does not support, a
/// resource limit); any other exception escaping a library is a bug in the library.
/// </summary>
public abstract class EliminationException : Exception
{
    protected EliminationException(string message, Exception? inner = null) : base(message, inner) { }
}
