using System.CommandLine;
using OrganizedCrimeStrategy.Diff;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs diff OLD NEW [--format text|json|markdown] [--output FILE]</c>: what changed, matched by id.</summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("OLD") { Description = "The earlier version: format 1.0 or StratML; - reads standard input (for one of the two)." };
        var @new = new Argument<string>("NEW") { Description = "The later version: format 1.0 or StratML; - reads standard input (for one of the two)." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.Choices("text", "json", "markdown");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };
        var command = new Command("diff", "Show what changed between two versions of a strategy: elements added, removed or changed, with old and new values.")
        {
            old, @new, format, output,
        };
        command.SetAction(parse =>
        {
            var (oldPath, newPath) = (parse.GetValue(old)!, parse.GetValue(@new)!);
            if (Io.ReadsStandardInputTwice([oldPath, newPath], console))
            {
                return ExitCodes.Error;
            }

            var before = Io.Read(oldPath, console);
            var after = Io.Read(newPath, console);
            if (before is null || after is null)
            {
                return ExitCodes.Error;
            }

            Io.SayWhenImported(before, console);
            Io.SayWhenImported(after, console);
            var comparison = StrategyDiff.Compare(before.Strategy, after.Strategy);
            var text = parse.GetValue(format) switch
            {
                "json" => DiffFormats.ToJson(comparison),
                "markdown" => DiffFormats.ToMarkdown(comparison),
                _ => DiffFormats.ToText(comparison),
            };
            return Io.Write(text, parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }
}
