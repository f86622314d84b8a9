namespace OrganizedCrimeStrategy.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class Samples
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "samples");

    public static string Uzbekistan => Path.Combine(Folder, "uzbekistan.strategy.json");

    /// <summary>Every strategy document under samples/.</summary>
    public static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(Folder, "*.strategy.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrganizedCrimeStrategy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with OrganizedCrimeStrategy.sln) was not found above " + AppContext.BaseDirectory);
    }
}
