using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using OrganizedCrimeStrategy.Cli.Commands;

namespace OrganizedCrimeStrategy.Cli;

/// <summary>The <c>ocs</c> command line: a thin shell that parses arguments and calls the library.</summary>
internal static class OcsApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "ocs: check, format, compare, convert and report on national strategies against organized crime (format 1.0, StratML).\n" +
            "Exit codes: 0 success, 1 findings (check) or not canonical (format --check), 2 unreadable input or bad arguments.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(FormatCommand.Create(console));
        root.Subcommands.Add(SchemaCommand.Create(console));
        root.Subcommands.Add(NewCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(ConvertCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpPrinter();
        }

        Strict(root);
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        var root = Build(console);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (parse.Action is HelpPrinter || root.Options.Any(o => o is VersionOption && ReferenceEquals(o.Action, parse.Action)))
        {
            return parse.Invoke(configuration);
        }

        // The parser reads '-format' as '-f ormat', and takes an unknown word for a file name when the command takes
        // files: name such words instead, before the parser's own errors (which follow from them).
        var problems = StrictParsing.SingleDashLongNames(root, args);
        if (problems.Count == 0)
        {
            problems = StrictParsing.Problems(parse);
            var unknownCommand = parse.CommandResult.Command is RootCommand && parse.UnmatchedTokens.Count > 0;
            problems.AddRange(parse.Errors.Where(e => !(unknownCommand && e.SymbolResult is CommandResult)).Select(e => e.Message));
        }

        if (problems.Count == 0)
        {
            return parse.Invoke(configuration);
        }

        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem);
        }

        var command = parse.CommandResult.Command;
        console.Error.WriteLine(CliMessages.UsageLine(Usage.Line(command)));
        console.Error.WriteLine(command is RootCommand ? CliMessages.SeeRootHelp : CliMessages.SeeHelp(Usage.Name(command)));
        return ExitCodes.Error;
    }

    /// <summary>Every command of the tool with the same parsing rules: unknown words are the tool's to name, help is the tool's own.</summary>
    private static void Strict(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var subcommand in command.Subcommands)
        {
            Strict(subcommand);
        }
    }
}
