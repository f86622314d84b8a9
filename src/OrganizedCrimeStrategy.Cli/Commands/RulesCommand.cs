using System.CommandLine;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Output;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs rules [--format text|json|markdown]</c>: the toolkit ruleset.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.Choices("text", "json", "markdown");
        var command = new Command("rules", "List the completeness rules of the toolkit ruleset: id, name, severity, from-stage and source.") { format };
        command.SetAction(parse =>
        {
            var rules = RuleSet.ToolkitRules;
            console.Out.Write(parse.GetValue(format) switch
            {
                "json" => RuleCatalog.ToJson(rules),
                "markdown" => RuleCatalog.ToMarkdown(rules),
                _ => RuleCatalog.ToText(rules),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
