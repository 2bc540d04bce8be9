using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Factorisation;

/// <summary>
/// Factorisation into irreducibles in ℚ[x1..xn] and F_p[x1..xn]. Steps: monomial factor and
/// content off; an irreducible polynomial is usually recognised at once by restriction to a random
/// line (<see cref="LineRestriction"/>); otherwise Hensel lifting from one variable
/// (<see cref="MultivariateHensel"/>); where that declines, Kronecker substitution to one variable (<see cref="KroneckerRecombination{C}"/>);
/// the univariate image factored over ℤ (squarefree, Cantor–Zassenhaus mod p, Hensel lifting,
/// Zassenhaus recombination) or over F_p (squarefree, distinct-degree, Cantor–Zassenhaus);
/// recombination of the univariate factors into multivariate ones, each confirmed by exact
/// division. The result is exact and deterministic (randomness only affects running time).
/// </summary>
public static class PolynomialFactorisation
{
    public static Factorisation<T, TField> Factor<T, TField>(Polynomial<T, TField> f, int seed = 1) where TField : struct, IField<T>
    {
        if (f.IsZero) throw new InvalidInputException("factorisation: the zero polynomial has no factorisation");
        object result = f.Ring.Field switch
        {
            RationalField => FactorRational((Polynomial<Rational, RationalField>)(object)f, seed),
            PrimeField => FactorModular((Polynomial<uint, PrimeField>)(object)f, seed),
            _ => throw new UnsupportedFieldException($"factorisation is implemented over QQ and GF(p), not {f.Ring.Field.Name}"),
        };
        return (Factorisation<T, TField>)result;
    }

    /// <summary>The product of the distinct irreducible factors of f (f ≠ 0).</summary>
    public static Polynomial<T, TField> SquarefreePart<T, TField>(Polynomial<T, TField> f, int seed = 1) where TField : struct, IField<T> =>
        UnivariateSquarefreePart(f) ?? Factor(f, seed).SquarefreePart(f.Ring);

    /// <summary>
    /// f / gcd(f, f') for f in one variable, normalised as the factorisation's product (primitive over ℚ, monic over F_p).
    /// Exact when the characteristic is 0 or above deg f: every multiplicity m is then a unit, so f' keeps exactly m − 1
    /// copies of each factor. Null otherwise (then x^p-type factors need the factorisation). A degree-256 eliminant mod
    /// 32003 took a second through Cantor–Zassenhaus and takes milliseconds this way.
    /// </summary>
    private static Polynomial<T, TField>? UnivariateSquarefreePart<T, TField>(Polynomial<T, TField> f) where TField : struct, IField<T>
    {
        var degrees = f.Degrees();
        int v = -1;
        for (int i = 0; i < degrees.Length; i++)
            if (degrees[i] > 0)
            {
                if (v >= 0) return null;
                v = i;
            }
        long characteristic = f.Ring.Field.Characteristic;
        if (v < 0 || characteristic != 0 && degrees[v] >= characteristic) return null;
        object? part = f.Ring.Field switch
        {
            PrimeField field => Polynomial<uint, PrimeField>.Univariate((PolynomialRing<uint, PrimeField>)(object)f.Ring, v, SquarefreeModP(((Polynomial<uint, PrimeField>)(object)f).UnivariateCoefficients(v), field)),
            RationalField => PrimitivePart.Of(Polynomial<Rational, RationalField>.Univariate((PolynomialRing<Rational, RationalField>)(object)f.Ring, v,
                SquarefreeInteger(((Polynomial<Rational, RationalField>)(object)f).UnivariateCoefficients(v)).Select(c => new Rational(c)).ToArray())),
            _ => null,
        };
        return (Polynomial<T, TField>?)part;
    }

    private static uint[] SquarefreeModP(uint[] a, PrimeField field) =>
        DenseModP.Monic(DenseModP.DivRem(a, DenseModP.Gcd(a, DenseModP.Derivative(a, field), field), field).Q, field);

