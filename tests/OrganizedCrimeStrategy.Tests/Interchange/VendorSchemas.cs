using System.Xml.Linq;
using System.Xml.Schema;
using OrganizedCrimeStrategy.Interchange;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>
/// The published StratML XSDs, found through one setting: the environment variable <c>OCS_VENDOR_DIR</c>, defaulting to
/// <c>&lt;repository root&gt;/../shared/vendor</c> (see that folder's README). They are not part of the repository; a test
/// that needs them is reported as skipped, with the reason, where the folder is absent.
/// </summary>
internal static class VendorSchemas
{
    public const string Variable = "OCS_VENDOR_DIR";

    private static readonly Lazy<(XmlSchemaSet? Part1, XmlSchemaSet? Part2, string? Missing)> Sets = new(Load);

    public static string Folder => Path.GetFullPath(Vendor.Directory()!);

    public static string Part1Path => Path.Combine(Folder, "stratml", "StrategicPlanISOVersion20140401.xsd");

    public static string Part2Path => Path.Combine(Folder, "stratml", "PerformancePlanOrReport20160216.xsd");

    /// <summary>The schema set of the flavor's part, or skips the test when the vendor folder is absent.</summary>
    public static XmlSchemaSet For(StratMLFlavor flavor)
    {
        var (part1, part2, missing) = Sets.Value;
        if (missing is not null)
        {
            Assert.False(Environment.GetEnvironmentVariable("OCS_REQUIRE_VENDOR") == "1", missing);
            Assert.Skip(missing);
        }

        return flavor == StratMLFlavor.Part1 ? part1! : part2!;
    }

    /// <summary>The validation errors of a document, one per line with its position; empty when it is valid.</summary>
    public static List<string> Validate(StratMLDocument document)
    {
        var schemas = For(document.Flavor);
        var errors = new List<string>();
        document.ToXDocument().Validate(schemas, (_, e) => errors.Add($"{e.Exception?.LineNumber}:{e.Exception?.LinePosition} {e.Severity}: {e.Message}"), addSchemaInfo: false);
        return errors;
    }

    private static (XmlSchemaSet?, XmlSchemaSet?, string?) Load()
    {
        foreach (var path in (string[])[Part1Path, Part2Path])
        {
            if (!File.Exists(path))
            {
                return (null, null, $"The StratML XSD {path} is absent: set {Variable} to the vendor folder (default <repository root>/../shared/vendor) to run the conformance tests.");
            }
        }

        return (Compile(Part1Path), Compile(Part2Path), null);
    }

    private static XmlSchemaSet Compile(string path)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using (var reader = System.Xml.XmlReader.Create(path, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
