using Elimination.Core.Fields;
using Elimination.Core.LinearAlgebra;

namespace Elimination.Core.Tests.LinearAlgebra;

/// <summary>
/// The one F_p kernel (ModularRowEchelon, behind FieldMatrix over F_p) against plain Gauss–Jordan
/// over ℚ reduced mod p: integer matrices whose ℚ results have no denominator divisible by p.
/// </summary>
public class ModularLinearAlgebraTests
{
    private static readonly PrimeField Fp = new(2147483647);
    private static readonly RationalField Q = new();

    private static FieldMatrix<Rational, RationalField> RandomIntegerMatrix(Random rng, int rows, int columns, int rank)
    {
        // A product of rows×rank and rank×columns integer matrices: rank at most `rank`.
        var a = new FieldMatrix<Rational, RationalField>(Q, rows, rank);
        var b = new FieldMatrix<Rational, RationalField>(Q, rank, columns);
        for (int i = 0; i < rows; i++) for (int k = 0; k < rank; k++) a[i, k] = new Rational(rng.Next(-9, 10));
        for (int k = 0; k < rank; k++) for (int j = 0; j < columns; j++) b[k, j] = new Rational(rng.Next(-9, 10));
        return a * b;
    }

    private static FieldMatrix<uint, PrimeField> ModP(FieldMatrix<Rational, RationalField> m) =>
        m.Map<uint, PrimeField>(Fp, q => Fp.FromRational(q.Numerator, q.Denominator));

    [Test]
    public void EchelonRankAndKernelAgreeWithGaussJordanOverQ()
    {
        var rng = new Random(3);
        for (int trial = 0; trial < 40; trial++)
        {
            int rows = rng.Next(1, 12), columns = rng.Next(1, 40), rank = rng.Next(1, 8);
            var q = RandomIntegerMatrix(rng, rows, columns, rank);
            var (eq, pq) = q.ReducedRowEchelon();
            var (ep, pp) = ModP(q).ReducedRowEchelon();
            Assert.That(pp, Is.EqualTo(pq));
            Assert.That(ep.EqualsMatrix(ModP(eq)), Is.True, $"trial {trial}");
            var kernel = ModP(q).Kernel();
            Assert.That(kernel.Columns, Is.EqualTo(columns - pq.Length));
            Assert.That((ModP(q) * kernel).EqualsMatrix(new FieldMatrix<uint, PrimeField>(Fp, rows, kernel.Columns)), Is.True);
            Assert.That(kernel.EqualsMatrix(ModP(q.Kernel())), Is.True);
        }
    }

    [Test]
    public void DeterminantAgreesWithTheRationalOne()
    {
        var rng = new Random(4);
        for (int trial = 0; trial < 60; trial++)
        {
            int n = rng.Next(1, 9);
            var q = RandomIntegerMatrix(rng, n, n, trial % 4 == 0 ? Math.Max(1, n - 1) : n);
            var det = q.Determinant();
            Assert.That(det.IsInteger, Is.True);
            Assert.That(ModP(q).Determinant(), Is.EqualTo(Fp.FromInteger(det.Numerator)), $"trial {trial}, n = {n}");
        }
        var swap = FieldMatrix<uint, PrimeField>.FromIntegers(Fp, new long[,] { { 0, 1 }, { 1, 0 } });
        Assert.That(swap.Determinant(), Is.EqualTo(Fp.Neg(1)));
        Assert.That(FieldMatrix<Rational, RationalField>.FromIntegers(Q, new long[,] { { 2, 3 }, { 4, 5 } }).Determinant(), Is.EqualTo(new Rational(-2)));
    }

    [Test]
    public void KernelOfRowsIsTheNullSpace()
    {
        var rng = new Random(9);
        var q = RandomIntegerMatrix(rng, 6, 20, 4);
        var rows = Enumerable.Range(0, q.Rows).Select(i => Enumerable.Range(0, q.Columns).Select(j => Fp.FromRational(q[i, j].Numerator, q[i, j].Denominator)).ToArray()).ToList();
        var kernel = ModularRowEchelon.KernelOf(Fp, rows, q.Columns);
        Assert.That(kernel, Has.Count.EqualTo(16));
        foreach (var v in kernel)
            foreach (var r in rows)
                Assert.That(Core.Modular.ModularArithmetic.Dot(Fp, r, v), Is.EqualTo(0u));
        Assert.That(ModularRowEchelon.RankOf(Fp, rows.SelectMany(r => r).ToArray(), rows.Count, q.Columns), Is.EqualTo(4));
    }
}
