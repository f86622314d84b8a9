using System.Text;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>One entry reads every kind of strategy document, recognized by its content.</summary>
public sealed class StrategyDocumentsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-documents-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Strategy Sample => StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    [Fact]
    public void Format_1_0_reads_as_the_json_reader_reads_it_with_no_notes()
    {
        var document = StrategyDocuments.Read(File.ReadAllBytes(Samples.Uzbekistan)).AsT0;
        Assert.Equal(Sample, document.Strategy);
        Assert.Equal(DocumentFormat.StrategyJson, document.Format);
        Assert.Empty(document.Notes);
        Assert.False(document.IsImported);
    }

    [Theory]
    [InlineData(StratMLFlavor.Part1, DocumentFormat.StratMLPart1)]
    [InlineData(StratMLFlavor.Part2StrategicPlan, DocumentFormat.StratMLPart2)]
    [InlineData(StratMLFlavor.Part2PerformanceReport, DocumentFormat.StratMLPart2)]
    public void An_export_imports_back_to_the_same_strategy(StratMLFlavor flavor, DocumentFormat expected)
    {
        var path = Path.Combine(_folder, "plan.xml");
        File.WriteAllText(path, StratML.Export(Sample, flavor).ToString());
        var document = StrategyDocuments.ReadFile(path).AsT0;
        Assert.Equal(Sample, document.Strategy);
        Assert.Equal(expected, document.Format);
        Assert.True(document.IsImported);
    }

    [Fact]
    public void A_plan_from_another_tool_comes_with_the_imports_notes_and_the_options_defaults()
    {
        var options = StrategyDocumentOptions.Default with { StratMLOptions = new StratMLImportOptions { DefaultCountry = "KGZ" } };
        var document = StrategyDocuments.Read(Encoding.UTF8.GetBytes(StratMLImportTests.Part1), options).AsT0;
        Assert.Equal(StratML.Import(StratMLImportTests.Part1, options.StratMLOptions).AsT0.Notes, document.Notes);
        Assert.NotEmpty(document.Notes);
        Assert.Equal("KGZ", document.Strategy.Country);
    }

    [Fact]
    public void Xml_that_is_not_stratml_is_left_to_the_import_which_names_its_root()
    {
        var failure = StrategyDocuments.Read("<html><body/></html>"u8.ToArray()).AsT1.Single();
        Assert.Equal(DiagnosticCode.NotStratML, failure.Code);
        Assert.Contains("'html'", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text", 1, 1)]
    [InlineData("\n\n  [1, 2]", 3, 3)]
    [InlineData("\u0089PNG\r\n", 1, 1)]
    public void What_is_neither_kind_is_a_located_syntax_failure_naming_both(string content, int line, int column)
    {
        var failure = StrategyDocuments.Read(Encoding.UTF8.GetBytes(content)).AsT1.Single();
        Assert.Equal(DiagnosticCode.Syntax, failure.Code);
        Assert.StartsWith("Neither a strategy in format 1.x", failure.Message, StringComparison.Ordinal);
        Assert.Contains("StratML", failure.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (failure.Line, failure.Column));
    }

    [Fact]
    public void Empty_input_and_json_failures_are_the_json_readers()
    {
        Assert.Equal(StrategyJson.Read(string.Empty).AsT1.Single(), StrategyDocuments.Read(Array.Empty<byte>()).AsT1.Single());
        var broken = "{\"schemaVersion\": 2}"u8.ToArray();
        Assert.Equal(StrategyJson.Read(broken).AsT1.ToString(), StrategyDocuments.Read(broken).AsT1.ToString());
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_io_failure()
    {
        var failure = StrategyDocuments.ReadFile(Path.Combine(_folder, "missing.xml")).AsT1.Single();
        Assert.Equal(DiagnosticCode.Io, failure.Code);
    }
}
