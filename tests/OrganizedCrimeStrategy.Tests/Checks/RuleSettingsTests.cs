using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Checks;

public class RuleSettingsTests
{
    private static RuleSettings Ok(string json, IEnumerable<Rule>? custom = null) =>
        RuleSettings.Parse(json, custom).Match(s => s, e => throw new Xunit.Sdk.XunitException("Unexpected errors: " + string.Join("; ", e)));

    private static DiagnosticList Errors(string json) =>
        RuleSettings.Parse(json).Match(s => throw new Xunit.Sdk.XunitException("Expected errors, got " + s), e => e);

    [Fact]
    public void The_linter_style_file_sets_rules_off_and_changes_severities()
    {
        var settings = Ok("""{"extends": "toolkit", "rules": {"OCS205": "off", "OCS304": "error"}}""");

        Assert.Equal(RuleLevel.Off, settings.LevelOf("OCS205"));
        Assert.Equal(RuleLevel.Error, settings.LevelOf("OCS304"));
        Assert.Null(settings.LevelOf("OCS301"));
        var result = RuleSet.Create(settings).Check(CompleteStrategy.Build().Action(0, a => a with { Budget = null }));
        Assert.Equal(Severity.Error, Assert.Single(result.Findings).Severity);
        Assert.Equal(RuleStatus.Off, result.OutcomeOf("OCS205")!.Status);
    }

    [Fact]
    public void The_file_may_give_the_stage_and_a_schema_and_omit_extends()
    {
        var settings = Ok("\uFEFF{\"$schema\": \"./settings.schema.json\", \"stage\": \"consultation\", \"rules\": {\"OCS101\": \"info\", \"OCS102\": \"warning\"}}");

        Assert.Equal(StrategyStage.Consultation, settings.Stage);
        Assert.Equal(RuleSettings.ToolkitRuleSet, settings.Extends);
        Assert.Equal([new RuleConfiguration("OCS101", RuleLevel.Info), new RuleConfiguration("OCS102", RuleLevel.Warning)], settings.Rules);
    }

