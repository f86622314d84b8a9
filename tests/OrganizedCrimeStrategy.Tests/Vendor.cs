namespace OrganizedCrimeStrategy.Tests;

/// <summary>
/// The official schemas of ../shared/vendor (SARIF, StratML), found through OCS_VENDOR_DIR (default: the folder
/// beside the repository). Conformance tests that need them (SarifSchema, VendorSchemas) are skipped, with the
/// reason, when they are absent, unless OCS_REQUIRE_VENDOR=1 (as in CI), where absence is a failure.
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
}
