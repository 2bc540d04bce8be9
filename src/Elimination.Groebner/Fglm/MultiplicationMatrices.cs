using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Fglm;

/// <summary>
/// The matrices of multiplication by each variable on k[x]/I = span of the <see cref="Staircase"/>, over F_p, from a
/// zero-dimensional reduced Gröbner basis. Column b of M_v is the normal form of x_v·b: a unit vector when x_v·b is
/// standard, else a dense vector (x_v·b is then on the border of the staircase).
/// </summary>
/// <remarks>
/// No polynomial is reduced. Border monomials are taken in increasing order: a leading monomial's normal form is its
/// element's tail; any other border monomial u is x_j·w for a border monomial w &lt; u (x_j dividing u / lm(g) for a
/// leading monomial lm(g) | u), so NF(u) = M_j·NF(w), whose columns x_j·b (b &lt; w in NF(w)) are smaller than u and
/// already known. This is the border-basis recursion of Faugère–Gianni–Lazard–Mora (1993), §3.
/// </remarks>
public sealed class MultiplicationMatrices
{
    private readonly PrimeField _field;
    // _columns[v][b] >= 0: x_v·b is that standard monomial; < 0: ~index into _border.
    private readonly int[][] _columns;
    private readonly uint[][] _border;
    // Accumulators stay below _cap, a multiple of p² with p² ≤ _cap ≤ 2^62, so a product more never overflows.
    private readonly ulong _cap;

    private MultiplicationMatrices(PrimeField field, Staircase staircase, int[][] columns, uint[][] border)
    {
        _field = field;
        Staircase = staircase;
        _columns = columns;
        _border = border;
        _cap = Cap(field.P);
    }

    /// <summary>The basis of k[x]/I the matrices are written in.</summary>
    public Staircase Staircase { get; }

    /// <summary>The number of variables (matrices).</summary>
    public int Variables => _columns.Length;

    /// <summary>Border monomials (dense columns); the rest of the n·dim columns are unit vectors.</summary>
    public int BorderSize => _border.Length;

    /// <summary>
    /// The matrices of a zero-dimensional reduced Gröbner basis over F_p (monic, as every engine returns it).
    /// Throws <see cref="Core.Errors.InvalidInputException"/> when the ideal is not zero-dimensional and
    /// <see cref="ArgumentException"/> when the basis is not reduced.
    /// </summary>
    public static MultiplicationMatrices Of(IReadOnlyList<Polynomial<uint, PrimeField>> reducedBasis, int limit = int.MaxValue,
        CancellationToken cancel = default)
    {
        var staircase = Staircase.Of(reducedBasis, limit, cancel);
        var ring = reducedBasis[0].Ring;
        var field = ring.Field;
        int n = ring.VariableCount, dim = staircase.Count;
        var leading = new Dictionary<MonomialKey, int>(MonomialKeyComparer.Instance);
        for (int i = 0; i < reducedBasis.Count; i++) leading[new MonomialKey(reducedBasis[i].LeadingMonomial)] = i;

        var borderIndex = new Dictionary<MonomialKey, int>(MonomialKeyComparer.Instance);
        var borderMonomials = new List<ulong[]>();
        var columns = new int[n][];
        for (int v = 0; v < n; v++)
        {
            columns[v] = new int[dim];
            for (int b = 0; b < dim; b++)
            {
                var u = Staircase.TimesVariable(staircase.MonomialAt(b), v);
                int s = staircase.IndexOf(u);
                if (s >= 0) { columns[v][b] = s; continue; }
                var key = new MonomialKey(u);
                if (!borderIndex.TryGetValue(key, out int id))
                {
                    id = borderMonomials.Count;
                    borderIndex[key] = id;
                    borderMonomials.Add(u);
                }
                columns[v][b] = ~id;
            }
        }

        var border = new uint[borderMonomials.Count][];
        var matrices = new MultiplicationMatrices(field, staircase, columns, border);
        var byOrder = Enumerable.Range(0, borderMonomials.Count).ToArray();
        Array.Sort(byOrder, (a, b) => ring.Order.Compare(borderMonomials[a], borderMonomials[b]));
        var scratch = new ulong[dim];
        foreach (int id in byOrder)
        {
            if ((id & 255) == 0) cancel.ThrowIfCancellationRequested();
            var u = borderMonomials[id];
            var nf = new uint[dim];
            if (leading.TryGetValue(new MonomialKey(u), out int k))
            {
                var g = reducedBasis[k];
                if (!field.IsOne(g.LeadingCoefficient)) throw new ArgumentException("the basis is not monic", nameof(reducedBasis));
                for (int t = 1; t < g.Length; t++)
                {
                    int s = staircase.IndexOf(g.MonomialAt(t));
                    if (s < 0) throw new ArgumentException("the basis is not reduced: a tail term is not standard", nameof(reducedBasis));
                    nf[s] = field.Neg(g.CoefficientAt(t));
                }
            }
            else
            {
                var (j, w) = BorderDivisor(u, n, staircase);
                matrices.Multiply(j, border[borderIndex[new MonomialKey(w)]], nf, scratch);
            }
            border[id] = nf;
        }
        return matrices;
    }

