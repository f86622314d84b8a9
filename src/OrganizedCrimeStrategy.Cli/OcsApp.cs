using System.CommandLine;
using OrganizedCrimeStrategy.Cli.Commands;

namespace OrganizedCrimeStrategy.Cli;

/// <summary>The <c>ocs</c> command line: a thin shell that parses arguments and calls the library.</summary>
internal static class OcsApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "ocs: check, format, compare and convert national strategies against organized crime (format 1.0).\n" +
            "Exit codes: 0 success, 1 findings (check) or not canonical (format --check), 2 unreadable input or bad arguments.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(FormatCommand.Create(console));
        root.Subcommands.Add(SchemaCommand.Create(console));
        root.Subcommands.Add(NewCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(ConvertCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        var root = Build(console);
        var parse = root.Parse(args);
        // Help after a parse error goes to standard error too, so that standard output stays clean for results.
        var output = parse.Errors.Count > 0 ? console.Error : console.Out;
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = console.Error });

        // System.CommandLine reports a parse error (with help and "did you mean") as 1; our contract says 2.
        return parse.Errors.Count > 0 ? ExitCodes.Error : code;
    }
}
