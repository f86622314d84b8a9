using System.Text;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>The kind of a strategy document, as <see cref="DocumentFormats.Detect(ReadOnlySpan{byte})"/> recognizes it.</summary>
public enum DocumentFormat
{
    /// <summary>Neither JSON nor a StratML root element.</summary>
    Unknown,

    /// <summary>A JSON object: format 1.0, read with <see cref="Json.StrategyJson"/>.</summary>
    StrategyJson,

    /// <summary>XML whose root element is <c>StrategicPlan</c> (StratML Part 1), imported with <see cref="StratML"/>.</summary>
    StratMLPart1,

    /// <summary>XML whose root element is <c>PerformancePlanOrReport</c> (StratML Part 2), imported with <see cref="StratML"/>.</summary>
    StratMLPart2,
}

/// <summary>
/// Tells a JSON strategy from a StratML document by its first characters, so that a converter can dispatch to
/// <see cref="Json.StrategyJson.Read(ReadOnlyMemory{byte}, Json.StrategyReadOptions?)"/> or
/// <see cref="StratML.Import(ReadOnlyMemory{byte}, StratMLImportOptions?)"/>.
/// </summary>
/// <remarks>
/// <para>
/// A document that starts (after a byte order mark and white space) with <c>{</c> is JSON. One that starts with
/// <c>&lt;</c> is XML: the XML declaration, comments, processing instructions and a document type declaration are
/// skipped and the root element's local name decides. The namespace is not checked here: the import reports a wrong
/// one with its place, which says more than <see cref="DocumentFormat.Unknown"/> would.
/// </para>
/// <example>
/// <code>
/// var bytes = File.ReadAllBytes(path);
/// var strategy = DocumentFormats.Detect(bytes) switch
/// {
///     DocumentFormat.StrategyJson => StrategyJson.Read(bytes).Match(s => s, f => throw ...),
///     DocumentFormat.StratMLPart1 or DocumentFormat.StratMLPart2 => StratML.Import(bytes).Match(i => i.Strategy, f => throw ...),
///     _ => throw ...,
/// };
/// </code>
/// </example>
/// </remarks>
public static class DocumentFormats
{
    /// <summary>How many leading bytes <see cref="Detect(ReadOnlySpan{byte})"/> looks at, at most.</summary>
    public const int HeadLength = 64 * 1024;

    /// <summary>Detects the format from the first bytes of a document (UTF-8, or UTF-16 with a byte order mark).</summary>
    /// <param name="head">The document or its beginning; the first <see cref="HeadLength"/> bytes are enough.</param>
    /// <returns>The format.</returns>
    public static DocumentFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length > HeadLength)
        {
            head = head[..HeadLength];
        }

        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(head[2..]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        else
        {
            text = Encoding.UTF8.GetString(head.StartsWith("\uFEFF"u8) ? head[3..] : head);
        }

        return Detect(text.AsSpan());
    }

    /// <summary>Detects the format from the first characters of a document.</summary>
    /// <param name="head">The document or its beginning.</param>
    /// <returns>The format.</returns>
    public static DocumentFormat Detect(ReadOnlySpan<char> head)
    {
        if (!head.IsEmpty && head[0] == '\uFEFF')
        {
            head = head[1..];
        }

        var start = head.IndexOfAnyExcept(" \t\r\n");
        if (start < 0)
        {
            return DocumentFormat.Unknown;
        }

        return head[start] switch
        {
            '{' => DocumentFormat.StrategyJson,
            '<' => XmlProlog.Scan(head).RootLocalName switch
            {
                StratML.Part1Root => DocumentFormat.StratMLPart1,
                StratML.Part2Root => DocumentFormat.StratMLPart2,
                _ => DocumentFormat.Unknown,
            },
            _ => DocumentFormat.Unknown,
        };
    }
}

/// <summary>A forgiving scan of an XML document's prolog: where a DOCTYPE stands, and the root element's name.</summary>
internal static class XmlProlog
{
    public readonly record struct Result(string? RootLocalName, int? DoctypeLine, int? DoctypePosition);

    public static Result Scan(ReadOnlySpan<char> text)
    {
        int? doctypeAt = null;
        var i = 0;
        while (true)
        {
            var next = text[i..].IndexOfAnyExcept(" \t\r\n\uFEFF");
            if (next < 0)
            {
                return Make(text, doctypeAt, null);
            }

            i += next;
            var rest = text[i..];
            if (rest.StartsWith("<?"))
            {
                i = Skip(text, i, "?>");
            }
            else if (rest.StartsWith("<!--"))
            {
                i = Skip(text, i, "-->");
            }
            else if (rest.StartsWith("<!DOCTYPE", StringComparison.Ordinal))
            {
                doctypeAt ??= i;
                var open = rest.IndexOfAny('[', '>');
                if (open >= 0 && rest[open] == '[')
                {
                    var close = rest.IndexOf("]", StringComparison.Ordinal);
                    i = close < 0 ? text.Length : Skip(text, i + close, ">");
                }
                else
                {
                    i = open < 0 ? text.Length : i + open + 1;
                }
            }
            else if (rest.StartsWith("<"))
            {
                var name = rest[1..];
                var end = name.IndexOfAny(" \t\r\n/>");
                name = end < 0 ? name : name[..end];
                var colon = name.IndexOf(':');
                return Make(text, doctypeAt, name[(colon + 1)..].ToString());
            }
            else
            {
                return Make(text, doctypeAt, null);
            }

            if (i >= text.Length)
            {
                return Make(text, doctypeAt, null);
            }
        }
    }

    private static Result Make(ReadOnlySpan<char> text, int? doctypeAt, string? root)
    {
        if (doctypeAt is not { } at)
        {
            return new Result(root, null, null);
        }

        var before = text[..at];
        var line = before.Count('\n') + 1;
        var position = at - (before.LastIndexOf('\n') + 1) + 1;
        return new Result(root, line, position);
    }

    private static int Skip(ReadOnlySpan<char> text, int from, string terminator)
    {
        var end = text[from..].IndexOf(terminator, StringComparison.Ordinal);
        return end < 0 ? text.Length : from + end + terminator.Length;
    }
}