    private static BigInteger[] SquarefreeInteger(Rational[] u)
    {
        var den = DenseInteger.CommonDenominator(u);
        var a = DenseInteger.Primitive(u.Select(c => c.Numerator * (den / c.Denominator)).ToArray());
        return DenseInteger.ExactDivide(a, DenseInteger.Gcd(a, DenseInteger.Derivative(a)))
               ?? throw new InvalidOperationException("gcd(f, f') does not divide f");
    }

    private static Factorisation<Rational, RationalField> FactorRational(Polynomial<Rational, RationalField> f, int seed)
    {
        var ring = f.Ring;
        var factors = new List<Polynomial<Rational, RationalField>>();
        var (monomial, rest) = SplitMonomial(f);
        factors.AddRange(monomial);
        if (ByStructure(rest, seed) is { } structural)
            factors.AddRange(structural.Select(PrimitivePart.Of));
        else if (VariableCount(rest) > 1 && LineRestriction.ProvesIrreducible(rest, new Random(seed), tries: 2))
            factors.Add(PrimitivePart.Of(rest));
        else if (VariableCount(rest) > 1 && MultivariateHensel.TryFactor(rest, new Random(seed), u => UnivariateFactors(u, new Random(seed))) is { } lifted)
            foreach (var (g, m) in lifted) factors.AddRange(Enumerable.Repeat(PrimitivePart.Of(g), m));
        else if (!rest.IsConstant)
        {
            var random = new Random(seed);
            var shift = RandomShift(rest, () => new Rational(random.Next(1, 4) * (random.Next(2) == 0 ? 1 : -1)));
            // A factor x_i − c_i becomes x_i: split such monomial factors off again (undoing the shift).
            (var shiftedVariables, rest) = SplitMonomial(Shift(rest, shift, 1));
            foreach (var v in shiftedVariables) factors.Add(PrimitivePart.Of(Shift(v, shift, -1)));
            var den = DenseInteger.CommonDenominator(rest.Coefficients);
            var kron = new KroneckerRecombination<BigInteger>(rest.Degrees(), DenseInteger.Mul, DenseInteger.ExactDivide, c => c.IsZero);
            var image = new BigInteger[kron.ImageDegree + 1];
            foreach (var (c, e) in rest.Terms()) image[kron.Encode(e)] = c.Numerator * (den / c.Denominator);
            image = DenseInteger.Primitive(DenseInteger.Trim(image));
            int tPower = 0;
            var others = new List<BigInteger[]>();
            foreach (var (g, m) in IntegerUnivariateFactoriser.Factor(image, random))
            {
                if (g.Length == 2 && g[0].IsZero) { tPower += m; continue; }
                for (int i = 0; i < m; i++) others.Add(g);
            }
            foreach (var g in kron.Recombine(image, tPower, others, BigInteger.One, BigInteger.Zero))
            {
                var terms = new List<(Rational, int[])>();
                for (long e = 0; e < g.Length; e++) if (!g[e].IsZero) terms.Add((new Rational(g[e]), kron.Decode(e)));
                factors.Add(PrimitivePart.Of(Shift(Polynomial<Rational, RationalField>.FromTerms(ring, terms), shift, -1)));
            }
        }
        return Assemble(f, factors);
    }

