using System.Text.RegularExpressions;

namespace Elimination.Docs.Tests;

/// <summary>
/// The README's "The two commands" block: the first installs the runner as the .NET tool `elimination`
/// and runs the main job, the second is exactly the test command that .ci/run runs.
/// </summary>
public class TwoCommandsTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, relative));

    private static string[] FirstBashBlockCommands()
    {
        var readme = Read("README.md");
        var block = Regex.Match(readme, "```bash\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        return block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
    }

    [Test]
    public void FirstCommandInstallsTheToolAndRunsABundledExample()
    {
        var commands = FirstBashBlockCommands();
        Assert.That(commands, Has.Length.EqualTo(2));
        Assert.That(commands[0], Is.EqualTo("./install.sh && PATH=\"$PATH:$HOME/.dotnet/tools\" elimination groebner samples/cyclic4.sys"));
        Assert.That(File.Exists(Path.Combine(RepositoryRoot.Path, "install.sh")), Is.True);
        Assert.That(File.Exists(Path.Combine(RepositoryRoot.Path, "samples", "cyclic4.sys")), Is.True);
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Path.Combine(RepositoryRoot.Path, "install.sh"));
            Assert.That(mode.HasFlag(UnixFileMode.UserExecute), Is.True, "install.sh must be executable");
        }
    }

    [Test]
    public void SecondCommandIsExactlyTheCiTestCommand()
    {
        var commands = FirstBashBlockCommands();
        var ci = Read(".ci/run");
        Assert.That(ci, Does.Contain("\n" + commands[1] + " "), "the README's test command must be the one .ci/run runs");
    }

    [Test]
    public void RunnerIsPackedAsTheToolTheInstallScriptInstalls()
    {
        var csproj = Read("tools/Elimination.Runner/Elimination.Runner.csproj");
        Assert.That(csproj, Does.Contain("<PackAsTool>true</PackAsTool>"));
        Assert.That(csproj, Does.Contain("<ToolCommandName>elimination</ToolCommandName>"));
        Assert.That(csproj, Does.Contain("<PackageId>Elimination.Runner</PackageId>"));
        var script = Read("install.sh");
        Assert.That(script, Does.Contain("dotnet tool install --global --add-source \"$feed\" Elimination.Runner"));
        Assert.That(script, Does.Contain("dotnet pack tools/Elimination.Runner"));
    }
}
