namespace Elimination.Groebner.F4;

/// <summary>An S-pair of basis elements I &lt; J with the id of lcm(lm I, lm J) and its sugar.</summary>
internal readonly record struct F4Pair(int I, int J, int Lcm, int Sugar);

/// <summary>
/// The pending S-pairs with Gebauer–Möller's installation of Buchberger's criteria, and the
/// selection of all pairs of lowest sugar for the next F4 step.
/// </summary>
internal sealed class PairSet
{
    private List<F4Pair> _pairs = new();
    private List<F4Pair> _spare = new();
    private readonly List<F4Pair> _candidates = new();
    private readonly List<F4Pair> _kept = new();
    private readonly List<int> _coprimeLeading = new();

    public int Count => _pairs.Count;

    public int MinSugar()
    {
        int m = int.MaxValue;
        foreach (var p in _pairs) if (p.Sugar < m) m = p.Sugar;
        return m;
    }

    public int MaxSugar()
    {
        int m = int.MinValue;
        foreach (var p in _pairs) if (p.Sugar > m) m = p.Sugar;
        return m;
    }

    /// <summary>Drops every pair of sugar at most <paramref name="sugar"/>; returns how many.</summary>
    public int RemoveThrough(int sugar) => _pairs.RemoveAll(p => p.Sugar <= sugar);

    /// <summary>Moves every pair of the given sugar into <paramref name="into"/>.</summary>
    public void TakeWithSugar(int sugar, List<F4Pair> into)
    {
        _spare.Clear();
        foreach (var p in _pairs)
            if (p.Sugar == sugar) into.Add(p);
            else _spare.Add(p);
        (_pairs, _spare) = (_spare, _pairs);
    }

    /// <summary>Installs basis element <paramref name="t"/>: new pairs, chain criterion, redundancy.</summary>
    public void Update(F4Basis basis, MonomialTable table, int t)
    {
        int lmH = basis.Leading[t];
        int sugarH = basis.Sugar[t];
        int degH = table.SugarDegree(lmH);

        // Pairs with coprime leading monomials are never formed (Buchberger's product criterion), and
        // their lcm is never interned: a chain of n linear forms would otherwise store n²/2 lcms of
        // n variables each (issue #15.3: 16 GB at n = 2000). They still shadow other new pairs
        // (Gebauer–Möller): for coprime lm(g), lm(h) both dividing L, lm(g)·lm(h) divides L.
        _candidates.Clear();
        _coprimeLeading.Clear();
        for (int i = 0; i < t; i++)
        {
            if (basis.Redundant[i]) continue;
            int lmG = basis.Leading[i];
            if (table.AreCoprime(lmH, lmG)) { _coprimeLeading.Add(lmG); continue; }
            int lcm = table.Lcm(lmH, lmG);
            int degL = table.SugarDegree(lcm);
            int s = Math.Max(sugarH + degL - degH, basis.Sugar[i] + degL - table.SugarDegree(lmG));
            _candidates.Add(new F4Pair(i, t, lcm, s));
        }

        // Chain criterion among the new pairs (Gebauer–Möller): of pairs whose lcms divide one
        // another only the minimal ones survive, one per lcm, none if a coprime pair shares it.
        _kept.Clear();
        for (int a = 0; a < _candidates.Count; a++)
        {
            var p = _candidates[a];
            bool shadowed = false;
            for (int b = 0; b < _coprimeLeading.Count && !shadowed; b++)
                shadowed = table.Divides(_coprimeLeading[b], p.Lcm);
            for (int b = a + 1; b < _candidates.Count && !shadowed; b++)
                shadowed = table.Divides(_candidates[b].Lcm, p.Lcm);
            for (int b = 0; b < _kept.Count && !shadowed; b++)
                shadowed = table.Divides(_kept[b].Lcm, p.Lcm);
            if (!shadowed) _kept.Add(p);
        }

        // Old pairs whose lcm lm(h) divides, with both lcm(g_i, h) strictly smaller, are redundant.
        _spare.Clear();
        foreach (var p in _pairs)
        {
            if (table.Divides(lmH, p.Lcm))
            {
                int degL = table.Degree(p.Lcm);
                if (table.LcmDegree(basis.Leading[p.I], lmH) != degL && table.LcmDegree(basis.Leading[p.J], lmH) != degL) continue;
            }
            _spare.Add(p);
        }
        _spare.AddRange(_kept);
        (_pairs, _spare) = (_spare, _pairs);

        for (int i = 0; i < t; i++)
            if (!basis.Redundant[i] && table.Divides(lmH, basis.Leading[i])) basis.Redundant[i] = true;
    }
}
