using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Tests;

/// <summary>Reduced bases computed by Singular (tests/data/expected/generate.sh), parsed in our ring.</summary>
public static class ReferenceBases
{
    public static string Path(string name) =>
        System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "data", "expected", name + ".txt");

    public static List<Polynomial<T, TField>> Load<T, TField>(string name, PolynomialRing<T, TField> ring) where TField : struct, IField<T>
    {
        var basis = File.ReadAllLines(Path(name)).Where(l => l.Trim().Length > 0).Select(l => ring.Parse(l).MakeMonic()).ToList();
        ReducedBasis.Sort(basis);
        return basis;
    }

    /// <summary>Asserts equality generator by generator, with a readable diff on failure.</summary>
    public static void AssertSameBasis<T, TField>(IReadOnlyList<Polynomial<T, TField>> expected, IReadOnlyList<Polynomial<T, TField>> actual, string what)
        where TField : struct, IField<T>
    {
        Assert.That(actual.Count, Is.EqualTo(expected.Count), $"{what}: number of generators");
        for (int i = 0; i < expected.Count; i++)
            Assert.That(actual[i].ToString(), Is.EqualTo(expected[i].ToString()), $"{what}: generator {i + 1}");
    }
}
