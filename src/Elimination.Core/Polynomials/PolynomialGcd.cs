using System.Numerics;
using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Core.Modular;
using Elimination.Core.Monomials;

namespace Elimination.Core.Polynomials;

/// <summary>
/// Greatest common divisors in k[x1..xn] by the recursive subresultant remainder sequence (Collins, Brown–Traub;
/// Geddes–Czapor–Labahn §7.3): f and g are seen in k[y][x] for one variable x, gcd = gcd(cont f, cont g)·pp(last
/// non-zero remainder) (Gauss's lemma: k[y] is a UFD). It needs no evaluation points, so it works over every field —
/// over GF(5) too, where evaluation–interpolation runs out of points.
/// The result is monic (leading coefficient 1 in the ring's order); gcd(f, 0) = f made monic, gcd(0, 0) = 0.
/// </summary>
public static class PolynomialGcd
{
    public static Polynomial<T, TField> Gcd<T, TField>(Polynomial<T, TField> f, Polynomial<T, TField> g, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        if (!ReferenceEquals(f.Ring, g.Ring)) throw new ArgumentException("the polynomials belong to different rings");
        if (f.Ring.Field is RationalField && !f.IsZero && !g.IsZero)
            return (Polynomial<T, TField>)(object)OverRationals((Polynomial<Rational, RationalField>)(object)f, (Polynomial<Rational, RationalField>)(object)g, cancel);
        return Core(f, g, cancel).MakeMonic();
    }

    /// <summary>Primes tried for a gcd over ℚ before giving up (each a gcd over GF(p) of the same shape).</summary>
    private const int MaxPrimes = 400;

    /// <summary>
    /// Over ℚ the remainder sequence's rational coefficients grew without bound (a gcd of two degree-20 polynomials in four
    /// variables ran past 10 minutes), so the monic gcd H is assembled from its images mod primes p below 2³¹ (CRT and
    /// rational reconstruction) and proved: for p dividing no denominator of f, g nor the numerators of their leading
    /// coefficients, the primitive integer multiple of H divides those of f and g (Gauss) with its leading coefficient
    /// kept mod p, so deg H ≤ deg gcd_p (an unlucky prime only raises the degree). A candidate h dividing f and g exactly
    /// with deg h = the least deg gcd_p seen therefore is H.
    /// </summary>
    private static Polynomial<Rational, RationalField> OverRationals(Polynomial<Rational, RationalField> f, Polynomial<Rational, RationalField> g,
        CancellationToken cancel)
    {
        var ring = f.Ring;
        if (f.IsConstant || g.IsConstant) return ring.One;
        int degree = int.MaxValue;
        var residues = new Dictionary<MonomialKey, BigInteger>(MonomialKeyComparer.Instance);
        BigInteger modulus = BigInteger.One;
        int tried = 0;
        foreach (uint p in Primes.DescendingFrom())
        {
            cancel.ThrowIfCancellationRequested();
            if (++tried > MaxPrimes)
                throw new ResourceLimitException($"gcd over QQ: no stable reconstruction from {MaxPrimes} primes");
            // p must divide no denominator (the images exist) and keep both leading coefficients (the degree bound).
            if (!Rings.DefinedModulo(new[] { f, g }, p) || (f.LeadingCoefficient.Numerator % p).IsZero || (g.LeadingCoefficient.Numerator % p).IsZero)
                continue;
            var field = new PrimeField(p);
            var modular = new PolynomialRing<uint, PrimeField>(field, ring.Variables, ring.Order);
            var image = Core(Rings.ModP(f, modular), Rings.ModP(g, modular), cancel).MakeMonic();
            if (image.Degree > degree) continue; // unlucky: gcd_p has a spurious factor
            if (image.Degree == 0) return ring.One;
            if (image.Degree < degree)
            {
                (degree, residues, modulus) = (image.Degree, new Dictionary<MonomialKey, BigInteger>(MonomialKeyComparer.Instance), BigInteger.One);
            }
            var combined = new Dictionary<MonomialKey, BigInteger>(MonomialKeyComparer.Instance);
            foreach (var key in residues.Keys) combined[key] = ChineseRemainder.Combine(residues[key], modulus, 0, p);
            for (int i = 0; i < image.Length; i++)
            {
                var key = new MonomialKey(image.MonomialAt(i).ToArray());
                combined[key] = ChineseRemainder.Combine(residues.GetValueOrDefault(key, BigInteger.Zero), modulus, image.CoefficientAt(i), p);
            }
            (residues, modulus) = (combined, modulus * p);
            if (Reconstruct(ring, residues, modulus) is { } h && h.Degree == degree
                && ExactDivision.TryDivide(f, h, out _) && ExactDivision.TryDivide(g, h, out _))
                return h.MakeMonic();
        }
        throw new ResourceLimitException("gcd over QQ: ran out of primes");
    }

    private static Polynomial<Rational, RationalField>? Reconstruct(PolynomialRing<Rational, RationalField> ring, Dictionary<MonomialKey, BigInteger> residues,
        BigInteger modulus)
    {
        var acc = new TermAccumulator<Rational, RationalField>(ring);
        foreach (var (key, residue) in residues)
        {
            if (!RationalReconstruction.TryReconstruct(residue, modulus, out var value)) return null;
            acc.Add(key.Words, value);
        }
        return acc.ToPolynomial();
    }

    /// <summary>The monic least common multiple f·g / gcd(f, g); 0 when f or g is 0.</summary>
    public static Polynomial<T, TField> Lcm<T, TField>(Polynomial<T, TField> f, Polynomial<T, TField> g, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        if (f.IsZero || g.IsZero) return Polynomial<T, TField>.Zero(f.Ring);
        return ExactDivision.Divide(f * g, Gcd(f, g, cancel)).MakeMonic();
    }

