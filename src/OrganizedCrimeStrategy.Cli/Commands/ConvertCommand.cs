using System.CommandLine;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>
/// <c>ocs convert IN --to json|stratml|stratml-report [--country XXX] [--output FILE]</c>: between format 1.0 and
/// StratML (ISO 17469), the direction chosen by what the input is.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("IN") { Description = "A strategy in format 1.0 (JSON) or a StratML Part 1 or Part 2 document (XML); - reads standard input." };
        var to = new Option<string>("--to") { Description = "json: format 1.0; stratml: StratML Part 2 strategic plan; stratml-report: StratML Part 2 performance report (measurements as actual results).", Required = true };
        to.Choices("json", "stratml", "stratml-report");
        var country = new Option<string?>("--country") { Description = "For StratML input that names no country: the strategy's country, an ISO 3166-1 alpha-3 code such as UZB (default XXX, unspecified).", HelpName = "XXX" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };
        var command = new Command("convert", "Convert between format 1.0 and StratML. Import notes (what had no place in the model, what was assumed) go to standard error.")
        {
            input, to, country, output,
        };
        command.SetAction(parse =>
        {
            var importOptions = StratMLImportOptions.Default;
            if (parse.GetValue(country) is { } code)
            {
                if (!FormatRules.IsValidCountry(code))
                {
                    console.Error.WriteLine(CliMessages.BadCountry(code));
                    return ExitCodes.Error;
                }

                importOptions = importOptions with { DefaultCountry = code };
            }

            var read = Io.Read(parse.GetValue(input)!, console, StrategyDocumentOptions.Default with { StratMLOptions = importOptions });
            if (read is null)
            {
                return ExitCodes.Error;
            }

            if (!read.Document.IsImported && parse.GetValue(country) is not null)
            {
                console.Error.WriteLine(CliMessages.CountryForJson);
            }

            Failures.Print(console, read.Name, read.Document.Notes);
            if (read.Document.IsImported && parse.GetValue(country) is null && read.Strategy.Country == StratMLImportOptions.Default.DefaultCountry)
            {
                console.Error.WriteLine(CliMessages.CountryUnspecified(read.Name));
            }

            var text = parse.GetValue(to) switch
            {
                "stratml" => Export(read.Strategy, StratMLFlavor.Part2StrategicPlan, console),
                "stratml-report" => Export(read.Strategy, StratMLFlavor.Part2PerformanceReport, console),
                _ => StrategyJson.Write(read.Strategy),
            };
            return Io.Write(text, parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }

    private static string Export(Strategy strategy, StratMLFlavor flavor, CliConsole console)
    {
        var document = StratML.Export(strategy, flavor);
        foreach (var warning in document.Warnings)
        {
            console.Error.WriteLine(CliMessages.ExportWarning(warning.Pointer, warning.Message));
        }

        return document.ToString();
    }
}
