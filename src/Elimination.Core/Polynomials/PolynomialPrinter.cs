using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;

namespace Elimination.Core.Polynomials;

/// <summary>
/// Prints polynomials as <c>x^2*y-3/2*z+7</c>: the syntax the parser, Singular and Macaulay2 all read.
/// </summary>
public static class PolynomialPrinter
{
    public static string Format<T, TField>(Polynomial<T, TField> p) where TField : struct, IField<T>
    {
        if (p.IsZero) return "0";
        var sb = new StringBuilder();
        var vars = p.Ring.Variables;
        for (int i = 0; i < p.Length; i++)
        {
            string c = p.Ring.Field.Format(p.CoefficientAt(i));
            bool negative = c.StartsWith('-');
            string magnitude = negative ? c[1..] : c;
            if (negative) sb.Append('-');
            else if (i > 0) sb.Append('+');
            var m = p.MonomialAt(i);
            bool constant = PackedMonomial.IsOne(m);
            if (constant) { sb.Append(magnitude); continue; }
            bool first = true;
            if (magnitude != "1") { sb.Append(magnitude); first = false; }
            for (int v = 0; v < vars.Count; v++)
            {
                int e = PackedMonomial.Exponent(m, v);
                if (e == 0) continue;
                if (!first) sb.Append('*');
                first = false;
                sb.Append(vars[v]);
                if (e > 1) sb.Append('^').Append(e);
            }
        }
        return sb.ToString();
    }

    /// <summary>A monomial given by its packed exponents, e.g. <c>x^2*y</c> (or <c>1</c>).</summary>
    public static string FormatMonomial(ReadOnlySpan<ulong> m, IReadOnlyList<string> vars)
    {
        var parts = new List<string>();
        for (int v = 0; v < vars.Count; v++)
        {
            int e = PackedMonomial.Exponent(m, v);
            if (e == 1) parts.Add(vars[v]);
            else if (e > 1) parts.Add($"{vars[v]}^{e}");
        }
        return parts.Count == 0 ? "1" : string.Join("*", parts);
    }
}
