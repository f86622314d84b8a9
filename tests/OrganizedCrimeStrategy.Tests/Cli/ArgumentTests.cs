using System.CommandLine;
using OrganizedCrimeStrategy.Cli;

namespace OrganizedCrimeStrategy.Tests.Cli;

/// <summary>The tool never guesses: a word it does not know is named, with the nearest valid one.</summary>
public sealed class ArgumentTests
{
    private static readonly RootCommand Root = OcsApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null, false));

    /// <summary>Each command with the arguments it needs to be otherwise valid.</summary>
    public static TheoryData<string, string[]> Commands() => new()
    {
        { "check", [Samples.Uzbekistan] },
        { "format", [Samples.Uzbekistan] },
        { "diff", [Samples.Uzbekistan, Samples.Uzbekistan] },
        { "convert", [Samples.Uzbekistan, "--to", "json"] },
        { "report", [Samples.Uzbekistan] },
        { "new", ["--country", "UZB", "--title", "T"] },
        { "rules", [] },
        { "schema", [] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_mistyped_option_of_every_command_is_named_with_the_nearest_option(string command, string[] valid)
    {
        foreach (var option in Root.Subcommands.Single(c => c.Name == command).Options.Select(o => o.Name))
        {
            // One letter too many: '--format' becomes '--formatt', '--to' '--too'.
            var typo = option + option[^1];
            var result = Ocs.Run([command, .. valid, typo]);
            Assert.Equal(2, result.Code);
            Assert.StartsWith($"Unknown option '{typo}'. Did you mean '{option}'?\n", result.Error, StringComparison.Ordinal);
            Assert.Contains($"Usage: ocs {command}", result.Error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Out);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_option_far_from_any_is_named_with_the_commands_options(string command, string[] valid)
    {
        var result = Ocs.Run([command, .. valid, "--zzzzzz"]);
        Assert.Equal(2, result.Code);
        Assert.StartsWith($"Unknown option '--zzzzzz'. The options of 'ocs {command}' are: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help.", result.Error.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--formt", "json")]
    [InlineData("check", "--FORMAT", "json")]
    [InlineData("check", "-format", "json")]
    [InlineData("check", "--out", "x")]
    public void A_mistyped_option_before_its_value_is_not_taken_for_a_file(string command, string typo, string value)
    {
        var result = Ocs.Run(command, Samples.Uzbekistan, typo, value);
        Assert.Equal(2, result.Code);
        Assert.DoesNotContain("Cannot read", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain($"'{value}'", result.Error, StringComparison.Ordinal);
        Assert.Matches($"^Unknown option '{typo}'. Did you mean '--(format|output)'\\?\n", result.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("format")]
    [InlineData("report")]
    public void Version_after_a_command_says_it_belongs_to_ocs_itself(string command)
    {
        var result = Ocs.Run(command, "--version");
        Assert.Equal(2, result.Code);
        Assert.StartsWith($"Unknown option '--version' for 'ocs {command}': it is an option of ocs itself (ocs --version).", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format", "a.json b.json", "Unexpected argument 'b.json': 'ocs format' takes FILE.")]
    [InlineData("diff", "a.json b.json c.json", "Unexpected argument 'c.json': 'ocs diff' takes OLD NEW.")]
    [InlineData("rules", "extra", "Unexpected argument 'extra': 'ocs rules' takes no argument.")]
    [InlineData("schema", "x", "Unexpected argument 'x': 'ocs schema' takes no argument.")]
    public void An_extra_argument_is_named_with_what_the_command_takes(string command, string arguments, string expected)
    {
        var result = Ocs.Run([command, .. arguments.Split(' ')]);
        Assert.Equal(2, result.Code);
        Assert.StartsWith(expected + "\n", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fromat", "Unknown command 'fromat'. Did you mean 'format'?")]
    [InlineData("chek", "Unknown command 'chek'. Did you mean 'check'?")]
    [InlineData("lint", "Unknown command 'lint'. The commands are: check, format, schema, new, diff, convert, rules, report.")]
    [InlineData("--verison", "Unknown option '--verison'. Did you mean '--version'?")]
    public void An_unknown_command_is_named_with_the_nearest_command(string word, string expected)
    {
        var result = Ocs.Run(word, "x.json");
        Assert.Equal(2, result.Code);
        Assert.StartsWith(expected + "\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_word_starting_with_a_dash_is_a_file_name()
    {
        var result = Ocs.Run("format", "--", "-draft.json");
        Assert.Equal(2, result.Code);
        Assert.StartsWith("-draft.json: / io: '-draft.json' does not exist.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_of_the_parser_itself_also_exit_2_with_the_usage()
    {
        var result = Ocs.Run("check", Samples.Uzbekistan, "--format", "xml");
        Assert.Equal(2, result.Code);
        Assert.Contains("'xml'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: ocs check FILE... [--format text|json|sarif|markdown]", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, Ocs.Run().Code);
    }

    [Fact]
    public void Help_wins_over_a_wrong_word_and_shows_the_generated_usage()
    {
        var result = Ocs.Run("check", "--formt", "--help");
        Assert.Equal(0, result.Code);
        Assert.Contains("Usage:\n  " + Usage.Line(Root.Subcommands.Single(c => c.Name == "check")) + "\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("-f, --format text|json|sarif|markdown", result.Out, StringComparison.Ordinal);
        Assert.Contains("[default: text]", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("formt", "format")]
    [InlineData("fromat", "format")]
    [InlineData("ouptut", "output")]
    [InlineData("lng", "lang")]
    [InlineData("fail", "fail-on")]
    [InlineData("x", null)]
    [InlineData("stag", "stage")]
    [InlineData("conifg", "config")]
    [InlineData("banana", null)]
    public void The_nearest_word_is_within_a_small_edit_distance_or_the_only_one_it_begins(string typed, string? expected) =>
        Assert.Equal(expected, StrictParsing.Nearest(typed, ["format", "stage", "config", "fail-on", "lang", "output", "f", "o", "c"]));
}
