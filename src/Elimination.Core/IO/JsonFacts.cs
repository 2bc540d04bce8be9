using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Elimination.Core.IO;

/// <summary>
/// The one JSON serialisation of facts (dimension, degree, counts, notes) for every writer and
/// command, so a key has the same type wherever it appears (docs/elimination-output.schema.json):
/// indented, non-ASCII kept readable, and big integers (degrees, primes) as exact JSON numbers.
/// </summary>
public static class JsonFacts
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new BigIntegerAsNumber() },
    };

    /// <summary>One value (string, number, bool, BigInteger, arrays and dictionaries of them).</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value) =>
        JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), Options);

    /// <summary>Facts as one JSON object, keys in the given order (a later duplicate key wins).</summary>
    public static string Serialize(IEnumerable<KeyValuePair<string, object?>> facts)
    {
        var dict = new Dictionary<string, object?>();
        foreach (var (k, v) in facts) dict[k] = v;
        return JsonSerializer.Serialize(dict, Options);
    }

    /// <summary>JSON numbers have no size limit; the text of the integer is exact.</summary>
    private sealed class BigIntegerAsNumber : JsonConverter<BigInteger>
    {
        public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            BigInteger.Parse(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), System.Globalization.CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
