using System.Numerics;
using Elimination.Core.Fields;

namespace Elimination.Core.Factorisation;

/// <summary>
/// Factorisation in ℤ[x]: content and squarefree decomposition, then for each squarefree part a
/// factorisation mod a good prime (the best of a few by number of factors), Hensel lifting to p^k
/// above twice the Mignotte bound times the leading coefficient, and Zassenhaus recombination by
/// subsets of increasing size, each candidate confirmed by exact division in ℤ[x]. Deterministic
/// result; worst case exponential in the number of modular factors (no van Hoeij lattice step).
/// </summary>
internal static class IntegerUnivariateFactoriser
{
    private static readonly uint[] CandidatePrimes = { 10007, 10009, 10037, 10039, 10061, 10067, 10069, 10079, 10091, 10093, 10099, 10103, 10111, 10133, 10139, 10141, 10151, 10159, 10163, 10169 };

    /// <summary>Irreducible primitive factors (positive leading coefficient) with multiplicities of a non-constant polynomial; the content and sign are left out.</summary>
    public static List<(BigInteger[] Factor, int Multiplicity)> Factor(BigInteger[] a, Random random)
    {
        var result = new List<(BigInteger[], int)>();
        a = DenseInteger.Primitive(DenseInteger.Trim(a));
        // Powers of x first: they would otherwise make every prime look bad for nothing.
        int low = 0;
        while (low < a.Length - 1 && a[low].IsZero) low++;
        if (low > 0) { result.Add((new BigInteger[] { 0, 1 }, low)); a = a[low..]; }
        if (a.Length <= 1) return result;
        foreach (var (part, m) in DenseInteger.Squarefree(a))
            foreach (var g in FactorSquarefree(part, random))
                result.Add((g, m));
        return result;
    }

    /// <summary>Irreducible factors of a primitive squarefree polynomial with positive leading coefficient.</summary>
    public static List<BigInteger[]> FactorSquarefree(BigInteger[] f, Random random)
    {
        if (f.Length <= 2) return new List<BigInteger[]> { f };
        var (field, modular) = ChoosePrime(f, random);
        if (modular.Count == 1) return new List<BigInteger[]> { f };

        // Any factor g of f, scaled by lc(f)/lc(g), has coefficients below |lc(f)|·2^deg·‖f‖₂ (Mignotte).
        int n = DenseInteger.Degree(f);
        var norm2 = Sqrt(f.Aggregate(BigInteger.Zero, (s, c) => s + c * c)) + 1;
        var bound = BigInteger.Abs(f[^1]) * BigInteger.Pow(2, n) * norm2;
        int k = 1;
        var modulus = (BigInteger)field.P;
        while (modulus <= 2 * bound) { modulus *= field.P; k++; }
        var lifted = HenselLifting.Lift(f, modular, field, k);
        return Recombine(f, lifted, modulus);
    }

    private static (PrimeField Field, List<uint[]> Factors) ChoosePrime(BigInteger[] f, Random random)
    {
        (PrimeField, List<uint[]>)? best = null;
        int tried = 0;
        foreach (var p in CandidatePrimes)
        {
            var field = new PrimeField(p);
            var image = new uint[f.Length];
            for (int i = 0; i < f.Length; i++) image[i] = field.FromInteger(f[i]);
            if (image[^1] == 0) continue;
            var derivativeGcd = DenseModP.Gcd(image, DenseModP.Derivative(image, field), field);
            if (derivativeGcd.Length > 1) continue;
            var factors = ModularUnivariateFactoriser.Factor(image, field, random).Select(x => x.Factor).ToList();
            if (best is null || factors.Count < best.Value.Item2.Count) best = (field, factors);
            if (++tried == 3 || factors.Count == 1) break;
        }
        if (best is not null) return best.Value;
        // All candidates divide the discriminant or the leading coefficient: walk on through larger primes.
        for (ulong q = CandidatePrimes[^1] + 2UL; ; q += 2)
        {
            if (!Primes.IsPrime(q)) continue;
            var field = new PrimeField((long)q);
            var image = f.Select(c => field.FromInteger(c)).ToArray();
            if (image[^1] == 0 || DenseModP.Gcd(image, DenseModP.Derivative(image, field), field).Length > 1) continue;
            return (field, ModularUnivariateFactoriser.Factor(image, field, random).Select(x => x.Factor).ToList());
        }
    }

    private static List<BigInteger[]> Recombine(BigInteger[] f, List<BigInteger[]> lifted, BigInteger modulus)
    {
        var result = new List<BigInteger[]>();
        var remaining = lifted.ToList();
        int size = 1, tried = 0;
        while (2 * size <= remaining.Count)
        {
            bool found = false;
            foreach (var subset in KroneckerRecombination<BigInteger>.Subsets(remaining.Count, size))
            {
                if (++tried > KroneckerRecombination<BigInteger>.MaxCandidates)
                    throw new Errors.ResourceLimitException($"factorisation: more than {KroneckerRecombination<BigInteger>.MaxCandidates} Zassenhaus recombinations of {lifted.Count} modular factors tried");
                var lc = f[^1];
                var candidate = new BigInteger[] { lc };
                foreach (int i in subset) candidate = HenselLifting.Reduce(DenseInteger.Mul(candidate, remaining[i]), modulus);
                candidate = DenseInteger.Primitive(HenselLifting.Symmetric(candidate, modulus));
                var quotient = DenseInteger.ExactDivide(f, candidate);
                if (quotient is null) continue;
                result.Add(candidate);
                f = DenseInteger.Primitive(quotient);
                var chosen = new HashSet<int>(subset);
                remaining = remaining.Where((_, i) => !chosen.Contains(i)).ToList();
                found = true;
                break;
            }
            if (!found) size++;
        }
        result.Add(f);
        return result;
    }

    private static BigInteger Sqrt(BigInteger n)
    {
        if (n < 2) return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) / 2;
            if (y >= x) return x;
            x = y;
        }
    }
}
