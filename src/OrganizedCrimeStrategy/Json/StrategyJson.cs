using OrganizedCrimeStrategy.IO;
using System.Buffers;
using System.Text;
using System.Text.Json;
using OneOf;
using OneOf.Types;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Json;

/// <summary>
/// Reads and writes strategy documents in format 1.0 (FORMAT.md).
/// </summary>
/// <remarks>
/// <para>
/// Reading never throws for bad input: it returns the <see cref="Strategy"/>, or a <see cref="DiagnosticList"/> naming
/// every problem it can find in one pass, each with its code, JSON Pointer, line and column. Unknown members are
/// kept at every level and written back unchanged.
/// </para>
/// <para>Writing produces the canonical form; writing a file is atomic (a temporary file, then a replace).</para>
/// <example>
/// <code>
/// var result = StrategyJson.ReadFile("uzbekistan.strategy.json");
/// result.Switch(
///     strategy => Console.WriteLine(strategy.Title.Get("ru")),
///     failures => Console.Error.WriteLine(failures));
/// </code>
/// </example>
/// </remarks>
public static class StrategyJson
{
    /// <summary>The media type of the format.</summary>
    public const string MediaType = "application/vnd.organized-crime-strategy+json";

    /// <summary>Reads a document from UTF-8 bytes (a leading byte order mark is ignored).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">Limits; <see cref="StrategyReadOptions.Default"/> when omitted.</param>
    /// <returns>The strategy, or the failures.</returns>
    public static OneOf<Strategy, DiagnosticList> Read(ReadOnlyMemory<byte> utf8, StrategyReadOptions? options = null)
    {
        options ??= StrategyReadOptions.Default;
        return IsBlank(utf8.Span) ? Empty(options) : StrategyReader.Read(utf8, options);
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see cref="StrategyReadOptions.Default"/> when omitted.</param>
    /// <returns>The strategy, or the failures.</returns>
    public static OneOf<Strategy, DiagnosticList> Read(string json, StrategyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= StrategyReadOptions.Default;
        if (json.Length > options.MaxBytes)
        {
            // Each character takes at least one byte: too large without encoding it.
            return TooLarge(json.Length, options);
        }

        // Lone surrogates are replaced by U+FFFD when encoding; find them first so they are reported, not altered.
        if (Encoding.UTF8.GetByteCount(json) is var count && count > options.MaxBytes)
        {
            return TooLarge(count, options);
        }

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return Read(strict.GetBytes(json), options);
        }
        catch (EncoderFallbackException)
        {
            // Read the replaced text so that the failure names the place of the bad string.
            return ReadLoneSurrogate(json, options);
        }
    }

    /// <summary>Reads a document from a stream, up to <see cref="StrategyReadOptions.MaxBytes"/>.</summary>
    /// <param name="stream">The stream, read to its end; not closed.</param>
    /// <param name="options">Limits; <see cref="StrategyReadOptions.Default"/> when omitted.</param>
    /// <returns>The strategy, or the failures (an <see cref="DiagnosticCode.Io"/> diagnostic when the stream fails).</returns>
    public static OneOf<Strategy, DiagnosticList> Read(Stream stream, StrategyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= StrategyReadOptions.Default;
        try
        {
            var bytes = ReadBounded(stream, options.MaxBytes);
            return bytes is null ? TooLarge(options.MaxBytes + 1, options) : Read(bytes, options);
        }
        catch (IOException exception)
        {
            return Io(ReadMessages.For(options.Language).Io(exception.Message));
        }
    }

    /// <summary>Reads a document from a stream asynchronously.</summary>
    /// <param name="stream">The stream, read to its end; not closed.</param>
    /// <param name="options">Limits; <see cref="StrategyReadOptions.Default"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The strategy, or the failures.</returns>
    public static async Task<OneOf<Strategy, DiagnosticList>> ReadAsync(Stream stream, StrategyReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= StrategyReadOptions.Default;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    return TooLarge(buffer.Length + read, options);
                }

