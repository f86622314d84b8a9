using OrganizedCrimeStrategy.Interchange;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>
/// The one way the tool prints a <see cref="Diagnostic"/> or an <see cref="ImportNote"/>: one line each on standard
/// error, the file and then the item's own text: <c>file:line:column: place code: message</c>, or
/// <c>file: place code: message</c> where the input gives no line.
/// </summary>
internal static class Failures
{
    /// <summary>Why a document or a settings file could not be read.</summary>
    public static void Print(CliConsole console, string file, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(Line(file, diagnostic.Line, diagnostic.ToString()));
        }
    }

    /// <summary>What an import reports: unmapped elements, assumptions, conflicts.</summary>
    public static void Print(CliConsole console, string file, IEnumerable<ImportNote> notes)
    {
        foreach (var note in notes)
        {
            console.Error.WriteLine(Line(file, note.Line, note.ToString()));
        }
    }

    private static string Line(string file, int? line, string text) => line is null ? $"{file}: {text}" : $"{file}:{text}";
}
