namespace Elimination.Core.Monomials;

/// <summary>
/// A global monomial order on packed exponent vectors (see <see cref="PackedMonomial"/>).
/// Every order is also given as an integer weight matrix, so that other layouts (F4's
/// monomial table, file writers) can reproduce it exactly.
/// Orders compare by value: two orders are equal when their weight matrices are (so separately built
/// rings with the same order interoperate and orders can key dictionaries).
/// </summary>
public abstract class MonomialOrder : IEquatable<MonomialOrder>
{
    protected MonomialOrder(int variables) => Variables = variables;

    public int Variables { get; }

    /// <summary>Sign of a − b: positive when a is the larger monomial.</summary>
    public abstract int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b);

    /// <summary>Rows of a matrix M of full column rank: a &gt; b iff M·a &gt; M·b lexicographically.</summary>
    public abstract int[][] WeightMatrix();

    /// <summary>Name as written in system files: grevlex, lex, weighted(…), elim(…).</summary>
    public abstract string Describe(IReadOnlyList<string> variableNames);

    /// <summary>Whether a variable order change is needed so that the order's blocks are contiguous.</summary>
    public virtual IReadOnlyList<int[]> Blocks => new[] { Enumerable.Range(0, Variables).ToArray() };

    /// <summary>Compares unpacked exponent vectors through the weight matrix.</summary>
    public int CompareExponents(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        foreach (var row in WeightMatrixCached)
        {
            long s = 0;
            for (int i = 0; i < row.Length; i++) s += (long)row[i] * (a[i] - b[i]);
            if (s != 0) return s > 0 ? 1 : -1;
        }
        return 0;
    }

    private int[][]? _matrix;
    private int[][] WeightMatrixCached => _matrix ??= WeightMatrix();

    private int? _hash;

    public bool Equals(MonomialOrder? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Variables != Variables) return false;
        var a = WeightMatrixCached;
        var b = other.WeightMatrixCached;
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (!a[i].AsSpan().SequenceEqual(b[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is MonomialOrder o && Equals(o);

    public override int GetHashCode()
    {
        if (_hash is { } h) return h;
        var hc = new HashCode();
        hc.Add(Variables);
        foreach (var row in WeightMatrixCached) foreach (var w in row) hc.Add(w);
        return (_hash = hc.ToHashCode()).Value;
    }

    public static bool operator ==(MonomialOrder? a, MonomialOrder? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(MonomialOrder? a, MonomialOrder? b) => !(a == b);
}