    private static Factorisation<uint, PrimeField> FactorModular(Polynomial<uint, PrimeField> f, int seed)
    {
        var ring = f.Ring;
        var field = ring.Field;
        var factors = new List<Polynomial<uint, PrimeField>>();
        var (monomial, rest) = SplitMonomial(f);
        factors.AddRange(monomial);
        if (PthRoot(rest) is { } root)
        {
            // rest = root^p: its factors are root's, p times each. The Kronecker image of a p-th power splits into p
            // copies of every factor, too many to recombine (x^5 − y^5 over GF(5): 25 factors, 20 000 candidates).
            foreach (var (g, m) in FactorModular(root, seed).Factors) factors.AddRange(Enumerable.Repeat(g, m * (int)field.P));
        }
        else if (PthPowerVariable(rest) is int w)
        {
            // rest = g(x_w^p): g has p times fewer x_w-degrees. For an irreducible factor h of g, h(x_w^p) is irreducible or
            // a p-th power (over K = k(other variables), an irreducible h(Y) gives h(y^p) irreducible unless all its
            // coefficients are p-th powers, and then it is one), and PthRoot tells which: (3xy^5 + 2)^5·(1 + y^5z^5 + 4z)
            // over GF(5) went to Kronecker with 24 univariate factors and stopped at the recombination limit after 100 s.
            foreach (var (h, m) in FactorModular(WithExponents(rest, e => e[w] /= (int)field.P), seed).Factors)
            {
                var lifted = WithExponents(h, e => e[w] *= (int)field.P);
                if (PthRoot(lifted) is { } r) factors.AddRange(Enumerable.Repeat(r.MakeMonic(), m * (int)field.P));
                else factors.AddRange(Enumerable.Repeat(lifted.MakeMonic(), m));
            }
        }
        else if (ByStructure(rest, seed) is { } structural)
            factors.AddRange(structural.Select(g => g.MakeMonic()));
        else if (VariableCount(rest) > 1 && LineRestriction.ProvesIrreducible(rest, new Random(seed), tries: Math.Min(24, 3 * rest.Degree)))
            factors.Add(rest.MakeMonic());
        else if (VariableCount(rest) > 1 && MultivariateHensel.TryFactor(rest, new Random(seed), u => UnivariateFactors(u, field, new Random(seed))) is { } lifted)
            foreach (var (g, m) in lifted) factors.AddRange(Enumerable.Repeat(g.MakeMonic(), m));
        else if (VariableCount(rest) > 1 && RepeatedPart(rest) is { } repeated)
        {
            // Hensel declines a multiplicity divisible by p, and the Kronecker image of (4yz + 3x⁵ + 2xyz)⁵·(3xy + 4z⁴)
            // over GF(5) had too many factors to recombine (11 s, then the limit): split f = g·(f/g) instead.
            foreach (var part in new[] { repeated, ExactDivision.Divide(rest, repeated) })
                foreach (var (g, m) in FactorModular(part, seed).Factors) factors.AddRange(Enumerable.Repeat(g, m));
        }
        else if (!rest.IsConstant)
        {
            var random = new Random(seed);
            var shift = RandomShift(rest, () => (uint)random.NextInt64(1, field.P));
            // A factor x_i − c_i becomes x_i: split such monomial factors off again (undoing the shift).
            (var shiftedVariables, rest) = SplitMonomial(Shift(rest, shift, 1));
            foreach (var v in shiftedVariables) factors.Add(Shift(v, shift, -1).MakeMonic());
            var kron = new KroneckerRecombination<uint>(rest.Degrees(), (a, b) => DenseModP.Mul(a, b, field),
                (a, b) => DenseModP.DivRem(a, b, field) is var (q, r) && r.Length == 0 ? q : null, c => c == 0);
            var image = new uint[kron.ImageDegree + 1];
            foreach (var (c, e) in rest.Terms()) image[kron.Encode(e)] = c;
            image = DenseModP.Monic(DenseModP.Trim(image), field);
            int tPower = 0;
            var others = new List<uint[]>();
            foreach (var (g, m) in ModularUnivariateFactoriser.Factor(image, field, random))
            {
                if (g.Length == 2 && g[0] == 0) { tPower += m; continue; }
                for (int i = 0; i < m; i++) others.Add(g);
            }
            foreach (var g in kron.Recombine(image, tPower, others, 1u, 0u))
            {
                var terms = new List<(uint, int[])>();
                for (long e = 0; e < g.Length; e++) if (g[e] != 0) terms.Add((g[e], kron.Decode(e)));
                factors.Add(Shift(Polynomial<uint, PrimeField>.FromTerms(ring, terms), shift, -1).MakeMonic());
            }
        }
        return Assemble(f, factors);
    }

