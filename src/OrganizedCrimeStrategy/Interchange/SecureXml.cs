using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>Where an element starts in the text: the annotation the loader puts on each element.</summary>
internal sealed record SourcePosition(int Line, int Position);

/// <summary>
/// Loads an XML document into elements with a hardened <see cref="XmlReader"/>: no DTD (so no entity, internal or
/// external, is ever expanded or fetched), no resolver, a byte limit counted as the input is read, and a depth limit
/// checked at each element, and an element count. Memory stays bounded by the limits: the input is never buffered as
/// a whole before parsing, and the tree cannot grow past the element count.
/// </summary>
internal static class SecureXml
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static OneOf.OneOf<XElement, Diagnostic> Load(Stream stream, StratMLImportOptions options)
    {
        using var counting = new CountingStream(stream, options.MaxBytes);
        return Load(() => XmlReader.Create(counting, Settings), options, () => counting.Head);
    }

    public static OneOf.OneOf<XElement, Diagnostic> Load(string text, StratMLImportOptions options)
    {
        using var counting = new CountingTextReader(new StringReader(text), options.MaxBytes);
        return Load(() => XmlReader.Create(counting, Settings), options, () => text.Length > DocumentFormats.HeadLength ? text[..DocumentFormats.HeadLength] : text);
    }

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private static OneOf.OneOf<XElement, Diagnostic> Load(Func<XmlReader> create, StratMLImportOptions options, Func<string> head)
    {
        XmlReader? reader = null;
        XElement? root = null;
        var open = new Stack<XElement>();
        var elements = 0;
        (int? Line, int? Position) Here() => reader is IXmlLineInfo { LineNumber: > 0 } info ? (info.LineNumber, info.LinePosition) : (null, null);
        var messages = ImportMessages.English;
        Diagnostic Failure(DiagnosticCode code, string message, string? child = null)
        {
            var (line, position) = Here();
            return Diagnostic.Located(code, message, Location(open, child), line, position);
        }

        try
        {
            // Creating the reader already reads the first block: it belongs inside the guarded region.
            reader = create();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth + 1 > options.MaxDepth)
                        {
                            return Failure(DiagnosticCode.TooDeep, messages.TooDeep(options.MaxDepth), reader.LocalName);
                        }

                        if (++elements > options.MaxElements)
                        {
                            return Failure(DiagnosticCode.TooLarge, messages.TooManyElements(options.MaxElements), reader.LocalName);
                        }

                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        var (line, position) = Here();
                        element.AddAnnotation(new SourcePosition(line ?? 0, position ?? 0));
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                // Namespace declarations and schema-location hints are not content.
                                if (reader.NamespaceURI is not ("http://www.w3.org/2000/xmlns/" or XsiNamespace))
                                {
                                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                                }
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        if (open.TryPeek(out var parent))
                        {
                            parent.Add(element);
                        }
                        else
                        {
                            root = element;
                        }

                        if (!reader.IsEmptyElement)
                        {
                            open.Push(element);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        open.Peek().Add(new XText(reader.Value));
                        break;
                }
            }

            return root!;
        }
        catch (SizeLimitException limit)
        {
            return Diagnostic.Located(DiagnosticCode.TooLarge, messages.TooLarge(options.MaxBytes), Location(open, null), limit.Line, limit.Position);
        }
        catch (XmlException exception)
        {
            var prolog = XmlProlog.Scan(head());
            if (prolog.DoctypeLine is { } doctype && (exception.LineNumber == 0 || exception.LineNumber <= doctype))
            {
                return Diagnostic.Located(DiagnosticCode.Prohibited, messages.Prohibited(), string.Empty, doctype, prolog.DoctypePosition);
            }

            var (line, position) = exception.LineNumber > 0 ? (exception.LineNumber, exception.LinePosition) : Here();
            return Diagnostic.Located(DiagnosticCode.Syntax, messages.Syntax(Trim(exception.Message)), Location(open, null), line, position);
        }
        catch (DecoderFallbackException exception)
        {
            return Failure(DiagnosticCode.Syntax, messages.Encoding(exception.Message));
        }
        catch (IOException exception)
        {
            return new Diagnostic(DiagnosticCode.Io, messages.Io(exception.Message), string.Empty);
        }
        finally
        {
            reader?.Dispose();
        }
    }

    /// <summary>The message without the reader's own "Line 3, position 5." (the failure carries the position).</summary>
    private static string Trim(string message)
    {
        var cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private static string Location(Stack<XElement> open, string? child)
    {
        var parts = open.Reverse().Select(e => e.Name.LocalName).ToList();
        if (child is not null)
        {
            parts.Add(child);
        }

        return parts.Count == 0 ? string.Empty : "/" + string.Join('/', parts);
    }

    /// <summary>Thrown by the counting readers at the limit; carries the line and position of the first byte beyond it.</summary>
    private sealed class SizeLimitException(int line, int position) : IOException("The size limit was reached.")
    {
        public int Line { get; } = line;

        public int Position { get; } = position;
    }

    /// <summary>Lines and positions (in characters) of the text read so far.</summary>
    private struct TextPosition
    {
        public int Line = 1;
        public int Column;

        public TextPosition()
        {
        }

        public void Advance(ReadOnlySpan<byte> utf8)
        {
            var newline = utf8.LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                Line += utf8.Count((byte)'\n');
                Column = 0;
                utf8 = utf8[(newline + 1)..];
            }

            foreach (var b in utf8)
            {
                Column += (b & 0xC0) != 0x80 ? 1 : 0;
            }
        }

        public void Advance(ReadOnlySpan<char> chars)
        {
            var newline = chars.LastIndexOf('\n');
            if (newline >= 0)
            {
                Line += chars.Count('\n');
                Column = 0;
                chars = chars[(newline + 1)..];
            }

            foreach (var c in chars)
            {
                Column += char.IsLowSurrogate(c) ? 0 : 1;
            }
        }
    }

    /// <summary>Counts the bytes read and stops at the limit; keeps the first bytes to locate a DOCTYPE.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        private readonly MemoryStream _head = new();
        private TextPosition _position = new();
        private long _count;

        public string Head => Encoding.UTF8.GetString(_head.GetBuffer(), 0, (int)_head.Length);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            if (_head.Length < DocumentFormats.HeadLength)
            {
                _head.Write(buffer[..(int)Math.Min(read, DocumentFormats.HeadLength - _head.Length)]);
            }

            if (_count + read <= limit)
            {
                _position.Advance(buffer[..read]);
                _count += read;
                return read;
            }

            // Locate the first byte beyond the limit.
            _position.Advance(buffer[..(int)(limit - _count)]);
            throw new SizeLimitException(_position.Line, _position.Column + 1);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _head.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>Counts the UTF-8 bytes of the characters read and stops at the limit.</summary>
    private sealed class CountingTextReader(TextReader inner, long limit) : TextReader
    {
        private TextPosition _position = new();
        private long _count;

        public override int Peek() => inner.Peek();

        public override int Read()
        {
            var c = inner.Read();
            if (c >= 0)
            {
                Count([(char)c]);
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var read = inner.Read(buffer);
            Count(buffer[..read]);
            return read;
        }

        private void Count(ReadOnlySpan<char> chars)
        {
            var bytes = Encoding.UTF8.GetByteCount(chars);
            if (_count + bytes <= limit)
            {
                _position.Advance(chars);
                _count += bytes;
                return;
            }

            // Locate the character that holds the first byte beyond the limit.
            var i = 0;
            while (i < chars.Length)
            {
                var width = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length ? 2 : 1;
                var size = Encoding.UTF8.GetByteCount(chars.Slice(i, width));
                if (_count + size > limit)
                {
                    break;
                }

                _count += size;
                i += width;
            }

            _position.Advance(chars[..i]);
            throw new SizeLimitException(_position.Line, _position.Column + 1);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
