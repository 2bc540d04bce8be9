using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Ideals;
using static Elimination.Ideals.Tests.TestRings;

namespace Elimination.Ideals.Tests;

/// <summary>
/// Implicitization with coordinates that are zero, repeated or combinations of others (<c>LinearRelations</c>): the
/// relations are set aside and only the free coordinates eliminated. Each result is compared with the elimination of the
/// whole graph, built here by hand (so that path is not taken) and computed by Buchberger's engine.
/// </summary>
public class LinearRelationsTests
{
    /// <summary>The elimination ideal of the graph y_i − λ_B(i)·images[i] (λ only for the given blocks), by Buchberger.</summary>
    private static Ideal<T, TField> WholeGraph<T, TField>(RationalMap<T, TField> map, int[][]? scaledBlocks) where TField : struct, IField<T>
    {
        var lambdas = (scaledBlocks ?? Array.Empty<int[]>()).Select((_, k) => $"lambda{k}").ToArray();
        var names = map.Parameters.Variables.Concat(lambdas).Concat(map.Targets).ToArray();
        var graph = new PolynomialRing<T, TField>(map.Parameters.Field, names);
        var gens = new List<Polynomial<T, TField>>();
        for (int i = 0; i < map.Targets.Count; i++)
        {
            var image = Rings.Map(map.Numerators[i], graph);
            int block = scaledBlocks is null ? -1 : Array.FindIndex(scaledBlocks, b => b.Contains(i));
            if (block >= 0) image = graph.Variable(lambdas[block]) * image;
            gens.Add(graph.Variable(map.Targets[i]) - image);
        }
        var ideal = new Ideal<T, TField>(graph, gens, new BuchbergerEngine());
        return EliminationIdeal.Compute(ideal, map.Parameters.Variables.Concat(lambdas)).MapTo(map.TargetRing());
    }

    private static readonly string[] Parameters = { "s", "t" };
    private static readonly string[] Targets = { "y0", "y1", "y2", "y3", "y4", "y5" };

    // y1 = 0, y2 = y0, y4 = y0 + y3/2 + 1/2 (a constant term), y5 free: 3 relations, 3 free coordinates.
    private static readonly string[] AffineImages = { "s^2 + t", "0", "s^2 + t", "2*s*t - 3", "s^2 + t + s*t - 1", "t^3" };

    [Test]
    public void AffineMapOverQQ()
    {
        var map = RationalMap<Rational, RationalField>.Parse(new RationalField(), Parameters, Targets, AffineImages);
        var r = Implicitization.Compute(map);
        var basis = r.Ideal.GroebnerBasis();
        foreach (var g in basis.Basis) Log("  " + g);
        Assert.That(r.Ideal.Equals(WholeGraph(map, null)), Is.True);
        // The relations, reduced: leading variable the earliest, tails in later free coordinates and 1.
        var ring = r.Ideal.Ring;
        Assert.That(basis.Basis, Does.Contain(ring.Parse("y1")));
        Assert.That(basis.Basis, Does.Contain(ring.Parse("y0 - y4 + 1/2*y3 + 1/2")));
        Assert.That(basis.Basis, Does.Contain(ring.Parse("y2 - y4 + 1/2*y3 + 1/2")));
        Assert.That(basis.Basis.Count(g => g.Degree == 1), Is.EqualTo(3));
        Assert.That(basis.Verified, Is.True);
        Assert.That(basis.VerificationNote, Does.Contain("3 coordinates are linear combinations of the other 3"));
        Assert.That(r.Ideal.Dimension(), Is.EqualTo(2));
    }

    [Test]
    public void AffineMapOverFp()
    {
        var map = RationalMap<uint, PrimeField>.Parse(new PrimeField(Prime), Parameters, Targets, AffineImages);
        var r = Implicitization.Compute(map);
        Assert.That(r.Ideal.Equals(WholeGraph(map, null)), Is.True);
        Assert.That(r.Ideal.GroebnerBasis().VerificationNote, Does.Contain("linear combinations"));
    }

    [Test]
    public void OnlyZeroAndRepeatedCoordinates()
    {
        // Every coordinate but one is a relation: the kernel of the free one (s^2) is 0, the relations are all of it.
        var map = RationalMap<Rational, RationalField>.Parse(new RationalField(), Parameters, new[] { "y0", "y1", "y2" }, new[] { "s^2", "0", "3*s^2" });
        var r = Implicitization.Compute(map);
        Assert.That(r.Ideal.GroebnerBasis().Basis, Is.EqualTo(new[] { r.Ideal.Ring.Parse("y1"), r.Ideal.Ring.Parse("y0 - 1/3*y2") }));
        Assert.That(r.Ideal.Equals(WholeGraph(map, null)), Is.True);
    }

    [Test]
    public void BlocksScaledByLambdaKeepOnlyRelationsWithinABlock()
    {
        // Both blocks use both parameters and are not homogeneous in them: each gets its own λ. y2 = 0 and y3 = y0 in the
        // first block, y6 = y4 in the second; y4 = y0's image s^2 lies in the other block, which is no relation under λ.
        var blocks = new[] { new[] { 0, 1, 2, 3 }, new[] { 4, 5, 6 } };
        var images = new[] { "s^2 + t", "s*t", "0", "s^2 + t", "s^2 + t", "t", "s^2 + t" };
        var targets = Enumerable.Range(0, images.Length).Select(i => "y" + i).ToArray();
        var map = RationalMap<Rational, RationalField>.Parse(new RationalField(), Parameters, targets, images, blocks);
        var r = Implicitization.Compute(map);
        Assert.That(r.GraphVariables.Count(v => v.StartsWith("lambda", StringComparison.Ordinal)), Is.EqualTo(2));
        var expected = WholeGraph(map, blocks);
        Assert.That(r.Ideal.Equals(expected), Is.True);
        var ring = r.Ideal.Ring;
        Assert.That(r.Ideal.GroebnerBasis().Basis, Does.Contain(ring.Parse("y2")).And.Contain(ring.Parse("y0 - y3")).And.Contain(ring.Parse("y4 - y6")));
        Assert.That(r.Ideal.GroebnerBasis().Basis.Count(g => g.Degree == 1), Is.EqualTo(3));
    }

    [Test]
    public void ABlockLinearInSomeParametersNeedsNoLambda()
    {
        // Degrees 3, 2, 4 and 2 in all parameters, but every term has degree 1 in {a, b}: scaling a and b scales the block.
        var block = new[] { new[] { 0, 1, 2, 3 } };
        var map = RationalMap<Rational, RationalField>.Parse(new RationalField(), new[] { "w", "a", "b" }, new[] { "y0", "y1", "y2", "y3" },
            new[] { "w^2*a + w*b", "w*a", "w^3*b", "w*b" }, block);
        var r = Implicitization.Compute(map);
        Assert.That(r.GraphVariables, Is.EqualTo(new[] { "w", "a", "b", "y0", "y1", "y2", "y3" }));
        Assert.That(r.Ideal.Equals(WholeGraph(map, block)), Is.True);
        Assert.That(r.Ideal.GroebnerBasis().Basis.Count, Is.GreaterThan(0));
    }
}
