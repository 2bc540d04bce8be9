using System.Text.Json;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>
/// Issue 17.6: every command's <c>--format json</c> output validates against
/// docs/elimination-output.schema.json (one type per key everywhere, no undocumented keys).
/// The validator covers the subset of JSON Schema the file uses: type (one or a list),
/// properties, additionalProperties: false, items, required.
/// </summary>
public class JsonSchemaTests
{
    private static readonly string Cusp = "field: QQ\nvars: x, y\npolys:\ny^2 - x^3\n";
    private string _dir = "";

    [SetUp] public void SetUp() => _dir = TempDir();
    [TearDown] public void TearDown() => Directory.Delete(_dir, true);

    private static JsonElement Schema()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "elimination-output.schema.json");
            if (File.Exists(path)) return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        }
        Assert.Fail("docs/elimination-output.schema.json not found above the test directory");
        return default;
    }

    private static IEnumerable<string> Validate(JsonElement value, JsonElement schema, string at)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : new List<string> { type.GetString()! };
            if (!allowed.Any(t => HasType(value, t))) { yield return $"{at}: {value.ValueKind} '{value}' is not {string.Join("|", allowed)}"; yield break; }
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            var props = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
                foreach (var r in required.EnumerateArray())
                    if (!value.TryGetProperty(r.GetString()!, out _)) yield return $"{at}: missing '{r.GetString()}'";
            foreach (var member in value.EnumerateObject())
            {
                if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty(member.Name, out var sub))
                {
                    foreach (var e in Validate(member.Value, sub, $"{at}.{member.Name}")) yield return e;
                }
                else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False)
                    yield return $"{at}: key '{member.Name}' is not in the schema";
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            int i = 0;
            foreach (var item in value.EnumerateArray())
                foreach (var e in Validate(item, items, $"{at}[{i++}]")) yield return e;
        }
    }

    private static bool HasType(JsonElement v, string type) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && !v.GetRawText().Contains('.') && !v.GetRawText().Contains('e', StringComparison.OrdinalIgnoreCase),
        _ => throw new NotSupportedException($"schema type '{type}' is outside the validated subset"),
    };

    [Test]
    public void Validator_RejectsWrongTypesAndUnknownKeys()
    {
        var schema = Schema();
        Assert.That(Validate(JsonDocument.Parse("{\"degree\": \"3\"}").RootElement, schema, "$"), Is.Not.Empty);
        Assert.That(Validate(JsonDocument.Parse("{\"no such key\": 1}").RootElement, schema, "$"), Is.Not.Empty);
        Assert.That(Validate(JsonDocument.Parse("{\"degree\": 3, \"vars\": [\"x\"]}").RootElement, schema, "$"), Is.Empty);
    }

    [TestCase("groebner", "cyclic4")]
    [TestCase("groebner", "cusp")]
    [TestCase("eliminate", "elim", "-e", "t")]
    [TestCase("hilbert", "cyclic4")]
    [TestCase("hilbert", "cusp")]
    [TestCase("implicitize", "map")]
    [TestCase("implicitize", "projective-map")]
    [TestCase("singular-locus", "cusp", "--components", "--seed", "1")]
    [TestCase("ramification", "cusp", "--projection", "1,0")]
    [TestCase("ramification", "cusp", "--projection", "1,0", "--branch")]
    [TestCase("ed-degree", "cusp", "--seed", "1")]
    [TestCase("ed-degree", "cusp", "--seed", "1", "--ideal")]
    [TestCase("ed-degree", "cusp", "--seed", "1", "--sweep-kernel")]
    [TestCase("ed-degree", "cusp", "--seed", "1", "--Q", "1,0;0,0")]
    [TestCase("neurovariety", null, "--arch", "linear", "--widths", "2,1,2", "--dimension", "--fibre", "--seed", "1")]
    [TestCase("neurovariety", null, "--arch", "linear", "--widths", "2,1,2", "--equations")]
    [TestCase("neurovariety", null, "--arch", "mlp", "--widths", "2,1,2", "--equations", "--degree-bound", "2", "--seed", "1")]
    [TestCase("neurovariety", null, "--arch", "mlp", "--widths", "2,1,2", "--equations", "--degree-bound", "2", "--seed", "1", "--field", "GF(32003)")]
    [TestCase("points", "zerodim")]
    [TestCase("singular-locus", "cusp", "--points")]
    [TestCase("genus", "genus2")]
    [TestCase("critical-values", null, "--arch", "linear", "--widths", "2,1,2", "--components", "--seed", "1")]
    [TestCase("critical-values", "cusp-map", "--criterion", "random", "--seed", "1")]
    public void JsonOutput_ValidatesAgainstTheSchema(string command, string? input, params string[] more)
    {
        var args = new List<string> { command };
        if (input is not null)
            args.Add(input switch
            {
                "cyclic4" => Sample("cyclic4.sys"),
                "genus2" => Sample("genus2-curve.sys"),
                "zerodim" => WriteTemp(_dir, "zerodim.sys", "field: QQ\nvars: x, y\npolys:\nx^2 - 1\ny^2\n"),
                "elim" => WriteTemp(_dir, "elim.sys", "field: QQ\nvars: t, x, y\npolys:\nx - t^2\ny - t^3\n"),
                "map" => WriteTemp(_dir, "cusp.map", "field: QQ\nvars: t\npolys:\nx = t^2\ny = t^3/(t + 1)\n"),
                "cusp-map" => WriteTemp(_dir, "cusp2.map", "field: QQ\nvars: t\npolys:\nx = t^2\ny = t^3\n"),
                "projective-map" => WriteTemp(_dir, "p.map", "field: QQ\nvars: s, t\nblocks: all\npolys:\na = s^2\nb = s*t\nc = t^2\n"),
                _ => WriteTemp(_dir, "cusp.sys", Cusp),
            });
        args.AddRange(more);
        var summary = Path.Combine(_dir, "summary.json");
        if (command is "singular-locus" or "ramification" or "ed-degree") args.AddRange(new[] { "--summary", summary });
        var r = Run([.. args, "-f", "json", "-q"]);
        Assert.That(r.Code, Is.EqualTo(0), r.ToString());
        var errors = Validate(JsonDocument.Parse(r.Out).RootElement, Schema(), "$").ToList();
        Assert.That(errors, Is.Empty, r.Out);
        if (File.Exists(summary))
            Assert.That(Validate(JsonDocument.Parse(File.ReadAllText(summary)).RootElement, Schema(), "$").ToList(), Is.Empty, File.ReadAllText(summary));
    }

    [Test]
    public void HilbertDegreeIsANumberLikeDimension()
    {
        var r = Run("hilbert", Sample("cyclic4.sys"), "-f", "json", "-q");
        var json = JsonDocument.Parse(r.Out).RootElement;
        Assert.That(json.GetProperty("degree").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(json.GetProperty("dimension").ValueKind, Is.EqualTo(JsonValueKind.Number));
    }
}