    /// <summary>
    /// The factors (with repetition) of f, free of monomial factors, from its shape when that settles them; null otherwise.
    /// Of degree 1 in a variable v whose coefficient a is one term, f = a·v + b is irreducible: a factor free of v would
    /// divide the monomial a, so be a monomial, and f has no monomial factor. Homogeneous in two or more variables, f's
    /// factors are homogeneous and correspond to those of f(v = 1) — one variable fewer, so a binary form is factored as
    /// a univariate polynomial: x¹² − y¹² over GF(7) had
    /// 43 factors in its Kronecker image and stopped at the recombination limit, and x²⁰⁰ − y over GF(32003) (linear
    /// in y) took 44 s and 52 GB of allocations in recombination.
    /// </summary>
    private static List<Polynomial<T, TField>>? ByStructure<T, TField>(Polynomial<T, TField> f, int seed) where TField : struct, IField<T>
    {
        var degrees = f.Degrees();
        if (degrees.Count(d => d > 0) < 2) return null;
        if (f.Length == 2) return Binomial(f, degrees, seed);
        for (int v = 0; v < degrees.Length; v++)
        {
            if (degrees[v] != 1) continue;
            int with = 0;
            foreach (var (_, e) in f.Terms()) if (e[v] == 1) with++;
            if (with == 1) return new List<Polynomial<T, TField>> { f };
        }
        if (UnivariateContent(f, degrees) is { } content)
        {
            var parts = new List<Polynomial<T, TField>>();
            foreach (var part in new[] { content, ExactDivision.Divide(f, content) })
                foreach (var (h, m) in Factor(part, seed).Factors) parts.AddRange(Enumerable.Repeat(h, m));
            return parts;
        }
        if (!f.IsHomogeneous) return null;
        int w = Array.FindIndex(degrees, d => d > 0);
        var ring = f.Ring;
        var images = Enumerable.Range(0, ring.VariableCount).Select(i => i == w ? ring.One : ring.Variable(i)).ToArray();
        var result = new List<Polynomial<T, TField>>();
        foreach (var (h, m) in Factor(f.Substitute(images), seed).Factors)
        {
            int d = h.Degree;
            var homogenised = WithExponents(h, e => e[w] += d - e.Sum());
            result.AddRange(Enumerable.Repeat(homogenised, m));
        }
        return result;
    }

    /// <summary>
    /// A non-constant factor of f in one variable v: the content of f over k[v], the gcd of its coefficients as a
    /// polynomial in the other variables (univariate gcds; null when there is none). A decomposition's branch elements
    /// are often (7z − 3)·(a large cofactor), which the multivariate Hensel lift took 20–50 ms to split over ℚ. A
    /// coefficient with one term rules v out at once: f has no monomial factor.
    /// </summary>
    private static Polynomial<T, TField>? UnivariateContent<T, TField>(Polynomial<T, TField> f, int[] degrees) where TField : struct, IField<T>
    {
        var ring = f.Ring;
        for (int v = 0; v < degrees.Length; v++)
        {
            if (degrees[v] == 0) continue;
            var groups = new Dictionary<string, List<(T, int[])>>();
            foreach (var (c, e) in f.Terms())
            {
                var rest = (int[])e.Clone();
                rest[v] = 0;
                var key = string.Join(",", rest);
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<(T, int[])>();
                var power = new int[e.Length];
                power[v] = e[v];
                list.Add((c, power));
            }
            if (groups.Count < 2 || groups.Values.Any(g => g.Count == 1)) continue;
            Polynomial<T, TField>? content = null;
            foreach (var g in groups.Values.OrderBy(g => g.Count))
            {
                var u = Polynomial<T, TField>.FromTerms(ring, g);
                content = content is null ? u : PolynomialGcd.Gcd(content, u);
                if (content.IsConstant) break;
            }
            if (content is { IsConstant: false }) return content;
        }
        return null;
    }

