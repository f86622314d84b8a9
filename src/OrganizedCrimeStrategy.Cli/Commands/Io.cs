using OrganizedCrimeStrategy.IO;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>A strategy document as a command read it.</summary>
/// <param name="Path">What the user typed: a file name, or <c>-</c> for standard input.</param>
/// <param name="Document">The strategy, the kind of document it came from and its import notes.</param>
/// <param name="Bytes">The document's bytes (to locate findings in, or to compare with the canonical form).</param>
internal sealed record Input(string Path, StrategyDocument Document, byte[] Bytes)
{
    /// <summary>The name for messages: the file name, or <c>&lt;stdin&gt;</c>.</summary>
    public string Name => Io.NameOf(Path);

    public Strategy Strategy => Document.Strategy;

    public bool IsStandardInput => Path == Io.StandardInput;
}

/// <summary>Reading inputs and writing outputs the same way in every command.</summary>
internal static class Io
{
    /// <summary>The file name that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The name of an input in messages.</summary>
    public static string NameOf(string path) => path == StandardInput ? CliMessages.StandardInputName : path;

    /// <summary>
    /// Reads a strategy from a file or standard input, whatever its kind (format 1.0, StratML): the library detects it
    /// by content. Failures go to standard error, one per line; the caller decides what an import means for it.
    /// </summary>
    public static Input? Read(string path, CliConsole console, StrategyDocumentOptions? options = null)
    {
        options ??= StrategyDocumentOptions.Default;
        var limit = Math.Max(options.JsonOptions.MaxBytes, options.StratMLOptions.MaxBytes);
        var bytes = ReadBytes(path, limit, console);
        if (bytes is null)
        {
            return null;
        }

        return StrategyDocuments.Read(bytes, options).Match<Input?>(
            document => new Input(path, document, bytes),
            failures =>
            {
                Failures.Print(console, NameOf(path), failures);
                return null;
            });
    }

    /// <summary>
    /// For commands that work on any kind (check, report, diff): an imported document is said so on standard error,
    /// with the number of import notes and the command that shows them and keeps the strategy in format 1.0.
    /// </summary>
    public static void SayWhenImported(Input input, CliConsole console)
    {
        if (input.Document.IsImported)
        {
            console.Error.WriteLine(CliMessages.Imported(input.Name, KindName(input.Document.Format), input.Document.Notes.Count, ConvertCommandLine(input.Path)));
        }
    }

    /// <summary>The kind of a document in a sentence: <c>StratML Part 2</c>.</summary>
    public static string KindName(DocumentFormat format) => format switch
    {
        DocumentFormat.StratMLPart1 => "StratML Part 1",
        DocumentFormat.StratMLPart2 => "StratML Part 2",
        _ => "format 1.0",
    };

    /// <summary>The exact command that converts an input to format 1.0, ready to paste into a POSIX shell.</summary>
    public static string ConvertCommandLine(string path)
    {
        var target = path == StandardInput ? "strategy.json" : System.IO.Path.ChangeExtension(path, ".strategy.json");
        return $"{Usage.Tool} convert {Quote(path)} --to json --output {Quote(target)}";
    }

    /// <summary>Reads a file's bytes, or standard input's for <c>-</c>, up to <paramref name="limit"/> (and one byte more, for the library to report).</summary>
    public static byte[]? ReadBytes(string path, long limit, CliConsole console)
    {
        if (path != StandardInput)
        {
            return StrategyJson.ReadFileBytes(path, new StrategyReadOptions { MaxBytes = limit }).Match<byte[]?>(
                bytes => bytes,
                failures =>
                {
                    Failures.Print(console, path, failures);
                    return null;
                });
        }

        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length <= limit && (read = console.In.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliMessages.StandardInputRead(CliMessages.StandardInputUnreadable));
            return null;
        }
    }

    /// <summary>Whether more than one of the inputs is standard input; if so, says so.</summary>
    public static bool ReadsStandardInputTwice(IEnumerable<string?> paths, CliConsole console)
    {
        if (paths.Count(p => p == StandardInput) <= 1)
        {
            return false;
        }

        console.Error.WriteLine(CliMessages.StandardInputOnce);
        return true;
    }

    /// <summary>Writes text to <paramref name="output"/> atomically, or to standard output.</summary>
    /// <returns>Whether it was written.</returns>
    public static bool Write(string text, string? output, CliConsole console)
    {
        if (output is null || output == StandardInput)
        {
            console.Out.Write(text);
            return true;
        }

        return AtomicFile.WriteAllText(output, text).Match(
            _ => true,
            failure =>
            {
                console.Error.WriteLine(CliMessages.CannotWrite(output, failure.Message));
                return false;
            });
    }

    /// <summary>A word as a POSIX shell reads it: as is when it is plain, else in single quotes.</summary>
    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/' or '+' or ',' or ':' or '@' or '%')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
