using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The equations of the neurovariety up to a degree bound, by interpolation mod p instead of
/// elimination: the neurovariety is a cone in each scaling block, so its ideal is multigraded, and
/// for each multidegree α with |α| ≤ bound the equations of multidegree α are the kernel of the
/// matrix of all monomials of multidegree α evaluated at random points φ(θ_i) of the variety.
/// Only the generators not already implied by lower degrees are returned.
/// <para>
/// Probabilistic: the kernel can only be too large (never miss an equation); a false equation
/// survives only if a non-zero minor of the evaluation matrix, a polynomial of degree ≤ rank·|α|·deg_θ
/// in the random θ, vanishes — probability ≤ that degree / p.
/// </para>
/// </summary>
public static class DegreeBoundedEquations
{
    public static DegreeBoundedResult Compute(INeuralArchitecture arch, int degreeBound, uint prime = BackpropagationDimension.DefaultPrime,
        int seed = 1, CancellationToken cancellation = default)
    {
        if (degreeBound < 1) throw new ArgumentException("the degree bound must be at least 1");
        var clock = Stopwatch.StartNew();
        var f = new PrimeField(prime);
        var map = Parametrisation.Of(arch, cancellation);
        var (_, coords) = map.Modulo(f);
        var blocks = arch.ScalingBlocks;
        var names = NeuroVariety.CoordinateNames(arch);
        var ring = new PolynomialRing<uint, PrimeField>(f, names);
        var rng = new Random(seed);
        int n = names.Length;

        var generators = new List<(int[] Multidegree, Polynomial<uint, PrimeField> Equation)>();
        var idealDimensions = new List<(int[] Multidegree, int Monomials, int Equations)>();
        var points = new List<uint[]>();
        uint[] NewPoint()
        {
            var theta = BackpropagationDimension.RandomVector(rng, f, arch.ParameterCount);
            return coords.Select(c => c.Evaluate(theta)).ToArray();
        }

        foreach (var alpha in Multidegrees(blocks.Count, degreeBound))
        {
            cancellation.ThrowIfCancellationRequested();
            var monomials = MonomialsOf(blocks, alpha, n);
            int M = monomials.Count;
            if (M > 20000) throw new NotSupportedException($"multidegree ({string.Join(",", alpha)}) has {M} monomials: lower the degree bound");
            while (points.Count < M + 5) points.Add(NewPoint());
            var rows = new List<uint[]>(M + 5);
            for (int i = 0; i < M + 5; i++)
            {
                var y = points[i];
                var row = new uint[M];
                for (int m = 0; m < M; m++) row[m] = Monomial(f, y, monomials[m]);
                rows.Add(row);
            }
            var kernel = ModularKernel.Of(f, rows, M, cancellation);
            idealDimensions.Add((alpha, M, kernel.Count));
            if (kernel.Count == 0) continue;

            // Products of lower-degree generators with monomials span the implied part.
            var index = new Dictionary<string, int>();
            for (int m = 0; m < M; m++) index[string.Join(",", monomials[m])] = m;
            var echelon = new ModularRowEchelon(f, M);
            foreach (var (beta, g) in generators)
            {
                if (!LessOrEqual(beta, alpha)) continue;
                var gamma = alpha.Zip(beta, (a, b) => a - b).ToArray();
                foreach (var mono in MonomialsOf(blocks, gamma, n))
                {
                    var v = new uint[M];
                    foreach (var (c, e) in g.Terms())
                    {
                        var key = string.Join(",", e.Zip(mono, (a, b) => a + b));
                        v[index[key]] = f.Add(v[index[key]], c);
                    }
                    echelon.Add(v);
                }
            }
            foreach (var v in kernel)
            {
                if (!echelon.Add(v)) continue;
                var terms = new List<(uint, int[])>();
                for (int m = 0; m < M; m++) if (v[m] != 0) terms.Add((v[m], monomials[m]));
                generators.Add((alpha, Polynomial<uint, PrimeField>.FromTerms(ring, terms).MakeMonic()));
            }
        }
        return new DegreeBoundedResult(ring, generators, idealDimensions, degreeBound, prime, seed, clock.Elapsed.TotalSeconds);
    }

    private static uint Monomial(PrimeField f, uint[] y, int[] e)
    {
        uint v = 1;
        for (int i = 0; i < e.Length; i++)
            for (int k = 0; k < e[i]; k++) v = f.Mul(v, y[i]);
        return v;
    }

    private static bool LessOrEqual(int[] a, int[] b) => a.Zip(b).All(p => p.First <= p.Second);

    /// <summary>Multidegrees with total 1..bound, by total degree then lex descending.</summary>
    private static IEnumerable<int[]> Multidegrees(int blocks, int bound)
    {
        for (int d = 1; d <= bound; d++)
            foreach (var a in MonomialBasis.OfDegree(blocks, d)) yield return a;
    }

    /// <summary>Exponent vectors over all coordinates with degree alpha[b] in block b.</summary>
    private static List<int[]> MonomialsOf(IReadOnlyList<int[]> blocks, int[] alpha, int n)
    {
        var result = new List<int[]> { new int[n] };
        for (int b = 0; b < blocks.Count; b++)
        {
            var local = MonomialBasis.OfDegree(blocks[b].Length, alpha[b]);
            var next = new List<int[]>(result.Count * local.Count);
            foreach (var prefix in result)
                foreach (var e in local)
                {
                    var full = (int[])prefix.Clone();
                    for (int i = 0; i < e.Length; i++) full[blocks[b][i]] += e[i];
                    next.Add(full);
                }
            result = next;
        }
        return result;
    }
}

/// <summary>Generators of the neurovariety's ideal in degrees ≤ the bound (over GF(p)), and the dimension of each graded piece.</summary>
public sealed record DegreeBoundedResult(
    PolynomialRing<uint, PrimeField> Ring,
    IReadOnlyList<(int[] Multidegree, Polynomial<uint, PrimeField> Equation)> Generators,
    IReadOnlyList<(int[] Multidegree, int Monomials, int Equations)> GradedPieces,
    int DegreeBound, uint Prime, int Seed, double Seconds)
{
    public IReadOnlyList<Polynomial<uint, PrimeField>> Equations => Generators.Select(g => g.Equation).ToList();
}
