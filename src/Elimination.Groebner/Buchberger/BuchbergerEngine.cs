using System.Diagnostics;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner.Buchberger;

/// <summary>
/// Buchberger's algorithm with the normal selection strategy refined by sugar
/// (Giovini–Mora–Niesi–Robbiano–Traverso 1991) and the Gebauer–Möller installation of
/// Buchberger's criteria (Gebauer–Möller 1988). The reference engine, over any field. Lex and block
/// orders on inhomogeneous input go through the homogenised ideal (<see cref="Homogenization"/>).
/// </summary>
public sealed class BuchbergerEngine : IGroebnerEngine
{
    public string Name => "buchberger";

    public bool Supports<T, TField>(TField field) where TField : struct, IField<T> => true;

    public GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null)
        where TField : struct, IField<T>
    {
        options ??= GroebnerOptions.Default;
        var clock = Stopwatch.StartNew();
        var nonzero = generators.Where(f => !f.IsZero).ToList();
        List<Polynomial<T, TField>> groebner;
        GroebnerStatistics statistics;
        if (nonzero.Count > 0 && Homogenization.Applies(nonzero[0].Ring.Order, nonzero))
        {
            var ring = nonzero[0].Ring;
            var ringH = Homogenization.Ring(ring);
            (groebner, statistics) = Run(nonzero.Select(f => Homogenization.Homogenize(f, ringH)), options);
            groebner = groebner.Select(g => Homogenization.Dehomogenize(g, ring)).ToList();
        }
        else (groebner, statistics) = Run(nonzero, options);
        var basis = ReducedBasis.FromGroebnerBasis(groebner, options.Cancellation);
        return new GroebnerResult<T, TField>(basis, Name) { Seconds = clock.Elapsed.TotalSeconds, Statistics = statistics };
    }

    private static (List<Polynomial<T, TField>> Basis, GroebnerStatistics Statistics) Run<T, TField>(
        IEnumerable<Polynomial<T, TField>> generators, GroebnerOptions options) where TField : struct, IField<T>
    {
        var state = new State<T, TField>(options);
        foreach (var f in generators.OrderBy(f => f.Length))
        {
            var h = Reduction.NormalForm(f, state.ActiveBasis(), options.Cancellation);
            if (!h.IsZero) state.Insert(h.MakeMonic(), f.Degree);
        }
        state.Run();
        return (state.ActiveBasis(), state.Statistics);
    }

    private sealed class State<T, TField> where TField : struct, IField<T>
    {
        private readonly GroebnerOptions _options;
        private readonly List<Polynomial<T, TField>> _basis = new();
        private readonly List<int> _sugar = new();
        private readonly List<bool> _active = new();
        private List<CriticalPair> _pairs = new();
        public GroebnerStatistics Statistics { get; } = new();

        public State(GroebnerOptions options) => _options = options;

        public List<Polynomial<T, TField>> ActiveBasis()
        {
            var g = new List<Polynomial<T, TField>>();
            for (int i = 0; i < _basis.Count; i++) if (_active[i]) g.Add(_basis[i]);
            return g;
        }

        public void Run()
        {
            var order = _basis.Count > 0 ? _basis[0].Ring.Order : null;
            while (_pairs.Count > 0)
            {
                _options.Cancellation.ThrowIfCancellationRequested();
                // Normal strategy with sugar: lowest sugar first, then smallest lcm.
                int best = 0;
                for (int k = 1; k < _pairs.Count; k++)
                {
                    var a = _pairs[k];
                    var b = _pairs[best];
                    if (a.Sugar < b.Sugar || (a.Sugar == b.Sugar && order!.Compare(a.Lcm, b.Lcm) < 0)) best = k;
                }
                var pair = _pairs[best];
                _pairs[best] = _pairs[^1];
                _pairs.RemoveAt(_pairs.Count - 1);
                Statistics.PairsReduced++;
                var s = Reduction.SPolynomial(_basis[pair.I], _basis[pair.J]);
                var (h, sugar) = TopReduce(s, pair.Sugar);
                if (h.IsZero) { Statistics.ZeroReductions++; continue; }
                Insert(h.MakeMonic(), sugar);
                Statistics.Steps++;
                _options.Progress?.Report(new GroebnerProgress("buchberger", Statistics.Steps, pair.Sugar, _pairs.Count, _basis.Count));
            }
        }

        /// <summary>
        /// Top reduction by the active basis that keeps the sugar up to date:
        /// sugar(p − c·m·g) = max(sugar(p), deg(m) + sugar(g)). Without it, non-homogeneous input in
        /// lex order is selected by a sugar far below the true degrees and the basis blows up.
        /// </summary>
        private (Polynomial<T, TField> Remainder, int Sugar) TopReduce(Polynomial<T, TField> p, int sugar)
        {
            var field = p.Ring.Field;
            var quotient = new ulong[p.Ring.Words];
            while (!p.IsZero)
            {
                // Every step: over QQ one step on a lex blow-up can take seconds (huge rationals), and
                // the check is a field read next to a whole polynomial addition.
                _options.Cancellation.ThrowIfCancellationRequested();
                var lm = p.LeadingMonomial;
                int divisor = -1;
                for (int i = 0; i < _basis.Count; i++)
                    if (_active[i] && PackedMonomial.Divides(_basis[i].LeadingMonomial, lm)) { divisor = i; break; }
                if (divisor < 0) break;
                var g = _basis[divisor];
                PackedMonomial.Divide(lm, g.LeadingMonomial, quotient);
                sugar = Math.Max(sugar, (int)quotient[0] + _sugar[divisor]);
                p = p.AddScaledShifted(g, field.Neg(field.Div(p.LeadingCoefficient, g.LeadingCoefficient)), quotient);
            }
            return (p, sugar);
        }

        /// <summary>Adds h and updates the pair set with the Gebauer–Möller criteria.</summary>
        public void Insert(Polynomial<T, TField> h, int sugar)
        {
            int t = _basis.Count;
            _basis.Add(h);
            _sugar.Add(sugar);
            _active.Add(true);
            var lmH = h.LeadingMonomial.ToArray();
            int w = lmH.Length;

            // New pairs (h, g) with their lcms.
            var candidates = new List<CriticalPair>();
            for (int i = 0; i < t; i++)
            {
                if (!_active[i]) continue;
                var lcm = new ulong[w];
                var lmG = _basis[i].LeadingMonomial;
                PackedMonomial.Lcm(lmH, lmG, lcm);
                int s = Math.Max(sugar + (int)(lcm[0] - lmH[0]), _sugar[i] + (int)(lcm[0] - lmG[0]));
                candidates.Add(new CriticalPair(i, t, lcm, s));
            }

            // Chain criterion among the new pairs: drop (h,g1) if another kept or pending (h,g2)
            // has lcm dividing lcm(h,g1); coprime pairs are kept here to shadow others, then removed.
            var kept = new List<CriticalPair>();
            for (int a = 0; a < candidates.Count; a++)
            {
                var p = candidates[a];
                bool coprime = PackedMonomial.AreCoprime(lmH, _basis[p.I].LeadingMonomial);
                bool shadowed = false;
                if (!coprime)
                {
                    for (int b = a + 1; b < candidates.Count && !shadowed; b++)
                        shadowed = PackedMonomial.Divides(candidates[b].Lcm, p.Lcm);
                    for (int b = 0; b < kept.Count && !shadowed; b++)
                        shadowed = PackedMonomial.Divides(kept[b].Lcm, p.Lcm);
                }
                if (!shadowed) kept.Add(p);
            }
            var fresh = kept.Where(p => !PackedMonomial.AreCoprime(lmH, _basis[p.I].LeadingMonomial)).ToList();

            // Old pairs (g1,g2) whose lcm is divisible by lm(h) with both lcm(g_i,h) strictly smaller are redundant.
            var remaining = new List<CriticalPair>(_pairs.Count + fresh.Count);
            var tmp = new ulong[w];
            foreach (var p in _pairs)
            {
                if (PackedMonomial.Divides(lmH, p.Lcm))
                {
                    PackedMonomial.Lcm(_basis[p.I].LeadingMonomial, lmH, tmp);
                    bool eqI = tmp.AsSpan().SequenceEqual(p.Lcm);
                    PackedMonomial.Lcm(_basis[p.J].LeadingMonomial, lmH, tmp);
                    bool eqJ = tmp.AsSpan().SequenceEqual(p.Lcm);
                    if (!eqI && !eqJ) continue;
                }
                remaining.Add(p);
            }
            remaining.AddRange(fresh);
            _pairs = remaining;

            // Elements whose leading monomial h divides are no longer needed for new pairs.
            for (int i = 0; i < t; i++)
                if (_active[i] && PackedMonomial.Divides(lmH, _basis[i].LeadingMonomial)) _active[i] = false;
        }
    }
}
