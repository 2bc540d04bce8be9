namespace Elimination.Core.Parsing;

/// <summary>Bad input, located by 1-based line and column.</summary>
public sealed class ParseException : Errors.InvalidInputException
{
    public ParseException(string message, int line, int column) : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }
    public int Column { get; }

    /// <summary>One line for the user: <c>line 3, column 7: unknown variable 'q'</c>.</summary>
    public string Describe(string? source = null) =>
        $"{(source is null ? "" : source + ":")}line {Line}, column {Column}: {Message}";

    public override string ToString() => Describe();
}