    private static Polynomial<T, TField> Core<T, TField>(Polynomial<T, TField> f, Polynomial<T, TField> g, CancellationToken cancel)
        where TField : struct, IField<T>
    {
        if (f.IsZero) return g;
        if (g.IsZero) return f;
        var ring = f.Ring;
        var one = Polynomial<T, TField>.Constant(ring, ring.Field.One);
        if (f.IsConstant || g.IsConstant) return one;
        cancel.ThrowIfCancellationRequested();
        int n = ring.VariableCount;
        var (df, dg) = (f.Degrees(), g.Degrees());
        // A variable in one of them only: the gcd is free of it, so divides the other's content in that variable.
        for (int v = 0; v < n; v++)
        {
            if (df[v] > 0 && dg[v] == 0) return Core(Content(f, v, cancel), g, cancel);
            if (dg[v] > 0 && df[v] == 0) return Core(f, Content(g, v, cancel), cancel);
        }
        // The main variable of least degree: the remainder sequence is at most that long.
        int x = -1;
        for (int v = 0; v < n; v++)
            if (df[v] > 0 && (x < 0 || Math.Min(df[v], dg[v]) < Math.Min(df[x], dg[x]))) x = v;
        if (x < 0) return one;
        var (cf, cg) = (Content(f, x, cancel), Content(g, x, cancel));
        var content = Core(cf, cg, cancel);
        var a = ExactDivision.Divide(f, cf);
        var b = ExactDivision.Divide(g, cg);
        if (df[x] < dg[x]) (a, b) = (b, a);
        // Subresultant remainder sequence (Collins; Brown–Traub): the exact divisions by γ·ψ^δ keep the coefficients'
        // degrees linear in the step count without a content per step (the primitive sequence's recursive gcds made
        // gcd((−5y³ − xyz)⁷·b, (−5y³ − xyz)·c) over GF(7) take 30 s).
        Polynomial<T, TField> gamma = one, psi = one;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            int delta = a.DegreeIn(x) - b.DegreeIn(x);
            var r = PseudoRemainder(a, b, x);
            if (r.IsZero) break;
            if (r.DegreeIn(x) == 0) return content;
            (a, b) = (b, ExactDivision.Divide(r, gamma * psi.Pow(delta)));
            gamma = LeadingCoefficientIn(a, x).Coefficient;
            psi = delta == 0 ? psi : delta == 1 ? gamma : ExactDivision.Divide(gamma.Pow(delta), psi.Pow(delta - 1));
        }
        return content * ExactDivision.Divide(b, Content(b, x, cancel));
    }

    /// <summary>The gcd of f's coefficients as a polynomial in x (free of x); f itself when f is free of x.</summary>
    private static Polynomial<T, TField> Content<T, TField>(Polynomial<T, TField> f, int x, CancellationToken cancel)
        where TField : struct, IField<T>
    {
        var coefficients = CoefficientsIn(f, x);
        if (coefficients.Count == 1) return coefficients[0].MakeMonic();
        coefficients.Sort((p, q) => p.Length.CompareTo(q.Length));
        var c = coefficients[0];
        for (int i = 1; i < coefficients.Count && !c.IsConstant; i++) c = Core(c, coefficients[i], cancel);
        return c.MakeMonic();
    }

    /// <summary>prem(a, b) = lc(b)^(δ+1)·a − q·b, δ = deg a − deg b in x: exactly that power, as the subresultant sequence needs.</summary>
    private static Polynomial<T, TField> PseudoRemainder<T, TField>(Polynomial<T, TField> a, Polynomial<T, TField> b, int x)
        where TField : struct, IField<T>
    {
        var ring = a.Ring;
        var (lb, db) = LeadingCoefficientIn(b, x);
        int steps = a.DegreeIn(x) - db + 1;
        var shift = new int[ring.VariableCount];
        while (!a.IsZero && steps > 0)
        {
            var (la, da) = LeadingCoefficientIn(a, x);
            if (da < db) break;
            shift[x] = da - db;
            a = lb * a - la * Polynomial<T, TField>.Monomial(ring, ring.Field.One, shift) * b;
            steps--;
        }
        return steps > 0 && !a.IsZero ? a * lb.Pow(steps) : a;
    }

    private static (Polynomial<T, TField> Coefficient, int Degree) LeadingCoefficientIn<T, TField>(Polynomial<T, TField> f, int x)
        where TField : struct, IField<T>
    {
        var coefficients = CoefficientsByDegree(f, x);
        int top = coefficients.Keys.Max();
        return (coefficients[top], top);
    }

    private static List<Polynomial<T, TField>> CoefficientsIn<T, TField>(Polynomial<T, TField> f, int x) where TField : struct, IField<T> =>
        CoefficientsByDegree(f, x).Values.ToList();

    /// <summary>f = Σ c_d·x^d with every c_d free of x, by d.</summary>
    private static Dictionary<int, Polynomial<T, TField>> CoefficientsByDegree<T, TField>(Polynomial<T, TField> f, int x)
        where TField : struct, IField<T>
    {
        var terms = new Dictionary<int, List<(T, int[])>>();
        foreach (var (c, e) in f.Terms())
        {
            int d = e[x];
            e[x] = 0;
            if (!terms.TryGetValue(d, out var list)) terms[d] = list = new List<(T, int[])>();
            list.Add((c, e));
        }
        return terms.ToDictionary(kv => kv.Key, kv => Polynomial<T, TField>.FromTerms(f.Ring, kv.Value));
    }
}
