using System.CommandLine;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs new --country XXX --title "..." [--id ID] [--output FILE] [--force]</c>: a skeleton with the four pillars.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-3 code, such as UZB.", Required = true, HelpName = "XXX" };
        var title = new Option<string>("--title") { Description = "The strategy's title.", Required = true, HelpName = "\"...\"" };
        var id = new Option<string?>("--id") { Description = "The strategy's id (default: <country>-nsoc in lower case).", HelpName = "ID" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output; an existing file only with --force.", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the --output file when it exists." };
        var command = new Command("new", "Create a skeleton strategy with one direction under each of the four Ps.") { country, title, id, output, force };
        command.SetAction(parse =>
        {
            var code = parse.GetValue(country)!;
            var name = parse.GetValue(title)!;
            if (!FormatRules.IsValidCountry(code))
            {
                console.Error.WriteLine(CliMessages.BadCountry(code));
                return ExitCodes.Error;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                console.Error.WriteLine(CliMessages.BlankTitle);
                return ExitCodes.Error;
            }

            var strategyId = parse.GetValue(id);
            if (strategyId is not null && !FormatRules.IsValidId(strategyId))
            {
                console.Error.WriteLine(CliMessages.BadId(strategyId));
                return ExitCodes.Error;
            }

            // A skeleton replaces a file only when asked: it is the start of a document, and may land on someone's work.
            var path = parse.GetValue(output);
            if (path is not null && path != Io.StandardInput && File.Exists(path) && !parse.GetValue(force))
            {
                console.Error.WriteLine(CliMessages.WouldOverwrite(path));
                return ExitCodes.Error;
            }

            var skeleton = StrategySkeleton.Create(code, name, strategyId) with { Schema = StrategySchema.Id };
            return Io.Write(StrategyJson.Write(skeleton), path, console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }
}
