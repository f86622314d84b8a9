using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>Exported documents validate against the published XSDs (found by Vendor; skipped where absent).</summary>
public class StratMLConformanceTests
{
    public static TheoryData<StratMLFlavor> Flavors => [.. Enum.GetValues<StratMLFlavor>()];

    private static Strategy Uzbekistan => StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    [Theory]
    [MemberData(nameof(Flavors))]
    public void The_uzbek_sample_validates_against_the_xsd(StratMLFlavor flavor)
    {
        var document = StratML.Export(Uzbekistan, flavor);
        Assert.Empty(VendorSchemas.Validate(document));
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [MemberData(nameof(Flavors))]
    public void The_uzbek_sample_validates_without_model_data_and_in_russian(StratMLFlavor flavor)
    {
        var document = StratML.Export(Uzbekistan, flavor, new StratMLExportOptions { EmbedModelData = false, Language = "ru", Indented = false });
        Assert.Empty(VendorSchemas.Validate(document));
    }

    /// <summary>A fact that runs the property, so that an absent vendor folder skips it rather than falsifying it.</summary>
    [Fact]
    public void Every_generated_strategy_exports_to_valid_documents()
    {
        VendorSchemas.For(StratMLFlavor.Part1);
        var property = Prop.ForAll(StrategyGenerators.StrategyArbitrary(), (Strategy strategy) =>
        {
            foreach (var flavor in (StratMLFlavor[])[StratMLFlavor.Part1, StratMLFlavor.Part2PerformanceReport])
            {
                var document = StratML.Export(strategy, flavor);
                var errors = VendorSchemas.Validate(document);
                Assert.True(errors.Count == 0, $"{flavor}:\n{string.Join("\n", errors)}\n--- document ---\n{document}");
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    [Fact]
    public void The_vendor_folder_is_found_beside_the_repository_unless_the_variable_names_another()
    {
        var root = Path.Combine(Path.GetTempPath(), "clones", "OrganizedCrimeStrategy");
        Assert.Equal(Path.Combine(Path.GetTempPath(), "clones", "shared", "vendor"), Vendor.Find(null, root));
        Assert.Equal(Path.Combine(Path.GetTempPath(), "clones", "shared", "vendor"), Vendor.Find("  ", root));
        Assert.Equal("/opt/schemas", Vendor.Find("/opt/schemas", root));
        Assert.Equal(Path.Combine(root, "vendor"), Vendor.Find("vendor", root));
    }
}
