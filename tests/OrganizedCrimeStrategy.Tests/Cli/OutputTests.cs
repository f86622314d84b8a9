namespace OrganizedCrimeStrategy.Tests.Cli;

/// <summary>Writing results, overwriting, the rules table and the language of messages.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("format")]
    [InlineData("check")]
    [InlineData("report")]
    public void A_missing_folder_for_output_is_named_as_typed_never_the_temporary_file(string command)
    {
        var output = Path.Combine(_folder, "nowhere", "out.txt");
        var result = Ocs.Run(command, Samples.Uzbekistan, "-o", output);
        Assert.Equal(2, result.Code);
        Assert.Equal($"{output}: cannot write: The folder '{Path.Combine(_folder, "nowhere")}' does not exist.\n", result.Error);
        Assert.DoesNotContain(".tmp", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_output_and_a_file_in_the_way_are_plain_sentences()
    {
        var folder = Ocs.Run("schema", "-o", _folder);
        Assert.Equal(2, folder.Code);
        Assert.Equal($"{_folder}: cannot write: '{_folder}' is a directory, not a file.\n", folder.Error);

        var file = Path.Combine(_folder, "plain.txt");
        File.WriteAllText(file, "x");
        var inTheWay = Ocs.Run("schema", "-o", Path.Combine(file, "schema.json"));
        Assert.Equal($"{Path.Combine(file, "schema.json")}: cannot write: '{file}' is a file, not a folder.\n", inTheWay.Error);
    }

    [Fact]
    public void A_dash_as_output_is_standard_output()
    {
        var result = Ocs.Run("schema", "-o", "-");
        Assert.Equal(0, result.Code);
        Assert.Equal(StrategySchema.Text, result.Out);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void New_refuses_to_overwrite_a_file_without_force()
    {
        var path = Path.Combine(_folder, "draft.json");
        File.WriteAllText(path, "months of work");
        var refused = Ocs.Run("new", "--country", "UZB", "--title", "T", "-o", path);
        Assert.Equal(2, refused.Code);
        Assert.Equal($"{path}: the file exists; give --force to replace it.\n", refused.Error);
        Assert.Equal("months of work", File.ReadAllText(path));

        var forced = Ocs.Run("new", "--country", "UZB", "--title", "T", "-o", path, "--force");
        Assert.Equal(0, forced.Code);
        Assert.Equal("uzb-nsoc", StrategyJson.ReadFile(path).AsT0.Id);
    }

    [Fact]
    public void Rules_aligns_every_column_whatever_a_cells_width()
    {
        var rules = OrganizedCrimeStrategy.Checks.RuleSet.ToolkitRules;
        var lines = Ocs.Run("rules").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rules.Count, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("OCS603", StringComparison.Ordinal) && l.Contains("  warning, error from adopted  from ", StringComparison.Ordinal));

        // Where each column starts on each line: name, severity (the first word after the name), stage, description.
        var starts = lines.Zip(rules, (line, rule) =>
        {
            var name = line.IndexOf("  " + rule.Name + " ", StringComparison.Ordinal) + 2;
            var severity = line.AsSpan(name + rule.Name.Length).IndexOfAnyExcept(' ') + name + rule.Name.Length;
            var stage = line.IndexOf("  from ", severity, StringComparison.Ordinal) + 2;
            var description = line.IndexOf(rule.Description, StringComparison.Ordinal);
            return (name, severity, stage, description);
        }).ToList();
        Assert.Single(starts.Distinct());
    }

    [Theory]
    [InlineData("fr", "warning: --lang: there are no messages in 'fr' (available: en, ru); going on in English.\n")]
    [InlineData("xx-!!", "warning: --lang: 'xx-!!' is not a BCP 47 language tag such as en, ru or uz-Latn (available: en, ru); going on in English.\n")]
    [InlineData("ru-RU", "")]
    [InlineData("EN-gb", "")]
    public void An_unknown_language_is_a_warning_and_the_check_goes_on_in_english(string tag, string warning)
    {
        var result = Ocs.Run("check", Samples.Uzbekistan, "--lang", tag);
        Assert.Equal(0, result.Code);
        Assert.Equal(warning, result.Error);
        Assert.Contains(tag.StartsWith("ru", StringComparison.Ordinal) ? "Оценка" : "Score:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_for_the_report_says_what_it_still_uses()
    {
        var result = Ocs.Run("report", Samples.Uzbekistan, "--as-of", "2026-07-01", "--lang", "uz");
        Assert.Equal(0, result.Code);
        Assert.Equal("warning: --lang: there are no report labels in 'uz' (available: en, ru); labels and messages in English, the document's own texts in 'uz' where it has them.\n", result.Error);
        Assert.Contains("<html lang=", result.Out, StringComparison.Ordinal);
    }
}
