using System.Text;
using System.Text.Json;

namespace OrganizedCrimeStrategy.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Temp(string name, string? content = null)
    {
        var path = Path.Combine(_folder, name);
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        return path;
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var result = Ocs.Run("--help");
        Assert.Equal(0, result.Code);
        foreach (var command in new[] { "format", "schema", "new", "diff" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_mistyped_command_suggests_the_right_one_on_stderr_and_exits_2()
    {
        var result = Ocs.Run("fromat", "x.json");
        Assert.Equal(2, result.Code);
        Assert.Contains("format", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void An_unknown_option_exits_2()
    {
        var result = Ocs.Run("format", Samples.Uzbekistan, "--chek");
        Assert.Equal(2, result.Code);
        Assert.Contains("--chek", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var result = Ocs.Run("--version");
        Assert.Equal(0, result.Code);
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(Samples.RepositoryRoot, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value;
        Assert.StartsWith(version + "+", result.Out.Trim() + "+", StringComparison.Ordinal);
    }

    [Fact]
    public void Format_check_passes_on_the_canonical_sample_and_fails_with_the_first_difference()
    {
        Assert.Equal(0, Ocs.Run("format", "--check", Samples.Uzbekistan).Code);
        var compact = Temp("compact.json", StrategyJson.Write(StrategyJson.ReadFile(Samples.Uzbekistan).AsT0, new StrategyWriteOptions { Indented = false }));
        var result = Ocs.Run("format", "--check", compact);
        Assert.Equal(1, result.Code);
        Assert.Contains("Line 1 differs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_writes_the_canonical_form_and_keeps_unknown_members()
    {
        var input = Temp("in.json", """{"x-local": [1, "два"], "schemaVersion": "1.0", "id": "s", "country": "UZB", "title": "T", "stage": "drafting", "stakeholders": [], "directions": []}""");
        var result = Ocs.Run("format", input);
        Assert.Equal(0, result.Code);
        Assert.Equal(StrategyJson.Write(StrategyJson.ReadFile(input).AsT0), result.Out);
        Assert.Contains("\"x-local\": [\n    1,\n    \"два\"\n  ]", result.Out, StringComparison.Ordinal);

        var output = Temp("out.json");
        Assert.Equal(0, Ocs.Run("format", input, "--output", output).Code);
        Assert.Equal(result.Out, File.ReadAllText(output));
    }

    [Fact]
    public void Read_failures_go_to_stderr_one_per_line_with_file_line_column_pointer_and_code()
    {
        var input = Temp("bad file.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"1bad\"\n}");
        var result = Ocs.Run("format", input);
        Assert.Equal(2, result.Code);
        Assert.Equal(string.Empty, result.Out);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{input}:3:9: /id invalidValue: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(": / missingMember: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("directory")]
    [InlineData("empty")]
    [InlineData("binary")]
    public void Unreadable_input_exits_2_with_a_message_and_no_stack_trace(string kind)
    {
        var path = kind switch
        {
            "missing" => Temp("nowhere.json"),
            "directory" => _folder,
            "empty" => Temp("empty.json", string.Empty),
            _ => Temp("binary.json"),
        };
        if (kind == "binary")
        {
            File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x01]);
        }

        var result = Ocs.Run("format", path);
        Assert.Equal(2, result.Code);
        Assert.StartsWith(path, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_and_a_non_latin_path_is_read()
    {
        var path = Temp("стратегия ўзбекистон.json");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(Samples.Uzbekistan)]);
        var result = Ocs.Run("format", "--check", path);
        Assert.Equal(0, result.Code);
    }

    [Fact]
    public void Schema_prints_the_published_schema()
    {
        var result = Ocs.Run("schema");
        Assert.Equal(0, result.Code);
        Assert.Equal(StrategySchema.Text, result.Out);
        var file = Temp("schema.json");
        Assert.Equal(0, Ocs.Run("schema", "--output", file).Code);
        Assert.Equal(StrategySchema.Text, File.ReadAllText(file));
    }

    [Fact]
    public void New_makes_a_skeleton_with_the_four_pillars_that_reads_back_without_failures()
    {
        var file = Temp("new.json");
        var result = Ocs.Run("new", "--country", "KGZ", "--title", "Улуттук стратегия", "--output", file);
        Assert.Equal(0, result.Code);
        var strategy = StrategyJson.ReadFile(file).AsT0;
        Assert.Equal("KGZ", strategy.Country);
        Assert.Equal("Улуттук стратегия", strategy.Title.Get());
        Assert.All(Enum.GetValues<Pillar>(), p => Assert.Single(strategy.DirectionsOf(p)));
        Assert.Equal(StrategySchema.Id, strategy.Schema);
    }

    [Theory]
    [InlineData("--country", "kg", "--title", "T")]
    [InlineData("--country", "KGZ", "--title", " ")]
    [InlineData("--country", "KGZ", "--title", "T", "--id", "9")]
    [InlineData("--title", "T")]
    public void New_rejects_bad_arguments_with_exit_2(params string[] args)
    {
        var result = Ocs.Run(["new", .. args]);
        Assert.Equal(2, result.Code);
        Assert.NotEqual(string.Empty, result.Error);
    }

    [Fact]
    public void Diff_names_each_change_in_every_format()
    {
        var sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var changed = sample with { Stage = StrategyStage.Adopted, Stakeholders = sample.Stakeholders.Add(new Stakeholder { Id = "osce", Name = "OSCE", Kind = StakeholderKind.RegionalBody }) };
        var newer = Temp("new.json", StrategyJson.Write(changed));
        var text = Ocs.Run("diff", Samples.Uzbekistan, newer);
        Assert.Equal(0, text.Code);
        Assert.Contains("stage: consultation -> adopted", text.Out, StringComparison.Ordinal);
        Assert.Contains("+ stakeholder osce \"OSCE\"", text.Out, StringComparison.Ordinal);

        var json = Ocs.Run("diff", Samples.Uzbekistan, newer, "--format", "json");
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Contains("| added | stakeholder |", Ocs.Run("diff", Samples.Uzbekistan, newer, "-f", "markdown").Out, StringComparison.Ordinal);
        Assert.Equal(2, Ocs.Run("diff", Samples.Uzbekistan, newer, "--format", "xml").Code);
    }

    [Fact]
    public void As_a_real_process_stdout_and_stderr_are_kept_apart()
    {
        var bad = Temp("bad.json", "{");
        var good = Ocs.Process(_folder, "format", Samples.Uzbekistan);
        Assert.Equal(0, good.Code);
        Assert.Equal(File.ReadAllText(Samples.Uzbekistan), good.Out);
        Assert.Equal(string.Empty, good.Error);

        var failed = Ocs.Process(_folder, "format", "bad.json");
        Assert.Equal(2, failed.Code);
        Assert.Equal(string.Empty, failed.Out);
        Assert.StartsWith("bad.json:1:2: / syntax:", failed.Error, StringComparison.Ordinal);
        _ = bad;
    }
}
