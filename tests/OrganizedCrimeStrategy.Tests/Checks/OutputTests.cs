using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Output;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Checks;

public class OutputTests
{
    /// <summary>A strategy with findings in the whole document and in two pillars, of every severity.</summary>
    private static CheckResult Result(string language = "en")
    {
        var strategy = CompleteStrategy.Build() with { Monitoring = null, References = [] };
        strategy = strategy
            .Action(0, a => a with { Lead = null, End = null })
            .Action(3, a => a with { Lead = "uk", Title = "Pipes | and *stars*" })
            .ActionIndicator(3, i => i with { Responsible = null });
        return RuleSet.Toolkit.Check(strategy, new CheckOptions { Language = language });
    }

    [Fact]
    public void Text_groups_findings_by_pillar_most_severe_first()
    {
        var text = TextReport.Render(Result());
        var lines = text.Split('\n');

        Assert.Equal("Completeness of strategy 'UZB-NSOC'", lines[0]);
        Assert.StartsWith("Score: ", lines[2], StringComparison.Ordinal);
        int At(string s) => Array.FindIndex(lines, l => l.Contains(s, StringComparison.Ordinal));
        Assert.True(At("Whole document") < At("Pillar: prevent"));
        Assert.True(At("Pillar: prevent") < At("Pillar: pursue"));
        Assert.True(At("Pillar: pursue") < At("Pillar: promote"));
        Assert.True(At("OCS501") < At("OCS701"), "the error comes before the warning");
        Assert.True(At("Whole document") < At("OCS501") && At("OCS501") < At("Pillar: prevent"));
        Assert.True(At("[error] OCS301") < At("[warning] OCS302") && At("[warning] OCS302") < At("Pillar: pursue"));
        Assert.True(At("Pillar: promote") < At("[info] OCS306") && At("[info] OCS306") < At("[info] OCS407"));
        Assert.Contains("  [error] OCS301 action-has-lead /directions/0/objectives/0/actions/0", lines);
        Assert.Contains("      Action 'prev.a' names no lead stakeholder.", lines);
    }

