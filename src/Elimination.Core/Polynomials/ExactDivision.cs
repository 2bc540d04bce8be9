using Elimination.Core.Fields;
using Elimination.Core.Monomials;

namespace Elimination.Core.Polynomials;

/// <summary>Exact division f / g: the quotient of a known multiple, or whether g divides f at all.</summary>
public static class ExactDivision
{
    /// <summary>The quotient q with f = q·g; throws when g does not divide f.</summary>
    public static Polynomial<T, TField> Divide<T, TField>(Polynomial<T, TField> f, Polynomial<T, TField> g)
        where TField : struct, IField<T> =>
        TryDivide(f, g, out var q) ? q : throw new ArgumentException("the division is not exact");

    /// <summary>Whether g divides f, with the quotient when it does.</summary>
    public static bool TryDivide<T, TField>(Polynomial<T, TField> f, Polynomial<T, TField> g, out Polynomial<T, TField> quotient)
        where TField : struct, IField<T>
    {
        if (g.IsZero) throw new DivideByZeroException("division by the zero polynomial");
        var ring = f.Ring;
        var field = ring.Field;
        var q = new TermAccumulator<T, TField>(ring);
        var m = new ulong[ring.Words];
        var lcInverse = field.Inv(g.LeadingCoefficient);
        var p = f;
        quotient = Polynomial<T, TField>.Zero(ring);
        // If f = q·g then lt(p) = lt(q)·lt(g) at every step, so a non-divisible leading term proves g ∤ f.
        while (!p.IsZero)
        {
            if (!PackedMonomial.Divides(g.LeadingMonomial, p.LeadingMonomial)) return false;
            PackedMonomial.Divide(p.LeadingMonomial, g.LeadingMonomial, m);
            var c = field.Mul(p.LeadingCoefficient, lcInverse);
            q.Add(m, c);
            p = p.AddScaledShifted(g, field.Neg(c), m);
        }
        quotient = q.ToPolynomial();
        return true;
    }
}
