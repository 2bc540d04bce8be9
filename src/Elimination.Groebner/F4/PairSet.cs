using Elimination.Core.Monomials;

namespace Elimination.Groebner.F4;

/// <summary>An S-pair of basis elements I &lt; J with the id of lcm(lm I, lm J), its sugar, and the lcm's divisibility mask.</summary>
internal readonly record struct F4Pair(int I, int J, int Lcm, int Sugar, ulong LcmMask);

/// <summary>
/// The pending S-pairs with Gebauer–Möller's installation of Buchberger's criteria, and the
/// selection of all pairs of lowest sugar for the next F4 step.
/// </summary>
internal sealed class PairSet
{
    private List<F4Pair> _pairs = new();
    private List<F4Pair> _spare = new();
    private readonly List<F4Pair> _kept = new();
    // While element t is installed, per earlier element i: q_i = lm_i / gcd(lm_i, lm_t) (its words within lm_i's
    // word span, from _qOffset[i] in _qWords), its total degree, support mask (a bit per variable up to 64
    // variables, folded beyond), whether lm_i and lm_t are coprime (q_i = lm_i), and whether i takes part at all.
    private ulong[] _qWords = Array.Empty<ulong>();
    private int[] _qOffset = Array.Empty<int>(), _qFirst = Array.Empty<int>(), _qLast = Array.Empty<int>(), _qDegree = Array.Empty<int>();
    private ulong[] _qMask = Array.Empty<ulong>();
    private bool[] _qLive = Array.Empty<bool>(), _qCoprime = Array.Empty<bool>();
    // The variables that are some q_i (exact masks only).
    private ulong _linear;
    // Update's scratch: candidates as (degree, index) keys, then the minimal q's (an index each) and whether a coprime
    // element shares it.
    private long[] _candidates = Array.Empty<long>();
    private int[] _minimal = Array.Empty<int>();
    private bool[] _minimalCoprime = Array.Empty<bool>();

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

    /// <summary>
    /// Installs basis element <paramref name="t"/>: new pairs, chain criterion, redundancy. The criterion on the pairs
    /// already there follows with <see cref="DropRedundantPairs"/> once the step's new elements are all installed.
    /// </summary>
    public void Update(F4Basis basis, MonomialTable table, int t)
    {
        int lmH = basis.Leading[t];
        int sugarH = basis.Sugar[t];
        int degH = table.SugarDegree(lmH);
        Quotients(basis, table, t);

        // Gebauer–Möller's chain criterion among the new pairs: lcm(g_j, h) | lcm(g_i, h) exactly when q_j | q_i, so
        // the pairs kept are those of the minimal q_i, one per q (the last), none where a coprime g shares it
        // (Buchberger's product criterion: those pairs are never formed, their lcm never interned — a chain of n
        // linear forms would otherwise store n²/2 lcms of n variables, issue #15.3 — but they still shadow).
        // The minimal q are found in order of degree, each candidate tested against the minimal ones so far only
        // (a divisor of q_i has a minimal divisor of lower degree): O(t·minimal) instead of O(t²) per element, which
        // was a fifth of a graph ideal's time. A q containing a variable that is itself some q_j is shadowed at once.
        int n = 0;
        if (_candidates.Length < t) { _candidates = new long[Math.Max(t, 2 * _candidates.Length)]; _minimal = new int[_candidates.Length]; _minimalCoprime = new bool[_candidates.Length]; }
        for (int a = 0; a < t; a++)
        {
            if (!_qLive[a] || (_qDegree[a] > 1 && (_qMask[a] & _linear) != 0)) continue;
            _candidates[n++] = (long)_qDegree[a] << 32 | (uint)a;
        }
        Array.Sort(_candidates, 0, n);
        int minimal = 0;
        for (int x = 0; x < n; x++)
        {
            int a = (int)_candidates[x], degA = _qDegree[a];
            ulong maskA = _qMask[a];
            int same = -1;
            bool shadowed = false;
            for (int m = 0; m < minimal; m++)
            {
                int r = _minimal[m];
                if ((_qMask[r] & ~maskA) != 0 || !QuotientDivides(r, a)) continue;
                // All minimal ones so far have degree ≤ deg q_a; of equal degree, a divisor is q_a itself.
                if (_qDegree[r] < degA) shadowed = true;
                else same = m;
                break;
            }
            if (shadowed) continue;
            if (same < 0) { same = minimal++; _minimal[same] = a; _minimalCoprime[same] = false; }
            else if (a > _minimal[same]) _minimal[same] = a;
            _minimalCoprime[same] |= _qCoprime[a];
        }
        _kept.Clear();
        n = 0;
        for (int m = 0; m < minimal; m++)
            if (!_minimalCoprime[m]) _candidates[n++] = _minimal[m];
        Array.Sort(_candidates, 0, n);
        for (int x = 0; x < n; x++)
        {
            int a = (int)_candidates[x];
            int lcm = table.Lcm(lmH, basis.Leading[a]);
            int degL = table.SugarDegree(lcm);
            int s = Math.Max(sugarH + degL - degH, basis.Sugar[a] + degL - table.SugarDegree(basis.Leading[a]));
            _kept.Add(new F4Pair(a, t, lcm, s, table.Mask(lcm)));
        }

        // Old pairs are pruned once per step, for all the step's new elements together (DropRedundantPairs).
        _pairs.AddRange(_kept);

        for (int i = 0; i < t; i++)
            if (!basis.Redundant[i] && table.Divides(lmH, basis.Leading[i])) basis.Redundant[i] = true;
    }

