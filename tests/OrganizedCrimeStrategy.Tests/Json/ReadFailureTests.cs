using System.Text;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Json;

public class ReadFailureTests
{
    private const string Stakeholders = """[{"id": "mia", "name": "MIA", "kind": "lawEnforcement"}, {"id": "ngo", "name": "NGO", "kind": "civilSociety"}]""";

    /// <summary>A valid document with one objective and one action, with a hole to fill.</summary>
    private static string Document(string action = """{"id": "a1", "title": "Act", "lead": "mia"}""", string stakeholders = Stakeholders, string extra = "") => $$"""
        {
          "schemaVersion": "1.0",
          "id": "uzb",
          "country": "UZB",
          "title": {"en": "Strategy", "ru": "Стратегия"},
          "stage": "drafting",
          "stakeholders": {{stakeholders}},
          "directions": [
            {"id": "d1", "title": "Prevent", "pillar": "prevent", "objectives": [
              {"id": "o1", "title": "Objective", "indicators": [], "actions": [{{action}}]}
            ]}
          ]{{extra}}
        }
        """;

    private static DiagnosticList Failures(string json) =>
        StrategyJson.Read(json).Match(s => throw new Xunit.Sdk.XunitException("Expected failures, read a strategy."), f => f);

    private static Diagnostic Single(string json)
    {
        var failures = Failures(json);
        return Assert.Single(failures);
    }

