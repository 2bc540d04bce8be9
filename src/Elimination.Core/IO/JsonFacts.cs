using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Elimination.Core.IO;

/// <summary>
/// The one JSON serialisation of facts (dimension, degree, counts, notes) for every writer and
/// command, so a key has the same type wherever it appears (docs/elimination-output.schema.json):
/// indented, non-ASCII kept readable, and big integers (degrees, primes) as exact JSON numbers.
/// Written by hand with <see cref="Utf8JsonWriter"/> rather than by reflection, so the runner can be
/// compiled ahead of time (Native AOT has no reflection-based serialisation).
/// </summary>
public static class JsonFacts
{
    /// <summary>The writer settings every JSON output uses.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One value: null, string, bool, char, any integer type, <see cref="BigInteger"/>, float/double/decimal, a
    /// dictionary with string keys (an object), or any other sequence (an array) of these. Other types are written as
    /// their invariant string form.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null or InfiniteValue: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case char c: writer.WriteStringValue(c.ToString()); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case uint u: writer.WriteNumberValue(u); break;
            case ulong ul: writer.WriteNumberValue(ul); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case ushort us: writer.WriteNumberValue(us); break;
            case byte by: writer.WriteNumberValue(by); break;
            case sbyte sb: writer.WriteNumberValue(sb); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            // JSON numbers have no size limit; the text of the integer is exact.
            case BigInteger big: writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture)); break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>Facts as one JSON object, keys in the given order (a later duplicate key wins).</summary>
    public static string Serialize(IEnumerable<KeyValuePair<string, object?>> facts)
    {
        var dict = new Dictionary<string, object?>();
        foreach (var (k, v) in facts) dict[k] = v;
        return Write(w => WriteValue(w, dict));
    }

    /// <summary>The text a writing action produces with <see cref="WriterOptions"/>.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
