using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Elimination.Docs.Tests;

/// <summary>
/// Every ```csharp block of the README compiles as written and runs (issue 17): each is a whole program of
/// top-level statements with the implicit usings of a new console project (System, System.Collections.Generic,
/// System.IO, System.Linq, System.Threading, System.Threading.Tasks) and references to the five libraries, run from
/// the repository root (the snippets read samples/ and tests/data/). A snippet that throws fails the test.
/// </summary>
[NonParallelizable]
public class ReadmeSnippetTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading", "System.Threading.Tasks"];

    public static IEnumerable<TestCaseData> Snippets() =>
        ReadmeBlock.All.Where(b => b.Language == "csharp").Select(b =>
        {
            var data = new TestCaseData(b).SetName($"README.md line {b.Line} (C#)");
            return b.Skip != null ? data.Ignore(b.Skip) : data;
        });

    [TestCaseSource(nameof(Snippets))]
    public void SnippetCompilesAndRuns(ReadmeBlock block)
    {
        var source = string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n"));
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(source, path: "ImplicitUsings.cs"),
            CSharpSyntaxTree.ParseText(string.Join('\n', block.Lines), path: $"README.md:{block.Line + 1}"),
        };
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{block.Line}", trees, References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty,
            $"the C# block at README.md:{block.Line} does not compile:\n" + string.Join('\n', errors.Select(d =>
                $"  line {block.Line + 1 + d.Location.GetLineSpan().StartLinePosition.Line}: {d.GetMessage()}")));

        image.Position = 0;
        var context = new AssemblyLoadContext($"snippet {block.Line}", isCollectible: true);
        var entry = context.LoadFromStream(image).EntryPoint!;
        var previousDirectory = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        var output = new StringWriter();
        try
        {
            Environment.CurrentDirectory = RepositoryRoot.Path;
            Console.SetOut(output);
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e)
        {
            Assert.Fail($"the C# block at README.md:{block.Line} threw {e.InnerException}\noutput so far:\n{output}");
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            context.Unload();
        }
        TestContext.Out.WriteLine(output.ToString());
    }

    private static List<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var libraries = Directory.GetFiles(TestContext.CurrentContext.TestDirectory, "Elimination.*.dll")
            .Where(f => !Path.GetFileName(f).Contains("Tests"));
        return platform.Concat(libraries).Distinct().Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
    }
}
