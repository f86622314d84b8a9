namespace OrganizedCrimeStrategy.Cli;

/// <summary>
/// Every sentence the tool itself says (the library's messages come with their failures), in one place so that they
/// can be translated later. Option and command names, codes and file names inside them are never translated.
/// </summary>
internal static class CliMessages
{
    /// <summary>How standard input is named in messages, where a file name would stand.</summary>
    public const string StandardInputName = "<stdin>";

    public static string UnknownOption(string token, string? suggestion, string command, IEnumerable<string> options) => suggestion is not null
        ? $"Unknown option '{token}'. Did you mean '{suggestion}'?"
        : $"Unknown option '{token}'. The options of '{command}' are: {string.Join(", ", options)}.";

    public static string OptionOfOcsItself(string token, string command) =>
        $"Unknown option '{token}' for '{command}': it is an option of ocs itself (ocs {token}).";

    public static string UnknownCommand(string token, string? suggestion, IEnumerable<string> commands) => suggestion is not null
        ? $"Unknown command '{token}'. Did you mean '{suggestion}'?"
        : $"Unknown command '{token}'. The commands are: {string.Join(", ", commands)}.";

    public static string ExtraArgument(string token, string command, IReadOnlyList<string> arguments) => arguments.Count == 0
        ? $"Unexpected argument '{token}': '{command}' takes no argument."
        : $"Unexpected argument '{token}': '{command}' takes {string.Join(" ", arguments)}.";

    public static string UsageLine(string usage) => $"Usage: {usage}";

    public static string SeeHelp(string command) => $"Run '{command} --help' for its arguments and options.";

    public static string SeeRootHelp => "Run 'ocs --help' for the commands.";

    public static string HelpOption => "Show this help.";

    public static string HelpCommandsFooter => "Run 'ocs COMMAND --help' for a command's arguments and options. '-' as a file reads standard input.";

    public static string DefaultValue(object value) => $"[default: {value}]";

    public static string StandardInputOnce => "Standard input ('-') can be read only once: give '-' for one input at most.";

    public static string StandardInputUnreadable => "Standard input cannot be read.";

    public static string UnknownLanguage(string tag, IEnumerable<string> available) =>
        $"warning: --lang: there are no messages in '{tag}' (available: {string.Join(", ", available)}); going on in English.";

    public static string UnknownReportLanguage(string tag, IEnumerable<string> available) =>
        $"warning: --lang: there are no report labels in '{tag}' (available: {string.Join(", ", available)}); labels and messages in English, the document's own texts in '{tag}' where it has them.";

    public static string MalformedLanguage(string tag, IEnumerable<string> available) =>
        $"warning: --lang: '{tag}' is not a BCP 47 language tag such as en, ru or uz-Latn (available: {string.Join(", ", available)}); going on in English.";

    public static string BadCountry(string code) => $"--country: '{code}' is not an ISO 3166-1 alpha-3 code in upper case (such as UZB).";

    public static string BlankTitle => "--title: the title may not be blank.";

    public static string BadId(string id) => $"--id: '{id}' is not a valid id (a letter, then up to 63 letters, digits, '.', '_' or '-').";

    public static string BadDate(string text) => $"--as-of: '{text}' is not a date of the form YYYY-MM-DD.";

    public static string WouldOverwrite(string path) => $"{path}: the file exists; give --force to replace it.";

    public static string CannotWrite(string path, string reason) => $"{path}: cannot write: {reason}";

    public static string StandardInputRead(string reason) => $"{StandardInputName}: cannot read: {reason}";

    public static string Imported(string file, string kind, int notes, string convert) => notes switch
    {
        0 => $"{file}: read as {kind} (imported with no note). To keep it in format 1.0: {convert}",
        1 => $"{file}: read as {kind} (imported with 1 note). To see it and keep the strategy in format 1.0: {convert}",
        _ => $"{file}: read as {kind} (imported with {notes} notes). To see them and keep the strategy in format 1.0: {convert}",
    };

    public static string FormatNeedsJson(string file, string kind, string convert) =>
        $"{file}: a {kind} document; format writes format 1.0 (JSON) in canonical form. Convert it first: {convert}";

    public static string CountryForJson => "warning: --country applies to StratML input only (a document that names no country); the input is format 1.0, so it is ignored.";

    public static string CountryUnspecified(string file) =>
        $"{file}: the document names no country, so the strategy's country is 'XXX' (unspecified); give it with --country, such as --country UZB.";

    public static string NotCanonical(string file, string difference) => $"{file}: not in canonical form. {difference}";

    public static string ExportWarning(string pointer, string message) => $"warning: {pointer}: {message}";

    public static string Progress(int index, int count, string file) => $"checking [{index}/{count}] {file}";
}
