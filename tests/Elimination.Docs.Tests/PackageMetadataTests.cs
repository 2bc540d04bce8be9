namespace Elimination.Docs.Tests;

/// <summary>Every packable project gets a description and the shared NuGet metadata.</summary>
public class PackageMetadataTests
{
    private static readonly string[] Libraries = ["Core", "Groebner", "Ideals", "Geometry", "Neuro"];

    [Test]
    public void SharedMetadataIsSet()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Directory.Build.props"));
        foreach (var element in new[]
                 {
                     "<PackageLicenseExpression>MIT</PackageLicenseExpression>", "<PackageReadmeFile>README.md</PackageReadmeFile>",
                     "<Authors>", "<PackageTags>", "<GenerateDocumentationFile>true</GenerateDocumentationFile>",
                     "<Deterministic>true</Deterministic>", "<PublishRepositoryUrl>true</PublishRepositoryUrl>",
                 })
            Assert.That(props, Does.Contain(element));
    }

    [TestCaseSource(nameof(Libraries))]
    public void EachLibraryHasADescription(string library)
    {
        var csproj = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", $"Elimination.{library}", $"Elimination.{library}.csproj"));
        Assert.That(csproj, Does.Match("<Description>[^<]{40,}</Description>"));
    }
}