    /// <summary>A variable x_j and the border monomial w = u / x_j (w not standard).</summary>
    private static (int, ulong[]) BorderDivisor(ulong[] u, int n, Staircase staircase)
    {
        for (int j = 0; j < n; j++)
        {
            if (PackedMonomial.Exponent(u, j) == 0) continue;
            var w = (ulong[])u.Clone();
            w[0]--;
            w[PackedMonomial.WordOf(j)] -= 1UL << PackedMonomial.Shift(j);
            if (staircase.IndexOf(w) < 0) return (j, w);
        }
        throw new ArgumentException("the basis is not reduced: a border monomial is neither a leading monomial nor a multiple of one");
    }

    /// <summary>
    /// The eliminant of I in the variable: the monic generator of I ∩ k[x_v], as coefficients q_0..q_d (q_d = 1) — the
    /// minimal polynomial of M_v on the class of 1 (<see cref="MinimalPolynomial"/>).
    /// </summary>
    public uint[] Eliminant(int variable, CancellationToken cancel = default)
    {
        var scratch = new ulong[Staircase.Count];
        return MinimalPolynomial.Of(_field, ClassOfOne(), (x, y) => Multiply(variable, x, y, scratch), cancel);
    }

    /// <summary>
    /// The minimal polynomial of multiplication by u on k[x]/I, on the class of 1: the monic generator of I ∩ k[u], as
    /// coefficients q_0..q_d (q_d = 1). u is a polynomial in the ideal's variables over the same field.
    /// </summary>
    public uint[] MinimalPolynomialOf(Polynomial<uint, PrimeField> u, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(u);
        if (u.Ring.VariableCount != Variables) throw new ArgumentException($"u has {u.Ring.VariableCount} variables, not {Variables}", nameof(u));
        int dim = Staircase.Count;
        var terms = u.Terms().ToArray();
        var w = new uint[dim];
        var next = new uint[dim];
        var scratch = new ulong[dim];
        // u·x = Σ_t c_t M^(a_t)·x over u's terms c_t x^(a_t).
        void Apply(uint[] x, uint[] result)
        {
            Array.Clear(result);
            foreach (var (c, e) in terms)
            {
                x.CopyTo(w, 0);
                for (int v = 0; v < e.Length; v++)
                    for (int k = 0; k < e[v]; k++)
                    {
                        Multiply(v, w, next, scratch);
                        (w, next) = (next, w);
                    }
                for (int r = 0; r < dim; r++) result[r] = _field.Add(result[r], _field.Mul(c, w[r]));
            }
        }
        return MinimalPolynomial.Of(_field, ClassOfOne(), Apply, cancel);
    }

    private uint[] ClassOfOne()
    {
        var one = new uint[Staircase.Count];
        one[Staircase.IndexOf(new ulong[Staircase.Words])] = 1;
        return one;
    }

    /// <summary>result = M_v·x (both of length dim).</summary>
    public void Multiply(int variable, ReadOnlySpan<uint> x, Span<uint> result) => Multiply(variable, x, result, new ulong[Staircase.Count]);

    internal void Multiply(int variable, ReadOnlySpan<uint> x, Span<uint> result, Span<ulong> scratch)
    {
        int dim = Staircase.Count;
        var columns = _columns[variable];
        scratch.Clear();
        for (int b = 0; b < dim; b++)
        {
            uint c = x[b];
            if (c == 0) continue;
            int target = columns[b];
            if (target >= 0) Accumulate(ref scratch[target], c, _cap);
            else
            {
                var column = _border[~target] ?? throw new InvalidOperationException("a border column was needed before it was computed");
                AddScaled(scratch, c, column, _cap);
            }
        }
        for (int i = 0; i < dim; i++) result[i] = _field.Reduce(scratch[i]);
    }

    /// <summary>acc += c·row, every entry kept below <paramref name="cap"/> (see the field's comment).</summary>
    internal static void AddScaled(Span<ulong> acc, uint c, ReadOnlySpan<uint> row, ulong cap)
    {
        acc = acc[..row.Length];
        int i = 0;
        if (Avx2.IsSupported)
        {
            // Four lanes at a time: vpmuludq gives the 32×32 → 64-bit products; every sum stays below cap + p² < 2⁶³,
            // so the signed compare is the unsigned one.
            var factor = Vector256.Create((ulong)c).AsUInt32();
            var capacity = Vector256.Create((long)cap);
            var top = Vector256.Create((long)cap - 1);
            ref ulong a = ref MemoryMarshal.GetReference(acc);
            ref uint r = ref MemoryMarshal.GetReference(row);
            for (; i + 4 <= row.Length; i += 4)
            {
                var widened = Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref r, (nuint)i)).AsUInt32();
                var sum = Vector256.LoadUnsafe(ref a, (nuint)i).AsInt64() + Avx2.Multiply(widened, factor).AsInt64();
                (sum - (Vector256.GreaterThan(sum, top) & capacity)).AsUInt64().StoreUnsafe(ref a, (nuint)i);
            }
        }
        for (; i < row.Length; i++)
        {
            ulong s = acc[i] + (ulong)c * row[i];
            acc[i] = s >= cap ? s - cap : s;
        }
    }

    private static void Accumulate(ref ulong acc, ulong value, ulong cap)
    {
        ulong s = acc + value;
        acc = s >= cap ? s - cap : s;
    }

    /// <summary>The cap of <see cref="AddScaled"/> for p.</summary>
    internal static ulong Cap(uint p)
    {
        ulong pp = (ulong)p * p;
        return ((1UL << 62) / pp) * pp;
    }
}
