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

    /// <summary>One line per failure: <c>file:line:column: pointer code: message</c>.</summary>
    public static void Report(string path, ReadFailures failures, CliConsole console)
    {
        foreach (var failure in failures)
        {
            var place = failure.Line is { } line ? $"{line}:{failure.Column ?? 0}" : "-:-";
            var pointer = failure.Pointer.Length == 0 ? "/" : failure.Pointer;
            console.Error.WriteLine($"{path}:{place}: {pointer} {failure.CodeName}: {failure.Message}");
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
