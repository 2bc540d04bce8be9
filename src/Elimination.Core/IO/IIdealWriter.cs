using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.IO;

/// <summary>Writes an ideal (its ring and generators) in one file format.</summary>
public interface IIdealWriter
{
    /// <summary>The name <c>--format</c> takes: native, singular, m2, json, latex.</summary>
    string Format { get; }

    /// <summary>Usual file extension, with the dot.</summary>
    string Extension { get; }

    void Write<T, TField>(TextWriter output, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>;
}

public static class IdealWriterExtensions
{
    /// <summary>The whole file as a string.</summary>
    public static string ToText<T, TField>(this IIdealWriter writer, PolynomialRing<T, TField> ring, IReadOnlyList<Polynomial<T, TField>> generators, IdealMetadata? metadata = null)
        where TField : struct, IField<T>
    {
        var sw = new StringWriter { NewLine = "\n" };
        writer.Write(sw, ring, generators, metadata);
        return sw.ToString();
    }
}
