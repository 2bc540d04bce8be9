using System.Text;

namespace Elimination.Reliability.Tests;

/// <summary>Monomial order of a differential case; Block eliminates the first <see cref="RandomIdealCase.EliminateCount"/> variables.</summary>
internal enum CaseOrder { Lex, Grevlex, Block }

/// <summary>
/// One seeded random ideal for the differential tests: field, variables x1..xn, order, generators
/// as text both we and Singular parse. Everything follows from the seed, so a failure is
/// reproduced by the seed alone (or by the Singular script <see cref="SingularScript"/> prints).
/// </summary>
internal sealed class RandomIdealCase
{
    /// <summary>0 = ℚ; the primes include 3 and 7 (GF(2) is not supported: PrimeField needs p > 2), the usual 32003 and the largest prime below 2^31.</summary>
    private static readonly long[] Characteristics = { 0, 0, 0, 3, 7, 32003, 2147483647 };

    public required int Seed { get; init; }
    public required long Characteristic { get; init; }
    public required int VariableCount { get; init; }
    public required CaseOrder Order { get; init; }
    public required int EliminateCount { get; init; }
    public required bool Dense { get; init; }
    public required IReadOnlyList<string> Generators { get; init; }

    public string[] Variables => Enumerable.Range(1, VariableCount).Select(i => $"x{i}").ToArray();
    public string FieldText => Characteristic == 0 ? "QQ" : $"GF({Characteristic})";
    public string OrderText => Order switch
    {
        CaseOrder.Lex => "lex",
        CaseOrder.Grevlex => "grevlex",
        _ => $"elim({string.Join(",", Variables.Take(EliminateCount))})",
    };

    public override string ToString() =>
        $"seed {Seed}: {FieldText}, {VariableCount} vars, {OrderText}, {(Dense ? "dense" : "sparse")}, eliminate {EliminateCount}: {string.Join(", ", Generators)}";

    public static RandomIdealCase Generate(int seed)
    {
        var rng = new Random(seed);
        long p = Characteristics[rng.Next(Characteristics.Length)];
        bool dense = rng.Next(2) == 0;
        int n = dense ? rng.Next(2, 5) : rng.Next(2, 7);
        var order = (CaseOrder)rng.Next(3);
        int gens = rng.Next(2, 5);
        // Singular's lex std (no modular method) takes minutes on dense 4-variable systems over ℚ.
        if (order == CaseOrder.Lex) n = Math.Min(n, dense ? 3 : 4);
        // Keep each case to milliseconds: dense lex bases grow like the Bezout number, so cap the degrees there.
        int maxDegree = order == CaseOrder.Lex || (dense && n >= 4) ? 3 : 4;
        var generators = new List<string>();
        for (int g = 0; g < gens; g++)
        {
            int degree = rng.Next(2, maxDegree + 1);
            generators.Add(RandomPolynomial(rng, n, degree, dense, p));
        }
        return new RandomIdealCase
        {
            Seed = seed, Characteristic = p, VariableCount = n, Order = order,
            EliminateCount = rng.Next(1, n), Dense = dense, Generators = generators,
        };
    }

    private static string RandomPolynomial(Random rng, int n, int degree, bool dense, long p)
    {
        var monomials = new HashSet<string>();
        var terms = new List<int[]>();
        void Add(int[] e)
        {
            if (monomials.Add(string.Join(",", e))) terms.Add(e);
        }
        Add(PolynomialText.RandomExponents(rng, n, degree)); // the leading degree is reached
        int extra = dense ? rng.Next(3, 8) : rng.Next(1, 3);
        for (int i = 0; i < extra; i++) Add(PolynomialText.RandomExponents(rng, n, rng.Next(0, degree + 1)));
        return PolynomialText.Format(terms, Enumerable.Range(1, n).Select(v => $"x{v}").ToArray(), () => RandomCoefficient(rng, p));
    }

    private static string RandomCoefficient(Random rng, long p)
    {
        long c;
        int kind = rng.Next(10);
        if (kind == 0) c = rng.NextInt64(1, 1_000_000_000_000); // large: exercises the multi-prime lift over ℚ
        else c = rng.Next(1, 10);
        if (p != 0 && c % p == 0) c = 1;
        var sign = rng.Next(2) == 0 ? "-" : "";
        if (p == 0 && kind == 1) return $"{sign}{c}/{rng.Next(2, 12)}";
        return sign + c;
    }

    // ---- Singular ------------------------------------------------------------------------

    private string SingularVariables => string.Join(",", Variables);
    private string SingularIdeal => string.Join(", ", Generators.Select(g => g.Replace(" ", "")));

    private string SingularOrder => Order switch
    {
        CaseOrder.Lex => "lp",
        CaseOrder.Grevlex => "dp",
        _ => $"(dp({EliminateCount}),dp({VariableCount - EliminateCount}))",
    };

    /// <summary>hilbPoly lives in polylib.lib.</summary>
    public const string SingularLibraries = "LIB \"polylib.lib\";\n";

    /// <summary>
    /// Commands printing "@@GB id", "@@EL id", "@@IN id" sections: the reduced basis in the case's
    /// order, the reduced grevlex basis of the elimination ideal of x1..xk, and dim, mult, hilb(…,1),
    /// hilbPoly ("0" when dim ≤ 0). Expects an <c>int k</c> declared before and <see cref="SingularLibraries"/> loaded.
    /// </summary>
    public string SingularCommands(string id)
    {
        var s = new StringBuilder();
        s.AppendLine($"// {this}");
        s.AppendLine($"ring R = {Characteristic},({SingularVariables}),{SingularOrder}; option(redSB); short = 0;");
        s.AppendLine($"ideal I = {SingularIdeal};");
        s.AppendLine($"print(\"@@GB {id}\"); ideal G = simplify(std(I), 1); for (k = 1; k <= ncols(G); k++) {{ print(string(G[k])); }}");
        s.AppendLine($"ring D = {Characteristic},({SingularVariables}),dp; option(redSB); short = 0;");
        s.AppendLine($"ideal I = {SingularIdeal};");
        var product = string.Join("*", Variables.Take(EliminateCount));
        s.AppendLine($"print(\"@@EL {id}\"); ideal E = simplify(std(eliminate(I, {product})), 1); for (k = 1; k <= ncols(E); k++) {{ print(string(E[k])); }}");
        s.AppendLine($"print(\"@@IN {id}\"); ideal S = std(I); print(dim(S)); print(mult(S)); print(string(hilb(S, 1))); " +
                     "if (dim(S) > 0) { print(string(hilbPoly(S))); } else { print(\"0\"); }");
        s.AppendLine("kill R; kill D;");
        return s.ToString();
    }

    /// <summary>A standalone script reproducing this case in Singular.</summary>
    public string SingularScript() => SingularLibraries + "int k;\n" + SingularCommands(Seed.ToString()) + "quit;\n";
}
