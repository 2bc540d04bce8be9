using System.Text;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// A LaTeX fragment for a paper: an <c>align*</c> with one generator per row; <c>x12</c> prints as
/// <c>x_{12}</c>, fractions as <c>\frac{n}{d}</c>. Write-only.
/// </summary>
public sealed class LatexIdealWriter : IIdealWriter
{
    public string Format => "latex";
    public string Extension => ".tex";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        metadata ??= IdealMetadata.Empty;
        foreach (var line in ForeignOrders.CommentLines(metadata))
            output.Write($"% {ForeignOrders.OneLine(line)}\n");
        string field = ring.Field.Characteristic == 0 ? @"\mathbb{Q}" : $@"\mathbb{{F}}_{{{ring.Field.Characteristic}}}";
        output.Write($"% ring: {field}[{string.Join(", ", ring.Variables.Select(Variable))}], order {ring.Order.Describe(ring.Variables)}\n");
        string name = metadata.Name;
        output.Write(@"\begin{align*}" + "\n");
        if (generators.Count == 0) output.Write($"  {name} &= \\langle 0 \\rangle\n");
        for (int i = 0; i < generators.Count; i++)
            output.Write($"  {name}_{{{i + 1}}} &= {Polynomial(generators[i])}{(i + 1 < generators.Count ? @" \\" : "")}\n");
        output.Write(@"\end{align*}" + "\n");
    }

    public static string Polynomial<T, TField>(Polynomial<T, TField> p) where TField : struct, IField<T>
    {
        if (p.IsZero) return "0";
        var sb = new StringBuilder();
        var vars = p.Ring.Variables;
        int term = 0;
        foreach (var (c, exps) in p.Terms())
        {
            string coef = p.Ring.Field.Format(c);
            bool negative = coef.StartsWith('-');
            if (negative) coef = coef[1..];
            sb.Append(negative ? (term == 0 ? "-" : " - ") : (term == 0 ? "" : " + "));
            bool constant = exps.All(e => e == 0);
            if (coef != "1" || constant)
            {
                int slash = coef.IndexOf('/');
                sb.Append(slash < 0 ? coef : $@"\frac{{{coef[..slash]}}}{{{coef[(slash + 1)..]}}}");
            }
            for (int v = 0; v < exps.Length; v++)
            {
                if (exps[v] == 0) continue;
                sb.Append(Variable(vars[v]));
                if (exps[v] > 1) sb.Append($"^{{{exps[v]}}}");
            }
            term++;
        }
        return sb.ToString();
    }

    /// <summary><c>x12</c> → <c>x_{12}</c>, <c>w_1_2</c> → <c>w_{1,2}</c>, longer words → <c>\mathit{…}</c>.</summary>
    public static string Variable(string name)
    {
        int split = name.Length;
        while (split > 0 && (char.IsAsciiDigit(name[split - 1]) || name[split - 1] == '_')) split--;
        var stem = name[..split];
        var index = name[split..].Trim('_').Replace('_', ',');
        if (stem.Contains('_'))
        {
            var parts = stem.Split('_', 2);
            stem = parts[0];
            index = parts[1].Replace('_', ',') + (index.Length > 0 ? "," + index : "");
        }
        var head = stem.Length == 1 ? stem : $@"\mathit{{{stem}}}";
        return index.Length == 0 ? head : $"{head}_{{{index}}}";
    }
}
