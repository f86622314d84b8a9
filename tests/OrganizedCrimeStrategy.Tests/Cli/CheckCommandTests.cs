using System.Text.Json;
using OrganizedCrimeStrategy.Tests.Checks;

namespace OrganizedCrimeStrategy.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Strategy Sample => StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    private string Write(string name, Strategy strategy)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, StrategyJson.Write(strategy));
        return path;
    }

    /// <summary>The sample without its monitoring body: an error finding (OCS501).</summary>
    private string WithError() => Write("no monitoring body.json", Sample with { Monitoring = Sample.Monitoring! with { Body = null } });

    [Fact]
    public void Exit_0_when_no_finding_reaches_fail_on()
    {
        var result = Ocs.Run("check", Samples.Uzbekistan);
        Assert.Equal(0, result.Code);
        Assert.Contains("OCS302", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("never", 0)]
    public void Fail_on_sets_the_threshold(string failOn, int expected) =>
        Assert.Equal(expected, Ocs.Run("check", Samples.Uzbekistan, "--fail-on", failOn).Code);

    [Fact]
    public void Exit_1_when_an_error_finding_is_present()
    {
        var result = Ocs.Run("check", WithError());
        Assert.Equal(1, result.Code);
        Assert.Contains("OCS501", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, Ocs.Run("check", WithError(), "--fail-on", "never").Code);
    }

    [Fact]
    public void Exit_2_when_a_file_cannot_be_read_even_if_others_can()
    {
        var bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, "{\"schemaVersion\": 2}");
        var result = Ocs.Run("check", Samples.Uzbekistan, bad, Path.Combine(_folder, "missing.json"));
        Assert.Equal(2, result.Code);
        Assert.Contains("== " + Samples.Uzbekistan, result.Out, StringComparison.Ordinal);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(bad + ":1:19: /schemaVersion wrongType:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_folder, "missing.json") + ": / io: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_is_the_documented_shape_and_an_array_for_several_files()
    {
        var one = Ocs.Run("check", Samples.Uzbekistan, "--format", "json");
        using (var document = JsonDocument.Parse(one.Out))
        {
            var root = document.RootElement;
            Assert.True(root.GetProperty("score").GetDouble() is > 0 and < 100);
            Assert.Equal(4, root.GetProperty("findings").GetArrayLength());
            var finding = root.GetProperty("findings")[0];
            Assert.Equal(["ruleId", "name", "severity", "message", "pointer", "pillar"], finding.EnumerateObject().Select(p => p.Name));
            Assert.Equal(4, root.GetProperty("pillars").EnumerateObject().Count());
        }

        var two = Ocs.Run("check", Samples.Uzbekistan, WithError(), "-f", "json");
        using var both = JsonDocument.Parse(two.Out);
        Assert.Equal(2, both.RootElement.GetArrayLength());
    }

    [Fact]
    public void Sarif_output_validates_and_locates_each_finding_in_its_file()
    {
        var schema = SarifSchema.Load();
        var path = WithError();
        var result = Ocs.Run("check", Samples.Uzbekistan, path, "--format", "sarif");
        Assert.Equal(1, result.Code);
        var evaluation = schema.Evaluate(result.Out);
        Assert.True(evaluation.IsValid, SarifSchema.Describe(evaluation));

        using var document = JsonDocument.Parse(result.Out);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var lines = File.ReadAllLines(Samples.Uzbekistan);
        var located = results.First(r => r.GetProperty("ruleId").GetString() == "OCS302");
        var physical = located.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(Samples.Uzbekistan).AbsoluteUri, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
        var column = physical.GetProperty("region").GetProperty("startColumn").GetInt32();
        Assert.Equal('{', lines[line - 1][column - 1]);
        Assert.Contains("\"id\": \"act-annual-report\"", lines[line], StringComparison.Ordinal);
        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == new Uri(path).AbsoluteUri);
        Assert.Contains("%20", new Uri(path).AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_goes_to_a_file_with_output_and_nothing_to_stdout()
    {
        var output = Path.Combine(_folder, "out.sarif");
        var result = Ocs.Run("check", Samples.Uzbekistan, "--format", "sarif", "--output", output);
        Assert.Equal(0, result.Code);
        Assert.Equal(string.Empty, result.Out);
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Markdown_output_has_a_heading_per_file()
    {
        var result = Ocs.Run("check", Samples.Uzbekistan, WithError(), "--format", "markdown");
        Assert.Contains("# " + Samples.Uzbekistan, result.Out, StringComparison.Ordinal);
        Assert.Contains("OCS501", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_and_language_change_what_is_checked_and_how_it_reads()
    {
        var earlier = Ocs.Run("check", Samples.Uzbekistan, "--stage", "drafting", "-f", "json");
        using var document = JsonDocument.Parse(earlier.Out);
        Assert.Equal("drafting", document.RootElement.GetProperty("stage").GetString());
        Assert.DoesNotContain("OCS304", earlier.Out.Split("\"findings\"")[1], StringComparison.Ordinal);
        Assert.Contains("Оценка", Ocs.Run("check", Samples.Uzbekistan, "--lang", "ru").Out, StringComparison.Ordinal);
        Assert.Equal(2, Ocs.Run("check", Samples.Uzbekistan, "--stage", "Drafting").Code);
    }

    [Fact]
    public void A_settings_file_turns_rules_off_and_raises_severities()
    {
        var config = Path.Combine(_folder, "ocs.json");
        File.WriteAllText(config, """{"extends": "toolkit", "rules": {"OCS306": "off", "OCS302": "error"}}""");
        var result = Ocs.Run("check", Samples.Uzbekistan, "--config", config, "-f", "json");
        Assert.Equal(1, result.Code);
        Assert.DoesNotContain("OCS306", result.Out.Split("\"findings\"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_settings_file_is_exit_2_with_the_place()
    {
        var config = Path.Combine(_folder, "ocs.json");
        File.WriteAllText(config, "{\"extends\": \"toolkit\",\n \"rules\": {\"OCS999\": \"off\", \"OCS302\": \"loud\"}}");
        var result = Ocs.Run("check", Samples.Uzbekistan, "--config", config);
        Assert.Equal(2, result.Code);
        Assert.Contains(config + ":2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("OCS999", result.Error, StringComparison.Ordinal);
        Assert.Contains("loud", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Progress_is_shown_on_a_terminal_for_several_files_and_never_when_redirected()
    {
        var terminal = Ocs.Run(errorIsTerminal: true, "check", Samples.Uzbekistan, WithError());
        Assert.Contains("checking [2/2]", terminal.Error, StringComparison.Ordinal);
        var redirected = Ocs.Run(errorIsTerminal: false, "check", Samples.Uzbekistan, WithError());
        Assert.Equal(string.Empty, redirected.Error);
        var single = Ocs.Run(errorIsTerminal: true, "check", Samples.Uzbekistan);
        Assert.Equal(string.Empty, single.Error);
    }

    [Fact]
    public void Rules_lists_every_rule_in_each_format()
    {
        var text = Ocs.Run("rules");
        Assert.Equal(0, text.Code);
        Assert.All(OrganizedCrimeStrategy.Checks.RuleSet.ToolkitRules, r => Assert.Contains(r.Id + "  " + r.Name, text.Out, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(Ocs.Run("rules", "--format", "json").Out);
        Assert.Equal(OrganizedCrimeStrategy.Checks.RuleSet.ToolkitRules.Count, json.RootElement.GetArrayLength());
        Assert.Contains("| OCS603 | public-consultation | warning, error from adopted |", Ocs.Run("rules", "-f", "markdown").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void As_a_real_process_sarif_on_stdout_is_a_valid_file()
    {
        var schema = SarifSchema.Load();
        var result = Ocs.Process(Samples.RepositoryRoot, "check", "samples/uzbekistan.strategy.json", "--format", "sarif");
        Assert.Equal(0, result.Code);
        Assert.Equal(string.Empty, result.Error);
        Assert.True(schema.Evaluate(result.Out).IsValid);
    }
}
