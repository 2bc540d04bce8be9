namespace Elimination.Core.Errors;

/// <summary>Input the operation cannot accept: malformed text, an unknown variable, mismatched rings, a parameter out of range.</summary>
public class InvalidInputException : EliminationException
{
    public InvalidInputException(string message, Exception? inner = null) : base(message, inner) { }
}
