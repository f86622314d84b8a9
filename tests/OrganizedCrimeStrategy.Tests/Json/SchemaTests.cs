using System.Text.Json;
using Json.Schema;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Json;

/// <summary>The published schema and the reader agree: what the writer produces validates; what breaks an expressible rule is rejected by both.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = PublishedSchema.Instance;

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement.Clone(), Options);
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void The_schema_is_draft_2020_12_and_names_its_id()
    {
        using var document = JsonDocument.Parse(StrategySchema.Utf8);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(StrategySchema.Id, document.RootElement.GetProperty("$id").GetString());
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 150)]
    public void Every_written_document_validates(Strategy strategy)
    {
        var results = Evaluate(StrategyJson.Write(strategy));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_sample_validates()
    {
        foreach (var file in Samples.Documents())
        {
            var results = Evaluate(File.ReadAllText(file));
            Assert.True(results.IsValid, $"{file}\n{Errors(results)}");
        }
    }

    public static TheoryData<string, string> Breaks => new()
    {
        { "bad id", """{"id": "1a", "title": "A"}""" },
        { "id with space", """{"id": "a b", "title": "A"}""" },
        { "blank title", """{"id": "a1", "title": " "}""" },
        { "empty text object", """{"id": "a1", "title": {}}""" },
        { "blank text entries", """{"id": "a1", "title": {"en": " ", "ru": ""}}""" },
        { "bad language tag", """{"id": "a1", "title": {"en_US": "A"}}""" },
        { "missing title", """{"id": "a1"}""" },
        { "date shape", """{"id": "a1", "title": "A", "start": "2025-1-1"}""" },
        { "impossible date", """{"id": "a1", "title": "A", "start": "2025-02-30"}""" },
        { "enum case", """{"id": "a1", "title": "A", "status": "InProgress"}""" },
        { "negative money", """{"id": "a1", "title": "A", "budget": {"amount": -1, "currency": "USD"}}""" },
        { "currency case", """{"id": "a1", "title": "A", "budget": {"amount": 1, "currency": "usd"}}""" },
        { "wrong type", """{"id": "a1", "title": "A", "partners": "mia"}""" },
        { "null", """{"id": "a1", "title": "A", "lead": null}""" },
        { "indicator type", """{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "count", "name": "N", "level": "output"}]}""" },
        { "no indicator type", """{"id": "a1", "title": "A", "indicators": [{"id": "i", "name": "N", "level": "output"}]}""" },
        { "indicator level", """{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "quantitative", "name": "N", "level": "Output"}]}""" },
        { "qualitative value as number", """{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "qualitative", "name": "N", "level": "output", "scale": ["a", "b"], "baseline": {"value": 1, "date": "2024-01-01"}}]}""" },
        { "repeated scale level", """{"id": "a1", "title": "A", "indicators": [{"id": "i", "type": "qualitative", "name": "N", "level": "output", "scale": ["a", "a"]}]}""" },
        { "empty crime type", """{"id": "a1", "title": "A", "crimeTypes": [""]}""" },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void A_document_that_breaks_an_expressible_rule_is_rejected_by_the_schema_and_the_reader(string what, string action)
    {
        var json = Document(action);
        Assert.False(Evaluate(json).IsValid, what);
        Assert.True(StrategyJson.Read(json).IsT1, what);
        Assert.True(Evaluate(Document("""{"id": "a1", "title": "A"}""")).IsValid);
    }

    [Fact]
    public void The_schema_and_the_reader_agree_on_white_space_character_by_character()
    {
        // Blank means string.IsNullOrWhiteSpace to the reader; the schema lists the same characters, because \s means
        // different things to different regular-expression engines (JsonSchema.Net's is ASCII only).
        using var document = JsonDocument.Parse(StrategySchema.Utf8);
        var pattern = document.RootElement.GetProperty("$defs").GetProperty("NonBlank").GetProperty("pattern").GetString()!;
        var nonBlank = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.ECMAScript);
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            if (!char.IsSurrogate(c))
            {
                Assert.True(nonBlank.IsMatch(c.ToString()) == !char.IsWhiteSpace(c), $"U+{(int)c:X4}");
            }
        }
    }

    [Theory]
    [InlineData("\"2.0\"")]
    [InlineData("\"1.x\"")]
    [InlineData("1.0")]
    public void A_bad_version_is_rejected_by_both(string version)
    {
        var json = Document("""{"id": "a1", "title": "A"}""").Replace("\"1.0\"", version, StringComparison.Ordinal);
        Assert.False(Evaluate(json).IsValid);
        Assert.True(StrategyJson.Read(json).IsT1);
    }

    [Fact]
    public void Unknown_members_are_allowed_by_both()
    {
        var json = Document("""{"id": "a1", "title": "A", "x-local": {"any": [1]}, "budget": {"amount": 1, "currency": "USD", "x-rate": 1.1}}""")
            .Replace("\"stage\"", "\"x-root\": true, \"stage\"", StringComparison.Ordinal);
        Assert.True(Evaluate(json).IsValid);
        Assert.True(StrategyJson.Read(json).IsT0);
    }

    private static string Document(string action) => $$"""
        {"schemaVersion": "1.0", "id": "s", "country": "UZB", "title": "T", "stage": "drafting",
         "stakeholders": [{"id": "mia", "name": "MIA", "kind": "lawEnforcement"}],
         "directions": [{"id": "d1", "title": "D", "pillar": "prevent", "objectives": [{"id": "o1", "title": "O", "indicators": [], "actions": [{{action}}]}]}]}
        """;
}
