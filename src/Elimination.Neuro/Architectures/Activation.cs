using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Parsing;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Neuro;

/// <summary>
/// A univariate polynomial activation σ(x) = Σ c_i x^i over ℚ (default x^r). Keeps the exact
/// coefficients for symbolic work and their images mod p for fast numeric evaluation.
/// </summary>
public sealed class Activation
{
    private readonly Rational[] _coefficients; // index = power

    public Activation(IReadOnlyList<Rational> coefficients)
    {
        int n = coefficients.Count;
        while (n > 0 && coefficients[n - 1].IsZero) n--;
        if (n <= 1) throw new InvalidInputException("the activation must be a non-constant polynomial");
        _coefficients = coefficients.Take(n).ToArray();
    }

    /// <summary>σ(x) = x^r.</summary>
    public static Activation Power(int r)
    {
        if (r < 1) throw new InvalidInputException($"activation x^{r}: the power must be at least 1");
        var c = new Rational[r + 1];
        for (int i = 0; i < r; i++) c[i] = Rational.Zero;
        c[r] = Rational.One;
        return new Activation(c);
    }

    public static Activation Identity => Power(1);

    /// <summary>Parses a polynomial in one variable x (or any single variable name), e.g. "x^3 + x".</summary>
    public static Activation Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException("empty activation");
        var names = new HashSet<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "[A-Za-z_][A-Za-z_0-9]*"))
            names.Add(m.Value);
        if (names.Count > 1) throw new InvalidInputException($"activation '{text}' must be a polynomial in one variable, found {string.Join(", ", names)}");
        string variable = names.Count == 1 ? names.First() : "x";
        var ring = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { variable });
        Polynomial<Rational, RationalField> p;
        try { p = ring.Parse(text); }
        catch (ParseException e) { throw new InvalidInputException($"activation '{text}': {e.Message} at column {e.Column}"); }
        int deg = p.Degree;
        if (deg < 1) throw new InvalidInputException($"activation '{text}' is constant");
        return new Activation(p.UnivariateCoefficients(0));
    }

    public int Degree => _coefficients.Length - 1;
    public IReadOnlyList<Rational> Coefficients => _coefficients;

    /// <summary>Whether σ = c·x^r (a single term).</summary>
    public bool IsMonomial => _coefficients.Take(Degree).All(c => c.IsZero);

    /// <summary>Whether σ is affine-linear (degree 1).</summary>
    public bool IsAffine => Degree == 1;

    /// <summary>
    /// Whether σ = a·(x + c)^r + e for constants a, c, e: then, with biases, each hidden neuron has a
    /// one-dimensional rescaling symmetry (shift its bias by c, scale, undo in the next layer).
    /// </summary>
    public bool IsShiftedPower
    {
        get
        {
            int r = Degree;
            if (r <= 1) return true;
            // c is determined by the x^{r−1} coefficient: a·r·c = c_{r−1}.
            Rational a = _coefficients[r];
            Rational shift = _coefficients[r - 1] / (a * r);
            for (int i = 1; i < r - 1; i++)
            {
                // coefficient of x^i in a(x+shift)^r is a·binom(r,i)·shift^{r−i}
                Rational expected = a * (Rational)Binomial(r, i) * Pow(shift, r - i);
                if (expected != _coefficients[i]) return false;
            }
            return true;
        }
    }

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger b = 1;
        for (int i = 1; i <= k; i++) b = b * (n - k + i) / i;
        return b;
    }

    private static Rational Pow(Rational x, int e)
    {
        Rational r = Rational.One;
        for (int i = 0; i < e; i++) r *= x;
        return r;
    }

    /// <summary>σ applied to a polynomial (Horner).</summary>
    public Polynomial<T, TField> Apply<T, TField>(Polynomial<T, TField> z) where TField : struct, IField<T>
    {
        var f = z.Ring.Field;
        var result = Polynomial<T, TField>.Constant(z.Ring, Map<T, TField>(f, _coefficients[Degree]));
        for (int i = Degree - 1; i >= 0; i--)
            result = result * z + Polynomial<T, TField>.Constant(z.Ring, Map<T, TField>(f, _coefficients[i]));
        return result;
    }

    /// <summary>Whether every coefficient has a denominator invertible mod p.</summary>
    public bool IsDefinedModulo(uint p) => _coefficients.All(c => !(c.Denominator % p).IsZero);

    /// <summary>Coefficients of σ mod p (index = power); throws if a denominator vanishes mod p.</summary>
    public uint[] CoefficientsModulo(PrimeField f) => _coefficients.Select(c => f.FromRational(c.Numerator, c.Denominator)).ToArray();

    private static T Map<T, TField>(TField f, Rational c) where TField : struct, IField<T> => f.FromRational(c.Numerator, c.Denominator);

    public override string ToString()
    {
        var parts = new List<string>();
        for (int i = Degree; i >= 0; i--)
        {
            var c = _coefficients[i];
            if (c.IsZero) continue;
            string mono = i == 0 ? "" : i == 1 ? "x" : $"x^{i}";
            string coef = c.IsOne && i > 0 ? "" : (-c).IsOne && i > 0 ? "-" : c.ToString() + (i > 0 ? "*" : "");
            parts.Add(coef + mono);
        }
        return string.Join(" + ", parts).Replace("+ -", "- ");
    }
}
