using OneOf;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>A strategy read from a document of any kind <see cref="StrategyDocuments"/> reads, with what reading it reported.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Format">The kind of document it was read from.</param>
/// <param name="Notes">What an import reports (unmapped elements, assumptions, conflicts), in document order; empty for format 1.0.</param>
/// <remarks>Immutable; equal when all members are.</remarks>
public sealed record StrategyDocument(Strategy Strategy, DocumentFormat Format, EquatableArray<ImportNote> Notes)
{
    /// <summary>Whether the strategy was imported from another kind of document than format 1.0 (and so has no JSON text of its own).</summary>
    public bool IsImported => Format != DocumentFormat.StrategyJson;
}

/// <summary>Limits and defaults of <see cref="StrategyDocuments"/>, for each kind of document.</summary>
/// <remarks>Immutable; equal when all members are.</remarks>
public sealed record StrategyDocumentOptions
{
    /// <summary>The default options.</summary>
    public static StrategyDocumentOptions Default { get; } = new();

    /// <summary>How format 1.0 (JSON) is read.</summary>
    public StrategyReadOptions JsonOptions { get; init => field = value ?? StrategyReadOptions.Default; } = StrategyReadOptions.Default;

    /// <summary>How StratML is imported (the country and stage a document lacks, limits...).</summary>
    public StratMLImportOptions StratMLOptions { get; init => field = value ?? StratMLImportOptions.Default; } = StratMLImportOptions.Default;
}

/// <summary>
/// Reads a strategy from any document kind the library reads, recognized by its content
/// (<see cref="DocumentFormats.Detect(ReadOnlySpan{byte})"/>), not by its file name: format 1.0 (JSON) with
/// <see cref="StrategyJson"/>, StratML Part 1 and Part 2 with <see cref="StratML"/>. Tools that accept "a strategy"
/// call this, so that every kind is accepted the same way everywhere.
/// </summary>
/// <remarks>
/// <para>
/// XML that is not StratML is handed to the StratML import, which says what its root is; empty input to the JSON
/// reader, which says it is empty; anything else (plain text, binary data, a JSON array) is a
/// <see cref="DiagnosticCode.Syntax"/> failure that names the kinds accepted.
/// </para>
/// <example>
/// <code>
/// StrategyDocuments.ReadFile("plan.xml").Switch(
///     document => Console.WriteLine($"{document.Strategy.Id}: {document.Notes.Count} import notes"),
///     failures => Console.Error.WriteLine(failures));
/// </code>
/// </example>
/// </remarks>
public static class StrategyDocuments
{
    /// <summary>Reads a document of any supported kind.</summary>
    /// <param name="content">The document's bytes (UTF-8, or as its XML declaration says).</param>
    /// <param name="options">Limits and defaults; <see cref="StrategyDocumentOptions.Default"/> when omitted.</param>
    /// <returns>The strategy with its format and import notes, or the failures of the JSON reader (for JSON, and for what is neither kind) or of the StratML import (for XML).</returns>
    public static OneOf<StrategyDocument, DiagnosticList> Read(ReadOnlyMemory<byte> content, StrategyDocumentOptions? options = null)
    {
        options ??= StrategyDocumentOptions.Default;
        var format = DocumentFormats.Detect(content.Span);
        switch (format)
        {
            case DocumentFormat.StrategyJson:
                return StrategyJson.Read(content, options.JsonOptions).Match<OneOf<StrategyDocument, DiagnosticList>>(
                    strategy => new StrategyDocument(strategy, format, []),
                    failures => failures);
            case DocumentFormat.StratMLPart1 or DocumentFormat.StratMLPart2:
                return Import(content, options);
        }

        var (first, line, column) = FirstCharacter(content.Span);
        return first switch
        {
            null => StrategyJson.Read(content, options.JsonOptions).Match<OneOf<StrategyDocument, DiagnosticList>>(
                strategy => new StrategyDocument(strategy, DocumentFormat.StrategyJson, []),
                failures => failures),
            '<' => Import(content, options),
            _ => new DiagnosticList(new Diagnostic(DiagnosticCode.Syntax, ReadMessages.For(options.JsonOptions.Language).UnknownKind(), string.Empty, line, column)),
        };
    }

    /// <summary>Reads a file of any supported kind.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits and defaults; <see cref="StrategyDocumentOptions.Default"/> when omitted.</param>
    /// <returns>The strategy with its format and import notes, or the failures (an <see cref="DiagnosticCode.Io"/> failure when the file cannot be read).</returns>
    public static OneOf<StrategyDocument, DiagnosticList> ReadFile(string path, StrategyDocumentOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= StrategyDocumentOptions.Default;
        var limit = new StrategyReadOptions { MaxBytes = Math.Max(options.JsonOptions.MaxBytes, options.StratMLOptions.MaxBytes) };
        return StrategyJson.ReadFileBytes(path, limit).Match<OneOf<StrategyDocument, DiagnosticList>>(
            bytes => Read(bytes, options),
            failures => failures);
    }

    private static OneOf<StrategyDocument, DiagnosticList> Import(ReadOnlyMemory<byte> content, StrategyDocumentOptions options) =>
        StratML.Import(content, options.StratMLOptions).Match<OneOf<StrategyDocument, DiagnosticList>>(
            import => new StrategyDocument(import.Strategy, import.Flavor == StratMLFlavor.Part1 ? DocumentFormat.StratMLPart1 : DocumentFormat.StratMLPart2, import.Notes),
            failures => failures);

    /// <summary>The first character that is not white space (after a byte order mark), with its 1-based line and column.</summary>
    private static (char? Character, int Line, int Column) FirstCharacter(ReadOnlySpan<byte> content)
    {
        var head = content.Length > DocumentFormats.HeadLength ? content[..DocumentFormats.HeadLength] : content;
        var text = head switch
        {
            [0xFF, 0xFE, ..] => System.Text.Encoding.Unicode.GetString(head[2..]),
            [0xFE, 0xFF, ..] => System.Text.Encoding.BigEndianUnicode.GetString(head[2..]),
            [0xEF, 0xBB, 0xBF, ..] => System.Text.Encoding.UTF8.GetString(head[3..]),
            _ => System.Text.Encoding.UTF8.GetString(head),
        };
        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    line++;
                    column = 1;
                    break;
                case ' ' or '\t' or '\r':
                    column++;
                    break;
                default:
                    return (c, line, column);
            }
        }

        return (null, 1, 1);
    }
}
