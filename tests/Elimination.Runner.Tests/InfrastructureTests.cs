using Elimination.Runner.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Elimination.Runner.Tests;

public class InfrastructureTests
{
    [Test]
    public void Container_BuildsEveryCommand_WithUniqueNamesAndAnExample()
    {
        using var services = RunnerServices.Build(new RunnerConsole(TextWriter.Null, TextWriter.Null, CancellationToken.None));
        var root = Program.BuildRoot(services);
        var names = root.Subcommands.Select(c => c.Name).ToList();
        Assert.That(names, Does.Contain("groebner"));
        Assert.That(names, Is.Unique);
        foreach (var c in root.Subcommands)
            Assert.That(c.Description, Does.Contain("Example: elimination " + c.Name), c.Name);
    }

    [Test]
    public void Container_OffersTheRegisteredEngines()
    {
        using var services = RunnerServices.Build(new RunnerConsole(TextWriter.Null, TextWriter.Null, CancellationToken.None));
        var engines = services.GetRequiredService<EngineSelector>();
        Assert.That(engines.Names, Does.Contain("buchberger"));
        var qq = engines.Select<Elimination.Core.Fields.Rational, Elimination.Core.Fields.RationalField>("auto", default);
        var gf = engines.Select<uint, Elimination.Core.Fields.PrimeField>("auto", new Elimination.Core.Fields.PrimeField(32003));
        Assert.That(qq.Supports<Elimination.Core.Fields.Rational, Elimination.Core.Fields.RationalField>(default), Is.True);
        Assert.That(gf.Name, Is.Not.EqualTo("auto"));
    }

    [Test]
    public void ThrottledProgress_ForwardsAtMostOncePerInterval()
    {
        int seen = 0;
        var never = new ThrottledProgress<int>(_ => seen++, TimeSpan.FromHours(1));
        for (int i = 0; i < 1000; i++) never.Report(i);
        Assert.That(seen, Is.EqualTo(0), "nothing within the first interval");
        var always = new ThrottledProgress<int>(_ => seen++, TimeSpan.Zero);
        for (int i = 0; i < 10; i++) always.Report(i);
        Assert.That(seen, Is.EqualTo(10));
    }

    [Test]
    public void OutputFile_LeavesNothingWhenCancelledOrFailing()
    {
        var dir = RunnerHarness.TempDir();
        var path = Path.Combine(dir, "out.txt");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => OutputFile.Write(path, w => w.Write("partial"), cts.Token, TextWriter.Null));
        Assert.Throws<InvalidOperationException>(() => OutputFile.Write(path, w => { w.Write("partial"); throw new InvalidOperationException(); }, CancellationToken.None, TextWriter.Null));
        Assert.That(Directory.GetFiles(dir), Is.Empty);
        OutputFile.Write(path, w => w.Write("done"), CancellationToken.None, TextWriter.Null);
        Assert.That(File.ReadAllText(path), Is.EqualTo("done"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void Executor_MapsExceptionsToExitCodes()
    {
        int Run(Exception e, out string err, Verbosity v = Verbosity.Normal)
        {
            var sw = new StringWriter();
            var ex = new CommandExecutor(new RunnerConsole(TextWriter.Null, sw, CancellationToken.None), Elimination.Core.IO.IdealFormats.Default);
            int code = ex.Execute(new RunSettings { Verbosity = v }, "f.sys", _ => throw e);
            err = sw.ToString();
            return code;
        }
        Assert.That(Run(new Elimination.Core.Parsing.ParseException("bad", 3, 4), out var e1), Is.EqualTo(2));
        Assert.That(e1.Trim(), Is.EqualTo("f.sys:line 3, column 4: bad"));
        Assert.That(Run(new Elimination.Core.Errors.InvalidInputException("nope"), out var e2), Is.EqualTo(2));
        Assert.That(e2.Trim(), Is.EqualTo("error: nope"));
        // A BCL exception escaping the library is a library bug, not the user's input.
        Assert.That(Run(new ArgumentException("nope"), out var e6), Is.EqualTo(1));
        Assert.That(e6.Trim(), Is.EqualTo("internal error: ArgumentException: nope"));
        Assert.That(Run(new OverflowException("exponent"), out _), Is.EqualTo(2));
        Assert.That(Run(new NotSupportedException("x"), out _), Is.EqualTo(1));
        Assert.That(Run(new OperationCanceledException(), out var e3), Is.EqualTo(3));
        Assert.That(e3.Trim(), Is.EqualTo("cancelled"));
        Assert.That(Run(new NullReferenceException("oops"), out var e4), Is.EqualTo(1));
        Assert.That(e4.Trim(), Is.EqualTo("internal error: NullReferenceException: oops"));
        Assert.That(Run(new NullReferenceException("oops"), out var e5, Verbosity.Verbose), Is.EqualTo(1));
        Assert.That(e5, Does.Contain("NullReferenceException"), "--verbose adds the exception with its trace");
    }
}
