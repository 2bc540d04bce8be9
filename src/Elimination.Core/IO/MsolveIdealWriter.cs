using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>
/// msolve's input format (<c>msolve -f FILE</c>): the variables comma-separated on the first line,
/// the characteristic (0 for ℚ) on the second, then the generators separated by commas, one per
/// line. The format has no comments, so no metadata is written; msolve always works in grevlex, so
/// the ring's order is not recorded either (the ideal, not the basis, is what msolve reads).
/// </summary>
public sealed class MsolveIdealWriter : IIdealWriter
{
    public string Format => "msolve";
    public string Extension => ".ms";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        output.Write(string.Join(",", ring.Variables) + "\n");
        output.Write($"{ring.Field.Characteristic}\n");
        if (generators.Count == 0)
        {
            output.Write("0\n");
            return;
        }
        for (int i = 0; i < generators.Count; i++)
            output.Write(PolynomialPrinter.Format(generators[i]) + (i + 1 < generators.Count ? ",\n" : "\n"));
    }
}
