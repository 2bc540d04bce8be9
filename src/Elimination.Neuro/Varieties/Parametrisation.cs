using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The exact parametrisation of a neurovariety: one polynomial in the parameters θ over ℚ per
/// ambient coordinate (the coefficient of that monomial in that output).
/// </summary>
public sealed class Parametrisation
{
    private Parametrisation(INeuralArchitecture arch, PolynomialRing<Rational, RationalField> ring, Polynomial<Rational, RationalField>[] coordinates)
    {
        Architecture = arch;
        Ring = ring;
        CoordinatePolynomials = coordinates;
    }

    public INeuralArchitecture Architecture { get; }

    /// <summary>
    /// Another parametrisation of the same variety: coordinates in other parameters whose image has the same Zariski
    /// closure (a filling prefix replaced by free forms, a slice through rescalings), so the same ideal — the caller's claim.
    /// </summary>
    internal static Parametrisation Dense(INeuralArchitecture arch, IReadOnlyList<Polynomial<Rational, RationalField>> coordinates) =>
        new(arch, coordinates[0].Ring, coordinates.ToArray());

    /// <summary>ℚ[θ], grevlex, variables named as the parameters.</summary>
    public PolynomialRing<Rational, RationalField> Ring { get; }

    /// <summary>c_k(θ) for each coordinate k of the architecture's <c>Coordinates</c>.</summary>
    public IReadOnlyList<Polynomial<Rational, RationalField>> CoordinatePolynomials { get; }

    /// <summary>Expands the network symbolically. Cost grows with the number of terms; meant for small widths.</summary>
    public static Parametrisation Of(INeuralArchitecture arch, CancellationToken cancellation = default)
    {
        var qq = new RationalField();
        var full = new PolynomialRing<Rational, RationalField>(qq, arch.ParameterNames.Concat(arch.InputNames).ToArray());
        var theta = new PolynomialRing<Rational, RationalField>(qq, arch.ParameterNames.ToArray());
        var outputs = arch.SymbolicOutputs(full);
        cancellation.ThrowIfCancellationRequested();
        return new Parametrisation(arch, theta, Coefficients(arch, outputs, theta));
    }

    /// <summary>
    /// The coordinates of outputs given in a ring of the parameters θ then the inputs x: for each of the architecture's
    /// coordinates (output k, monomial x^e), the coefficient of x^e in output k, as a polynomial of <paramref name="theta"/>.
    /// </summary>
    internal static Polynomial<Rational, RationalField>[] Coefficients(INeuralArchitecture arch,
        IReadOnlyList<Polynomial<Rational, RationalField>> outputs, PolynomialRing<Rational, RationalField> theta)
    {
        int P = theta.VariableCount, n = arch.InputCount;
        var index = new Dictionary<string, int>();
        var coords = arch.Coordinates;
        for (int k = 0; k < coords.Count; k++) index[Key(coords[k].Output, coords[k].Exponents)] = k;
        var terms = Enumerable.Range(0, coords.Count).Select(_ => new List<(Rational, int[])>()).ToArray();
        var xe = new int[n];
        for (int o = 0; o < outputs.Count; o++)
        {
            foreach (var (c, e) in outputs[o].Terms())
            {
                Array.Copy(e, P, xe, 0, n);
                if (!index.TryGetValue(Key(o, xe), out int k))
                    throw new InvalidOperationException($"output {o} has a monomial outside the coordinates of {arch.Description}");
                terms[k].Add((c, e[..P]));
            }
        }
        return terms.Select(t => Polynomial<Rational, RationalField>.FromTerms(theta, t)).ToArray();
    }

    private static string Key(int output, int[] e) => output + ":" + string.Join(",", e);

    /// <summary>The coordinate polynomials over <paramref name="field"/> (ℚ, or F_p by reducing the coefficients), in a ring of the parameters.</summary>
    public Polynomial<T, TField>[] Over<T, TField>(TField field) where TField : struct, IField<T> =>
        Over<T, TField>(CoordinatePolynomials, field);

    /// <summary>Polynomials over ℚ mapped to <paramref name="field"/> (ℚ, or F_p by reducing the coefficients), in a ring of the same variables.</summary>
    internal static Polynomial<T, TField>[] Over<T, TField>(IReadOnlyList<Polynomial<Rational, RationalField>> polys, TField field)
        where TField : struct, IField<T>
    {
        var ring = new PolynomialRing<T, TField>(field, polys[0].Ring.Variables);
        return polys.Select(c => c.MapCoefficients(ring, q => field.FromRational(q.Numerator, q.Denominator))).ToArray();
    }

    /// <summary>The coordinate polynomials with coefficients mapped to F_p.</summary>
    public (PolynomialRing<uint, PrimeField> Ring, Polynomial<uint, PrimeField>[] Coordinates) Modulo(PrimeField f)
    {
        var ring = new PolynomialRing<uint, PrimeField>(f, Ring.Variables);
        var polys = CoordinatePolynomials.Select(c => Rings.ModP(c, ring)).ToArray();
        return (ring, polys);
    }
}
