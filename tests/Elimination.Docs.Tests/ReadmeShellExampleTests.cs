using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Elimination.Docs.Tests;

/// <summary>
/// Every shell example of the README runs as shown (issue 17). A command is a line "$ command" inside a fenced
/// block; the lines after it, up to the next "$ " line, are its expected output. The command runs with bash from the
/// repository root, with <c>elimination</c> on PATH as the runner this solution built. It must exit with the code
/// the example shows — "(exit N …)" at the end of an output line, else 2 when an output line starts with "error:",
/// else 0 — and every shown output line must appear in its output (whitespace collapsed). What cannot repeat is
/// not compared: an ellipsis ("…" or "...") stands for any text, a decimal number ending a line or a table row is
/// a time column and stands for any number, and log lines ("[12:00:00 INF] …") and lines quoting a time ("0.41 s",
/// "seconds: 0.19") are skipped.
/// A command must not leave files in the repository root (examples write under /tmp).
/// A ```bash block without "$ " lines is run as one script that must exit 0. `&lt;!-- test: skip (reason) --&gt;`
/// above a block skips it; `&lt;!-- test: timeout N --&gt;` gives each of its commands N seconds (default 60).
/// </summary>
[NonParallelizable]
public class ReadmeShellExampleTests
{
    private static readonly Regex ExitAnnotation = new(@"\s*\(exit (?:code )?(\d+)[^)]*\)\s*$");
    private static readonly Regex LogLine = new(@"^\[\d\d:\d\d:\d\d \w+\]");
    private static readonly Regex TrailingDecimal = new(@"\d+\.\d+( \|)?$");
    private static readonly Regex TimeFigure = new(@"\b\d+(\.\d+)?\s?(s|ms|seconds)\b|seconds\W+\d");
    private static string _bin = "";

    public static IEnumerable<TestCaseData> Examples()
    {
        foreach (var block in ReadmeBlock.All)
        {
            var isBash = block.Language is "bash" or "sh" or "shell";
            var hasPrompt = block.Lines.Any(l => l.StartsWith("$ "));
            if (!hasPrompt && !isBash)
                continue;
            var data = new TestCaseData(block).SetName($"README.md line {block.Line}");
            if (block == ReadmeBlock.All.First(b => b.Language == "bash"))
                data.Ignore("the two commands: checked by TwoCommandsTests (installing the tool is not a unit test)");
            else if (block.Skip != null)
                data.Ignore(block.Skip);
            yield return data;
        }
    }

    [OneTimeSetUp]
    public void PutTheBuiltRunnerOnPath()
    {
        var configuration = TestContext.CurrentContext.TestDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}")
            ? "Debug" : "Release";
        var dll = Path.Combine(RepositoryRoot.Path, "tools", "Elimination.Runner", "bin", configuration, "net10.0", "elimination.dll");
        Assert.That(File.Exists(dll), Is.True, $"the runner is not built: {dll}");
        _bin = Directory.CreateTempSubdirectory("elimination-readme-").FullName;
        var script = Path.Combine(_bin, "elimination");
        File.WriteAllText(script, $"#!/bin/sh\nexec dotnet \"{dll}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [OneTimeTearDown]
    public void RemoveTheShim() => Directory.Delete(_bin, recursive: true);

    [TestCaseSource(nameof(Examples))]
    public void ExampleRunsAsShown(ReadmeBlock block)
    {
        var prompts = block.Lines.Select((text, index) => (text, index)).Where(l => l.text.StartsWith("$ ")).ToList();
        if (prompts.Count == 0)
        {
            var script = string.Join('\n', block.Lines);
            var (code, output) = RunBash(script, block.TimeoutSeconds);
            Assert.That(code, Is.EqualTo(0), $"{block}: the script exited {code}:\n{output}");
            return;
        }
        for (var k = 0; k < prompts.Count; k++)
        {
            var (command, at) = prompts[k];
            var end = k + 1 < prompts.Count ? prompts[k + 1].index : block.Lines.Length;
            var expected = block.Lines[(at + 1)..end];
            var where = $"README.md:{block.Line + 1 + at}: {command}";

            var expectedCode = 0;
            var mustAppear = new List<string>();
            foreach (var raw in expected)
            {
                var line = raw;
                var exit = ExitAnnotation.Match(line);
                if (exit.Success)
                {
                    expectedCode = int.Parse(exit.Groups[1].Value);
                    line = line[..exit.Index];
                }
                else if (line.StartsWith("error:") && expectedCode == 0)
                    expectedCode = 2;
                line = Collapse(line);
                if (line.Trim('…', '.', ' ').Length == 0 || LogLine.IsMatch(line) || TimeFigure.IsMatch(line))
                    continue;
                mustAppear.Add(line);
            }

            var rootBefore = Directory.GetFileSystemEntries(RepositoryRoot.Path).ToHashSet();
            var (code, output) = RunBash(command[2..], block.TimeoutSeconds);
            var written = Directory.GetFileSystemEntries(RepositoryRoot.Path).Where(e => !rootBefore.Contains(e)).ToList();
            foreach (var file in written)
                File.Delete(file);
            Assert.That(written, Is.Empty, $"{where}\nexamples write to a temporary directory, never the repository root");
            var actual = Collapse(output);
            Assert.That(code, Is.EqualTo(expectedCode), $"{where}\nexit code {code}, expected {expectedCode}; output:\n{output}");
            foreach (var line in mustAppear)
                Assert.That(Regex.IsMatch(actual, Pattern(line)), Is.True, $"{where}\nthe README shows the line\n  {line}\nwhich the output lacks:\n{output}");
        }
    }

    private static string Pattern(string line)
    {
        const string any = "\u0001", number = "\u0002";
        line = Regex.Replace(line, @" ?(…|\.\.\.) ?", any);
        line = TrailingDecimal.Replace(line, m => number + m.Groups[1].Value);
        return Regex.Escape(line).Replace(any, ".*?").Replace(number, "[0-9.]+");
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static (int Code, string Output) RunBash(string script, int timeoutSeconds)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["PATH"] = _bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{script}` did not finish in {timeoutSeconds} s (mark the block <!-- test: timeout N --> or skip it)");
        }
        process.WaitForExit();
        lock (output)
            return (process.ExitCode, output.ToString());
    }
}