    [Fact]
    public void An_unknown_rule_id_is_named_with_its_pointer_line_and_column()
    {
        var error = Assert.Single(Errors("{\n  \"extends\": \"toolkit\",\n  \"rules\": {\n    \"OCS999\": \"off\"\n  }\n}"));

        Assert.Equal(DiagnosticCode.UnknownRule, error.Code);
        Assert.Equal("/rules/OCS999", error.Place);
        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Contains("OCS999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_severity_is_named_at_the_value()
    {
        var error = Assert.Single(Errors("{\"rules\": {\"OCS205\": \"warn\"}}"));

        Assert.Equal(DiagnosticCode.UnknownSeverity, error.Code);
        Assert.Equal("/rules/OCS205", error.Place);
        Assert.Equal((1, 22), (error.Line, error.Column));
        Assert.Contains("warn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_named_in_one_pass()
    {
        var errors = Errors("""{"extends": "recommended", "rulez": {}, "stage": "done", "rules": {"OCS1": "off", "OCS205": 3, "OCS301": "error", "OCS301": "info"}}""");

        Assert.Equal(
            [
                (DiagnosticCode.UnknownRuleSet, "/extends"),
                (DiagnosticCode.UnknownMember, "/rulez"),
                (DiagnosticCode.UnknownStage, "/stage"),
                (DiagnosticCode.UnknownRule, "/rules/OCS1"),
                (DiagnosticCode.WrongType, "/rules/OCS205"),
                (DiagnosticCode.DuplicateMember, "/rules/OCS301"),
            ],
            errors.Select(e => (e.Code, e.Place)));
        Assert.All(errors, e => Assert.Equal(1, e.Line));
    }

    [Theory]
    [InlineData("{\"rules\": {\"OCS205\": \"off\",}}", 1)]
    [InlineData("{\n  \"rules\": {\n    // no comments\n  }\n}", 3)]
    [InlineData("not json", 1)]
    [InlineData("", 1)]
    [InlineData("{\"rules\": {}} {}", 1)]
    public void Text_that_is_not_strict_JSON_is_a_syntax_error_with_its_line(string json, int line)
    {
        var error = Assert.Single(Errors(json));

        Assert.Equal(DiagnosticCode.Syntax, error.Code);
        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith("The settings file is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "")]
    [InlineData("{\"rules\": []}", "/rules")]
    [InlineData("{\"extends\": 1}", "/extends")]
    public void A_value_of_the_wrong_type_is_named(string json, string pointer)
    {
        var error = Assert.Single(Errors(json));

        Assert.Equal(DiagnosticCode.WrongType, error.Code);
        Assert.Equal(pointer, error.Place);
    }

    [Fact]
    public void A_file_may_name_the_users_own_rules_when_they_are_given()
    {
        var custom = new[] { new CustomRule() };

        Assert.Equal(DiagnosticCode.UnknownRule, Assert.Single(Errors("""{"rules": {"ACME1": "error"}}""")).Code);
        Assert.Equal(RuleLevel.Error, Ok("""{"rules": {"ACME1": "error"}}""", custom).LevelOf("ACME1"));
    }

    [Fact]
    public void Settings_load_from_a_file_and_a_missing_file_is_an_io_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ocs-settings-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"extends": "toolkit", "rules": {"OCS205": "off"}}""");
        try
        {
            Assert.Equal(RuleLevel.Off, RuleSettings.Load(path).AsT0.LevelOf("OCS205"));
        }
        finally
        {
            File.Delete(path);
        }

        var error = Assert.Single(RuleSettings.Load(path).AsT1);
        Assert.Equal(DiagnosticCode.Io, error.Code);
    }

    [Fact]
    public void Settings_are_immutable_values()
    {
        var a = RuleSettings.Default.Off("OCS205").WithSeverity("OCS205", Severity.Error);

        Assert.Equal([new RuleConfiguration("OCS205", RuleLevel.Error)], a.Rules);
        Assert.Empty(RuleSettings.Default.Rules);
        Assert.Equal(a, RuleSettings.Default.WithSeverity("OCS205", Severity.Error));
        Assert.Throws<ArgumentException>(() => RuleSettings.Default with { Rules = [new("OCS205", RuleLevel.Off), new("OCS205", RuleLevel.Info)] });
        Assert.Throws<ArgumentException>(() => RuleSettings.Default with { Extends = "other" });
    }

    private sealed class CustomRule() : Rule(new RuleDescriptor("ACME1", "custom", Severity.Info, StrategyStage.Drafting, "test", "A test rule."))
    {
        public override void Check(RuleContext context) => context.Pass();
    }

    [Theory]
    [InlineData("{\"rules\": {\"\\ud800\": \"off\"}}", "/rules")]
    [InlineData("{\"\\udc00x\": 1}", "")]
    [InlineData("{\"stage\": \"\\ud800\"}", "/stage")]
    [InlineData("{\"extends\": \"\\ud800\"}", "/extends")]
    [InlineData("{\"rules\": {\"OCS205\": \"\\ud800\"}}", "/rules/OCS205")]
    public void A_name_or_value_that_is_not_unicode_is_an_invalid_value_not_an_exception(string json, string place)
    {
        // Utf8JsonReader.GetString throws for an escaped lone surrogate; the settings reader used to let it escape.
        var error = Assert.Single(Errors(json));
        Assert.Equal((DiagnosticCode.InvalidValue, place), (error.Code, error.Place));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Invalid_utf8_in_a_rule_id_is_an_invalid_value()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"rules\": {\"OCS2__\": \"off\"}}");
        var at = bytes.AsSpan().IndexOf("__"u8);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var error = Assert.Single(RuleSettings.Parse(bytes).AsT1);
        Assert.Equal((DiagnosticCode.InvalidValue, "/rules"), (error.Code, error.Place));
    }
}
