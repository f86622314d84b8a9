using System.Xml.Linq;
using System.Xml.Schema;
using OrganizedCrimeStrategy.Interchange;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>The published StratML XSDs of the shared vendor folder (<see cref="Vendor"/>), compiled once.</summary>
internal static class VendorSchemas
{
    private static readonly Lazy<(XmlSchemaSet? Part1, XmlSchemaSet? Part2, string? Missing)> Sets = new(Load);

    public static string Part1Path => Path.Combine(Vendor.Folder, "stratml", "StrategicPlanISOVersion20140401.xsd");

    public static string Part2Path => Path.Combine(Vendor.Folder, "stratml", "PerformancePlanOrReport20160216.xsd");

    /// <summary>The schema set of the flavor's part, or skips the test (fails it under OCS_REQUIRE_VENDOR=1) when the schemas are absent.</summary>
    public static XmlSchemaSet For(StratMLFlavor flavor)
    {
        var (part1, part2, missing) = Sets.Value;
        if (missing is not null)
        {
            Vendor.Absent(missing);
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
        var missing = ((string[])[Part1Path, Part2Path]).FirstOrDefault(path => !File.Exists(path));
        return missing is null ? (Compile(Part1Path), Compile(Part2Path), null) : (null, null, missing);
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
