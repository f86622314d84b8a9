using System.Numerics;
using System.Runtime.Intrinsics;

namespace OrganizedCrimeStrategy.Json;

/// <summary>Turns byte offsets of a UTF-8 text into 1-based lines and columns (columns count characters, not bytes).</summary>
/// <remarks>
/// <para>
/// Every lookup costs at most <see cref="Stride"/> bytes of counting, whatever the layout: a minified document is one
/// line of many megabytes, and counting from the start of the line for every offset made locating all findings of
/// such a document cost findings × size. Three things bound the count:
/// </para>
/// <list type="bullet">
/// <item>a cursor: the last place found, from which a later offset on the same line counts on (lookups in document
/// order, as the reader and <see cref="JsonLocator"/> make them, count each byte about once);</item>
/// <item>a column checkpoint every <see cref="Stride"/> bytes (the characters from its line's start to it), made for
/// the whole text at the first lookup that lands more than <see cref="Stride"/> bytes from both its line's start and
/// the cursor; a text of short lines never needs them;</item>
/// <item>the line of each checkpoint, so that finding an offset's line searches only the lines that start within
/// its stretch of <see cref="Stride"/> bytes.</item>
/// </list>
/// <para>Not thread-safe (the cursor moves): one map per reader or locator.</para>
/// </remarks>
internal sealed class LineMap
{
    /// <summary>The bytes between two column checkpoints: the most a lookup counts.</summary>
    internal const int Stride = 1024;

    private readonly ReadOnlyMemory<byte> _text;
    private readonly int[] _lineStarts;
    private readonly int _lineCount;

    // For each stretch b of Stride bytes: the line holding its first byte, and (once made) the characters from that
    // line's start to the stretch's first byte.
    private readonly int[] _lineOfStretch;
    private int[]? _charactersBefore;

    // The last place found.
    private int _cursorOffset = -1;
    private int _cursorLine;
    private int _cursorColumn;

    public LineMap(ReadOnlyMemory<byte> text)
    {
        _text = text;
        var span = text.Span;
        var starts = new List<int> { 0 };
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
            starts.Add(offset);
        }

        _lineStarts = [.. starts];
        _lineCount = _lineStarts.Length;
        Count(text.Length);

        // The line of each stretch's first byte, in one merge of the two ordered lists.
        _lineOfStretch = new int[(text.Length / Stride) + 2];
        var line = 0;
        for (var b = 0; b < _lineOfStretch.Length; b++)
        {
            var first = (long)b * Stride;
            while (line + 1 < _lineCount && _lineStarts[line + 1] <= first)
            {
                line++;
            }

            _lineOfStretch[b] = line;
        }
    }

    /// <summary>The line and column of a byte offset.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _text.Length);
        var line = LineOf(clamped);
        return (line + 1, ColumnOf(line, clamped));
    }

    /// <summary>The position given as a 0-based line and a 0-based byte position in that line (as <see cref="System.Text.Json.JsonException"/> reports it).</summary>
    public (int Line, int Column) FromLineAndByte(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _lineCount - 1);
        var start = _lineStarts[lineIndex];
        var end = (int)Math.Min(_text.Length, start + Math.Max(0, bytePositionInLine));
        if (lineIndex + 1 < _lineCount && end >= _lineStarts[lineIndex + 1])
        {
            // A position past its line's end (never reported by the JSON reader): count on across the line breaks.
            Count(end - start);
            return (lineIndex + 1, 1 + Characters(_text.Span[start..end]));
        }

        return (lineIndex + 1, ColumnOf(lineIndex, end));
    }

    /// <summary>The 0-based line holding <paramref name="offset"/>: a binary search among the lines that start in its stretch.</summary>
    private int LineOf(int offset)
    {
        var stretch = offset / Stride;
        var low = _lineOfStretch[stretch];
        var high = _lineOfStretch[stretch + 1];
        while (low < high)
        {
            // The last line in [low, high] that starts at or before the offset.
            var middle = low + ((high - low + 1) / 2);
            if (_lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The 1-based column of <paramref name="offset"/>, which lies on <paramref name="line"/>.</summary>
    private int ColumnOf(int line, int offset)
    {
        var from = _lineStarts[line];
        var column = 1;
        if (_cursorLine == line && _cursorOffset >= from && _cursorOffset <= offset)
        {
            from = _cursorOffset;
            column = _cursorColumn;
        }

        if (offset - from > Stride)
        {
            // The checkpoint of the offset's stretch lies after 'from' on the same line, less than Stride bytes before the offset.
            var stretch = offset / Stride;
            _charactersBefore ??= Checkpoints();
            from = stretch * Stride;
            column = 1 + _charactersBefore[stretch];
        }

        Count(offset - from);
        column += Characters(_text.Span[from..offset]);
        (_cursorOffset, _cursorLine, _cursorColumn) = (offset, line, column);
        return column;
    }

    /// <summary>For each stretch, the characters from the start of its first byte's line to that byte: one pass over the text.</summary>
    private int[] Checkpoints()
    {
        var span = _text.Span;
        var before = new int[_lineOfStretch.Length];
        for (var b = 1; b < before.Length; b++)
        {
            var start = (int)Math.Min((long)b * Stride, span.Length);
            var previous = (int)Math.Min((long)(b - 1) * Stride, span.Length);
            var lineStart = _lineStarts[_lineOfStretch[b]];
            var from = Math.Max(lineStart, previous);
            Count(start - from);
            before[b] = (lineStart <= previous ? before[b - 1] : 0) + Characters(span[from..start]);
        }

        return before;
    }

    /// <summary>Counts bytes scanned (<see cref="WorkCounters.BytesScanned"/>): by lookups, and one pass over the text for each map and for its checkpoints.</summary>
    private static void Count(int bytes) => WorkCounters.ScannedBytes(bytes);

    /// <summary>The characters in a stretch of UTF-8: the bytes that are not continuation bytes (10xxxxxx).</summary>
    internal static int Characters(ReadOnlySpan<byte> utf8)
    {
        var continuation = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated && utf8.Length >= Vector128<byte>.Count)
        {
            // Continuation bytes 0x80..0xBF are the signed bytes below -64.
            var limit = Vector128.Create((sbyte)-64);
            for (; i <= utf8.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var bytes = Vector128.Create(utf8.Slice(i, Vector128<byte>.Count)).AsSByte();
                continuation += BitOperations.PopCount(Vector128.LessThan(bytes, limit).ExtractMostSignificantBits());
            }
        }

        for (; i < utf8.Length; i++)
        {
            if ((utf8[i] & 0xC0) == 0x80)
            {
                continuation++;
            }
        }

        return utf8.Length - continuation;
    }
}
