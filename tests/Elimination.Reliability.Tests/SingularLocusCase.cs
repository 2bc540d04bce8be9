using System.Text;

namespace Elimination.Reliability.Tests;

/// <summary>How a singular-locus case is built; all but the random ones are singular by construction.</summary>
internal enum LocusKind
{
    /// <summary>One random polynomial: usually smooth (empty locus).</summary>
    Hypersurface,
    /// <summary>Two random polynomials: usually a smooth complete intersection.</summary>
    CompleteIntersection,
    /// <summary>g·h: singular along V(g, h).</summary>
    Product,
    /// <summary>A polynomial in x − a with no constant or linear term: a double point at a.</summary>
    DoublePoint,
    /// <summary>Two polynomials in x − a without constant term and with proportional linear parts: singular at a.</summary>
    IntersectionDoublePoint,
    /// <summary>g²·h: non-reduced, the Jacobian ideal contains V(g) entirely.</summary>
    SquareFactor,
    /// <summary>A homogeneous form: the affine cone, singular at the origin.</summary>
    Cone,
    /// <summary>f·g, f·h: the hypersurface V(f) with the smaller V(g, h), not equidimensional where V(g, h) ⊄ V(f).</summary>
    MixedDimensions,
}

/// <summary>
/// One seeded singular-locus case: field ℚ, GF(7) or GF(32003), 2–4 variables, 1–2 equations of
/// degree 2–3 of the kind <see cref="Kind"/>. Everything follows from the seed; a failure is
/// reproduced by the seed or by the standalone script <see cref="SingularScript"/> prints.
/// </summary>
internal sealed class SingularLocusCase
{
    private static readonly long[] Characteristics = { 0, 0, 7, 32003 };

    public required int Seed { get; init; }
    public required long Characteristic { get; init; }
    public required int VariableCount { get; init; }
    public required LocusKind Kind { get; init; }
    public required IReadOnlyList<string> Generators { get; init; }

    public string[] Variables => Enumerable.Range(1, VariableCount).Select(i => $"x{i}").ToArray();
    public string FieldText => Characteristic == 0 ? "QQ" : $"GF({Characteristic})";

    public override string ToString() =>
        $"seed {Seed}: {FieldText}, {VariableCount} vars, {Kind}: {string.Join(", ", Generators)}";

    public static SingularLocusCase Generate(int seed)
    {
        var rng = new Random(seed);
        long p = Characteristics[rng.Next(Characteristics.Length)];
        var kind = (LocusKind)rng.Next(Enum.GetValues<LocusKind>().Length);
        int minVars = kind is LocusKind.CompleteIntersection or LocusKind.IntersectionDoublePoint or LocusKind.MixedDimensions ? 3 : 2;
        int n = rng.Next(minVars, 5);
        var x = Enumerable.Range(1, n).Select(i => $"x{i}").ToArray();
        // Shifted variables (x_i − a_i) put the constructed singular point off the origin.
        var shifted = x.Select(v => Shift(v, rng.Next(-3, 4))).ToArray();
        var generators = new List<string>();
        switch (kind)
        {
            case LocusKind.Hypersurface:
                generators.Add(Random(rng, x, rng.Next(2, 4), 0, p));
                break;
            case LocusKind.CompleteIntersection:
                generators.Add(Random(rng, x, rng.Next(2, 4), 0, p));
                generators.Add(Random(rng, x, rng.Next(2, 4), 0, p));
                break;
            case LocusKind.Product:
                generators.Add($"({Random(rng, x, rng.Next(1, 3), 0, p)})*({Random(rng, x, rng.Next(1, 3), 0, p)})");
                break;
            case LocusKind.DoublePoint:
                generators.Add(Random(rng, shifted, rng.Next(2, 4), 2, p));
                break;
            case LocusKind.IntersectionDoublePoint:
            {
                // Both tangent spaces at a contain the same hyperplane ℓ = 0 (or the point has none):
                // f = ℓ + higher, g = λ·ℓ + higher, so the Jacobian at a has rank ≤ 1 < 2.
                var linear = Random(rng, shifted, 1, 1, p);
                generators.Add($"{linear} + {Random(rng, shifted, rng.Next(2, 4), 2, p)}");
                generators.Add($"{Coefficient(rng, p)}*({linear}) + {Random(rng, shifted, rng.Next(2, 4), 2, p)}");
                break;
            }
            case LocusKind.SquareFactor:
                generators.Add($"({Random(rng, x, 1, 0, p)})^2*({Random(rng, x, rng.Next(1, 3), 0, p)})");
                break;
            case LocusKind.MixedDimensions:
            {
                var f = Random(rng, x, rng.Next(1, 3), 0, p);
                generators.Add($"({f})*({Random(rng, x, rng.Next(1, 3), 0, p)})");
                generators.Add($"({f})*({Random(rng, x, rng.Next(1, 3), 0, p)})");
                break;
            }
            default:
                generators.Add(Random(rng, x, rng.Next(2, 4), -1, p));
                break;
        }
        return new SingularLocusCase { Seed = seed, Characteristic = p, VariableCount = n, Kind = kind, Generators = generators };
    }

