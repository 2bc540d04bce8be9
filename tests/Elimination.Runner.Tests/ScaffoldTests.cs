using Microsoft.Extensions.DependencyInjection;
using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Core.Parsing;
using Elimination.Runner.Infrastructure;
using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>Issue 16.4: one command scaffold, one --arch parser, map files in Core.IO, one ideal name.</summary>
public class ScaffoldTests
{
    private static IEnumerable<Type> CommandClasses() =>
        typeof(RunnerServices).Assembly.GetTypes()
            .Where(t => typeof(IRunnerCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    [Test]
    public void EveryCommandUsesTheScaffold()
    {
        foreach (var type in CommandClasses())
            Assert.That(typeof(RunnerCommand).IsAssignableFrom(type), Is.True, type.Name);
    }

    /// <summary>Commands are registered by an explicit list (Native AOT cannot scan types): none may be forgotten.</summary>
    [Test]
    public void EveryCommandClassIsRegistered()
    {
        using var services = RunnerServices.Build(new RunnerConsole(TextWriter.Null, TextWriter.Null, default));
        var registered = services.GetServices<IRunnerCommand>().Select(c => c.GetType()).ToList();
        Assert.That(registered, Is.EquivalentTo(CommandClasses()));
        Assert.That(registered.Select(t => t.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void EveryCommandHasTheSharedOptions()
    {
        using var services = RunnerServices.Build(new RunnerConsole(TextWriter.Null, TextWriter.Null, default));
        foreach (var command in Program.BuildRoot(services).Subcommands)
        {
            var names = command.Options.Select(o => o.Name).ToHashSet();
            foreach (var shared in new[] { "--timeout", "--threads", "--max-memory", "--verbose", "--quiet", "--log" })
                Assert.That(names, Does.Contain(shared), $"{command.Name} lacks {shared}");
            if (names.Contains("--format")) Assert.That(names, Does.Contain("--name"), command.Name);
            if (names.Contains("--output")) Assert.That(names, Does.Contain("--overwrite-input"), command.Name);
        }
    }

    [Test]
    public void ArchIsParsedOneWay_InEveryCommandThatTakesANetwork()
    {
        using var services = RunnerServices.Build(new RunnerConsole(TextWriter.Null, TextWriter.Null, default));
        var expected = new[] { "--arch", "--widths", "--activation", "--bias", "--filters", "--strides", "--channels", "--zero" };
        foreach (var command in Program.BuildRoot(services).Subcommands.Where(c => c.Options.Any(o => o.Name == "--arch")))
            Assert.That(command.Options.Select(o => o.Name), Is.SupersetOf(expected), command.Name);
    }

    private static readonly string Cusp = "field: QQ\nvars: x, y\npolys:\ny^2 - x^3\n";
    private static readonly string Map = "field: QQ\nvars: t\npolys:\nx = t^2\ny = t^3\n";

    // Every command that writes an ideal names it G in Singular output (and --name changes it).
    [TestCase("groebner", "cusp.sys")]
    [TestCase("eliminate", "elim.sys", "--eliminate", "t")]
    [TestCase("hilbert", "cusp.sys")]
    [TestCase("implicitize", "cusp.map")]
    [TestCase("singular-locus", "cusp.sys")]
    [TestCase("ramification", "cusp.sys", "--projection", "1,0")]
    [TestCase("ed-degree", "cusp.sys", "--ideal", "--seed", "1")]
    [TestCase("neurovariety", null, "--arch", "linear", "--widths", "2,1,2", "--equations")]
    public void EveryCommandNamesItsIdealTheSame(string command, string? file, params string[] more)
    {
        var dir = TempDir();
        try
        {
            var args = new List<string> { command };
            if (file is not null)
                args.Add(WriteTemp(dir, file, file switch
                {
                    "cusp.map" => Map,
                    "elim.sys" => "field: QQ\nvars: t, x, y\npolys:\nx - t^2\ny - t^3\n",
                    _ => Cusp,
                }));
            args.AddRange(more);
            var plain = Run([.. args, "-f", "singular", "-q"]);
            Assert.That(plain.Code, Is.EqualTo(0), plain.ToString());
            Assert.That(plain.Out, Does.Match(@"\nideal G =( 0;)?\n?"), plain.Out);
            var named = Run([.. args, "-f", "m2", "--name", "J", "-q"]);
            Assert.That(named.Code, Is.EqualTo(0), named.ToString());
            Assert.That(named.Out, Does.Contain("\nJ = ideal("), named.Out);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Test]
    public void MapFilesAreReadByCoreIO()
    {
        var system = Core.IO.SystemFile.Read("field: QQ\nvars: s, t\ntargets: y1, y0\nblocks: all\npolys:\ny0 = s\ny1 = t/(s + 1)\n");
        var map = MapFile.Read<Rational, RationalField>(default, system);
        Assert.That(map.Targets, Is.EqualTo(new[] { "y1", "y0" }));
        Assert.That(map.Numerators.Select(p => p.ToString()), Is.EqualTo(new[] { "t", "s" }));
        Assert.That(map.Denominators.Select(p => p.ToString()), Is.EqualTo(new[] { "s+1", "1" }));
        Assert.That(map.Blocks, Has.Count.EqualTo(1));
        var bad = Core.IO.SystemFile.Read("field: QQ\nvars: t\npolys:\nx = t\nx = t^2\n");
        var e = Assert.Throws<ParseException>(() => MapFile.Read<Rational, RationalField>(default, bad))!;
        Assert.That(e.Message, Does.Contain("given twice"));
    }
}
