using Elimination.Groebner.F4;

namespace Elimination.Groebner.Tests;

public class MatrixTooLargeMessageTests
{
    // A limit below a MiB used to read "the limit of 0 MiB".
    [TestCase(1L, 5000L, "about 4 KiB", "limit of 1 bytes")]
    [TestCase(3L << 20, 5L << 30, "about 5120 MiB", "limit of 3 MiB")]
    public void SizesKeepTheirDigits(long limit, long bytes, string needs, string bound)
    {
        var e = new MatrixTooLargeException(2, 10, 20, bytes, limit);
        Assert.That(e.Message, Does.Contain(needs).And.Contain(bound));
        Assert.That(e, Is.InstanceOf<Elimination.Core.Errors.MemoryLimitException>());
    }
}