    /// <summary>
    /// Gebauer–Möller's criterion on existing pairs, for the elements installed from <paramref name="firstNew"/> on:
    /// a pair whose lcm lm(h) divides, with lcm(g_i, h) and lcm(g_j, h) both of lower degree, is redundant — h being
    /// any element installed after the pair was formed (p.J &lt; h), exactly as if each h had pruned the pairs on its
    /// installation. One pass per step instead of one per new element (its masks are in the pairs: no table reads).
    /// </summary>
    public void DropRedundantPairs(F4Basis basis, MonomialTable table, int firstNew)
    {
        int last = basis.Count;
        if (firstNew >= last) return;
        if (_newMasks.Length < last - firstNew) _newMasks = new ulong[Math.Max(last - firstNew, 2 * _newMasks.Length)];
        for (int j = firstNew; j < last; j++) _newMasks[j - firstNew] = table.Mask(basis.Leading[j]);
        var pairs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pairs);
        int kept = 0;
        for (int k = 0; k < pairs.Length; k++)
        {
            var p = pairs[k];
            bool redundant = false;
            for (int j = Math.Max(firstNew, p.J + 1); j < last && !redundant; j++)
            {
                if ((_newMasks[j - firstNew] & ~p.LcmMask) != 0) continue;
                int lmH = basis.Leading[j];
                if (!table.Divides(lmH, p.Lcm)) continue;
                int degL = table.Degree(p.Lcm);
                redundant = table.LcmDegree(basis.Leading[p.I], lmH) != degL && table.LcmDegree(basis.Leading[p.J], lmH) != degL;
            }
            if (!redundant) pairs[kept++] = p;
        }
        _pairs.RemoveRange(kept, _pairs.Count - kept);
    }

    private ulong[] _newMasks = Array.Empty<ulong>();

    private const ulong Guard = 0x8000_8000_8000_8000UL;

    /// <summary>Fills the q_i of <see cref="Update"/> for the elements before t.</summary>
    private void Quotients(F4Basis basis, MonomialTable table, int t)
    {
        if (_qLive.Length < t)
        {
            int size = Math.Max(t, 2 * _qLive.Length);
            Array.Resize(ref _qOffset, size); Array.Resize(ref _qFirst, size); Array.Resize(ref _qLast, size);
            Array.Resize(ref _qDegree, size); Array.Resize(ref _qMask, size);
            Array.Resize(ref _qLive, size); Array.Resize(ref _qCoprime, size);
        }
        bool exact = table.Variables <= 64;
        var h = table.Get(basis.Leading[t]);
        _linear = 0;
        int offset = 0;
        for (int i = 0; i < t; i++)
        {
            _qLive[i] = !basis.Redundant[i];
            if (!_qLive[i]) continue;
            int lm = basis.Leading[i];
            var g = table.Get(lm);
            var (first, last) = table.WordSpan(lm);
            int words = Math.Max(0, last - first + 1);
            if (_qWords.Length < offset + words) Array.Resize(ref _qWords, Math.Max(offset + words, 2 * _qWords.Length));
            int degree = 0;
            ulong mask = 0;
            for (int k = 0; k < words; k++)
            {
                int word = first + k;
                // Fieldwise max(g − h, 0): with g's guard bits set no field borrows from the next, and a field of g
                // below h's leaves its guard bit cleared, which zeroes that field.
                ulong d = (g[word] | Guard) - h[word];
                ulong q = d & ~Guard & (((d & Guard) >> 15) * 0xFFFF);
                _qWords[offset + k] = q;
                if (q == 0) continue;
                for (int f = 0; f < 4; f++)
                {
                    int e = (int)((q >> (48 - 16 * f)) & 0xFFFF);
                    if (e == 0) continue;
                    degree += e;
                    int v = PackedMonomial.FirstVariableOfWord(word) + f;
                    mask |= 1UL << (v & 63);
                }
            }
            _qOffset[i] = offset;
            _qFirst[i] = first;
            _qLast[i] = last;
            _qDegree[i] = degree;
            _qMask[i] = mask;
            _qCoprime[i] = degree == table.Degree(lm);
            if (exact && degree == 1) _linear |= mask;
            offset += words;
        }
    }

    /// <summary>Whether q_j divides q_a (each zero outside its element's word span).</summary>
    private bool QuotientDivides(int j, int a)
    {
        for (int word = _qFirst[j]; word <= _qLast[j]; word++)
        {
            ulong qj = _qWords[_qOffset[j] + word - _qFirst[j]];
            if (qj == 0) continue;
            ulong qa = word >= _qFirst[a] && word <= _qLast[a] ? _qWords[_qOffset[a] + word - _qFirst[a]] : 0;
            if ((((qa | Guard) - qj) & Guard) != Guard) return false;
        }
        return true;
    }
}
