using System.Text;
using System.Text.RegularExpressions;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Seeded hostile mutations of a valid <c>.sys</c> file: byte flips, token swaps, damaged headers,
/// huge exponents and coefficients, deep parentheses, very long lines, unknown and duplicate
/// variables, empty ideals, NUL bytes and invalid UTF-8. Each mutation is named so a failure
/// says what was done.
/// </summary>
internal static partial class InputMutator
{
    public const int Kinds = 18;

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*|\d+|\S")]
    private static partial Regex Token();

    public static (string Name, byte[] Bytes) Mutate(string source, Random rng)
    {
        int kind = rng.Next(Kinds);
        var lines = source.Split('\n').ToList();
        int polys = lines.FindIndex(l => l.StartsWith("polys:", StringComparison.Ordinal));
        int PolyLine() => polys + 1 + rng.Next(Math.Max(1, lines.Count - polys - 2));
        string Join() => string.Join("\n", lines);
        switch (kind)
        {
            case 0:
            {
                var bytes = Encoding.UTF8.GetBytes(source);
                int flips = rng.Next(1, 6);
                for (int i = 0; i < flips; i++) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
                return ($"{flips} random bytes", bytes);
            }
            case 1:
            {
                var tokens = Token().Matches(source).Select(m => m.Value).ToList();
                var text = source;
                int swaps = rng.Next(1, 4);
                for (int i = 0; i < swaps; i++)
                {
                    var a = tokens[rng.Next(tokens.Count)];
                    var b = tokens[rng.Next(tokens.Count)];
                    int at = text.IndexOf(a, rng.Next(text.Length), StringComparison.Ordinal);
                    if (at >= 0) text = text[..at] + b + text[(at + a.Length)..];
                }
                return ($"{swaps} token swaps", Utf8(text));
            }
            case 2:
            {
                int h = rng.Next(Math.Max(1, polys + 1));
                var damage = rng.Next(6);
                lines[h] = damage switch
                {
                    0 => "",
                    1 => lines[h].Replace(":", ""),
                    2 => lines[h] + "\n" + lines[h],
                    3 => "field: " + new[] { "GF(4)", "GF(-7)", "GF(0)", "GF(1)", "GF(99999999999999999999)", "QQQ", "GF(2147483648)", "GF(", "ZZ" }[rng.Next(9)],
                    4 => "order: " + new[] { "weighted(1,-2)", "elim()", "elim(nosuch)", "weighted(1)", "lexx", "weighted(99999999999,1,1,1,1)", "block" }[rng.Next(7)],
                    _ => "eliminate: " + new[] { "nosuch", "", "x0,x0", ",,,", "1x" }[rng.Next(5)],
                };
                return ($"header damage {damage} on line {h + 1}", Utf8(Join()));
            }
            case 3:
            {
                var huge = new[] { "65535", "65536", "70000", "2147483648", "99999999999999999999", "4294967296", "32768" }[rng.Next(7)];
                int l = PolyLine();
                lines[l] = lines[l] + " + x" + new[] { "0", "1", "" }[rng.Next(3)] + "^" + huge;
                return ($"exponent {huge}", Utf8(Join()));
            }
            case 4:
            {
                int digits = new[] { 30, 300, 3000, 30000 }[rng.Next(4)];
                var big = new string('9', digits);
                int l = PolyLine();
                lines[l] = lines[l] + (rng.Next(2) == 0 ? $" + {big}" : $" - {big}/{big}7*{FirstVariable(source)}");
                return ($"coefficient with {digits} digits", Utf8(Join()));
            }
            case 5:
            {
                int depth = new[] { 100, 499, 501, 5000, 100_000 }[rng.Next(5)];
                int l = PolyLine();
                lines[l] = new string('(', depth) + lines[l] + new string(')', rng.Next(2) == 0 ? depth : depth - 1);
                return ($"{depth} nested parentheses", Utf8(Join()));
            }
            case 6:
            {
                int repeat = new[] { 10_000, 100_000 }[rng.Next(2)];
                var v = FirstVariable(source);
                lines.Insert(polys + 1, string.Concat(Enumerable.Repeat($"+{v}", repeat)));
                return ($"line of {repeat} terms", Utf8(Join()));
            }
            case 7:
            {
                int l = PolyLine();
                lines[l] = lines[l] + " + zz*" + FirstVariable(source);
                return ("unknown variable", Utf8(Join()));
            }
            case 8:
            {
                int v = lines.FindIndex(x => x.StartsWith("vars:", StringComparison.Ordinal));
                lines[v] = lines[v] + ", " + FirstVariable(source);
                return ("duplicate variable", Utf8(Join()));
            }
            case 9:
                return ("empty ideal", Utf8(string.Join("\n", lines.Take(polys + 1))));
            case 10:
            {
                var bytes = Encoding.UTF8.GetBytes(source).ToList();
                int count = rng.Next(1, 4);
                for (int i = 0; i < count; i++) bytes.Insert(rng.Next(bytes.Count), 0);
                return ($"{count} NUL bytes", bytes.ToArray());
            }
            case 11:
            {
                var bytes = Encoding.UTF8.GetBytes(source).ToList();
                var bad = new[] { new byte[] { 0xC3, 0x28 }, new byte[] { 0xFF }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xF0, 0x28, 0x8C, 0xBC } }[rng.Next(4)];
                bytes.InsertRange(rng.Next(bytes.Count), bad);
                return ("invalid UTF-8", bytes.ToArray());
            }
            case 12:
            {
                // Each factor fits 16 bits, the product does not: must be an overflow error, never a wrapped exponent.
                var v = FirstVariable(source);
                int l = PolyLine();
                lines[l] = lines[l] + (rng.Next(2) == 0 ? $" + ({v}^40000)^2" : $" + {v}^40000*{v}^40000");
                return ("exponent overflow by multiplication", Utf8(Join()));
            }
            case 13:
            {
                int l = PolyLine();
                var junk = new[] { "**", "^^", "+-*", "^-1", "^x", "/0", "1/0*x", ")(", "^", "=", "x^1.5", "3.5" }[rng.Next(12)];
                int at = rng.Next(lines[l].Length + 1);
                lines[l] = lines[l][..at] + junk + lines[l][at..];
                return ($"junk '{junk}'", Utf8(Join()));
            }
            case 14:
                return ("only whitespace and comments", Utf8("# nothing\n   \n\t\n"));
            case 15:
            {
                var v = FirstVariable(source);
                int l = PolyLine();
                lines[l] = $"({lines[l]})^{new[] { 2, 50, 1000, 65536 }[rng.Next(4)]}";
                return ("large power", Utf8(Join()));
            }
            case 16:
            {
                // Truncate anywhere: a half-written file.
                var bytes = Encoding.UTF8.GetBytes(source);
                return ("truncated", bytes[..rng.Next(bytes.Length)]);
            }
            default:
            {
                int l = PolyLine();
                lines[l] = "0";
                if (rng.Next(2) == 0) lines.Insert(l, "1");
                return ("zero / unit generator", Utf8(Join()));
            }
        }
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string FirstVariable(string source)
    {
        var vars = source.Split('\n').First(l => l.StartsWith("vars:", StringComparison.Ordinal));
        return vars[5..].Split(',')[0].Trim();
    }
}
