using System.CommandLine;
using System.Text.RegularExpressions;
using OrganizedCrimeStrategy.Cli;
using OrganizedCrimeStrategy.Tests.Cli;

namespace OrganizedCrimeStrategy.Tests.Readme;

/// <summary>The usage lines of the README and of docs/cli.md are the ones each command's --help prints.</summary>
public class UsageTests
{
    private static readonly RootCommand Root = OcsApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null, false));

    private static string Read(string relative) => File.ReadAllText(Path.Combine(Samples.RepositoryRoot, relative));

    private static Command Command(string line) => Root.Subcommands.Single(c => c.Name == line.Split(' ')[1]);

    /// <summary>The usage as --help prints it, under "Usage:".</summary>
    private static string HelpUsage(Command command) =>
        Regex.Match(Ocs.Run(command.Name, "--help").Out, "Usage:\n  (.*)\n").Groups[1].Value;

    [Fact]
    public void Each_readme_heading_is_the_usage_its_command_prints()
    {
        var headings = Regex.Matches(Read("README.md"), @"^### `(ocs [^`]*)`$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Root.Subcommands.Select(c => c.Name).Order(StringComparer.Ordinal), headings.Select(h => h.Split(' ')[1]).Order(StringComparer.Ordinal));
        foreach (var heading in headings)
        {
            Assert.Equal(HelpUsage(Command(heading)), heading);
        }
    }

    [Fact]
    public void Each_usage_block_of_the_cli_reference_is_the_usage_its_command_prints()
    {
        // docs/cli.md: under each "## `ocs NAME`" heading, the first code block is the usage (wrapped where long).
        var sections = Regex.Matches(Read("docs/cli.md"), "^## `ocs ([a-z]+)`\n\n```\n(.*?)```", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.Equal(Root.Subcommands.Count, sections.Count);
        foreach (Match section in sections)
        {
            var usage = Regex.Replace(section.Groups[2].Value.Trim(), @"\s+", " ");
            Assert.Equal(HelpUsage(Command(usage)), usage);
            Assert.Equal(section.Groups[1].Value, Command(usage).Name);
        }
    }

    [Fact]
    public void The_generated_usage_shows_arguments_required_and_optional_options_and_values()
    {
        Assert.Equal("ocs diff OLD NEW [--format text|json|markdown] [--output FILE]", Usage.Line(Root.Subcommands.Single(c => c.Name == "diff")));
        Assert.Equal("ocs convert IN --to json|stratml|stratml-report [--country XXX] [--output FILE]", Usage.Line(Root.Subcommands.Single(c => c.Name == "convert")));
        Assert.StartsWith("ocs check FILE... [", Usage.Line(Root.Subcommands.Single(c => c.Name == "check")), StringComparison.Ordinal);
        Assert.Contains("[--force]", Usage.Line(Root.Subcommands.Single(c => c.Name == "new")), StringComparison.Ordinal);
    }
}
