using Elimination.Core.Errors;
using Elimination.Runner.Infrastructure;

namespace Elimination.Reliability.Tests;

/// <summary>
/// Issue 15 item 7: the runner's exit-code contract. Library-owned exceptions (bad input, unsupported
/// field, resource limit) are the user's problem: exit 2, one line. Anything else escaping a library is
/// an internal error: exit 1, "internal error: …", never blamed on the input.
/// </summary>
[TestFixture]
public sealed class ExitCodeContractTests
{
    private static readonly TimeSpan WallClock = TimeSpan.FromSeconds(60);

    private static (int Code, string Err) Execute(Exception e)
    {
        var sw = new StringWriter();
        var ex = new CommandExecutor(new RunnerConsole(TextWriter.Null, sw, CancellationToken.None), Elimination.Core.IO.IdealFormats.Default);
        int code = ex.Execute(new RunSettings(), "f.sys", _ => throw e);
        return (code, sw.ToString().Trim());
    }

    [Test]
    public void LibraryOwnedExceptionsAreExitTwoWithOneLine()
    {
        foreach (var e in new Exception[]
        {
            new InvalidInputException("bad thing"), new UnsupportedFieldException("not over QQ"),
            new ResourceLimitException("too big"), new ExponentOverflowException("exponent 40000"),
        })
        {
            var (code, err) = Execute(e);
            Assert.That(code, Is.EqualTo(2), e.GetType().Name);
            Assert.That(err, Does.Not.Contain("\n"), e.GetType().Name);
            Assert.That(err, Does.StartWith("error: "), e.GetType().Name);
        }
    }

    [Test]
    public void OtherExceptionsAreInternalErrors()
    {
        foreach (var e in new Exception[] { new InvalidOperationException("state"), new IndexOutOfRangeException("idx"), new NullReferenceException("null") })
        {
            var (code, err) = Execute(e);
            Assert.That(code, Is.EqualTo(1), e.GetType().Name);
            Assert.That(err, Does.StartWith("internal error: " + e.GetType().Name));
        }
    }

    [Test]
    public void UnknownVariableInAFileIsExitTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"exitcode-{Environment.ProcessId}.sys");
        File.WriteAllText(path, "field: GF(32003)\nvars: x, y\npolys:\nx^2 - z\n");
        try
        {
            var run = RunnerInProcess.Run(new[] { "groebner", path, "--quiet" }, WallClock);
            Assert.That(run.Code, Is.EqualTo(2), run.ToString());
            Assert.That(run.ErrLines, Has.Length.EqualTo(1), run.ToString());
            Assert.That(run.Err, Does.Contain("unknown variable 'z'"), run.ToString());
        }
        finally { File.Delete(path); }
    }
}
