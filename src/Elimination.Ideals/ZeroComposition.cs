using System.Numerics;
using System.Runtime.ExceptionServices;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Modular;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Ideals;

/// <summary>
/// Whether f(φ_1, …, φ_n) is the zero polynomial over ℚ, decided exactly without composing over ℚ. With L the common
/// denominator of f and c_i that of φ_i (ψ_i = c_i·φ_i integral), H = L·Π c_i^(D_i)·f(φ) is an integer polynomial
/// (D_i the degree of f in y_i) whose coefficients are at most B = Σ_α |L·f_α| Π ‖ψ_i‖₁^(α_i) c_i^(D_i − α_i) in absolute
/// value (‖a·b‖₁ ≤ ‖a‖₁‖b‖₁). Modulo a prime p dividing no denominator, H ≡ 0 exactly when f(φ) ≡ 0 mod p; once the
/// primes checked multiply to more than B, every coefficient of H is divisible by a number larger than itself, so H = 0.
/// Composing over ℚ multiplied big rationals for every term of every product (1.4 s of a 3-fold of degree 8's 3.3 s);
/// modulo word primes the same products are machine arithmetic.
/// </summary>
public static class ZeroComposition
{
    /// <summary>
    /// Whether every polynomial of <paramref name="polys"/> composes with <paramref name="images"/> to zero; the primes
    /// are checked <paramref name="threads"/> at a time, side by side (a batch may check one prime more than needed).
    /// </summary>
    public static bool AllVanish(IReadOnlyList<Polynomial<Rational, RationalField>> polys,
        IReadOnlyList<Polynomial<Rational, RationalField>> images, CancellationToken cancellation = default, int threads = 1)
    {
        if (polys.Count == 0) return true;
        var bounds = new BigInteger[polys.Count];
        for (int k = 0; k < polys.Count; k++) bounds[k] = Bound(polys[k], images);
        var modulus = BigInteger.One;
        var open = Enumerable.Range(0, polys.Count).ToList();
        threads = Math.Max(1, threads);
        var batch = new List<uint>(threads);
        var vanish = new bool[threads];
        using var primes = Primes.DescendingFrom().GetEnumerator();
        while (open.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            batch.Clear();
            // Enough primes for the largest open bound; a batch never takes more than it can use.
            var needed = BigInteger.One;
            foreach (var k in open) if (bounds[k] >= needed) needed = bounds[k] + 1;
            var product = modulus;
            while (batch.Count < threads && product < needed && primes.MoveNext())
            {
                uint prime = primes.Current;
                if (!Rings.DefinedModulo(images, prime) || !Rings.DefinedModulo(open.Select(k => polys[k]), prime)) continue;
                batch.Add(prime);
                product *= prime;
            }
            if (batch.Count == 0) break;
            if (batch.Count == 1) vanish[0] = VanishModulo(batch[0], polys, open, images, cancellation);
            else
                try
                {
                    Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellation },
                        j => vanish[j] = VanishModulo(batch[j], polys, open, images, cancellation));
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw(); // callers handle cancellation, not the wrapper
                }
            for (int j = 0; j < batch.Count; j++)
            {
                if (!vanish[j]) return false;
                modulus *= batch[j];
            }
            open.RemoveAll(k => modulus > bounds[k]);
        }
        return open.Count == 0;
    }

    /// <summary>Whether the open polynomials compose to zero modulo <paramref name="prime"/> (dividing no denominator).</summary>
    private static bool VanishModulo(uint prime, IReadOnlyList<Polynomial<Rational, RationalField>> polys, List<int> open,
        IReadOnlyList<Polynomial<Rational, RationalField>> images, CancellationToken cancellation)
    {
        var parameters = images[0].Ring;
        var field = new PrimeField(prime);
        var ring = new PolynomialRing<uint, PrimeField>(field, parameters.Variables.ToArray(), parameters.Order);
        var imagesModP = new Polynomial<uint, PrimeField>[images.Count];
        for (int i = 0; i < images.Count; i++) imagesModP[i] = Rings.ModP(images[i], ring);
        var source = polys[open[0]].Ring;
        var sourceModP = new PolynomialRing<uint, PrimeField>(field, source.Variables.ToArray(), source.Order);
        var dense = DenseComposer.TryCreate(prime, imagesModP, open.Select(k => polys[k]));
        foreach (var k in open)
        {
            cancellation.ThrowIfCancellationRequested();
            var f = Rings.ModP(polys[k], sourceModP);
            if (dense is not null ? !dense.Vanishes(f) : !f.Substitute(imagesModP).IsZero) return false;
        }
        return true;
    }

    /// <summary>B above: a bound on the coefficients of the integer polynomial L·Π c_i^(D_i)·f(φ).</summary>
    public static BigInteger Bound(Polynomial<Rational, RationalField> f, IReadOnlyList<Polynomial<Rational, RationalField>> images)
    {
        int n = images.Count;
        var scale = new BigInteger[n];
        var norm = new BigInteger[n];
        for (int i = 0; i < n; i++)
        {
            scale[i] = DenseInteger.CommonDenominator(images[i].Coefficients);
            norm[i] = BigInteger.Zero;
            foreach (var c in images[i].Coefficients) norm[i] += BigInteger.Abs(c.Numerator * (scale[i] / c.Denominator));
        }
        var degree = new int[n];
        for (int t = 0; t < f.Length; t++)
        {
            var e = f.ExponentsAt(t);
            for (int i = 0; i < n; i++) degree[i] = Math.Max(degree[i], e[i]);
        }
        var common = DenseInteger.CommonDenominator(f.Coefficients);
        var bound = BigInteger.Zero;
        for (int t = 0; t < f.Length; t++)
        {
            var c = f.Coefficients[t];
            var term = BigInteger.Abs(c.Numerator * (common / c.Denominator));
            var e = f.ExponentsAt(t);
            for (int i = 0; i < n; i++)
                term *= BigInteger.Pow(norm[i], e[i]) * BigInteger.Pow(scale[i], degree[i] - e[i]);
            bound += term;
        }
        return bound;
    }

    /// <summary>
    /// f(φ) mod p with the images of the y-monomials memoised, each the image of a monomial one degree lower times one
    /// φ_v (small), on a dense mixed-radix array of parameter monomials. Substitute multiplied whole powers together
    /// for every term (products of two images of hundreds of terms).
    /// </summary>
    private sealed class DenseComposer
    {
        /// <summary>Largest dense array of parameter monomials (entries); above it the generic substitution is used.</summary>
        private const long MaxEntries = 1 << 22;

        private readonly uint _p;
        private readonly int[][] _offsets;      // per φ_i: the dense offsets of its terms
        private readonly uint[][] _values;      // and their coefficients mod p
        private readonly long[] _keyStride;     // mixed radix of y-exponents (memo keys)
        private readonly Dictionary<long, (int[] Index, uint[] Value)> _memo = new();
        private readonly ulong[] _scratch;
        private readonly bool[] _touched;
        private readonly List<int> _touchedList = new();
        private readonly ulong[] _product;
        private readonly bool[] _productTouched;
        private readonly List<int> _productList = new();

        private DenseComposer(uint p, int[][] offsets, uint[][] values, long[] keyStride, int size)
        {
            _p = p; _offsets = offsets; _values = values; _keyStride = keyStride;
            _scratch = new ulong[size];
            _touched = new bool[size];
            _product = new ulong[size];
            _productTouched = new bool[size];
        }

        public static DenseComposer? TryCreate(uint p, Polynomial<uint, PrimeField>[] images, IEnumerable<Polynomial<Rational, RationalField>> polys)
        {
            int m = images.Length, n = images[0].Ring.VariableCount;
            // deg_v φ_i, then the largest t_v-degree of any f(φ): Σ_i α_i·deg_v φ_i over the terms α of every f.
            var degrees = new int[m, n];
            for (int i = 0; i < m; i++)
                for (int t = 0; t < images[i].Length; t++)
                    for (int v = 0; v < n; v++)
                        degrees[i, v] = Math.Max(degrees[i, v], PackedMonomial.Exponent(images[i].MonomialAt(t), v));
            var bound = new long[n];
            var yDegree = new int[m];
            foreach (var f in polys)
                for (int t = 0; t < f.Length; t++)
                {
                    var e = f.MonomialAt(t);
                    for (int v = 0; v < n; v++)
                    {
                        long d = 0;
                        for (int i = 0; i < m; i++) d += (long)PackedMonomial.Exponent(e, i) * degrees[i, v];
                        bound[v] = Math.Max(bound[v], d);
                    }
                    for (int i = 0; i < m; i++) yDegree[i] = Math.Max(yDegree[i], PackedMonomial.Exponent(e, i));
                }
            long size = 1;
            var stride = new int[n];
            for (int v = n - 1; v >= 0; v--)
            {
                stride[v] = (int)size;
                size *= bound[v] + 1;
                if (size > MaxEntries) return null;
            }
            var keyStride = new long[m];
            long keys = 1;
            for (int i = 0; i < m; i++)
            {
                keyStride[i] = keys;
                keys *= yDegree[i] + 1;
                if (keys > long.MaxValue / 64) return null;
            }
            var offsets = new int[m][];
            var values = new uint[m][];
            for (int i = 0; i < m; i++)
            {
                offsets[i] = new int[images[i].Length];
                values[i] = new uint[images[i].Length];
                for (int t = 0; t < images[i].Length; t++)
                {
                    int o = 0;
                    for (int v = 0; v < n; v++) o += PackedMonomial.Exponent(images[i].MonomialAt(t), v) * stride[v];
                    offsets[i][t] = o;
                    values[i][t] = images[i].Coefficients[t];
                }
            }
            return new DenseComposer(p, offsets, values, keyStride, (int)size);
        }

        /// <summary>Whether f(φ) ≡ 0 mod p (f of degree within the bounds this composer was made for).</summary>
        public bool Vanishes(Polynomial<uint, PrimeField> f)
        {
            int m = _keyStride.Length;
            var exponents = new int[m];
            for (int t = 0; t < f.Length; t++)
            {
                var mono = f.MonomialAt(t);
                for (int i = 0; i < m; i++) exponents[i] = PackedMonomial.Exponent(mono, i);
                var (index, value) = Image(exponents);
                ulong c = f.Coefficients[t];
                for (int j = 0; j < index.Length; j++) Add(index[j], c * value[j] % _p);
            }
            bool zero = true;
            foreach (int j in _touchedList)
            {
                if (_scratch[j] != 0) zero = false;
                _scratch[j] = 0;
                _touched[j] = false;
            }
            _touchedList.Clear();
            return zero;
        }

        private void Add(int j, ulong x)
        {
            var s = _scratch[j] + x;
            _scratch[j] = s >= _p ? s - _p : s;
            if (!_touched[j]) { _touched[j] = true; _touchedList.Add(j); }
        }

        /// <summary>The image of y^α (α is restored before returning), from that of α − e_v for its first variable v.</summary>
        private (int[] Index, uint[] Value) Image(int[] alpha)
        {
            long key = 0;
            int first = -1;
            for (int i = 0; i < alpha.Length; i++)
            {
                key += alpha[i] * _keyStride[i];
                if (first < 0 && alpha[i] > 0) first = i;
            }
            if (_memo.TryGetValue(key, out var known)) return known;
            (int[] Index, uint[] Value) image;
            if (first < 0) image = (new[] { 0 }, new[] { 1u });
            else
            {
                alpha[first]--;
                var (index, value) = Image(alpha);
                alpha[first]++;
                // Into the product scratch (the accumulator may hold a partial f(φ)); touched entries listed, then sorted.
                var offsets = _offsets[first];
                var coefficients = _values[first];
                for (int a = 0; a < index.Length; a++)
                {
                    ulong x = value[a];
                    for (int b = 0; b < offsets.Length; b++)
                    {
                        int j = index[a] + offsets[b];
                        if (!_productTouched[j]) { _productTouched[j] = true; _productList.Add(j); }
                        var s = _product[j] + x * coefficients[b] % _p;
                        _product[j] = s >= _p ? s - _p : s;
                    }
                }
                _productList.Sort();
                int nonzero = 0;
                foreach (int j in _productList) if (_product[j] != 0) nonzero++;
                var idx = new int[nonzero];
                var val = new uint[nonzero];
                int at = 0;
                foreach (int j in _productList)
                {
                    if (_product[j] != 0) { idx[at] = j; val[at++] = (uint)_product[j]; }
                    _product[j] = 0;
                    _productTouched[j] = false;
                }
                _productList.Clear();
                image = (idx, val);
            }
            _memo[key] = image;
            return image;
        }
    }
}
