using Elimination.Core.Monomials;

namespace Elimination.Core.Tests;

public class MonomialTests
{
    private static ulong[] Pack(params int[] e)
    {
        var m = new ulong[PackedMonomial.Words(e.Length)];
        PackedMonomial.Pack(e, m);
        return m;
    }

    [Test]
    public void PackUnpackAndDegree()
    {
        var e = new[] { 3, 0, 7, 32767, 1, 2 };
        var m = Pack(e);
        var back = new int[e.Length];
        PackedMonomial.Unpack(m, back);
        Assert.That(back, Is.EqualTo(e));
        Assert.That(PackedMonomial.Degree(m), Is.EqualTo(e.Sum()));
    }

    [Test]
    public void OverflowIsDetectedNotWrapped()
    {
        Assert.That(() => Pack(32768), Throws.InstanceOf<Elimination.Core.Errors.ExponentOverflowException>());
        var a = Pack(20000, 1);
        var t = new ulong[a.Length];
        Assert.That(() => PackedMonomial.Multiply(a, a, t), Throws.InstanceOf<Elimination.Core.Errors.ExponentOverflowException>());
        var b = Pack(16383, 5);
        PackedMonomial.Multiply(b, b, t);
        Assert.That(PackedMonomial.Exponent(t, 0), Is.EqualTo(32766));
    }

    [Test]
    public void DivisibilityLcmAndCoprimality()
    {
        const int seed = 7;
        var rng = new Random(seed);
        for (int k = 0; k < 5000; k++)
        {
            int n = rng.Next(1, 10);
            var a = Enumerable.Range(0, n).Select(_ => rng.Next(0, 4)).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => rng.Next(0, 4)).ToArray();
            var pa = Pack(a); var pb = Pack(b);
            Assert.That(PackedMonomial.Divides(pb, pa), Is.EqualTo(a.Zip(b).All(x => x.Second <= x.First)), $"seed {seed}");
            var lcm = new ulong[pa.Length];
            PackedMonomial.Lcm(pa, pb, lcm);
            Assert.That(lcm, Is.EqualTo(Pack(a.Zip(b, Math.Max).ToArray())));
            Assert.That(PackedMonomial.AreCoprime(pa, pb), Is.EqualTo(a.Zip(b).All(x => x.First == 0 || x.Second == 0)));
        }
    }

    private static IEnumerable<MonomialOrder> Orders(int n)
    {
        yield return new LexOrder(n);
        yield return new GrevlexOrder(n);
        yield return new WeightedOrder(Enumerable.Range(1, n).ToArray());
        yield return new WeightedOrder(Enumerable.Repeat(2, n).ToArray()); // equal weights: grevlex must break ties
        yield return BlockOrder.Elimination(n, new[] { n - 1, 0 });
    }

    [Test]
    public void PackedComparisonAgreesWithWeightMatrix()
    {
        const int seed = 11;
        var rng = new Random(seed);
        foreach (int n in new[] { 1, 3, 4, 5, 9 })
            foreach (var order in Orders(n))
                for (int k = 0; k < 2000; k++)
                {
                    var a = Enumerable.Range(0, n).Select(_ => rng.Next(0, 3)).ToArray();
                    var b = Enumerable.Range(0, n).Select(_ => rng.Next(0, 3)).ToArray();
                    Assert.That(Math.Sign(order.Compare(Pack(a), Pack(b))), Is.EqualTo(order.CompareExponents(a, b)),
                        $"{order.GetType().Name} n={n} a=[{string.Join(",", a)}] b=[{string.Join(",", b)}] seed {seed}");
                }
    }

    [Test]
    public void TextbookComparisons()
    {
        // x > y > z. Grevlex: x*z^2 vs y^3: same degree, last variable z: smaller exponent wins → y^3 > x*z^2.
        var grevlex = new GrevlexOrder(3);
        Assert.That(grevlex.Compare(Pack(0, 3, 0), Pack(1, 0, 2)), Is.Positive);
        Assert.That(new LexOrder(3).Compare(Pack(0, 3, 0), Pack(1, 0, 2)), Is.Negative);
        Assert.That(grevlex.Compare(Pack(0, 0, 3), Pack(1, 1, 0)), Is.Positive); // degree first
        // Elimination of x: anything with x beats anything without.
        var elim = BlockOrder.Elimination(3, new[] { 0 });
        Assert.That(elim.Compare(Pack(1, 0, 0), Pack(0, 5, 5)), Is.Positive);
    }

    [TestCase("grevlex", typeof(GrevlexOrder))]
    [TestCase("lex", typeof(LexOrder))]
    [TestCase("weighted(1,2,3)", typeof(WeightedOrder))]
    [TestCase("elim(c)", typeof(BlockOrder))]
    public void OrdersParse(string spec, Type type) =>
        Assert.That(MonomialOrders.Parse(spec, new[] { "a", "b", "c" }), Is.TypeOf(type));

    [TestCase("elim(q)")]
    [TestCase("weighted(1,2)")]
    [TestCase("weighted(1,0,1)")]
    [TestCase("revlex")]
    public void BadOrdersAreRejected(string spec) =>
        Assert.That(() => MonomialOrders.Parse(spec, new[] { "a", "b", "c" }), Throws.InstanceOf<Elimination.Core.Errors.InvalidInputException>());
}

/// <summary>
/// Every order's <see cref="MonomialOrder.Describe"/> parses back to the same order (exploratory testing: elim(x,y,z) of
/// every variable was written as blocks(x,y,z), which the reader refused).
/// </summary>
public class OrderTextTests
{
    private static readonly string[] Vars = { "x", "y", "z", "w" };

    [TestCase("grevlex")]
    [TestCase("lex")]
    [TestCase("weighted(1,2,3,4)")]
    [TestCase("elim(x,y)")]
    [TestCase("elim(x,y,z,w)")]
    [TestCase("blocks(x;y,z;w)")]
    [TestCase("blocks(w,x;z;y)")]
    public void DescribedOrdersParseBack(string spec)
    {
        var order = MonomialOrders.Parse(spec, Vars);
        var again = MonomialOrders.Parse(order.Describe(Vars), Vars);
        Assert.That(again.Describe(Vars), Is.EqualTo(order.Describe(Vars)));
        Assert.That(again.WeightMatrix(), Is.EqualTo(order.WeightMatrix()));
    }

    [TestCase("blocks(x;y,z)")]
    [TestCase("blocks(x;y,z;w;x)")]
    [TestCase("blocks(x;;y,z,w)")]
    [TestCase("blocks(x;y,z;v)")]
    public void BadBlocksAreRefused(string spec) =>
        Assert.Throws<Elimination.Core.Errors.InvalidInputException>(() => MonomialOrders.Parse(spec, Vars));
}