    /// <summary>
    /// f = c₁·A + c₂·B with coprime monomials A, B (the monomial factor is off): with d the gcd of all their exponents,
    /// A = A'^d, B = B'^d, and f's factors are the h(A', B') homogenised from the factors h of t^d + c₂/c₁ — over k̄,
    /// A' − ζB' with primitive exponents is irreducible, and an irreducible h gathers one Galois orbit of them. So
    /// x¹² − y¹²z¹² over GF(7) is a univariate problem (it ran past 60 s), and d = 1 proves f irreducible.
    /// </summary>
    private static List<Polynomial<T, TField>> Binomial<T, TField>(Polynomial<T, TField> f, int[] degrees, int seed) where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var field = ring.Field;
        var a = f.ExponentsAt(0);
        var b = f.ExponentsAt(1);
        int d = 0;
        foreach (var e in a.Concat(b)) d = (int)System.Numerics.BigInteger.GreatestCommonDivisor(d, e);
        if (d == 1) return new List<Polynomial<T, TField>> { f };
        int t = Array.FindIndex(degrees, x => x > 0);
        var u = new T[d + 1];
        u[d] = field.One;
        u[0] = field.Div(f.CoefficientAt(1), f.CoefficientAt(0));
        var result = new List<Polynomial<T, TField>>();
        foreach (var (h, m) in Factor(Polynomial<T, TField>.Univariate(ring, t, u), seed).Factors)
        {
            var coefficients = h.UnivariateCoefficients(t);
            int k = coefficients.Length - 1;
            var terms = new List<(T, int[])>();
            for (int i = 0; i <= k; i++)
                if (!field.IsZero(coefficients[i]))
                    terms.Add((coefficients[i], a.Zip(b, (x, y) => (x * i + y * (k - i)) / d).ToArray()));
            result.AddRange(Enumerable.Repeat(Polynomial<T, TField>.FromTerms(ring, terms), m));
        }
        return result;
    }

    /// <summary>
    /// gcd(f, ∂f/∂x) for the first variable x where it is not constant; null when there is none, and then f is squarefree.
    /// With f = ∏ h^m, gcd(f, ∂f/∂x) = ∏ h^(m−1) over the h with p ∤ m and ∂h/∂x ≠ 0, times ∏ h^m over the others; an
    /// irreducible h has some ∂h/∂x ≠ 0 (else it were a p-th power), so a repeated factor shows in some variable.
    /// </summary>
    private static Polynomial<uint, PrimeField>? RepeatedPart(Polynomial<uint, PrimeField> f)
    {
        for (int x = 0; x < f.Ring.VariableCount; x++)
        {
            var derivative = f.Derivative(x);
            if (derivative.IsZero) continue;
            var g = PolynomialGcd.Gcd(f, derivative);
            if (!g.IsConstant) return g;
        }
        return null;
    }

    /// <summary>A variable that f has, only in powers of x^p (∂f/∂x = 0); null when there is none.</summary>
    private static int? PthPowerVariable(Polynomial<uint, PrimeField> f)
    {
        uint p = f.Ring.Field.P;
        var degrees = f.Degrees();
        for (int v = 0; v < degrees.Length; v++)
        {
            if (degrees[v] == 0) continue;
            bool all = true;
            foreach (var (_, e) in f.Terms()) if (e[v] % p != 0) { all = false; break; }
            if (all) return v;
        }
        return null;
    }

    /// <summary>f with every term's exponent vector edited by <paramref name="edit"/>, the coefficients kept.</summary>
    private static Polynomial<T, TField> WithExponents<T, TField>(Polynomial<T, TField> f, Action<int[]> edit) where TField : struct, IField<T> =>
        Polynomial<T, TField>.FromTerms(f.Ring, f.Terms().Select(t =>
        {
            edit(t.Exponents);
            return (t.Coefficient, t.Exponents);
        }));

    /// <summary>
    /// g with f = g^p when every exponent of f is a multiple of p (then f = Σ c_e x^e = (Σ c_e x^(e/p))^p, since the
    /// Frobenius fixes F_p's coefficients and is additive); null otherwise, and for constants.
    /// </summary>
    private static Polynomial<uint, PrimeField>? PthRoot(Polynomial<uint, PrimeField> f)
    {
        if (f.IsConstant) return null;
        uint p = f.Ring.Field.P;
        var terms = new List<(uint, int[])>(f.Length);
        foreach (var (c, e) in f.Terms())
        {
            for (int v = 0; v < e.Length; v++)
            {
                if (e[v] % p != 0) return null;
                e[v] /= (int)p;
            }
            terms.Add((c, e));
        }
        return Polynomial<uint, PrimeField>.FromTerms(f.Ring, terms);
    }

    /// <summary>The monic irreducible factors of u ∈ ℚ[x] with multiplicities.</summary>
    private static List<(Rational[] Factor, int Multiplicity)> UnivariateFactors(Rational[] u, Random random)
    {
        var den = DenseInteger.CommonDenominator(u);
        var integral = u.Select(c => c.Numerator * (den / c.Denominator)).ToArray();
        return IntegerUnivariateFactoriser.Factor(integral, random)
            .Select(f => (f.Factor.Select(c => new Rational(c, f.Factor[^1])).ToArray(), f.Multiplicity)).ToList();
    }

    /// <summary>The monic irreducible factors of u ∈ F_p[x] with multiplicities.</summary>
    private static List<(uint[] Factor, int Multiplicity)> UnivariateFactors(uint[] u, PrimeField field, Random random) =>
        ModularUnivariateFactoriser.Factor(u, field, random);

    /// <summary>
    /// Random translations x_i ↦ x_i + c_i for the variables f has (none when only one): they keep
    /// every factor's degree in every variable, so the Kronecker map stays injective, but break the
    /// cyclotomic-like structure of images of sparse polynomials that split into many factors.
    /// </summary>
    private static T[]? RandomShift<T, TField>(Polynomial<T, TField> f, Func<T> next) where TField : struct, IField<T>
    {
        var degrees = f.Degrees();
        if (degrees.Count(d => d > 0) <= 1) return null;
        return degrees.Select(d => d > 0 ? next() : f.Ring.Field.Zero).ToArray();
    }

    private static Polynomial<T, TField> Shift<T, TField>(Polynomial<T, TField> f, T[]? shift, int sign) where TField : struct, IField<T>
    {
        if (shift is null) return f;
        var ring = f.Ring;
        var images = new Polynomial<T, TField>[ring.VariableCount];
        for (int i = 0; i < images.Length; i++)
            images[i] = ring.Variable(i) + Polynomial<T, TField>.Constant(ring, sign > 0 ? shift[i] : ring.Field.Neg(shift[i]));
        return f.Substitute(images);
    }

    /// <summary>The variables dividing every term (as factors, repeated) and f divided by them.</summary>
    private static (List<Polynomial<T, TField>> Variables, Polynomial<T, TField> Remainder) SplitMonomial<T, TField>(Polynomial<T, TField> f)
        where TField : struct, IField<T>
    {
        var ring = f.Ring;
        var low = f.ExponentsAt(0);
        for (int t = 1; t < f.Length; t++)
        {
            var e = f.ExponentsAt(t);
            for (int i = 0; i < low.Length; i++) low[i] = Math.Min(low[i], e[i]);
        }
        var variables = new List<Polynomial<T, TField>>();
        for (int i = 0; i < low.Length; i++)
            for (int k = 0; k < low[i]; k++) variables.Add(ring.Variable(i));
        if (low.All(x => x == 0)) return (variables, f);
        var rest = WithExponents(f, e => { for (int i = 0; i < e.Length; i++) e[i] -= low[i]; });
        return (variables, rest);
    }

    private static int VariableCount<T, TField>(Polynomial<T, TField> f) where TField : struct, IField<T> => f.Degrees().Count(d => d > 0);


    /// <summary>Groups equal factors, sorts them, and computes the unit f / ∏ factors^m from leading coefficients.</summary>
    private static Factorisation<T, TField> Assemble<T, TField>(Polynomial<T, TField> f, List<Polynomial<T, TField>> factors)
        where TField : struct, IField<T>
    {
        var field = f.Ring.Field;
        var grouped = new List<(Polynomial<T, TField> Factor, int Multiplicity)>();
        foreach (var g in factors)
        {
            if (g.IsConstant) continue;
            int k = grouped.FindIndex(x => x.Factor.Equals(g));
            if (k >= 0) grouped[k] = (g, grouped[k].Multiplicity + 1);
            else grouped.Add((g, 1));
        }
        var unit = f.LeadingCoefficient;
        foreach (var (g, m) in grouped)
            for (int i = 0; i < m; i++) unit = field.Div(unit, g.LeadingCoefficient);
        grouped.Sort((a, b) => a.Factor.Degree != b.Factor.Degree ? a.Factor.Degree.CompareTo(b.Factor.Degree)
            : string.CompareOrdinal(a.Factor.ToString(), b.Factor.ToString()));
        return new Factorisation<T, TField>(unit, grouped);
    }
}
