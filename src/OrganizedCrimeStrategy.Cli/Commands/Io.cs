using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>Reading inputs and writing outputs the same way in every command.</summary>
internal static class Io
{
    /// <summary>Reads a strategy file; on failure writes one line per failure to standard error.</summary>
    public static (Strategy? Strategy, byte[]? Bytes) Read(string path, CliConsole console)
    {
        var bytes = StrategyJson.ReadFileBytes(path);
        if (bytes.TryPickT1(out var io, out var content))
        {
            Report(path, io, console);
            return (null, null);
        }

        return StrategyJson.Read(content).Match<(Strategy?, byte[]?)>(
            strategy => (strategy, content),
            failures =>
            {
                Report(path, failures, console);
                return (null, content);
            });
    }

    /// <summary>
    /// The one way the tool prints a <see cref="Diagnostic"/> or an <see cref="Interchange.ImportNote"/>: one line each
    /// to standard error, the file, a colon, then the item's own text (<c>file:line:column: place code: message</c>, or
    /// <c>file:place code: message</c> where the text gives no line).
    /// </summary>
    public static void Report<T>(string path, IEnumerable<T> items, CliConsole console)
        where T : notnull
    {
        foreach (var item in items)
        {
            console.Error.WriteLine($"{path}:{item}");
        }
    }

    /// <summary>Writes text to <paramref name="output"/> atomically, or to standard output.</summary>
    /// <returns>Whether it was written.</returns>
    public static bool Write(string text, string? output, CliConsole console)
    {
        if (output is null)
        {
            console.Out.Write(text);
            return true;
        }

        return AtomicFile.WriteAllText(output, text).Match(
            _ => true,
            failure =>
            {
                console.Error.WriteLine($"{failure.Path}: cannot write: {failure.Message}");
                return false;
            });
    }
}
