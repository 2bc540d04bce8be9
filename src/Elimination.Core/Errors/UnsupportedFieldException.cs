namespace Elimination.Core.Errors;

/// <summary>The operation exists, but not over this coefficient field (e.g. F4 over ℚ directly).</summary>
public sealed class UnsupportedFieldException : EliminationException
{
    public UnsupportedFieldException(string message) : base(message) { }
}