                buffer.Write(chunk, 0, read);
            }

            return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), options);
        }
        catch (IOException exception)
        {
            return Io(ReadMessages.For(options.Language).Io(exception.Message));
        }
    }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see cref="StrategyReadOptions.Default"/> when omitted.</param>
    /// <returns>The strategy, or the failures (an <see cref="DiagnosticCode.Io"/> diagnostic when the file cannot be read).</returns>
    public static OneOf<Strategy, DiagnosticList> ReadFile(string path, StrategyReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= StrategyReadOptions.Default;
        return ReadFileBytes(path, options).Match(bytes => Read(bytes, options), failures => failures);
    }

    /// <summary>Reads a file's bytes within the size limit, for callers that also need the text (to locate findings, say).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see cref="StrategyReadOptions.Default"/> when omitted.</param>
    /// <returns>The bytes, or an <see cref="DiagnosticCode.Io"/> or <see cref="DiagnosticCode.TooLarge"/> diagnostic.</returns>
    public static OneOf<byte[], DiagnosticList> ReadFileBytes(string path, StrategyReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= StrategyReadOptions.Default;
        try
        {
            if (Directory.Exists(path))
            {
                return Io(ReadMessages.For(options.Language).IoDirectory(path));
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > options.MaxBytes)
            {
                return TooLarge(stream.Length, options);
            }

            var bytes = ReadBounded(stream, options.MaxBytes);
            return bytes is null ? TooLarge(options.MaxBytes + 1, options) : bytes;
        }
        catch (Exception exception) when (FileErrors.IsFileError(exception))
        {
            return Io(FileErrors.CannotRead(path, exception, options.Language));
        }
    }

    /// <summary>Writes the canonical form of a strategy.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="options">Layout; <see cref="StrategyWriteOptions.Default"/> when omitted.</param>
    /// <returns>The document, ending with a line feed.</returns>
    public static string Write(Strategy strategy, StrategyWriteOptions? options = null) =>
        Encoding.UTF8.GetString(WriteUtf8(strategy, options));

    /// <summary>Writes the canonical form of a strategy as UTF-8 bytes (no byte order mark).</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="options">Layout; <see cref="StrategyWriteOptions.Default"/> when omitted.</param>
    /// <returns>The document, ending with a line feed.</returns>
    public static byte[] WriteUtf8(Strategy strategy, StrategyWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(strategy, buffer, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the canonical form of a strategy to a buffer.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="destination">Where the UTF-8 bytes go.</param>
    /// <param name="options">Layout; <see cref="StrategyWriteOptions.Default"/> when omitted.</param>
    public static void Write(Strategy strategy, IBufferWriter<byte> destination, StrategyWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= StrategyWriteOptions.Default;
        using (var writer = new Utf8JsonWriter(destination, StrategyWriter.WriterOptions(options)))
        {
            StrategyWriter.Write(writer, strategy);
        }

        if (options.Indented)
        {
            destination.Write("\n"u8);
        }
    }

    /// <summary>Writes the canonical form of a strategy to a stream.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="options">Layout; <see cref="StrategyWriteOptions.Default"/> when omitted.</param>
    public static void Write(Strategy strategy, Stream stream, StrategyWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= StrategyWriteOptions.Default;
        using (var writer = new Utf8JsonWriter(stream, StrategyWriter.WriterOptions(options)))
        {
            StrategyWriter.Write(writer, strategy);
        }

        if (options.Indented)
        {
            stream.Write("\n"u8);
        }
    }

    /// <summary>
    /// Writes the canonical form of a strategy to a file, atomically: the document goes to a temporary file in the
    /// same folder, which then replaces the target. A failed write leaves the old file as it was.
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">Layout; <see cref="StrategyWriteOptions.Default"/> when omitted.</param>
    /// <returns>Success, or why the file could not be written.</returns>
    public static OneOf<Success, WriteFailure> WriteFile(Strategy strategy, string path, StrategyWriteOptions? options = null) =>
        AtomicFile.Write(path, stream => Write(strategy, stream, options));

    private static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        using var buffer = stream.CanSeek && stream.Length - stream.Position is var remaining and > 0 and < int.MaxValue
            ? new MemoryStream((int)Math.Min(remaining, maxBytes + 1))
            : new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private static DiagnosticList TooLarge(long size, StrategyReadOptions options) =>
        new(new Diagnostic(DiagnosticCode.TooLarge, ReadMessages.For(options.Language).TooLargeAtLeast(size, options.MaxBytes), string.Empty));

    /// <summary>Whether a document holds nothing but a byte order mark and JSON white space.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        return utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0;
    }

    // Said here, before the reader, which would report the JSON parser's own words for an empty input.
    private static DiagnosticList Empty(StrategyReadOptions options) =>
        new(new Diagnostic(DiagnosticCode.Syntax, ReadMessages.For(options.Language).Empty(), string.Empty, 1, 1));

    private static DiagnosticList Io(string message) => new(new Diagnostic(DiagnosticCode.Io, message, string.Empty));
    private static OneOf<Strategy, DiagnosticList> ReadLoneSurrogate(string json, StrategyReadOptions options)
    {
        // Escape each lone surrogate as \uXXXX so the reader meets it inside its string and reports invalidValue there.
        var builder = new StringBuilder(json.Length + 16);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                builder.Append(c).Append(json[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return Read(Encoding.UTF8.GetBytes(builder.ToString()), options);
    }
}
