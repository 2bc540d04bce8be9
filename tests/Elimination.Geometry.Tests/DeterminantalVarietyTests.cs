using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;
using static Elimination.Geometry.Tests.TestFields;

namespace Elimination.Geometry.Tests;

/// <summary>Singular loci of rank varieties from their structure (issue 13 item 4).</summary>
public class DeterminantalVarietyTests
{
    private static Variety<uint, PrimeField> RankVariety(int rows, int columns, int rank)
    {
        var ring = Ring(Enumerable.Range(0, rows * columns).Select(i => $"y{i}").ToArray());
        return new Variety<uint, PrimeField>(ring, new DeterminantalVariety(rows, columns, rank).Minors(ring, rank + 1));
    }

    [Test]
    public void FourByFourRankTwoIsSingularAlongRankOne()
    {
        // The (4,2,4) linear network: Singular's singularLocus gives dim 7, degree 20 (the Segre P^3 x P^3 cone).
        var x = RankVariety(4, 4, 2);
        var s = SingularLocus.Compute(x);
        Assert.That(s.Method, Does.Contain("4x4 matrices of rank <= 2"));
        Assert.That((s.Invariants.Dimension, s.Invariants.Degree), Is.EqualTo((7, 20L)));
    }

    [Test]
    public void StructureAgreesWithTheJacobianCriterion()
    {
        // 2×4 of rank ≤ 1 (codimension 3): the Jacobian criterion's locus has the same radical, the origin.
        var x = RankVariety(2, 4, 1);
        var s = SingularLocus.Compute(x);
        Assert.That(s.Method, Is.Not.Null);
        var options = GeometryOptions.Default;
        var jacobian = options.IdealOf(x.Ring, x.Generators.Concat(x.JacobianMinors(options)));
        var structural = options.IdealOf(x.Ring, s.Basis);
        Assert.That(jacobian.Radical(), Is.EqualTo(structural));
        Assert.That(structural.Dimension(), Is.EqualTo(0));
    }

    [Test]
    public void OtherLayoutsAreNotMistakenForRankVarieties()
    {
        // The twisted cubic: 2×2 minors of a Hankel matrix, not of a matrix of distinct variables.
        var x = Affine("a,b,c,d", "a*c - b^2", "b*d - c^2", "a*d - b*c");
        Assert.That(DeterminantalVariety.Recognise(x, GeometryOptions.Default), Is.Null);
        Assert.That(SingularLocus.Compute(x).Method, Is.Null);
    }
}
