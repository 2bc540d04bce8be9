using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Elimination.Docs.Tests;

/// <summary>
/// The packages as a user gets them (issue 17): the libraries are packed from this build into a local feed, a fresh
/// console project outside the repository restores Elimination.Ideals from that feed alone (a private package
/// folder, so no cached copy can stand in) and runs a Gröbner basis and an elimination.
/// </summary>
[NonParallelizable]
public class LocalFeedPackageTests
{
    // A version no real release uses, so the package can only come from this feed.
    private const string Version = "0.0.0-localfeed";
    private static readonly string[] Libraries = ["Core", "Groebner", "Ideals", "Geometry", "Neuro"];

    private string _root = "";
    private string Feed => Path.Combine(_root, "feed");

    [OneTimeSetUp]
    public void PackIntoALocalFeed()
    {
        _root = Directory.CreateTempSubdirectory("elimination-feed-").FullName;
        // Pack what the test run already built (same configuration), so the test measures packaging, not compiling.
        var configuration = TestContext.CurrentContext.TestDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}")
            ? "Debug" : "Release";
        foreach (var library in Libraries)
        {
            var project = Path.Combine(RepositoryRoot.Path, "src", $"Elimination.{library}", $"Elimination.{library}.csproj");
            Run(RepositoryRoot.Path, "dotnet", "pack", project, "-c", configuration, "--no-build", "-o", Feed,
                $"-p:Version={Version}", "-nologo", "-v", "quiet");
        }
    }

    [OneTimeTearDown]
    public void RemoveTheFeed()
    {
        if (_root.Length > 0)
            Directory.Delete(_root, recursive: true);
    }

    [TestCaseSource(nameof(Libraries))]
    public void PackageCarriesItsMetadataDocsAndSymbols(string library)
    {
        var id = $"Elimination.{library}";
        var nupkg = Path.Combine(Feed, $"{id}.{Version}.nupkg");
        Assert.That(File.Exists(nupkg), Is.True, nupkg);
        Assert.That(File.Exists(Path.Combine(Feed, $"{id}.{Version}.snupkg")), Is.True, "symbols package");

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.That(entries, Does.Contain($"lib/net10.0/{id}.dll"));
        Assert.That(entries, Does.Contain($"lib/net10.0/{id}.xml"), "XML documentation");
        Assert.That(entries, Does.Contain("README.md"));

        using var nuspecStream = zip.GetEntry($"{id}.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        var license = metadata.Elements().First(e => e.Name.LocalName == "license");
        Assert.Multiple(() =>
        {
            Assert.That(license.Attribute("type")?.Value, Is.EqualTo("expression"));
            Assert.That(license.Value, Is.EqualTo("MIT"));
            Assert.That(Field("readme"), Is.EqualTo("README.md"));
            Assert.That(Field("tags"), Does.Contain("groebner-basis"));
            Assert.That(Field("authors"), Is.Not.Empty);
            Assert.That(Field("description"), Has.Length.GreaterThan(40).And.Not.EqualTo("Package Description"));
        });
    }

    [Test]
    public void FreshProjectRestoresFromTheFeedAndRuns()
    {
        var app = Path.Combine(_root, "app");
        Directory.CreateDirectory(app);
        // Empty props/targets stop MSBuild from walking up into any Directory.Build.* above the temp directory.
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Elimination.Ideals" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Elimination.Core.Fields;
            using Elimination.Core.Polynomials;
            using Elimination.Groebner;
            using Elimination.Ideals;

            var R = new PolynomialRing<Rational, RationalField>(new RationalField(), new[] { "t", "x", "y", "z" });
            var gb = GroebnerEngines.Default<Rational, RationalField>(R.Field)
                .Compute(new[] { "x - t", "y - t^2", "z - t^3" }.Select(R.Parse).ToList());
            Console.WriteLine($"verified: {gb.Verified}");
            var E = Ideal<Rational, RationalField>.Parse(R, "x - t", "y - t^2", "z - t^3").Eliminate("t");
            Console.WriteLine($"dim {E.Dimension()}, degree {E.Degree()}, generators {E.GroebnerBasis().Basis.Count}");
            """);

        var output = Run(app, "dotnet", "run", "-c", "Release", "-nologo");

        Assert.That(output, Does.Contain("verified: True"));
        Assert.That(output, Does.Contain("dim 1, degree 3, generators 3"), "the twisted cubic");
        var restored = Path.Combine(_root, "packages", "elimination.ideals", Version);
        Assert.That(Directory.Exists(restored), Is.True, "Elimination.Ideals must come from the local feed");
    }

    private string Run(string workingDirectory, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // A private package folder: nothing restored earlier can hide a missing or broken package.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', arguments)} did not finish in 5 minutes");
        }
        var text = stdout.Result + stderr.Result;
        Assert.That(process.ExitCode, Is.EqualTo(0), $"{file} {string.Join(' ', arguments)}:\n{text}");
        return text;
    }
}
