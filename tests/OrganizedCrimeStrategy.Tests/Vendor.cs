namespace OrganizedCrimeStrategy.Tests;

/// <summary>
/// The published schemas of the shared vendor folder (SARIF 2.1.0, StratML Part 1 and Part 2), which conformance tests
/// validate output against. They are not part of the repository: the folder is <c>../shared/vendor</c> beside the
/// repository root (the folder holding OrganizedCrimeStrategy.sln, found by walking up from the test assembly) on
/// developers' machines and in CI, or wherever <c>OCS_VENDOR_DIR</c> says (a relative path is taken from the
/// repository root). A test that needs a schema that is absent is skipped, with the reason, or fails under
/// <c>OCS_REQUIRE_VENDOR=1</c> (as in CI).
/// </summary>
internal static class Vendor
{
    public const string Variable = "OCS_VENDOR_DIR";

    public const string RequireVariable = "OCS_REQUIRE_VENDOR";

    private static readonly string? Configured = Environment.GetEnvironmentVariable(Variable);

    /// <summary>The vendor folder, whether or not it exists.</summary>
    public static string Folder { get; } = Find(Configured, Samples.RepositoryRoot);

    /// <summary>The vendor folder: <paramref name="configured"/> when set (relative to the repository root), else <c>../shared/vendor</c> beside the root.</summary>
    public static string Find(string? configured, string repositoryRoot) => string.IsNullOrWhiteSpace(configured)
        ? Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "vendor"))
        : Path.GetFullPath(configured, repositoryRoot);

    /// <summary>Skips the calling test, or fails it under OCS_REQUIRE_VENDOR=1, because the vendored file <paramref name="path"/> is absent.</summary>
    public static void Absent(string path)
    {
        var where = string.IsNullOrWhiteSpace(Configured)
            ? $"the shared vendor folder beside the repository ({Folder}) is absent"
            : $"{Variable} names {Folder}";
        var reason = $"The published schema {path} is absent ({where}). It validates output against the official schema, "
            + $"which is not part of the repository; set {Variable} to a folder holding sarif/ and stratml/ to run it.";
        Assert.False(Environment.GetEnvironmentVariable(RequireVariable) == "1", $"{reason} {RequireVariable}=1 requires it.");
        Assert.Skip(reason);
    }
}
