using System.Text;
using Elimination.Fuzz;

namespace Elimination.Reliability.Tests;

/// <summary>
/// The short CI form of the afl run (issue 15.8): replays every committed fuzz input (seed corpus in
/// the four readable formats, and the crashes afl found, now fixed) through the fuzz target, then a
/// few thousand seeded havoc-style mutations of them. The target lets only library-owned exceptions
/// through silently; anything else (an internal error) fails the test with the input that caused it.
/// </summary>
[TestFixture]
public sealed class FuzzCorpusTests
{
    private const int Seed = 20261203;
    private const int Mutations = 3000;

    private static readonly string FuzzDir = Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "fuzz");

    private static IEnumerable<string> CorpusFiles() =>
        Directory.GetFiles(FuzzDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    // Tokens that reach the readers' edge cases faster than random bytes do.
    private static readonly string[] Dictionary =
    {
        "field:", "vars:", "order:", "polys:", "eliminate:", "GF(", ")", "(", "QQ", "ZZ/", "ring r=", "dp", "lp", "ideal i=", ";",
        "QQ[", "]", "ideal(", "{", "}", "[", "\"", ",", ":", "^", "**", "*", "/", "-", "+", "0", "99999999999999999999",
        "^32768", "^-1", "1/0", "2147483647", "weighted(", "elim(", "\n", "#", "\0", "\u00e9", "\"generators\":", "\"vars\":", "\"field\":",
    };

    [Test]
    public void CommittedCorpusAndCrashesReplayWithoutInternalError()
    {
        var files = CorpusFiles().ToList();
        Assert.That(files, Is.Not.Empty, "tests/data/fuzz is missing from the output directory");
        Assert.That(files.Count, Is.LessThanOrEqualTo(200), "keep the committed corpus small");
        foreach (var path in files)
            Assert.That(() => FuzzTarget.Run(File.ReadAllBytes(path)), Throws.Nothing, Path.GetRelativePath(FuzzDir, path));
    }

    [TestCase("{\"field\": 99999999999999999999, \"vars\": [\"x\"], \"generators\": [\"x\"]}", "unknown field")]
    [TestCase("{\"field\": \"QQ\", \"vars\": \"x, generator y\", \"generators\": [\"x\"]}", "not a valid variable name")]
    [TestCase("{\"field\": \"QQ\", \"vars\": \"x,x\", \"generators\": [\"x\"]}", "declared twice")]
    public void JsonReaderRefusesWhatAflFound(string json, string reason)
    {
        // Both were internal errors (FormatException from GetInt64; ArgumentException from the ring) before the fix.
        Assert.That(() => new Elimination.Core.IO.JsonIdealReader().Read(json),
            Throws.InstanceOf<Elimination.Core.Parsing.ParseException>().With.Message.Contains(reason));
    }

    [Test]
    public void SeededMutationsRaiseNoInternalError()
    {
        var corpus = CorpusFiles().Select(File.ReadAllBytes).ToList();
        var rng = new Random(Seed);
        for (int k = 0; k < Mutations; k++)
        {
            var input = Mutate(corpus[rng.Next(corpus.Count)], corpus[rng.Next(corpus.Count)], rng);
            try { FuzzTarget.Run(input); }
            catch (Exception e)
            {
                Assert.Fail($"mutation {k} (seed {Seed}) raised {e.GetType().Name}: {e.Message}\ninput (base64): {Convert.ToBase64String(input)}\n{e.StackTrace}");
            }
        }
    }

    /// <summary>A stack of 1–8 afl-havoc-like edits: byte flips, dictionary inserts, deletions, duplications, splices.</summary>
    private static byte[] Mutate(byte[] source, byte[] other, Random rng)
    {
        var bytes = new List<byte>(source);
        int edits = 1 << rng.Next(4);
        for (int e = 0; e < edits; e++)
        {
            int at = rng.Next(bytes.Count + 1);
            switch (rng.Next(5))
            {
                case 0:
                    if (at < bytes.Count) bytes[at] = (byte)rng.Next(256);
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Dictionary[rng.Next(Dictionary.Length)]));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(rng.Next(1, 32), bytes.Count - at));
                    break;
                case 3:
                    int len = Math.Min(rng.Next(1, 64), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, len));
                    break;
                default:
                    int from = rng.Next(other.Length + 1);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(rng.Next(1, 128), other.Length - from)).ToArray());
                    break;
            }
        }
        return bytes.ToArray();
    }
}
