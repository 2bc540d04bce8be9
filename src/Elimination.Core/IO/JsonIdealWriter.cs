using System.Text;
using System.Text.Json;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// <c>{"field","vars","order","generators":[…],"seconds",…}</c>: the ring, the generators as
/// parser-syntax strings, then the metadata (engine, verified, note, any extra facts).
/// </summary>
public sealed class JsonIdealWriter : IIdealWriter
{
    public string Format => "json";
    public string Extension => ".json";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        metadata ??= IdealMetadata.Empty;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("field", ring.Field.Name);
            w.WriteStartArray("vars");
            foreach (var v in ring.Variables) w.WriteStringValue(v);
            w.WriteEndArray();
            w.WriteString("order", ring.Order.Describe(ring.Variables));
            w.WriteStartArray("generators");
            foreach (var g in generators) w.WriteStringValue(PolynomialPrinter.Format(g));
            w.WriteEndArray();
            if (metadata.Seconds is double s) w.WriteNumber("seconds", Math.Round(s, 6)); else w.WriteNull("seconds");
            if (metadata.Title is not null) w.WriteString("title", metadata.Title);
            if (metadata.Engine is not null) w.WriteString("engine", metadata.Engine);
            if (metadata.Verified is bool verified) w.WriteBoolean("verified", verified);
            if (metadata.VerificationNote is not null) w.WriteString("verification", metadata.VerificationNote);
            foreach (var (key, value) in metadata.Extra)
            {
                w.WritePropertyName(key);
                JsonFacts.WriteValue(w, value);
            }
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }
}
