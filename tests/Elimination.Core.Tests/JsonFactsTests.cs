using System.Numerics;
using System.Text.Json;
using Elimination.Core.IO;

namespace Elimination.Core.Tests;

/// <summary>JsonFacts writes without reflection (Native AOT); each value type must come out as the schema says.</summary>
public class JsonFactsTests
{
    [Test]
    public void EveryValueTypeIsWrittenAsItsJsonKind()
    {
        var text = JsonFacts.Serialize(new KeyValuePair<string, object?>[]
        {
            new("dimension", 7), new("degree", BigInteger.Pow(10, 30)), new("prime", 2147483647u), new("verified", true),
            new("note", "≤ 1.8E-08 — ℚ"), new("missing", null), new("ratio", 0.5), new("degrees", new List<int> { 3, 3 }),
            new("names", new[] { "x", "y" }), new("nested", new Dictionary<string, object?> { ["a"] = new long[] { 1, 2 } }),
            new("dimension", 8), // a later duplicate key wins
        });
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("dimension").GetInt32(), Is.EqualTo(8));
            Assert.That(root.GetProperty("degree").GetRawText(), Is.EqualTo("1" + new string('0', 30)), "exact big integer");
            Assert.That(root.GetProperty("prime").GetUInt32(), Is.EqualTo(2147483647u));
            Assert.That(root.GetProperty("verified").GetBoolean(), Is.True);
            Assert.That(root.GetProperty("missing").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("ratio").GetDouble(), Is.EqualTo(0.5));
            Assert.That(root.GetProperty("degrees").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 3, 3 }));
            Assert.That(root.GetProperty("names")[1].GetString(), Is.EqualTo("y"));
            Assert.That(root.GetProperty("nested").GetProperty("a")[1].GetInt64(), Is.EqualTo(2));
            Assert.That(text, Does.Contain("≤ 1.8E-08 — ℚ"), "non-ASCII stays readable");
            Assert.That(root.EnumerateObject().First().Name, Is.EqualTo("dimension"), "keys keep their first position");
        });
    }
}
