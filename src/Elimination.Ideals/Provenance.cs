namespace Elimination.Ideals;

/// <summary>
/// How a result was obtained: the operation, the Gröbner engine(s) used, the wall-clock time and
/// the seeds of any random choices, so that every answer can be reproduced.
/// </summary>
public sealed record Provenance(string Operation, string Engine, double Seconds, IReadOnlyList<int> Seeds, string? Note = null)
{
    public static Provenance Given { get; } = new("given", "-", 0, Array.Empty<int>());

    public override string ToString()
    {
        var seeds = Seeds.Count == 0 ? "" : $", seeds {string.Join(",", Seeds)}";
        var note = Note is null ? "" : $" ({Note})";
        return $"{Operation} via {Engine} in {Seconds:F3}s{seeds}{note}";
    }
}
