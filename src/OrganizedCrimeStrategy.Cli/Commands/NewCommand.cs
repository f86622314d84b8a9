using System.CommandLine;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs new --country XXX --title "..." [--id ID] [--output FILE]</c>: a skeleton with the four pillars.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-3 code, such as UZB.", Required = true };
        var title = new Option<string>("--title") { Description = "The strategy's title.", Required = true };
        var id = new Option<string?>("--id") { Description = "The strategy's id (default: <country>-nsoc in lower case)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("new", "Create a skeleton strategy with one direction under each of the four Ps.") { country, title, id, output };
        command.SetAction(parse =>
        {
            var code = parse.GetValue(country)!;
            var name = parse.GetValue(title)!;
            if (!FormatRules.IsValidCountry(code))
            {
                console.Error.WriteLine($"--country: '{code}' is not an ISO 3166-1 alpha-3 code in upper case (such as UZB).");
                return ExitCodes.Error;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                console.Error.WriteLine("--title: the title may not be blank.");
                return ExitCodes.Error;
            }

            var strategyId = parse.GetValue(id);
            if (strategyId is not null && !FormatRules.IsValidId(strategyId))
            {
                console.Error.WriteLine($"--id: '{strategyId}' is not a valid id (a letter, then up to 63 letters, digits, '.', '_' or '-').");
                return ExitCodes.Error;
            }

            var skeleton = StrategySkeleton.Create(code, name, strategyId) with { Schema = StrategySchema.Id };
            return Io.Write(StrategyJson.Write(skeleton), parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }
}