    [Fact]
    public void The_base_document_reads() => Assert.True(StrategyJson.Read(Document()).IsT0);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"id\": }")]
    [InlineData("{} {}")]
    [InlineData("{} x")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("[1, 2,]")]
    [InlineData("// comment\n{}")]
    [InlineData("{/* c */}")]
    [InlineData("{'id': 'x'}")]
    [InlineData("{\"v\": NaN}")]
    [InlineData("{\"v\": Infinity}")]
    [InlineData("{\"v\": -Infinity}")]
    [InlineData("{\"v\": 01}")]
    [InlineData("\u0000")]
    public void Non_strict_json_is_a_syntax_failure(string json)
    {
        var failure = Single(json);
        Assert.Equal(DiagnosticCode.Syntax, failure.Code);
        Assert.Equal("syntax", failure.CodeName);
        Assert.NotNull(failure.Line);
        Assert.NotNull(failure.Column);
    }

    [Fact]
    public void A_syntax_failure_names_line_and_column()
    {
        var failure = Single("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": tru\n}");
        Assert.Equal(DiagnosticCode.Syntax, failure.Code);
        Assert.Equal(3, failure.Line);
        Assert.Equal("/id", failure.Place);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var failure = Single(Document(stakeholders: """[{"id": "mia", "name": "Ички ишлар", "kind": "police"}]"""));
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal("/stakeholders/0/kind", failure.Place);
        Assert.Equal(7, failure.Line);
        var line = Document(stakeholders: """[{"id": "mia", "name": "Ички ишлар", "kind": "police"}]""").Split('\n')[6];
        Assert.Equal(line.IndexOf("\"police\"", StringComparison.Ordinal) + 1, failure.Column);
    }

    [Fact]
    public void Truncated_documents_are_syntax_failures_at_every_length()
    {
        var json = Document();
        for (var length = 0; length < json.Length - 1; length++)
        {
            var failures = Failures(json[..length]);
            Assert.Contains(failures, f => f.Code == DiagnosticCode.Syntax);
        }
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_too_deep_even_in_an_unknown_member()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var failure = Single(Document(extra: $",\n  \"x-deep\": {deep}"));
        Assert.Equal(DiagnosticCode.TooDeep, failure.Code);
        Assert.StartsWith("/x-deep", failure.Place, StringComparison.Ordinal);
        Assert.Equal(13, failure.Line);
    }

    [Fact]
    public void Ten_thousand_levels_are_too_deep_and_do_not_overflow_the_stack()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        Assert.Equal(DiagnosticCode.TooDeep, Single(deep).Code);
        Assert.Equal(DiagnosticCode.TooDeep, Single("{\"a\":" + deep + "}").Code);
    }

    [Fact]
    public void The_depth_limit_can_be_raised()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var json = Document(extra: $",\n  \"x-deep\": {deep}");
        Assert.True(StrategyJson.Read(json, new StrategyReadOptions { MaxDepth = 128 }).IsT0);
    }

    [Fact]
    public void Input_beyond_the_size_limit_is_too_large_without_being_parsed()
    {
        var options = new StrategyReadOptions { MaxBytes = 100 };
        var json = Document();
        Assert.Equal(DiagnosticCode.TooLarge, StrategyJson.Read(json, options).AsT1.Single().Code);
        Assert.Equal(DiagnosticCode.TooLarge, StrategyJson.Read(Encoding.UTF8.GetBytes(json), options).AsT1.Single().Code);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(DiagnosticCode.TooLarge, StrategyJson.Read(stream, options).AsT1.Single().Code);
    }

    [Fact]
    public void A_member_twice_in_one_object_is_a_duplicate_member()
    {
        var failure = Single(Document(action: """{"id": "a1", "title": "Act", "lead": "mia", "lead": "ngo"}"""));
        Assert.Equal(DiagnosticCode.DuplicateMember, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0/lead", failure.Place);
    }

    [Fact]
    public void An_unknown_member_twice_is_a_duplicate_member()
    {
        var failure = Single(Document(action: """{"id": "a1", "title": "Act", "x-a": 1, "x-a": 2}"""));
        Assert.Equal(DiagnosticCode.DuplicateMember, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0/x-a", failure.Place);
    }

    [Fact]
    public void A_language_twice_in_a_text_is_a_duplicate_member()
    {
        var failure = Single(Document(action: """{"id": "a1", "title": {"en": "A", "en": "B"}}"""));
        Assert.Equal(DiagnosticCode.DuplicateMember, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0/title/en", failure.Place);
    }

    [Fact]
    public void A_missing_required_member_names_the_object_that_lacks_it()
    {
        var failure = Single(Document(action: """{"id": "a1"}"""));
        Assert.Equal(DiagnosticCode.MissingMember, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0", failure.Place);
        Assert.Contains("'title'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_root_member_is_reported()
    {
        var failures = Failures("{}");
        Assert.All(failures, f => Assert.Equal(DiagnosticCode.MissingMember, f.Code));
        Assert.Equal(7, failures.Count);
        Assert.All(failures, f => Assert.Equal(string.Empty, f.Place));
    }

    [Fact]
    public void A_missing_indicator_type_is_a_missing_member()
    {
        var failure = Single(Document(action: """{"id": "a1", "title": "A", "indicators": [{"id": "i1", "name": "N", "level": "output"}]}"""));
        Assert.Equal(DiagnosticCode.MissingMember, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0/indicators/0", failure.Place);
    }

    [Theory]
    [InlineData("""{"id": 5, "title": "A"}""", "/id")]
    [InlineData("""{"id": "a1", "title": ["A"]}""", "/title")]
    [InlineData("""{"id": "a1", "title": {"en": 1}}""", "/title/en")]
    [InlineData("""{"id": "a1", "title": "A", "partners": "mia"}""", "/partners")]
    [InlineData("""{"id": "a1", "title": "A", "partners": [1]}""", "/partners/0")]
    [InlineData("""{"id": "a1", "title": "A", "start": 20250101}""", "/start")]
    [InlineData("""{"id": "a1", "title": "A", "budget": {"amount": "100", "currency": "USD"}}""", "/budget/amount")]
    [InlineData("""{"id": "a1", "title": "A", "lead": null}""", "/lead")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "quantitative", "name": "N", "level": "output", "baseline": {"value": "1", "date": "2024-01-01"}}]}""", "/indicators/0/baseline/value")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": {"kind": ["quantitative"]}, "name": "N", "level": "output"}]}""", "/indicators/0/type")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "name": "N", "level": "output", "type": ["qualitative"]}]}""", "/indicators/0/type")]
    public void A_value_of_the_wrong_json_type_is_wrong_type(string action, string suffix)
    {
        var failure = Single(Document(action: action));
        Assert.Equal(DiagnosticCode.WrongType, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0" + suffix, failure.Place);
    }

    [Fact]
    public void The_root_of_the_wrong_type_is_wrong_type()
    {
        var failure = Single("[]");
        Assert.Equal(DiagnosticCode.WrongType, failure.Code);
        Assert.Equal(string.Empty, failure.Place);
    }

    [Theory]
    [InlineData("""{"id": "1a", "title": "A"}""", "/id")]
    [InlineData("""{"id": "a b", "title": "A"}""", "/id")]
    [InlineData("""{"id": "a1", "title": "  "}""", "/title")]
    [InlineData("""{"id": "a1", "title": {"en": " "}}""", "/title")]
    [InlineData("""{"id": "a1", "title": {}}""", "/title")]
    [InlineData("""{"id": "a1", "title": {"en_US": "A"}}""", "/title/en_US")]
    [InlineData("""{"id": "a1", "title": "A", "start": "2025-13-01"}""", "/start")]
    [InlineData("""{"id": "a1", "title": "A", "start": "2025-1-1"}""", "/start")]
    [InlineData("""{"id": "a1", "title": "A", "start": "2026-01-01", "end": "2025-01-01"}""", "/end")]
    [InlineData("""{"id": "a1", "title": "A", "status": "InProgress"}""", "/status")]
    [InlineData("""{"id": "a1", "title": "A", "status": "in_progress"}""", "/status")]
    [InlineData("""{"id": "a1", "title": "A", "budget": {"amount": -1, "currency": "USD"}}""", "/budget/amount")]
    [InlineData("""{"id": "a1", "title": "A", "budget": {"amount": 1, "currency": "usd"}}""", "/budget/currency")]
    [InlineData("""{"id": "a1", "title": "A", "budget": {"amount": 1e300, "currency": "USD"}}""", "/budget/amount")]
    [InlineData("""{"id": "a1", "title": "A", "crimeTypes": [""]}""", "/crimeTypes/0")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "count", "name": "N", "level": "output"}]}""", "/indicators/0/type")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "quantitative", "name": "N", "level": "Output"}]}""", "/indicators/0/level")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "quantitative", "name": "N", "level": "output", "target": {"value": 1e400, "date": "2024-01-01"}}]}""", "/indicators/0/target/value")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "quantitative", "name": "N", "level": "output", "sdg": "SDG 16"}]}""", "/indicators/0/sdg")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "qualitative", "name": "N", "level": "output", "scale": ["a", "b"], "target": {"level": "c", "date": "2024-01-01"}}]}""", "/indicators/0/target/level")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "qualitative", "name": "N", "level": "output", "measurements": [{"date": "2024-01-01", "level": "x"}], "scale": ["a", "b"]}]}""", "/indicators/0/measurements/0/level")]
    [InlineData("""{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "qualitative", "name": "N", "level": "output", "scale": ["a", "a"]}]}""", "/indicators/0/scale")]
    [InlineData("""{"id": "a1", "title": "A\ud800"}""", "/title")]
    public void A_value_that_breaks_a_rule_is_invalid_value(string action, string suffix)
    {
        var failure = Single(Document(action: action));
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0" + suffix, failure.Place);
        Assert.NotNull(failure.Line);
    }

    [Theory]
    [InlineData("uzb")]
    [InlineData("UZ")]
    [InlineData("UZBK")]
    public void A_bad_country_is_invalid_value(string country)
    {
        var failure = Single(Document().Replace("\"UZB\"", $"\"{country}\"", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal("/country", failure.Place);
        Assert.Equal(4, failure.Line);
    }

    [Fact]
    public void A_lone_surrogate_in_a_dotnet_string_is_invalid_value()
    {
        var json = Document(action: "{\"id\": \"a1\", \"title\": \"A\uD800B\"}");
        var failure = Single(json);
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0/title", failure.Place);
    }

    [Fact]
    public void Invalid_utf8_bytes_in_a_string_are_invalid_value_at_that_string()
    {
        var bytes = Encoding.UTF8.GetBytes(Document(action: """{"id": "a1", "title": "A__"}"""));
        var at = bytes.AsSpan().IndexOf("A__"u8) + 1;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var failure = Assert.Single(StrategyJson.Read(bytes).AsT1);
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0/title", failure.Place);
    }

    [Fact]
    public void A_language_tag_that_is_not_unicode_points_at_its_text_object()
    {
        // Found by the mutation property: the failure pointed at "/.../title/" (an empty, unresolvable segment).
        var bytes = Encoding.UTF8.GetBytes(Document(action: """{"id": "a1", "title": {"e_": "A"}}"""));
        var at = bytes.AsSpan().IndexOf("e_"u8);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var failure = Assert.Single(StrategyJson.Read(bytes).AsT1);
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal("/directions/0/objectives/0/actions/0/title", failure.Place);
    }

    [Fact]
    public void An_id_used_twice_is_read_and_kept_for_the_rule_unique_ids()
    {
        var strategy = StrategyJson.Read(Document(action: """{"id": "o1", "title": "A"}""")).AsT0;
        Assert.Equal("o1", strategy.Actions[0].Action.Id);
        var problem = Assert.Single(strategy.FindIntegrityProblems());
        Assert.Equal((IntegrityProblemKind.DuplicateId, "/directions/0/objectives/0/actions/0/id"), (problem.Kind, problem.Pointer));
    }

    [Fact]
    public void A_reference_to_no_stakeholder_is_read_and_kept_for_the_rule_references_resolve()
    {
        var strategy = StrategyJson.Read(Document(action: """{"id": "a1", "title": "A", "lead": "mia", "partners": ["ngo", "unodc"]}""")).AsT0;
        Assert.Equal(["ngo", "unodc"], strategy.Actions[0].Action.Partners);
        var problem = Assert.Single(strategy.FindIntegrityProblems());
        Assert.Equal((IntegrityProblemKind.DanglingReference, "/directions/0/objectives/0/actions/0/partners/1"), (problem.Kind, problem.Pointer));
    }

    [Fact]
    public void A_reference_to_an_element_of_another_kind_is_read_and_kept()
    {
        var strategy = StrategyJson.Read(Document(action: """{"id": "a1", "title": "A", "lead": "d1"}""")).AsT0;
        Assert.Equal("d1", strategy.Actions[0].Action.Lead);
        Assert.Contains("direction", Assert.Single(strategy.FindIntegrityProblems()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_anywhere_in_the_document_are_kept_as_written()
    {
        const string json = """
            {"schemaVersion": "1.0", "id": "s", "country": "UZB", "title": "T", "stage": "drafting",
             "workingGroup": {"chair": "gpo", "members": ["gpo", "nobody"]},
             "stakeholders": [{"id": "gpo", "name": "GPO", "kind": "prosecution", "parent": "later"}, {"id": "later", "name": "L", "kind": "government"}],
             "directions": []}
            """;
        var strategy = StrategyJson.Read(json).AsT0;
        Assert.Equal(["gpo", "nobody"], strategy.WorkingGroup!.Members);
        Assert.Equal("later", strategy.Stakeholders[0].Parent);
        Assert.Equal(["/workingGroup/members/1"], strategy.FindIntegrityProblems().Select(p => p.Pointer));
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("0.9")]
    [InlineData("10.1")]
    public void Another_major_version_is_unsupported_and_names_both_versions(string version)
    {
        var json = Document(action: """{"id": "a1", "bad": true}""").Replace("\"1.0\"", $"\"{version}\"", StringComparison.Ordinal);
        var failure = Single(json);
        Assert.Equal(DiagnosticCode.UnsupportedVersion, failure.Code);
        Assert.Equal("/schemaVersion", failure.Place);
        Assert.Contains(version, failure.Message, StringComparison.Ordinal);
        Assert.Contains("1.0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_minor_version_is_read()
    {
        var strategy = StrategyJson.Read(Document().Replace("\"1.0\"", "\"1.7\"", StringComparison.Ordinal)).AsT0;
        Assert.Equal("1.7", strategy.SchemaVersion);
    }

    [Fact]
    public void One_pass_names_every_problem()
    {
        // The id used twice and the lead that names nobody are not read failures (OCS001 and OCS002 report them).
        var json = Document(
            action: """{"id": "1bad", "title": "A", "lead": "nobody", "end": "soon", "status": "done", "x": 1, "x": 2}""",
            stakeholders: """[{"id": "mia", "name": "MIA", "kind": "police"}, {"id": "mia", "name": "Again", "kind": "other"}]""");
        var failures = Failures(json);
        Assert.Equal(
            [DiagnosticCode.InvalidValue, DiagnosticCode.InvalidValue, DiagnosticCode.InvalidValue, DiagnosticCode.InvalidValue, DiagnosticCode.DuplicateMember],
            failures.Select(f => f.Code));
        Assert.Equal(
            ["/stakeholders/0/kind", "/directions/0/objectives/0/actions/0/id", "/directions/0/objectives/0/actions/0/end",
             "/directions/0/objectives/0/actions/0/status", "/directions/0/objectives/0/actions/0/x"],
            failures.Select(f => f.Place));
        Assert.All(failures, f => Assert.NotNull(f.Line));
    }

    [Fact]
    public void The_number_of_failures_is_bounded()
    {
        var actions = string.Join(",", Enumerable.Range(0, 50).Select(i => $$"""{"id": "a{{i}}", "title": "A", "end": "day {{i}}"}"""));
        var json = Document(action: actions);
        var failures = StrategyJson.Read(json, new StrategyReadOptions { MaxFailures = 10 }).AsT1;
        Assert.Equal(11, failures.Count);
        Assert.Contains("stopped", failures[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_io_failure()
    {
        var failure = StrategyJson.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.json")).AsT1.Single();
        Assert.Equal(DiagnosticCode.Io, failure.Code);
        Assert.Equal("io", failure.CodeName);
    }

    [Fact]
    public void A_directory_is_an_io_failure()
    {
        var failure = StrategyJson.ReadFile(Path.GetTempPath()).AsT1.Single();
        Assert.Equal(DiagnosticCode.Io, failure.Code);
        Assert.Contains("directory", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failures_print_place_code_and_message()
    {
        var failure = Single(Document(action: """{"id": "a1"}"""));
        Assert.Matches(@"^\d+:\d+: /directions/0/objectives/0/actions/0 missingMember: The member 'title' is required here\.$", failure.ToString());
    }
}