    private static string Shift(string v, int a) => a == 0 ? v : a > 0 ? $"({v}-{a})" : $"({v}+{-a})";

    /// <summary>
    /// A random polynomial in <paramref name="vars"/> of exact degree <paramref name="degree"/>, terms of degree
    /// ≥ <paramref name="minDegree"/> only (−1: homogeneous); 2–5 terms; the leading one always present.
    /// </summary>
    private static string Random(Random rng, string[] vars, int degree, int minDegree, long p)
    {
        int n = vars.Length;
        var seen = new HashSet<string>();
        var terms = new List<int[]>();
        void Add(int[] e) { if (seen.Add(string.Join(",", e))) terms.Add(e); }
        Add(PolynomialText.RandomExponents(rng, n, degree));
        int extra = rng.Next(1, 5);
        for (int i = 0; i < extra; i++)
            Add(PolynomialText.RandomExponents(rng, n, minDegree < 0 ? degree : rng.Next(Math.Min(minDegree, degree), degree + 1)));
        return PolynomialText.Format(terms, vars, () => Coefficient(rng, p));
    }

    /// <summary>A non-zero coefficient 1–9 (non-zero mod p), sign random; over ℚ one in eight is a fraction.</summary>
    private static string Coefficient(Random rng, long p)
    {
        long c = rng.Next(1, 10);
        if (p != 0 && c % p == 0) c = 1;
        var sign = rng.Next(2) == 0 ? "-" : "";
        return p == 0 && rng.Next(8) == 0 ? $"{sign}{c}/{rng.Next(2, 6)}" : sign + c;
    }

    // ---- Singular ------------------------------------------------------------------------

    /// <summary>Libraries the commands need: slocus (sing.lib), radical and equiRadical (primdec.lib), hilbPoly (polylib.lib).</summary>
    public const string SingularLibraries = "LIB \"sing.lib\"; LIB \"primdec.lib\"; LIB \"polylib.lib\";\n";

    /// <summary>
    /// Commands printing "@@SL id": the reduced dp basis of J = I + (c×c minors of jacob(I)), c = n − dim I (our
    /// construction); "@@SI id": c, dim J, mult J and hilbPoly(J) ("0" when dim J ≤ 0); "@@SE id": 1 when
    /// minAssGTZ's primes have one dimension, else 0; and, when I is radical and equidimensional (equiRadical(I) ⊆ I)
    /// or not equidimensional, "@@SR id": the reduced basis of radical(slocus(I)), Singular's own singular locus, whose
    /// radical must equal that of ours. Expects <c>int k; int c;</c> declared.
    /// </summary>
    public string SingularCommands(string id)
    {
        var s = new StringBuilder();
        s.AppendLine($"// {this}");
        s.AppendLine($"ring L = {Characteristic},({string.Join(",", Variables)}),dp; option(redSB); short = 0;");
        s.AppendLine($"ideal I = {string.Join(", ", Generators.Select(g => g.Replace(" ", "")))};");
        s.AppendLine("ideal S = std(I); c = nvars(L) - dim(S);");
        s.AppendLine("ideal J = 1; if (dim(S) >= 0) { J = I + minor(jacob(I), c); } J = simplify(std(J), 1);");
        s.AppendLine($"print(\"@@SL {id}\"); for (k = 1; k <= ncols(J); k++) {{ print(string(J[k])); }}");
        s.AppendLine($"print(\"@@SI {id}\"); print(c); print(dim(J)); print(mult(J)); if (dim(J) > 0) {{ print(string(hilbPoly(J))); }} else {{ print(\"0\"); }}");
        // e = 1 when the minimal primes have one dimension; slocus's radical is compared for radical equidimensional I
        // (where J must cut it out) and for non-equidimensional I (where ours is assembled from the parts, as slocus's).
        // A complete intersection is unmixed (Macaulay): minAssGTZ only for the others (it can take minutes on curves).
        s.AppendLine("if (dim(S) >= 0) { int e = 1; if (size(I) > c) { list P = minAssGTZ(I); for (k = 2; k <= size(P); k++) { if (dim(std(P[k])) != dim(std(P[1]))) { e = 0; } } kill P; }");
        s.AppendLine($"  print(\"@@SE {id}\"); print(e);");
        s.AppendLine("  if (e == 0 || size(reduce(equiRadical(I), S, 1)) == 0) {");
        s.AppendLine($"  ideal Q = simplify(std(radical(slocus(I))), 1); print(\"@@SR {id}\"); for (k = 1; k <= ncols(Q); k++) {{ print(string(Q[k])); }} kill Q; }} kill e; }}");
        s.AppendLine("kill L;");
        return s.ToString();
    }

    /// <summary>A standalone script reproducing this case in Singular.</summary>
    public string SingularScript() => SingularLibraries + "int k; int c;\n" + SingularCommands(Seed.ToString()) + "quit;\n";
}
