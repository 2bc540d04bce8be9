using System.Diagnostics;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>
/// Whether the top-dimensional part of V(J) is irreducible, for J ⊆ ℚ[y_1..y_n] of dimension k,
/// from one linear section. L: y = B_0 + Σ t_m B_m (m = 1..n−k) with random integer vectors B_m,
/// a random rational affine space of the complementary dimension, meets V(J) in deg J points when
/// J is reduced along its top components; the eliminant g(t_1) of J|_L (t_1 a random linear form
/// on L) then has degree deg J and is squarefree. Any union of top-dimensional components defined
/// over ℚ — e.g. a variety V ⊆ V(J) that is the image of a map over ℚ — meets L in a Galois-stable
/// subset, so g factors over ℚ accordingly. g is computed mod several primes (Gröbner basis of J|_L
/// and elimination); over F_p its factor degrees are the cycle type of a Frobenius element, so
/// every ℚ-factor's degree is a sum of some of them. When the only sums common to all primes are
/// 0 and deg J, g is irreducible over ℚ: the deg J points form one Galois orbit, V(J) has one
/// top-dimensional component and J is reduced along it, so deg V = deg J for every V of dimension k
/// in V(J). A special L is caught by the checks: one meeting V(J) at infinity loses points (degree
/// below deg J), one through a point on two components or a non-reduced point gives a repeated root
/// (not squarefree), t_1 not separating lowers the eliminant's degree. What is assumed, not checked,
/// is that the primes (random, about 2^30) are lucky: the mod-p eliminant is the reduction of the
/// rational one (finitely many primes, dividing denominators of the rational Gröbner basis of J|_L,
/// are not). Hence probabilistic, without an explicit bound.
/// </summary>
public static class SectionGaloisOrbits
{
    public static SectionGaloisResult Test(IReadOnlyList<Polynomial<Rational, RationalField>> equations, int variables, int dimension, System.Numerics.BigInteger degree,
        int seed = 1, int maxPrimes = 12, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        int free = variables - dimension;
        if (free < 1 || degree <= 0 || degree > 100_000)
            return new SectionGaloisResult(false, null, Array.Empty<string>(), $"no section test (codimension {free}, degree {degree})", 0);
        int n = (int)degree;
        var rng = new Random(unchecked(seed * 7919 + 11));
        // One rational affine space for all primes: B_0 .. B_free with entries in [-100, 100].
        var b = new int[free + 1][];
        for (int m = 0; m <= free; m++)
        {
            b[m] = new int[variables];
            for (int c = 0; c < variables; c++) b[m][c] = rng.Next(-100, 101);
        }
        var common = new HashSet<int>(Enumerable.Range(0, n + 1));
        var patterns = new List<string>();
        string why = "";
        uint next = (uint)rng.NextInt64(1L << 29, 1L << 30) | 1u;
        int good = 0;
        for (int tried = 0; tried < maxPrimes && (good == 0 || common.Count > 2); tried++)
        {
            cancellation.ThrowIfCancellationRequested();
            while (!Primes.IsPrime(next)) next += 2;
            uint p = next;
            next += 2;
            var (factorDegrees, note) = Eliminant(equations, variables, b, p, n, seed, cancellation);
            if (factorDegrees is null)
            {
                why = note;
                patterns.Add($"p = {p}: {note}");
                if (good == 0 && tried >= 2) break; // three primes agree that the section is not reduced
                continue;
            }
            good++;
            patterns.Add($"p = {p}: {string.Join("+", factorDegrees)}");
            var sums = new HashSet<int> { 0 };
            foreach (int d in factorDegrees)
                foreach (int s in sums.ToArray()) sums.Add(s + d);
            common.IntersectWith(sums);
        }
        bool oneOrbit = good > 0 && common.Count == 2;
        var sizes = common.Where(s => s > 0).OrderBy(s => s).ToArray();
        string text = oneOrbit
            ? $"the eliminant of J on a random rational {free}-plane has degree {n}, is squarefree and irreducible over QQ (factor degrees mod {patterns.Count} primes: {string.Join("; ", patterns)}): the {n} points are one Galois orbit, so V(J) has one top-dimensional component and J is reduced along it"
            : good == 0
                ? $"no section test: {why}"
                : $"the section's Galois orbits are not separated by {patterns.Count} primes ({string.Join("; ", patterns)}): a ℚ-component can have degree {string.Join(" or ", sizes)}";
        return new SectionGaloisResult(oneOrbit, oneOrbit ? n : null, patterns, text + " (probabilistic: the section is checked to be reduced and finite of degree deg J, the primes are assumed lucky)", clock.Elapsed.TotalSeconds);
    }

    /// <summary>Factor degrees of the eliminant mod p, or null and why when it is not squarefree of degree <paramref name="expected"/>.</summary>
    private static (List<int>?, string) Eliminant(IReadOnlyList<Polynomial<Rational, RationalField>> equations, int variables, int[][] b, uint p, int expected, int seed,
        CancellationToken cancellation)
    {
        var f = new PrimeField(p);
        int free = b.Length - 1;
        var names = Enumerable.Range(1, free).Select(m => $"t{m}").ToArray();
        var ring = new PolynomialRing<uint, PrimeField>(f, names);
        var images = new Polynomial<uint, PrimeField>[variables];
        for (int c = 0; c < variables; c++)
        {
            var y = Polynomial<uint, PrimeField>.Constant(ring, f.FromInteger((long)b[0][c]));
            for (int m = 1; m <= free; m++) y += ring.Variable(m - 1).Scale(f.FromInteger((long)b[m][c]));
            images[c] = y;
        }
        var source = new PolynomialRing<uint, PrimeField>(f, Enumerable.Range(0, variables).Select(c => $"y{c}").ToArray());
        var restricted = new List<Polynomial<uint, PrimeField>>();
        foreach (var e in equations)
        {
            var m = Rings.ModP(e, source);
            var r = m.Substitute(images);
            if (!r.IsZero) restricted.Add(r);
        }
        var ideal = new Ideal<uint, PrimeField>(ring, restricted, null, new GroebnerOptions { Cancellation = cancellation });
        var hilbert = HilbertSeries.Of(ideal);
        if (hilbert.Dimension != 0) return (null, $"the section has dimension {hilbert.Dimension}, not 0");
        if (hilbert.Degree != expected) return (null, $"the section has {hilbert.Degree} points with multiplicity, not deg J = {expected}");
        var eliminated = free == 1 ? ideal : ideal.Eliminate(names.Skip(1).ToArray());
        var g = eliminated.GroebnerBasis().Basis.Single();
        if (g.Degree != expected) return (null, $"the eliminant has degree {g.Degree}, not {expected} (t1 does not separate, or the section is not reduced)");
        var factors = PolynomialFactorisation.Factor(g, seed);
        if (!factors.IsSquarefree) return (null, "the eliminant is not squarefree");
        return (factors.Factors.Select(x => x.Factor.Degree).OrderBy(d => d).ToList(), "");
    }
}

/// <summary>
/// <see cref="OneOrbit"/>: the section of V(J) is one Galois orbit (then <see cref="Degree"/> = deg J is
/// the degree of every k-dimensional variety in V(J)); the factor degrees per prime are the evidence.
/// </summary>
public sealed record SectionGaloisResult(bool OneOrbit, int? Degree, IReadOnlyList<string> Patterns, string Note, double Seconds);
