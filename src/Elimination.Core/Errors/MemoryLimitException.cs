namespace Elimination.Core.Errors;

/// <summary>
/// A structure would need (checked before allocating: an F4 matrix, a Jacobian), or the process has used (the runner's
/// watchdog), more memory than the caller's bound allows — the one limit a caller can move, unlike the bounds of the
/// representation or of a search.
/// </summary>
public class MemoryLimitException : ResourceLimitException
{
    public MemoryLimitException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>A size for messages in whole MiB, or KiB and bytes below them, so that a tiny bound never reads "0 MiB".</summary>
    public static string Size(long bytes) =>
        bytes >= 1L << 20 ? $"{bytes >> 20} MiB" : bytes >= 1L << 10 ? $"{bytes >> 10} KiB" : $"{bytes} bytes";
}
