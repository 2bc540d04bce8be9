using Elimination.Core.Memory;

namespace Elimination.Core.Tests.Memory;

/// <summary>
/// The contract F4's monomial table relies on: contents survive growth (through the move from a small native block
/// into a reservation and within it), elements never written read zero, and the pointer stays valid between growths.
/// </summary>
public class ReservedBufferTests
{
    [Test]
    public unsafe void GrowthKeepsContentsAndNewElementsAreZero()
    {
        using var buffer = new ReservedBuffer<ulong>(16);
        var rng = new Random(20261204);
        var expected = new List<ulong>();
        // 16 elements up to 4 M (32 MiB): past the small-block limit and well into the reservation.
        for (long capacity = 16; capacity <= 1L << 22; capacity *= 4)
        {
            buffer.EnsureCapacity(capacity);
            Assert.That(buffer.Capacity, Is.GreaterThanOrEqualTo(capacity));
            for (int i = 0; i < expected.Count; i++)
                Assert.That(buffer[i], Is.EqualTo(expected[i]), $"element {i} after growing to {capacity}");
            for (long i = expected.Count; i < capacity; i += 4099)
                Assert.That(buffer.Pointer[i], Is.Zero, $"unwritten element {i}");
            while (expected.Count < capacity / 2)
            {
                ulong v = (ulong)rng.NextInt64();
                buffer[expected.Count] = v;
                expected.Add(v);
            }
        }
        Assert.That(buffer.AsSpan(3, 5).ToArray(), Is.EqualTo(expected.GetRange(3, 5)));
    }

    [Test]
    public void DisposeTwiceIsHarmless()
    {
        var buffer = new ReservedBuffer<int>(1 << 20);
        buffer[(1 << 20) - 1] = 7;
        buffer.Dispose();
        buffer.Dispose();
        Assert.That(buffer.Capacity, Is.Zero);
    }

    [Test]
    public void NegativeCapacityIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReservedBuffer<int>(-1));
}
