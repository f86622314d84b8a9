using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace OrganizedCrimeStrategy.Cli;

/// <summary>
/// The usage line and the help of each command, generated from the command's own arguments and options, so that
/// <c>--help</c>, the error messages and the README (which a test compares) say the same thing.
/// </summary>
internal static class Usage
{
    /// <summary>The name the tool is installed under.</summary>
    public const string Tool = "ocs";

    /// <summary>
    /// One line: <c>ocs check FILE... [--format text|json|sarif|markdown] ... [--output FILE]</c>. Arguments first,
    /// then the options in the order the command declares them; required options without brackets.
    /// </summary>
    public static string Line(Command command)
    {
        if (command is RootCommand)
        {
            return $"{Tool} COMMAND [ARGUMENTS] [OPTIONS]";
        }

        var parts = new List<string> { Name(command) };
        parts.AddRange(command.Arguments.Select(ArgumentLabel));
        foreach (var option in command.Options.Where(o => o is not HelpOption))
        {
            var label = OptionLabel(option, option.Name);
            parts.Add(option.Required ? label : $"[{label}]");
        }

        return string.Join(' ', parts);
    }

    /// <summary>The command as typed: <c>ocs check</c>.</summary>
    public static string Name(Command command) => command is RootCommand ? Tool : $"{Tool} {command.Name}";

    /// <summary>The name of an argument as the usage shows it: <c>FILE</c>, <c>FILE...</c> when it takes several.</summary>
    public static string ArgumentLabel(Argument argument) =>
        argument.Arity.MaximumNumberOfValues > 1 ? argument.Name + "..." : argument.Name;

    /// <summary>Whether an option takes no value (a switch such as <c>--check</c>).</summary>
    public static bool IsSwitch(Option option) => option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0;

    /// <summary>Writes the help of a command: what it does, its usage, its arguments and options (or, for ocs, its commands).</summary>
    public static void WriteHelp(Command command, TextWriter writer)
    {
        writer.WriteLine(command.Description);
        writer.WriteLine();
        writer.WriteLine("Usage:");
        writer.WriteLine("  " + Line(command));
        if (command is RootCommand)
        {
            writer.WriteLine($"  {Tool} --version");
        }

        if (command.Arguments.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Arguments:");
            WriteColumns(writer, command.Arguments.Select(a => (a.Name, a.Description ?? string.Empty)));
        }

        writer.WriteLine();
        writer.WriteLine("Options:");
        var rows = command.Options.Where(o => o is not HelpOption).Select(o => (OptionAliases(o), Describe(o))).ToList();
        rows.Add(("-h, --help", CliMessages.HelpOption));
        WriteColumns(writer, rows);

        if (command.Subcommands.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Commands:");
            WriteColumns(writer, command.Subcommands.Select(c => (c.Name, c.Description ?? string.Empty)));
            writer.WriteLine();
            writer.WriteLine(CliMessages.HelpCommandsFooter);
        }
    }

    private static string OptionLabel(Option option, string alias) =>
        IsSwitch(option) ? alias : $"{alias} {ValueName(option)}";

    /// <summary>Accepts only <paramref name="values"/>, and shows them in this order in the usage: <c>--format text|json</c>.</summary>
    public static Option<string> Choices(this Option<string> option, params string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        option.HelpName ??= string.Join('|', values);
        return option;
    }

    private static string ValueName(Option option) => option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant();

    private static string OptionAliases(Option option)
    {
        var aliases = option.Aliases.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        aliases.Add(option.Name);
        return OptionLabel(option, string.Join(", ", aliases));
    }

    private static string Describe(Option option)
    {
        var description = option.Description ?? string.Empty;
        return option.HasDefaultValue && !IsSwitch(option) && option.GetDefaultValue() is { } value
            ? $"{description} {CliMessages.DefaultValue(value)}"
            : description;
    }

    private static void WriteColumns(TextWriter writer, IEnumerable<(string Left, string Right)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.Left.Length);
        foreach (var (left, right) in list)
        {
            writer.WriteLine($"  {left.PadRight(width)}  {right}".TrimEnd());
        }
    }
}

/// <summary>Shows the help of the command it is asked on, to standard output.</summary>
internal sealed class HelpPrinter : SynchronousCommandLineAction
{
    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        Usage.WriteHelp(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Success;
    }
}
