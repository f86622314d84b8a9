namespace OrganizedCrimeStrategy.Tests;

/// <summary>
/// The official schemas of ../shared/vendor (SARIF, StratML), found through OCS_VENDOR_DIR (default: the folder
/// beside the repository). Conformance tests that need them are skipped, with the reason, when they are absent,
/// unless OCS_REQUIRE_VENDOR=1 (as in CI), where absence is a failure.
/// </summary>
internal static class Vendor
{
    public static string? Directory()
    {
        var configured = Environment.GetEnvironmentVariable("OCS_VENDOR_DIR");
        return !string.IsNullOrWhiteSpace(configured)
            ? configured
            : Path.GetFullPath(Path.Combine(Samples.RepositoryRoot, "..", "shared", "vendor"));
    }

    /// <summary>The path of a vendor file, or a skip (a failure where the vendor folder is required).</summary>
    public static string File(params string[] parts)
    {
        var path = Path.Combine([Directory() ?? "../shared/vendor", .. parts]);
        var reason = $"'{path}' is absent; set OCS_VENDOR_DIR to the shared vendor folder to run this conformance test.";
        if (!System.IO.File.Exists(path))
        {
            Assert.False(Environment.GetEnvironmentVariable("OCS_REQUIRE_VENDOR") == "1", reason);
            Assert.Skip(reason);
        }

        return path;
    }
}
