namespace Elimination.Docs.Tests;

/// <summary>Finds the checkout these tests were built from (the directory holding Elimination.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Elimination.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("Elimination.sln not found above the test directory");
    }
}
