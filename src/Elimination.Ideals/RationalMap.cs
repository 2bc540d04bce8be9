using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Core.Errors;

namespace Elimination.Ideals;

/// <summary>
/// A rational map y_i = p_i(t)/q_i(t) from parameter space to the target coordinates y. Without
/// blocks the target is affine space; with blocks (a partition of the targets) it is the product
/// of projective spaces P^(|B_1|−1) × P^(|B_2|−1) × … and each block is a point up to scaling.
/// </summary>
public sealed class RationalMap<T, TField> where TField : struct, IField<T>
{
    public RationalMap(PolynomialRing<T, TField> parameters, IReadOnlyList<string> targets,
        IReadOnlyList<Polynomial<T, TField>> numerators, IReadOnlyList<Polynomial<T, TField>>? denominators = null,
        IReadOnlyList<int[]>? blocks = null)
    {
        if (targets.Count == 0) throw new InvalidInputException("a map needs at least one target coordinate");
        if (numerators.Count != targets.Count) throw new InvalidInputException($"{targets.Count} target coordinates but {numerators.Count} images");
        if (denominators is not null && denominators.Count != targets.Count) throw new InvalidInputException("need one denominator per target coordinate");
        foreach (var y in targets)
        {
            if (!VariableNames.IsValid(y)) throw new InvalidInputException($"'{y}' is not a valid variable name");
            if (parameters.IndexOf(y) >= 0) throw new InvalidInputException($"'{y}' is both a parameter and a target coordinate");
        }
        if (targets.Distinct().Count() != targets.Count) throw new InvalidInputException("a target coordinate is named twice");
        Parameters = parameters;
        Targets = targets.ToArray();
        Numerators = numerators.Select(p => Rings.Map(p, parameters)).ToArray();
        Denominators = (denominators ?? Enumerable.Repeat(parameters.One, targets.Count).ToArray()).Select(q => Rings.Map(q, parameters)).ToArray();
        for (int i = 0; i < Denominators.Count; i++)
            if (Denominators[i].IsZero) throw new InvalidInputException($"the denominator of {Targets[i]} is zero");
        if (blocks is not null)
        {
            var all = blocks.SelectMany(b => b).OrderBy(i => i).ToArray();
            if (!all.SequenceEqual(Enumerable.Range(0, targets.Count)))
                throw new InvalidInputException("blocks must partition the target coordinates");
            if (blocks.Any(b => b.Length == 0)) throw new InvalidInputException("a block is empty");
            Blocks = blocks.Select(b => b.OrderBy(i => i).ToArray()).ToArray();
        }
    }

    public PolynomialRing<T, TField> Parameters { get; }
    public IReadOnlyList<string> Targets { get; }
    public IReadOnlyList<Polynomial<T, TField>> Numerators { get; }
    public IReadOnlyList<Polynomial<T, TField>> Denominators { get; }

    /// <summary>Target blocks (indices into <see cref="Targets"/>); null for an affine target.</summary>
    public IReadOnlyList<int[]>? Blocks { get; }

    public bool IsProjective => Blocks is not null;

    /// <summary>The ring k[targets] (grevlex) the implicit equations live in.</summary>
    public PolynomialRing<T, TField> TargetRing() => new(Parameters.Field, Targets.ToArray());

    /// <summary>
    /// The image of a parameter point (each projective block with scaling 1); throws when a
    /// denominator vanishes there.
    /// </summary>
    public T[] Evaluate(ReadOnlySpan<T> point)
    {
        var f = Parameters.Field;
        var y = new T[Targets.Count];
        for (int i = 0; i < y.Length; i++)
        {
            var q = Denominators[i].Evaluate(point);
            if (f.IsZero(q)) throw new InvalidInputException($"the denominator of {Targets[i]} vanishes at this point");
            y[i] = f.Div(Numerators[i].Evaluate(point), q);
        }
        return y;
    }

    /// <summary>
    /// A map from text: parameter names, target names, one image per target ("p" or "p/(q)"; a
    /// top-level '/' followed by a parenthesis divides by a polynomial), and optional blocks.
    /// </summary>
    public static RationalMap<T, TField> Parse(TField field, IReadOnlyList<string> parameters, IReadOnlyList<string> targets,
        IReadOnlyList<string> images, IReadOnlyList<int[]>? blocks = null)
    {
        var ring = new PolynomialRing<T, TField>(field, parameters);
        var nums = new List<Polynomial<T, TField>>();
        var dens = new List<Polynomial<T, TField>>();
        foreach (var text in images)
        {
            var (n, d) = SplitFraction(text);
            nums.Add(ring.Parse(n));
            dens.Add(d is null ? ring.One : ring.Parse(d));
        }
        return new RationalMap<T, TField>(ring, targets, nums, dens, blocks);
    }

    /// <summary>Splits "p/(q)" at its last top-level '/' followed by '('; the numerator alone otherwise (one implementation, in Core.IO).</summary>
    public static (string Numerator, string? Denominator) SplitFraction(string text) => Core.IO.MapFile.SplitFraction(text);
}
