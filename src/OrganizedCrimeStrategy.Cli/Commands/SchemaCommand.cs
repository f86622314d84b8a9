using System.CommandLine;
using OrganizedCrimeStrategy.Json;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs schema [--output FILE]</c>: the JSON Schema of format 1.0.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of format 1.0.") { output };
        command.SetAction(parse => Io.Write(StrategySchema.Text, parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error);
        return command;
    }
}
