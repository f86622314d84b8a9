using System.CommandLine;
using OrganizedCrimeStrategy.Json;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs format FILE [--check] [--output FILE]</c>: the canonical form, unknown members kept.</summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The strategy document." };
        var check = new Option<bool>("--check") { Description = "Do not write: exit 1 when the file is not in canonical form, and say where it differs." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output; may be FILE itself." };
        var command = new Command("format", "Write a strategy in canonical form: known members in format order, unknown members kept.")
        {
            file, check, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var (strategy, bytes) = Io.Read(path, console);
            if (strategy is null)
            {
                return ExitCodes.Error;
            }

            if (parse.GetValue(check))
            {
                var result = CanonicalForm.Check(bytes).AsT0;
                if (result.IsCanonical)
                {
                    return ExitCodes.Success;
                }

                console.Error.WriteLine($"{path}: not in canonical form. {result}");
                return ExitCodes.Findings;
            }

            return Io.Write(StrategyJson.Write(strategy), parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }
}
