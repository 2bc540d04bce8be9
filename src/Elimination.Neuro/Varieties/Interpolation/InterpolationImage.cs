using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>
/// The degree-bounded equations of a neurovariety mod one prime p. For each multidegree α the
/// equations of multidegree α are the kernel of the matrix of all monomials of multidegree α
/// evaluated at random points φ(θ_i) mod p, kept in its canonical basis: one vector per free column
/// of the evaluation matrix's reduced echelon form, 1 there and 0 at the other free columns. That
/// basis depends only on the kernel, so for two primes with the same kernel shape the vectors are
/// images of the same rational vectors. <c>Selected</c> marks the vectors not implied by the
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
    /// Interpolates mod the field's prime with the points drawn from <paramref name="rng"/>
    /// (M + 5 points for the largest piece of M monomials, shared by all pieces). The pieces' kernels
    /// are independent and computed in parallel (<paramref name="threads"/>, 0 = all cores); which
    /// kernel vectors are new generators is then decided piece by piece in order.
    /// <paramref name="active"/>, when given, restricts the work to those pieces: the others are
    /// taken as empty (callers pass the pieces with a kernel mod an earlier prime — a zero kernel mod
    /// any prime proves the piece of the ideal is zero). <paramref name="progress"/> hears of each piece;
    /// <paramref name="checkpoint"/> keeps finished pieces on disk (keyed by <paramref name="pointSeed"/>, the seed of <paramref name="rng"/>).
    /// </summary>
    public static InterpolationImage Compute(GradedMonomials layout, Polynomial<uint, PrimeField>[] coords, PrimeField f,
        int parameters, Random rng, CancellationToken cancellation, bool[]? active = null, int threads = 0,
        Action<InterpolationProgress>? progress = null, InterpolationCheckpoint? checkpoint = null, int pointSeed = 0)
    {
        int count = layout.Count;
        int largest = 0;
        for (int a = 0; a < count; a++)
            if (active is null || active[a]) largest = Math.Max(largest, layout.Monomials[a].Count);
        var points = new List<uint[]>(largest + 5);
        while (points.Count < largest + 5)
        {
            var theta = BackpropagationDimension.RandomVector(rng, f, parameters);
            var y = new uint[coords.Length];
            for (int k = 0; k < coords.Length; k++) y[k] = coords[k].Evaluate(theta);
            points.Add(y);
        }

        var kernels = new (int[] Free, List<uint[]> Kernel)[count];
        int done = 0;
        // Each piece is an elimination of a points × M matrix: below ~4·10^6 multiply-adds in all, the pieces are
        // done on this thread (starting pool workers costs more than the work; small networks take milliseconds).
        long work = 0;
        for (int a = 0; a < count; a++)
            if (active is null || active[a]) work += (long)layout.Monomials[a].Count * layout.Monomials[a].Count * points.Count;
        var options = new ParallelOptions
        {
            CancellationToken = cancellation,
            MaxDegreeOfParallelism = work < 4_000_000 ? 1 : threads > 0 ? threads : Environment.ProcessorCount,
        };
        // Largest pieces first, so the parallel loop does not end on one big piece.
        var order = Enumerable.Range(0, count).OrderByDescending(a => layout.Monomials[a].Count).ToArray();
        try
        {
            Parallel.ForEach(order, options, a =>
            {
                if (active is not null && !active[a])
                {
                    kernels[a] = (Array.Empty<int>(), new List<uint[]>());
                    return;
                }
                var clock = System.Diagnostics.Stopwatch.StartNew();
                int M = layout.Monomials[a].Count;
                string? path = checkpoint?.PathOf(f.P, pointSeed, layout.Multidegrees[a], layout.Weights[a]);
                if (path is not null && checkpoint!.TryLoad(path, M, out var savedFree, out var savedKernel))
                    kernels[a] = (savedFree, savedKernel);
                else
                {
                    kernels[a] = Kernel(f, points, layout.Monomials[a], cancellation);
                    if (path is not null) checkpoint!.Save(path, M, kernels[a].Free, kernels[a].Kernel);
                }
                int finished = Interlocked.Increment(ref done);
                progress?.Invoke(new InterpolationProgress(f.P, finished, active is null ? count : active.Count(x => x), layout.Multidegrees[a], layout.Weights[a],
                    layout.Monomials[a].Count, kernels[a].Kernel.Count, clock.Elapsed.TotalSeconds));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var pieces = new List<Piece>(count);
        var scratch = new int[layout.Coordinates];
        for (int a = 0; a < count; a++)
        {
            cancellation.ThrowIfCancellationRequested();
            var (free, kernel) = kernels[a];
            if (kernel.Count == 0)
            {
                pieces.Add(new Piece(free, kernel, Array.Empty<int>()));
                continue;
            }
            var alpha = layout.Multidegrees[a];
            var weight = layout.Weights[a];
            int M = layout.Monomials[a].Count;

            // Products of lower-degree generators with monomials span the implied part: a generator
            // of piece (β, v) times the monomials of piece (α − β, w − v).
            var echelon = new ModularRowEchelon(f, M);
            for (int b = 0; b < a; b++)
            {
                if (pieces[b].Selected.Length == 0) continue;
                var beta = layout.Multidegrees[b];
                if (!StrictlyBelow(beta, alpha)) continue;
                var gamma = new int[alpha.Length];
                for (int i = 0; i < alpha.Length; i++) gamma[i] = alpha[i] - beta[i];
                var shift = new int[weight.Length];
                for (int i = 0; i < weight.Length; i++) shift[i] = weight[i] - layout.Weights[b][i];
                int multiplierPiece = layout.PieceOf(gamma, shift);
                if (multiplierPiece < 0) continue;
                var lower = layout.Monomials[b];
                var multipliers = layout.Monomials[multiplierPiece];
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

    private static bool StrictlyBelow(int[] a, int[] b)
    {
        bool smaller = false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] > b[i]) return false;
            if (a[i] < b[i]) smaller = true;
        }
        return smaller;
    }
}