    [Fact]
    public void Text_says_so_when_nothing_is_missing_and_speaks_Russian_when_asked()
    {
        Assert.Contains("No findings", TextReport.Render(RuleSet.Toolkit.Check(CompleteStrategy.Build())), StringComparison.Ordinal);
        var russian = TextReport.Render(Result("ru"));
        Assert.Contains("Направление: предупреждение", russian, StringComparison.Ordinal);
        Assert.Contains("[ошибка] OCS301", russian, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var result = Result();
        using var document = JsonDocument.Parse(JsonReport.Render(result));
        var root = document.RootElement;

        Assert.Equal(["version", "strategy", "stage", "language", "score", "scoring", "counts", "pillars", "rules", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("rule-weighted-1", root.GetProperty("scoring").GetString());
        Assert.Equal("adopted", root.GetProperty("stage").GetString());
        Assert.Equal(result.Score.Value, root.GetProperty("score").GetDouble());
        var counts = root.GetProperty("counts");
        Assert.Equal(result.Score.Checks.Applicable, counts.GetProperty("applicable").GetInt32());
        Assert.Equal(result.Score.Checks.Failed, counts.GetProperty("failed").GetInt32());
        Assert.Equal(["applicable", "passed", "failed", "weight", "earnedWeight", "bySeverity"], counts.EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.Score.Weight, counts.GetProperty("weight").GetInt32());
        Assert.Equal(result.Score.EarnedWeight, counts.GetProperty("earnedWeight").GetDouble());
        Assert.Equal(result.Score.Value, 100 * counts.GetProperty("earnedWeight").GetDouble() / counts.GetProperty("weight").GetInt32(), 9);
        Assert.Equal(result.Score.Errors.Failed, counts.GetProperty("bySeverity").GetProperty("error").GetProperty("failed").GetInt32());
        Assert.Equal(["prevent", "pursue", "protect", "promote"], root.GetProperty("pillars").EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.ScoreOf(Pillar.Prevent).Value, root.GetProperty("pillars").GetProperty("prevent").GetProperty("score").GetDouble());
        Assert.Equal(RuleSet.ToolkitRules.Count, root.GetProperty("rules").GetArrayLength());
        var rules = root.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);
        Assert.Equal(["ruleId", "name", "status", "severity", "applicable", "passed", "failed"], rules["OCS101"].EnumerateObject().Select(p => p.Name));
        Assert.Equal("passed", rules["OCS101"].GetProperty("status").GetString());
        Assert.Equal(("failed", "error", 4, 1), (rules["OCS301"].GetProperty("status").GetString(), rules["OCS301"].GetProperty("severity").GetString(), rules["OCS301"].GetProperty("applicable").GetInt32(), rules["OCS301"].GetProperty("failed").GetInt32()));

        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(result.Findings.Count, findings.Length);
        Assert.All(findings, f => Assert.Equal(["ruleId", "name", "severity", "message", "pointer", "pillar"], f.EnumerateObject().Select(p => p.Name)));
        Assert.All(findings, f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" }));
        var first = findings[0];
        Assert.Equal(result.Findings[0].RuleId, first.GetProperty("ruleId").GetString());
        Assert.Equal(result.Findings[0].Pointer, first.GetProperty("pointer").GetString());
        Assert.Contains(findings, f => f.GetProperty("pillar").ValueKind == JsonValueKind.Null && f.GetProperty("pointer").GetString() == "");
        Assert.Contains(findings, f => f.GetProperty("pillar").GetString() == "promote");
    }

    [Fact]
    public void Json_keeps_non_ASCII_text_readable()
    {
        var json = JsonReport.Render(Result("ru"));

        Assert.Contains("«prev.a»", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_a_score_table_and_one_findings_table_per_group()
    {
        var markdown = MarkdownReport.Render(Result());

        Assert.StartsWith("## Completeness of strategy 'UZB-NSOC'", markdown, StringComparison.Ordinal);
        Assert.Contains("| Pillar | Score | Checks passed |", markdown, StringComparison.Ordinal);
        Assert.Contains("| prevent | ", markdown, StringComparison.Ordinal);
        Assert.Contains("### Whole document", markdown, StringComparison.Ordinal);
        Assert.Contains("### Pillar: promote", markdown, StringComparison.Ordinal);
        Assert.Contains("| error | OCS301 `action-has-lead` | `/directions/0/objectives/0/actions/0` | Action 'prev.a' names no lead stakeholder. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| (document) |", markdown, StringComparison.Ordinal);
        Assert.Equal("a \\| b \\*c\\* d", MarkdownReport.Escape("a | b *c*\nd"));
    }

    [Fact]
    public void Sarif_lists_the_ruleset_and_locates_results_by_pointer()
    {
        var result = Result();
        using var document = JsonDocument.Parse(SarifReport.Render(result));
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Equal(RuleSet.ToolkitRules.Count, rules.GetArrayLength());
        Assert.Equal("OCS001", rules[0].GetProperty("id").GetString());
        Assert.Equal("unique-ids", rules[0].GetProperty("name").GetString());
        Assert.Equal("error", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "OCS205").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(result.Findings.Count, results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            var finding = result.Findings[i];
            var sarif = results[i];
            Assert.Equal(finding.RuleId, sarif.GetProperty("ruleId").GetString());
            Assert.Equal(finding.RuleId, rules[sarif.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(SarifReport.Level(finding.Severity), sarif.GetProperty("level").GetString());
            Assert.Equal(finding.Message, sarif.GetProperty("message").GetProperty("text").GetString());
            var location = sarif.GetProperty("locations")[0];
            Assert.Equal(finding.Pointer, location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
            Assert.False(location.TryGetProperty("physicalLocation", out _));
        }

        var properties = run.GetProperty("properties");
        Assert.Equal(["strategy", "stage", "score", "scoring"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.Score.Value, properties.GetProperty("score").GetDouble());
        Assert.Equal("rule-weighted-1", properties.GetProperty("scoring").GetString());
        using var two = JsonDocument.Parse(SarifReport.Render([new SarifDocument(result, SarifOptions.Default), new SarifDocument(result, SarifOptions.Default)]));
        Assert.Equal(["scoring", "documents"], two.RootElement.GetProperty("runs")[0].GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Sarif_gives_physical_locations_when_the_caller_supplies_the_artifact_and_a_locator()
    {
        var result = Result();
        var options = new SarifOptions { ArtifactUri = "strategies/uzb.json", Locate = pointer => pointer == "" ? (1, 1) : (pointer.Count(c => c == '/') + 10, 7) };

        using var document = JsonDocument.Parse(SarifReport.Render(result, options));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();

        for (var i = 0; i < results.Length; i++)
        {
            var physical = results[i].GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("strategies/uzb.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var expected = options.Locate(result.Findings[i].Pointer)!.Value;
            Assert.Equal(expected.Line, physical.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(expected.Column, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        }

        // Without a place in the text, the result still names its file, but no region.
        var unlocatable = SarifReport.Render(result, options with { Locate = _ => null });
        Assert.Contains("\"artifactLocation\"", unlocatable, StringComparison.Ordinal);
        Assert.DoesNotContain("\"region\"", unlocatable, StringComparison.Ordinal);
        Assert.DoesNotContain("physicalLocation", SarifReport.Render(result, options with { ArtifactUri = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_validates_against_the_published_SARIF_2_1_0_schema()
    {
        var schema = SarifSchema.Load();

        foreach (var sarif in new[]
        {
            SarifReport.Render(Result()),
            SarifReport.Render(Result("ru"), new SarifOptions { ArtifactUri = "file:///data/uzb%20strategy.json", Locate = _ => (3, 14) }),
            SarifReport.Render(RuleSet.Toolkit.Check(CompleteStrategy.Build())),
            SarifReport.Render(RuleSet.Toolkit.Check(CompleteStrategy.Build(StrategyStage.Initiation) with { WorkingGroup = null })),
        })
        {
            var evaluation = schema.Evaluate(sarif);
            Assert.True(evaluation.IsValid, SarifSchema.Describe(evaluation));
        }
    }

    [Fact]
    public void The_schema_check_rejects_a_log_that_breaks_the_schema()
    {
        var schema = SarifSchema.Load();
        var sarif = JsonNode.Parse(SarifReport.Render(Result()))!;
        sarif["runs"]![0]!["results"]![0]!["level"] = "fatal";

        Assert.False(schema.Evaluate(sarif.ToJsonString()).IsValid);
    }
}
