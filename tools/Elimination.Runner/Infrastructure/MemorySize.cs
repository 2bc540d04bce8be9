namespace Elimination.Runner.Infrastructure;

/// <summary>Sizes as <c>--max-memory</c> takes them: bytes, or a number with K, M, G or T (powers of 1024).</summary>
public static class MemorySize
{
    /// <summary>Half the memory the runtime may use: leaves room for everything besides the matrix, never swaps.</summary>
    public static long DefaultLimit => Math.Max(256L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2);

    public static long? TryParse(string text)
    {
        var s = text.Trim().ToUpperInvariant().TrimEnd('B', 'I');
        if (s.Length == 0) return null;
        long scale = s[^1] switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, 'T' => 1L << 40, _ => 1 };
        if (scale != 1) s = s[..^1];
        if (!double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) || !(v > 0) || v * scale > long.MaxValue)
            return null;
        return (long)(v * scale);
    }

    /// <summary>A size for messages: 1.5G, 300M, 12K.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#}G",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#}M",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.#}K",
        _ => $"{bytes}",
    };
}
