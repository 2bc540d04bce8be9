using Elimination.Core.Fields;
using Elimination.Ideals;

namespace Elimination.Reliability.Tests;

/// <summary>
/// The Hilbert polynomial in Singular's <c>hilbPoly</c> form: the integers v_0,…,v_r with
/// P(s) = (v_0 + v_1·s + … + v_r·s^r)/r!, r = d − 1; "0" for the zero polynomial (d ≤ 0).
/// </summary>
internal static class HilbertPolynomialText
{
    /// <summary>Ours: the rational coefficients of <see cref="HilbertSeries.HilbertPolynomial"/> times (d − 1)!.</summary>
    public static string Of(HilbertSeries series)
    {
        var coefficients = series.HilbertPolynomial();
        var factorial = Rational.One;
        for (int i = 2; i < series.Dimension; i++) factorial *= new Rational(i);
        return Normalize(coefficients.Select(c => (c * factorial).ToString()));
    }

    /// <summary>Singular's <c>string(hilbPoly(J))</c>, e.g. "0,3".</summary>
    public static string FromSingular(string intvec) => Normalize(intvec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static string Normalize(IEnumerable<string> values)
    {
        var list = values.ToList();
        while (list.Count > 0 && list[^1] == "0") list.RemoveAt(list.Count - 1);
        return list.Count == 0 ? "0" : string.Join(",", list);
    }
}
