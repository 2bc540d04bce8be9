using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Tests;

/// <summary>Seeded random ideals in several orders and both fields, for the IO tests.</summary>
internal static class IOTestIdeals
{
    public static readonly string[] Variables = { "a", "b", "x1", "x2", "y" };

    /// <summary>Order specs covering every translation: grevlex, lex, weighted, a permuting elimination order.</summary>
    public static readonly string[] Orders = { "grevlex", "lex", "weighted(3,1,2,5,1)", "elim(x1,y)" };

    public static string RandomPolynomialText(Random rng, bool rational)
    {
        var sb = new StringBuilder();
        int terms = rng.Next(1, 6);
        for (int t = 0; t < terms; t++)
        {
            int num = rng.Next(-40, 41);
            if (num == 0) num = 1;
            int den = rational ? rng.Next(1, 5) : 1;
            sb.Append(t == 0 ? "" : " + ").Append('(').Append(num);
            if (den != 1) sb.Append('/').Append(den);
            sb.Append(')');
            foreach (var v in Variables)
            {
                int e = rng.Next(0, 5) < 3 ? 0 : rng.Next(1, 4);
                if (e > 0) sb.Append('*').Append(v).Append('^').Append(e);
            }
        }
        return sb.ToString();
    }

    public static List<Polynomial<T, TField>> RandomIdeal<T, TField>(PolynomialRing<T, TField> ring, Random rng, int count)
        where TField : struct, IField<T>
    {
        var list = new List<Polynomial<T, TField>>();
        while (list.Count < count)
        {
            var p = ring.Parse(RandomPolynomialText(rng, ring.Field.Characteristic == 0));
            if (!p.IsZero) list.Add(p);
        }
        return list;
    }

    public static PolynomialRing<Rational, RationalField> QQ(string order) =>
        new(default, Variables, MonomialOrders.Parse(order, Variables));

    public static PolynomialRing<uint, PrimeField> GF(long p, string order) =>
        new(new PrimeField(p), Variables, MonomialOrders.Parse(order, Variables));
}
