using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Diagnostics;

/// <summary>One diagnostic shape for every area: its members, its one printing convention, its guards.</summary>
public class DiagnosticTests
{
    [Fact]
    public void A_located_diagnostic_prints_line_column_place_code_and_message()
    {
        var diagnostic = new Diagnostic(DiagnosticCode.InvalidValue, "'police' is not one of: ...", "/stakeholders/0/kind", 12, 7);

        Assert.Equal("12:7: /stakeholders/0/kind invalidValue: 'police' is not one of: ...", diagnostic.ToString());
        Assert.Equal("invalidValue", diagnostic.CodeName);
    }

    [Fact]
    public void Without_a_line_the_location_part_is_left_out_and_the_whole_document_is_a_slash()
    {
        Assert.Equal("/ io: Cannot read 'x.json': gone", new Diagnostic(DiagnosticCode.Io, "Cannot read 'x.json': gone", string.Empty).ToString());
        Assert.Equal(
            "/StrategicPlan/StrategicPlanCore/Goal[2] notStratML: m",
            new Diagnostic(DiagnosticCode.NotStratML, "m", "/StrategicPlan/StrategicPlanCore/Goal[2]").ToString());
    }

    [Fact]
    public void Every_code_has_a_camel_case_name()
    {
        var names = Enum.GetValues<DiagnosticCode>().Select(FormatNames.Of).ToList();

        Assert.Equal(
            ["syntax", "tooDeep", "tooLarge", "duplicateMember", "missingMember", "wrongType", "invalidValue", "unsupportedVersion", "io",
             "unknownMember", "unknownRuleSet", "unknownRule", "unknownSeverity", "unknownStage", "prohibited", "notStratML", "invalidContent",
             "unknownIndicator", "wrongKind", "levelNotOnScale", "beforeBaseline"],
            names);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(null, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-3, 2)]
    public void A_line_and_a_column_are_positive_and_given_together(int? line, int? column) =>
        Assert.Throws<ArgumentException>(() => new Diagnostic(DiagnosticCode.Syntax, "m", string.Empty, line, column));

    [Fact]
    public void A_message_is_not_blank_and_a_code_is_defined()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Diagnostic(DiagnosticCode.Syntax, " ", string.Empty));
        Assert.ThrowsAny<ArgumentException>(() => new Diagnostic((DiagnosticCode)99, "m", string.Empty));
        Assert.ThrowsAny<ArgumentException>(() => new Diagnostic(DiagnosticCode.Syntax, "m", null!));
    }

    [Fact]
    public void Diagnostics_are_values()
    {
        Assert.Equal(new Diagnostic(DiagnosticCode.Io, "m", "", 1, 2), new Diagnostic(DiagnosticCode.Io, "m", "", 1, 2));
        Assert.NotEqual(new Diagnostic(DiagnosticCode.Io, "m", "", 1, 2), new Diagnostic(DiagnosticCode.Io, "m", "", 1, 3));
    }

    [Fact]
    public void A_list_has_at_least_one_diagnostic_and_prints_one_per_line()
    {
        var list = new DiagnosticList([new Diagnostic(DiagnosticCode.Syntax, "a", "", 1, 1), new Diagnostic(DiagnosticCode.Io, "b", "")]);

        Assert.Equal(2, list.Count);
        Assert.Equal($"1:1: / syntax: a{Environment.NewLine}/ io: b", list.ToString());
        Assert.Throws<ArgumentException>(() => new DiagnosticList([]));
        Assert.Throws<ArgumentException>(() => new DiagnosticList([null!]));
    }

    [Fact]
    public void Every_area_returns_the_same_shape()
    {
        DiagnosticList read = StrategyJson.Read("{").AsT1;
        DiagnosticList settings = RuleSettings.Parse("{\"rules\": {\"OCS999\": \"off\"}}").AsT1;
        DiagnosticList import = StratML.Import("<html/>").AsT1;
        Diagnostic measurement = OrganizedCrimeStrategy.Monitoring.StrategyMeasurements.Record(OrganizedCrimeStrategy.Tests.Checks.CompleteStrategy.Build(), "nope", new QuantitativeMeasurement(new DateOnly(2026, 1, 1), 1)).AsT1;

        Assert.Equal(DiagnosticCode.Syntax, Assert.Single(read).Code);
        Assert.Equal(("/rules/OCS999", DiagnosticCode.UnknownRule, 1, 12), (settings[0].Place, settings[0].Code, settings[0].Line, settings[0].Column));
        Assert.Contains("docs/rules.md", settings[0].Message, StringComparison.Ordinal);
        Assert.Contains("OCS001 to OCS703", settings[0].Message, StringComparison.Ordinal);
        Assert.Equal(("/html", DiagnosticCode.NotStratML), (import[0].Place, import[0].Code));
        Assert.Equal((string.Empty, DiagnosticCode.UnknownIndicator, (int?)null), (measurement.Place, measurement.Code, measurement.Line));
    }

    [Fact]
    public void Import_notes_are_placed_and_printed_the_same_way()
    {
        var note = new ImportNote(ImportNoteKind.Assumption, "/StrategicPlan", 3, 5, "The country is assumed.");
        var unplaced = new ImportNote(ImportNoteKind.Unmapped, "/StrategicPlan/Value", null, null, "Kept.", "/x-stratml");

        Assert.Equal("3:5: /StrategicPlan assumption: The country is assumed.", note.ToString());
        Assert.Equal("/StrategicPlan/Value unmapped: Kept. (kept at /x-stratml)", unplaced.ToString());
    }

    [Fact]
    public void The_reader_speaks_the_language_of_its_options()
    {
        var json = RoundTripPropertiesMinimal.Replace("\"UZB\"", "\"uzb\"", StringComparison.Ordinal);

        var english = Assert.Single(StrategyJson.Read(json).AsT1);
        var russian = Assert.Single(StrategyJson.Read(json, new StrategyReadOptions { Language = "ru-RU" }).AsT1);

        Assert.Equal("'uzb' is not an ISO 3166-1 alpha-3 country code in upper case (such as UZB).", english.Message);
        Assert.Equal("«uzb» — не код страны ISO 3166-1 alpha-3 заглавными буквами (например, UZB).", russian.Message);
        Assert.Equal(english with { }, new Diagnostic(english.Code, english.Message, english.Place, english.Line, english.Column));
        Assert.Equal((english.Code, english.Place, english.Line, english.Column), (russian.Code, russian.Place, russian.Line, russian.Column));
        Assert.Contains("StrategyReadOptions.MaxBytes", StrategyJson.Read(json, new StrategyReadOptions { MaxBytes = 10, Language = "ru" }).AsT1[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_limits_name_the_option_of_their_area()
    {
        Assert.Contains("StrategyReadOptions.MaxBytes", StrategyJson.Read(RoundTripPropertiesMinimal, new StrategyReadOptions { MaxBytes = 10 }).AsT1[0].Message, StringComparison.Ordinal);
        Assert.Contains("StratMLImportOptions.MaxBytes", StratML.Import(new string('x', 100), new StratMLImportOptions { MaxBytes = 10 }).AsT1[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("StrategyReadOptions", StratML.Import(new string('x', 100), new StratMLImportOptions { MaxBytes = 10 }).AsT1[0].Message, StringComparison.Ordinal);
    }

    private const string RoundTripPropertiesMinimal = """
        {"schemaVersion": "1.0", "id": "s", "country": "UZB", "title": "T", "stage": "drafting", "stakeholders": [], "directions": []}
        """;
}
