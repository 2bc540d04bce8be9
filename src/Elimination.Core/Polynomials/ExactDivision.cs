using Elimination.Core.Fields;
using Elimination.Core.Monomials;

namespace Elimination.Core.Polynomials;

/// <summary>Division of polynomials known to be multiples: f / g with zero remainder.</summary>
public static class ExactDivision
{
    /// <summary>The quotient q with f = q·g; throws when g does not divide f.</summary>
    public static Polynomial<T, TField> Divide<T, TField>(Polynomial<T, TField> f, Polynomial<T, TField> g)
        where TField : struct, IField<T>
    {
        if (g.IsZero) throw new DivideByZeroException("division by the zero polynomial");
        var ring = f.Ring;
        var field = ring.Field;
        var quotient = new TermAccumulator<T, TField>(ring);
        var m = new ulong[ring.Words];
        var lcInverse = field.Inv(g.LeadingCoefficient);
        var p = f;
        // If f = q·g then lt(p) = lt(q)·lt(g) at every step, so a non-divisible leading term proves g ∤ f.
        while (!p.IsZero)
        {
            if (!PackedMonomial.Divides(g.LeadingMonomial, p.LeadingMonomial))
                throw new ArgumentException("the division is not exact");
            PackedMonomial.Divide(p.LeadingMonomial, g.LeadingMonomial, m);
            var c = field.Mul(p.LeadingCoefficient, lcInverse);
            quotient.Add(m, c);
            p = p.AddScaledShifted(g, field.Neg(c), m);
        }
        return quotient.ToPolynomial();
    }
}
