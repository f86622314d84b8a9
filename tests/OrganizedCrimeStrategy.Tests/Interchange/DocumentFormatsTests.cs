using System.Text;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>A converter tells JSON from StratML by the first characters.</summary>
public class DocumentFormatsTests
{
    [Theory]
    [InlineData("{\"schemaVersion\": \"1.0\"}", DocumentFormat.StrategyJson)]
    [InlineData("\uFEFF \r\n\t{}", DocumentFormat.StrategyJson)]
    [InlineData("<StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:stratml_core\"/>", DocumentFormat.StratMLPart1)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- exported -->\n<?xml-stylesheet href=\"x.xsl\"?>\n<!DOCTYPE StrategicPlan [<!ENTITY a \">\">]>\n<StrategicPlan>", DocumentFormat.StratMLPart1)]
    [InlineData("<s:PerformancePlanOrReport xmlns:s=\"urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport\" Type=\"Strategic_Plan\">", DocumentFormat.StratMLPart2)]
    [InlineData("<PerformancePlanOrReport>", DocumentFormat.StratMLPart2)]
    [InlineData("<html><body/></html>", DocumentFormat.Unknown)]
    [InlineData("[1, 2]", DocumentFormat.Unknown)]
    [InlineData("", DocumentFormat.Unknown)]
    [InlineData("   ", DocumentFormat.Unknown)]
    [InlineData("<!-- never closed", DocumentFormat.Unknown)]
    public void The_first_element_or_character_decides(string head, DocumentFormat expected)
    {
        Assert.Equal(expected, DocumentFormats.Detect(head.AsSpan()));
        Assert.Equal(expected, DocumentFormats.Detect(Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void Utf16_documents_with_a_byte_order_mark_are_recognized()
    {
        const string Xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><PerformancePlanOrReport>";
        Assert.Equal(DocumentFormat.StratMLPart2, DocumentFormats.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Xml)]));
        Assert.Equal(DocumentFormat.StratMLPart2, DocumentFormats.Detect([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Xml)]));
    }

    [Fact]
    public void Exports_and_the_json_sample_are_recognized_and_read_by_their_reader()
    {
        var json = File.ReadAllBytes(Samples.Uzbekistan);
        Assert.Equal(DocumentFormat.StrategyJson, DocumentFormats.Detect(json));
        var strategy = StrategyJson.Read(json).AsT0;
        foreach (var flavor in Enum.GetValues<StratMLFlavor>())
        {
            var document = StratML.Export(strategy, flavor);
            var detected = DocumentFormats.Detect(document.Utf8.Span);
            Assert.Equal(flavor == StratMLFlavor.Part1 ? DocumentFormat.StratMLPart1 : DocumentFormat.StratMLPart2, detected);
            Assert.Equal(strategy, StratML.Import(document.Utf8).AsT0.Strategy);
        }
    }
}
