using System.Text.RegularExpressions;
using OrganizedCrimeStrategy.Checks.Output;

namespace OrganizedCrimeStrategy.Tests.Docs;

public class DocsTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(Samples.RepositoryRoot, relative));

    [Fact]
    public void The_rules_catalogue_is_generated_from_the_rule_metadata()
    {
        var doc = Read("docs/rules.md");
        var table = Regex.Match(doc, "<!-- rules:begin -->\n(.*)<!-- rules:end -->", RegexOptions.Singleline).Groups[1].Value;
        Assert.True(
            table == RuleCatalog.ToMarkdown(RuleSet.ToolkitRules),
            "docs/rules.md is stale: replace the table between the rules markers with the output of 'ocs rules --format markdown'.");
    }

    [Fact]
    public void The_cli_reference_documents_every_command_and_option()
    {
        var doc = Read("docs/cli.md");
        var root = OrganizedCrimeStrategy.Cli.OcsApp.Build(new OrganizedCrimeStrategy.Cli.CliConsole(TextWriter.Null, TextWriter.Null, false));
        foreach (var command in root.Subcommands)
        {
            Assert.Contains($"## `ocs {command.Name}", doc, StringComparison.Ordinal);
            foreach (var option in command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help"))
            {
                Assert.True(doc.Contains(option.Name, StringComparison.Ordinal), $"docs/cli.md does not mention {command.Name} {option.Name}.");
            }
        }
    }

    [Fact]
    public void Every_local_link_in_the_docs_and_readme_points_at_a_file_that_exists()
    {
        foreach (var file in new[] { "README.md", "SECURITY.md", "docs/format.md", "docs/rules.md", "docs/cli.md", "docs/versioning.md", "benchmarks/README.md", "tests/Fuzz/README.md" })
        {
            var folder = Path.GetDirectoryName(Path.Combine(Samples.RepositoryRoot, file))!;
            foreach (Match link in Regex.Matches(Read(file), @"\]\(([^)#:]+)(#[^)]*)?\)"))
            {
                var target = Path.GetFullPath(Path.Combine(folder, link.Groups[1].Value));
                Assert.True(File.Exists(target) || Directory.Exists(target), $"{file} links to {link.Groups[1].Value}, which does not exist.");
            }
        }
    }
}
