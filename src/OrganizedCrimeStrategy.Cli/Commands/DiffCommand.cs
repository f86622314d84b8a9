using System.CommandLine;
using OrganizedCrimeStrategy.Diff;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs diff OLD NEW [--format text|json|markdown] [--output FILE]</c>: what changed, matched by id.</summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("OLD") { Description = "The earlier version." };
        var @new = new Argument<string>("NEW") { Description = "The later version." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("diff", "Show what changed between two versions of a strategy: elements added, removed or changed, with old and new values.")
        {
            old, @new, format, output,
        };
        command.SetAction(parse =>
        {
            var (before, _) = Io.Read(parse.GetValue(old)!, console);
            var (after, _) = Io.Read(parse.GetValue(@new)!, console);
            if (before is null || after is null)
            {
                return ExitCodes.Error;
            }

            var comparison = StrategyDiff.Compare(before, after);
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
