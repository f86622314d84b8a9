using System.CommandLine;
using OrganizedCrimeStrategy.Json;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs format FILE [--check] [--output FILE]</c>: the canonical form, unknown members kept.</summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The strategy document (format 1.0); - reads standard input." };
        var check = new Option<bool>("--check") { Description = "Do not write: exit 1 when the file is not in canonical form, and say where it differs." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output; may be FILE itself.", HelpName = "FILE" };
        var command = new Command("format", "Write a strategy in canonical form: known members in format order, unknown members kept.")
        {
            file, check, output,
        };
        command.SetAction(parse =>
        {
            var input = Io.Read(parse.GetValue(file)!, console);
            if (input is null)
            {
                return ExitCodes.Error;
            }

            // The canonical form is a property of a format 1.0 text: another kind of document is converted first, by name.
            if (input.Document.IsImported)
            {
                console.Error.WriteLine(CliMessages.FormatNeedsJson(input.Name, Io.KindName(input.Document.Format), Io.ConvertCommandLine(input.Path)));
                return ExitCodes.Error;
            }

            if (parse.GetValue(check))
            {
                var result = CanonicalForm.Check(input.Bytes).AsT0;
                if (result.IsCanonical)
                {
                    return ExitCodes.Success;
                }

                console.Error.WriteLine(CliMessages.NotCanonical(input.Name, result.ToString()));
                return ExitCodes.Findings;
            }

            return Io.Write(StrategyJson.Write(input.Strategy), parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }
}
