using static Elimination.Runner.Tests.RunnerHarness;

namespace Elimination.Runner.Tests;

/// <summary>Issue 15.2: every bad option value is exit 2 with one line naming the option, never a stack trace.</summary>
public class OptionValueTests
{
    [TestCase("groebner", "--timeout", "abc")]
    [TestCase("groebner", "--timeout", "Infinity")]
    [TestCase("groebner", "--timeout", "NaN")]
    [TestCase("groebner", "--timeout", "1e300")]
    [TestCase("groebner", "--timeout", "-1")]
    [TestCase("groebner", "--threads", "99999999999")]
    [TestCase("groebner", "--threads", "-3")]
    [TestCase("groebner", "--threads", "x")]
    [TestCase("groebner", "--max-memory", "lots")]
    [TestCase("groebner", "--name", "2G")]
    [TestCase("hilbert", "--values", "abc")]
    [TestCase("hilbert", "--values", "2000000000")]
    [TestCase("ed-degree", "--prime", "1e5")]
    [TestCase("ed-degree", "--seed", "99999999999")]
    [TestCase("ramification", "--random-projection", "two")]
    [TestCase("report", "--section-timeout", "Infinity")]
    [TestCase("ramification", "--projection", "/no/such/projection.txt")]
    public void BadValue_OneLineNamingTheOption_ExitTwo(string command, string option, string value)
    {
        var r = Run(command, Sample("cyclic4.sys"), option, value);
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.ErrLines, Has.Length.EqualTo(1), r.ToString());
        Assert.That(r.Err, Does.StartWith("error: ").And.Contain(option));
        Assert.That(r.Err, Does.Not.Match(@"\n\s+at ").And.Not.Contain("Exception"));
        Assert.That(r.Out, Is.Empty);
    }

    [Test]
    public void AMissingFormFileIsNamedAsAMissingFile()
    {
        var r = Run("ed-degree", Sample("cyclic4.sys"), "--Q", "/no/such/form.txt", "-q");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.Contain("--Q: no such file '/no/such/form.txt'"), r.ToString());
    }

    [TestCase("neurovariety")]
    [TestCase("critical-values")]
    public void ANonPrimeFieldOptionNamesTheOptionNotALine(string command)
    {
        var r = Run(command, "--arch", "mlp", "--widths", "2,2,1", "--field", "GF(4)");
        Assert.That(r.Code, Is.EqualTo(2), r.ToString());
        Assert.That(r.Err, Does.StartWith("error: --field 'GF(4)'").And.Not.Contain("line 1"), r.ToString());
    }

    [Test]
    public void NumericOptionsOfEveryCommandAreStrict()
    {
        // Every int/long/double option gets the strict parser, including those added later.
        using var services = Infrastructure.RunnerServices.Build(new Infrastructure.RunnerConsole(TextWriter.Null, TextWriter.Null, default));
        var root = Program.BuildRoot(services);
        foreach (var command in root.Subcommands)
            foreach (var option in command.Options)
            {
                var parser = option.GetType().GetProperty("CustomParser")?.GetValue(option);
                var type = option.GetType().GetGenericArguments().FirstOrDefault();
                var numeric = type is not null && (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(double));
                if (numeric) Assert.That(parser, Is.Not.Null, $"{command.Name} {option.Name}");
            }
    }
}
