namespace OrganizedCrimeStrategy.Json;

/// <summary>Turns byte offsets of a UTF-8 text into 1-based lines and columns (columns count characters, not bytes).</summary>
internal sealed class LineMap
{
    private readonly ReadOnlyMemory<byte> _text;
    private readonly List<int> _lineStarts = [0];

    public LineMap(ReadOnlyMemory<byte> text)
    {
        _text = text;
        var span = text.Span;
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
            _lineStarts.Add(offset);
        }
    }

    /// <summary>The line and column of a byte offset.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _text.Length);
        var index = _lineStarts.BinarySearch(clamped);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(_lineStarts[line], clamped));
    }

    /// <summary>The position given as a 0-based line and a 0-based byte position in that line (as <see cref="System.Text.Json.JsonException"/> reports it).</summary>
    public (int Line, int Column) FromLineAndByte(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _lineStarts.Count - 1);
        var start = _lineStarts[lineIndex];
        var end = (int)Math.Min(_text.Length, start + bytePositionInLine);
        return (lineIndex + 1, ColumnOf(start, end));
    }

    private int ColumnOf(int lineStart, int offset)
    {
        var column = 1;
        foreach (var b in _text.Span[lineStart..offset])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }
}
