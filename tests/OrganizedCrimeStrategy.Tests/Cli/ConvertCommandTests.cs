using System.Xml.Linq;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Tests.Interchange;

namespace OrganizedCrimeStrategy.Tests.Cli;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-convert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Temp(string name) => Path.Combine(_folder, name);

    [Theory]
    [InlineData("stratml", "Strategic_Plan")]
    [InlineData("stratml-report", "Performance_Report")]
    public void Json_converts_to_valid_stratml_part_2(string to, string type)
    {
        var output = Temp("out.xml");
        var result = Ocs.Run("convert", Samples.Uzbekistan, "--to", to, "--output", output);
        Assert.Equal(0, result.Code);
        var document = StratML.ImportFile(output).AsT0;
        Assert.Equal(StrategyJson.ReadFile(Samples.Uzbekistan).AsT0, document.Strategy);
        Assert.Equal(type, XDocument.Load(output).Root!.Attribute("Type")!.Value);
        var flavor = to == "stratml" ? StratMLFlavor.Part2StrategicPlan : StratMLFlavor.Part2PerformanceReport;
        Assert.Empty(VendorSchemas.Validate(StratML.Export(document.Strategy, flavor)));
    }

    [Fact]
    public void Stratml_converts_back_to_the_same_json()
    {
        var xml = Temp("plan.xml");
        Assert.Equal(0, Ocs.Run("convert", Samples.Uzbekistan, "--to", "stratml", "-o", xml).Code);
        var result = Ocs.Run("convert", xml, "--to", "json");
        Assert.Equal(0, result.Code);
        Assert.Equal(File.ReadAllText(Samples.Uzbekistan), result.Out);
    }

    [Fact]
    public void A_document_from_another_tool_converts_with_its_notes_on_stderr()
    {
        var xml = Temp("other.xml");
        File.WriteAllText(xml, StratMLImportTests.Part1);
        var result = Ocs.Run("convert", xml, "--to", "json");
        Assert.Equal(0, result.Code);
        Assert.True(StrategyJson.Read(result.Out).IsT0);
        Assert.Contains(" assumption: ", result.Error, StringComparison.Ordinal);
        Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith(xml + ":", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html><body/></html>", "notStratML")]
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:stratml_core\">&e;</StrategicPlan>", "prohibited")]
    [InlineData("plain text", "syntax")]
    public void Input_that_is_neither_is_exit_2_with_a_located_message(string content, string code)
    {
        var path = Temp("in.txt");
        File.WriteAllText(path, content);
        var result = Ocs.Run("convert", path, "--to", "json");
        Assert.Equal(2, result.Code);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains($" {code}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("passwd:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_to_is_exit_2() => Assert.Equal(2, Ocs.Run("convert", Samples.Uzbekistan).Code);
}
