using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>The native <c>.sys</c> format (see <see cref="SystemFile"/>): reads back into the runner.</summary>
public sealed class NativeIdealWriter : IIdealWriter
{
    public string Format => "native";
    public string Extension => ".sys";

    public void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        foreach (var line in ForeignOrders.CommentLines(metadata ?? IdealMetadata.Empty))
            output.Write($"# {ForeignOrders.OneLine(line)}\n");
        output.Write($"field: {ring.Field.Name}\n");
        output.Write($"vars: {string.Join(", ", ring.Variables)}\n");
        output.Write($"order: {ring.Order.Describe(ring.Variables)}\n");
        output.Write("polys:\n");
        // The zero ideal has an empty basis; "0" keeps the file readable (an empty polys: is refused).
        if (generators.Count == 0) output.Write("0\n");
        foreach (var g in generators) output.Write(PolynomialPrinter.Format(g) + "\n");
    }
}
