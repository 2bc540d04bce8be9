using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Groebner;

/// <summary>Turning any Gröbner basis into the unique reduced one (checks on bases: <see cref="GroebnerChecks"/>).</summary>
public static class ReducedBasis
{
    /// <summary>
    /// From a Gröbner basis: drop elements whose leading monomial is divisible by another's,
    /// fully reduce each against the others, make monic, sort by increasing leading monomial.
    /// </summary>
    public static List<Polynomial<T, TField>> FromGroebnerBasis<T, TField>(IEnumerable<Polynomial<T, TField>> basis, CancellationToken cancel = default)
        where TField : struct, IField<T>
    {
        var g = basis.Where(p => !p.IsZero).Select(p => p.MakeMonic()).ToList();
        if (g.Count == 0) return g;
        var order = g[0].Ring.Order;
        g.Sort((a, b) => order.Compare(a.LeadingMonomial, b.LeadingMonomial));
        var minimal = new List<Polynomial<T, TField>>();
        foreach (var p in g)
        {
            bool redundant = false;
            foreach (var q in minimal)
                if (PackedMonomial.Divides(q.LeadingMonomial, p.LeadingMonomial)) { redundant = true; break; }
            if (!redundant) minimal.Add(p);
        }
        var reduced = new List<Polynomial<T, TField>>(minimal.Count);
        for (int i = 0; i < minimal.Count; i++)
        {
            var others = minimal.Where((_, j) => j != i).ToList();
            reduced.Add(Reduction.NormalForm(minimal[i], others, cancel).MakeMonic());
        }
        Sort(reduced);
        return reduced;
    }

    public static void Sort<T, TField>(List<Polynomial<T, TField>> basis) where TField : struct, IField<T>
    {
        if (basis.Count == 0) return;
        var order = basis[0].Ring.Order;
        basis.Sort((a, b) => order.Compare(a.LeadingMonomial, b.LeadingMonomial));
    }

    /// <summary>Whether two reduced bases are equal term by term.</summary>
    public static bool AreEqual<T, TField>(IReadOnlyList<Polynomial<T, TField>> a, IReadOnlyList<Polynomial<T, TField>> b)
        where TField : struct, IField<T> =>
        a.Count == b.Count && a.Zip(b).All(x => x.First.Equals(x.Second));
}
