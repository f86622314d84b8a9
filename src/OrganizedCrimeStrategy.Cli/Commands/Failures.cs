using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>
/// The one place that knows the library's failure and note types: each becomes one line on standard error,
/// <c>file:line:column: place code: message</c> (<c>-:-</c> where the text gives no line).
/// </summary>
internal static class Failures
{
    /// <summary>Why a format 1.0 document (or what is neither kind) could not be read.</summary>
    public static void Print(CliConsole console, string file, ReadFailures failures) =>
        Print(console, file, failures.Select(f => (f.Line, f.Column, f.Pointer, f.CodeName, f.Message)));

    /// <summary>Why a StratML document could not be imported.</summary>
    public static void Print(CliConsole console, string file, ImportFailures failures) =>
        Print(console, file, failures.Select(f => (f.Line, f.Position, f.Location, f.CodeName, f.Message)));

    /// <summary>Why a settings file could not be read.</summary>
    public static void Print(CliConsole console, string file, IEnumerable<SettingsError> errors) =>
        Print(console, file, errors.Select(e => (e.Line, e.Column, e.Pointer, FormatNames.Of(e.Code), e.Message)));

    /// <summary>What an import reports: unmapped elements, assumptions, conflicts.</summary>
    public static void Print(CliConsole console, string file, IEnumerable<ImportNote> notes) =>
        Print(console, file, notes.Select(n => (n.Line, n.Position, n.Location, n.KindName, n.KeptAt is null ? n.Message : $"{n.Message} (kept at {n.KeptAt})")));

    private static void Print(CliConsole console, string file, IEnumerable<(int? Line, int? Column, string Place, string Code, string Message)> lines)
    {
        foreach (var (line, column, place, code, message) in lines)
        {
            var at = line is { } l ? $"{l}:{column ?? 0}" : "-:-";
            console.Error.WriteLine($"{file}:{at}: {(place.Length == 0 ? "/" : place)} {code}: {message}");
        }
    }
}
