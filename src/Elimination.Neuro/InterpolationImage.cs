using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The degree-bounded equations of a neurovariety mod one prime p. For each multidegree α the
/// equations of multidegree α are the kernel of the matrix of all monomials of multidegree α
/// evaluated at random points φ(θ_i) mod p, kept in its canonical basis: one vector per free column
/// of the evaluation matrix's reduced echelon form, 1 there and 0 at the other free columns. That
/// basis depends only on the kernel, so for two primes with the same kernel shape the vectors are
/// images of the same rational vectors. <see cref="Selected"/> marks the vectors not implied by the
/// lower-degree ones selected before (products with monomials), in basis order.
/// </summary>
internal sealed class InterpolationImage
{
    internal InterpolationImage(uint prime, List<Piece> pieces)
    {
        Prime = prime;
        Pieces = pieces;
    }

    public uint Prime { get; }
    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>One multidegree: its free columns, the canonical kernel basis, and which of its vectors are new generators.</summary>
    public sealed record Piece(int[] FreeColumns, List<uint[]> Kernel, int[] Selected);

    /// <summary>
    /// Interpolates mod <paramref name="prime"/> with the points drawn from <paramref name="rng"/>
    /// (M + 5 points for M monomials, reused across multidegrees).
    /// </summary>
    public static InterpolationImage Compute(GradedMonomials layout, Polynomial<uint, PrimeField>[] coords, PrimeField f,
        int parameters, Random rng, CancellationToken cancellation)
    {
        var pieces = new List<Piece>(layout.Multidegrees.Count);
        var points = new List<uint[]>();
        var scratch = new int[layout.Coordinates];
        for (int a = 0; a < layout.Multidegrees.Count; a++)
        {
            cancellation.ThrowIfCancellationRequested();
            var alpha = layout.Multidegrees[a];
            var monomials = layout.Monomials[a];
            int M = monomials.Count;
            while (points.Count < M + 5)
            {
                var theta = BackpropagationDimension.RandomVector(rng, f, parameters);
                var y = new uint[coords.Length];
                for (int k = 0; k < coords.Length; k++) y[k] = coords[k].Evaluate(theta);
                points.Add(y);
            }
            var (free, kernel) = Kernel(f, points, monomials, cancellation);
            if (kernel.Count == 0)
            {
                pieces.Add(new Piece(free, kernel, Array.Empty<int>()));
                continue;
            }

            // Products of lower-degree generators with monomials span the implied part.
            var echelon = new ModularRowEchelon(f, M);
            for (int b = 0; b < a; b++)
            {
                var beta = layout.Multidegrees[b];
                if (pieces[b].Selected.Length == 0 || !LessOrEqual(beta, alpha)) continue;
                var gamma = new int[alpha.Length];
                for (int i = 0; i < alpha.Length; i++) gamma[i] = alpha[i] - beta[i];
                var lower = layout.Monomials[b];
                var multipliers = GradedMonomials.MonomialsOf(layout.Blocks, gamma, layout.Coordinates);
                foreach (int s in pieces[b].Selected)
                {
                    var g = pieces[b].Kernel[s];
                    foreach (var mono in multipliers)
                    {
                        var v = new uint[M];
                        for (int m = 0; m < g.Length; m++)
                        {
                            if (g[m] == 0) continue;
                            var e = lower[m];
                            for (int i = 0; i < scratch.Length; i++) scratch[i] = e[i] + mono[i];
                            int at = layout.IndexOf(a, scratch);
                            v[at] = f.Add(v[at], g[m]);
                        }
                        echelon.Add(v);
                    }
                }
            }
            var selected = new List<int>();
            for (int i = 0; i < kernel.Count; i++)
                if (echelon.Add(kernel[i])) selected.Add(i);
            pieces.Add(new Piece(free, kernel, selected.ToArray()));
        }
        return new InterpolationImage(f.P, pieces);
    }

    /// <summary>The canonical kernel basis of the evaluation matrix (monomials at the first M + 5 points).</summary>
    private static (int[] Free, List<uint[]> Kernel) Kernel(PrimeField f, List<uint[]> points, List<int[]> monomials, CancellationToken cancellation)
    {
        int M = monomials.Count;
        var echelon = new ModularRowEchelon(f, M);
        var row = new uint[M];
        for (int i = 0; i < M + 5 && echelon.Rank < M; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var y = points[i];
            for (int m = 0; m < M; m++) row[m] = Monomial(f, y, monomials[m]);
            echelon.Add(row);
        }
        return echelon.Kernel();
    }

    /// <summary>Same free columns and same selection in every multidegree: the images are comparable.</summary>
    public bool SameShape(InterpolationImage other)
    {
        for (int a = 0; a < Pieces.Count; a++)
            if (!Pieces[a].FreeColumns.AsSpan().SequenceEqual(other.Pieces[a].FreeColumns)
                || !Pieces[a].Selected.AsSpan().SequenceEqual(other.Pieces[a].Selected))
                return false;
        return true;
    }

    /// <summary>The selected vectors, multidegree by multidegree.</summary>
    public IEnumerable<(int Piece, uint[] Vector)> Generators()
    {
        for (int a = 0; a < Pieces.Count; a++)
            foreach (int s in Pieces[a].Selected) yield return (a, Pieces[a].Kernel[s]);
    }

    /// <summary>The generators' entries concatenated in <see cref="Generators"/> order: the residues the multi-modular lift combines.</summary>
    public uint[] Entries()
    {
        var all = new List<uint>();
        foreach (var (_, v) in Generators()) all.AddRange(v);
        return all.ToArray();
    }

    private static uint Monomial(PrimeField f, uint[] y, int[] e)
    {
        uint v = 1;
        for (int i = 0; i < e.Length; i++)
            for (int k = 0; k < e[i]; k++) v = f.Mul(v, y[i]);
        return v;
    }

    private static bool LessOrEqual(int[] a, int[] b)
    {
        for (int i = 0; i < a.Length; i++) if (a[i] > b[i]) return false;
        return true;
    }
}
