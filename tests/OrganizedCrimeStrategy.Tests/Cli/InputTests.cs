using System.Text.Json;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Tests.Interchange;

namespace OrganizedCrimeStrategy.Tests.Cli;

/// <summary>Standard input, StratML input and inputs that cannot be read, the same way in every command.</summary>
public sealed class InputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string SampleText => File.ReadAllText(Samples.Uzbekistan);

    private string Temp(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string Plan(StratMLFlavor flavor = StratMLFlavor.Part2StrategicPlan) =>
        Temp("plan.xml", StratML.Export(StrategyJson.Read(SampleText).AsT0, flavor).ToString());

    [Theory]
    [InlineData("check", "-f", "json")]
    [InlineData("format")]
    [InlineData("convert", "--to", "stratml")]
    [InlineData("report", "--as-of", "2026-07-01")]
    public void A_dash_reads_standard_input_and_gives_what_the_file_gives(string command, params string[] options)
    {
        var fromFile = Ocs.Run([command, Samples.Uzbekistan, .. options]);
        var fromInput = Ocs.RunWithInput(SampleText, [command, "-", .. options]);
        Assert.Equal(0, fromInput.Code);
        Assert.Equal(string.Empty, fromInput.Error);
        Assert.Equal(fromFile.Out, fromInput.Out);
    }

    [Fact]
    public void As_a_real_process_a_dash_reads_what_is_piped_in()
    {
        var result = Ocs.ProcessWithInput(_folder, SampleText, "check", "-", "--format", "json");
        Assert.Equal(0, result.Code);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(Ocs.Run("check", Samples.Uzbekistan, "--format", "json").Out, result.Out);
    }

    [Fact]
    public void Check_names_standard_input_and_sarif_gives_it_no_file_location()
    {
        var text = Ocs.RunWithInput(SampleText, "check", "-");
        Assert.StartsWith("== <stdin> ==\n", text.Out, StringComparison.Ordinal);
        var sarif = Ocs.RunWithInput(SampleText, "check", "-", "--format", "sarif");
        using var log = JsonDocument.Parse(sarif.Out);
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.False(result.GetProperty("locations")[0].TryGetProperty("physicalLocation", out _));
    }

    [Fact]
    public void Diff_reads_one_of_the_two_from_standard_input_and_format_check_works_on_it()
    {
        var diff = Ocs.RunWithInput(SampleText, "diff", "-", Path.Combine(Samples.Folder, "uzbekistan-after-consultation.strategy.json"));
        Assert.Equal(0, diff.Code);
        Assert.Contains("2 added, 0 removed, 3 changed.", diff.Out, StringComparison.Ordinal);
        Assert.Equal(0, Ocs.RunWithInput(SampleText, "format", "--check", "-").Code);
        var compact = Ocs.RunWithInput(StrategyJson.Write(StrategyJson.Read(SampleText).AsT0, new StrategyWriteOptions { Indented = false }), "format", "--check", "-");
        Assert.Equal(1, compact.Code);
        Assert.StartsWith("<stdin>: not in canonical form.", compact.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_settings_file_can_come_from_standard_input()
    {
        var result = Ocs.RunWithInput("""{"rules": {"OCS302": "error"}}""", "check", Samples.Uzbekistan, "--config", "-");
        Assert.Equal(1, result.Code);
        var bad = Ocs.RunWithInput("""{"rules": {"OCS999": "off"}}""", "check", Samples.Uzbekistan, "-c", "-");
        Assert.Equal(2, bad.Code);
        Assert.StartsWith("<stdin>:1:", bad.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "-", "-")]
    [InlineData("diff", "-", "-")]
    [InlineData("check", "-", "--config", "-")]
    public void Standard_input_is_read_once_at_most(params string[] args)
    {
        var result = Ocs.RunWithInput(SampleText, args);
        Assert.Equal(2, result.Code);
        Assert.Equal("Standard input ('-') can be read only once: give '-' for one input at most.\n", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Broken_standard_input_is_reported_under_its_name()
    {
        var result = Ocs.RunWithInput("{", "format", "-");
        Assert.Equal(2, result.Code);
        Assert.StartsWith("<stdin>:1:2: / syntax:", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StratMLFlavor.Part1, "StratML Part 1")]
    [InlineData(StratMLFlavor.Part2StrategicPlan, "StratML Part 2")]
    public void Check_reads_stratml_and_says_so_with_the_convert_command(StratMLFlavor flavor, string kind)
    {
        var plan = Plan(flavor);
        var result = Ocs.Run("check", plan, "--format", "json");
        Assert.Equal(0, result.Code);
        Assert.Equal(JsonDocument.Parse(Ocs.Run("check", Samples.Uzbekistan, "-f", "json").Out).RootElement.GetProperty("findings").ToString(), JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").ToString());
        Assert.Equal($"{plan}: read as {kind} (imported with no note). To keep it in format 1.0: ocs convert {plan} --to json --output {Path.ChangeExtension(plan, ".strategy.json")}\n", result.Error);
    }

    [Fact]
    public void A_plan_from_another_tool_is_checked_with_the_count_of_its_import_notes()
    {
        var plan = Temp("other tool.xml", StratMLImportTests.Part1);
        var notes = StratML.Import(StratMLImportTests.Part1).AsT0.Notes.Count;
        var result = Ocs.Run("check", plan);
        Assert.Equal(1, result.Code); // the imported plan lacks much: error findings
        Assert.Contains($"== {plan} ==", result.Out, StringComparison.Ordinal);
        Assert.Equal($"{plan}: read as StratML Part 1 (imported with {notes} notes). To see them and keep the strategy in format 1.0: ocs convert '{plan}' --to json --output '{Path.ChangeExtension(plan, ".strategy.json")}'\n", result.Error);
    }

    [Fact]
    public void Report_and_diff_read_stratml_too()
    {
        var plan = Plan();
        var report = Ocs.Run("report", plan, "--as-of", "2026-07-01");
        Assert.Equal(0, report.Code);
        Assert.Equal(Ocs.Run("report", Samples.Uzbekistan, "--as-of", "2026-07-01").Out, report.Out);
        Assert.Contains("read as StratML Part 2", report.Error, StringComparison.Ordinal);

        var diff = Ocs.Run("diff", Samples.Uzbekistan, plan);
        Assert.Equal(0, diff.Code);
        Assert.Equal("No changes.\n", diff.Out);
        Assert.Single(diff.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Format_refuses_stratml_with_the_exact_convert_command()
    {
        var plan = Plan();
        var result = Ocs.Run("format", plan);
        Assert.Equal(2, result.Code);
        Assert.Equal(string.Empty, result.Out);
        var command = $"ocs convert {plan} --to json --output {Path.ChangeExtension(plan, ".strategy.json")}";
        Assert.EndsWith("Convert it first: " + command + "\n", result.Error, StringComparison.Ordinal);

        // The command works as given.
        var convert = Ocs.Run([.. command.Split(' ').Skip(1)]);
        Assert.Equal(0, convert.Code);
        Assert.Equal(SampleText, File.ReadAllText(Path.ChangeExtension(plan, ".strategy.json")));
    }

    [Fact]
    public void Convert_sets_the_country_of_a_plan_that_names_none()
    {
        var plan = Temp("other.xml", StratMLImportTests.Part1);
        var without = Ocs.Run("convert", plan, "--to", "json");
        Assert.Equal("XXX", StrategyJson.Read(without.Out).AsT0.Country);
        Assert.Contains($"{plan}: the document names no country, so the strategy's country is 'XXX' (unspecified); give it with --country, such as --country UZB.", without.Error, StringComparison.Ordinal);

        var with = Ocs.Run("convert", plan, "--to", "json", "--country", "KGZ");
        Assert.Equal(0, with.Code);
        Assert.Equal("KGZ", StrategyJson.Read(with.Out).AsT0.Country);
        Assert.DoesNotContain("give it with --country", with.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kgz")]
    [InlineData("KG")]
    [InlineData("K1Z")]
    public void Convert_validates_the_country_like_new_does(string country)
    {
        var result = Ocs.Run("convert", Plan(), "--to", "json", "--country", country);
        Assert.Equal(2, result.Code);
        Assert.Equal($"--country: '{country}' is not an ISO 3166-1 alpha-3 code in upper case (such as UZB).\n", result.Error);
        Assert.Equal(result.Error, Ocs.Run("new", "--country", country, "--title", "T").Error);
    }

    [Fact]
    public void Country_on_a_format_1_0_input_is_said_to_be_ignored()
    {
        var result = Ocs.Run("convert", Samples.Uzbekistan, "--to", "json", "--country", "KGZ");
        Assert.Equal(0, result.Code);
        Assert.Equal(SampleText, result.Out);
        Assert.StartsWith("warning: --country applies to StratML input only", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("format")]
    [InlineData("report")]
    [InlineData("convert", "--to", "json")]
    public void An_empty_file_is_said_to_be_empty_in_every_command(string command, params string[] options)
    {
        var empty = Temp("empty.json", string.Empty);
        var result = Ocs.Run([command, empty, .. options]);
        Assert.Equal(2, result.Code);
        Assert.Equal($"{empty}:1:1: / syntax: The document is empty: a strategy document is a JSON object, starting with '{{'.\n", result.Error);
    }

    [Fact]
    public void A_missing_file_is_a_sentence_with_the_name_typed()
    {
        var result = Ocs.Run("check", "nowhere.json");
        Assert.Equal("nowhere.json: / io: 'nowhere.json' does not exist.\n", result.Error);
    }

    [Fact]
    public void Text_that_is_neither_kind_says_which_kinds_are_read()
    {
        var path = Temp("notes.txt", "just some notes");
        var result = Ocs.Run("check", path);
        Assert.Equal(2, result.Code);
        Assert.StartsWith($"{path}:1:1: / syntax: Neither a strategy in format 1.x (a JSON object, starting with '{{') nor a StratML document", result.Error, StringComparison.Ordinal);
    }
}
