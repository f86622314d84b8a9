using System.Runtime.CompilerServices;
using System.Text;

namespace OrganizedCrimeStrategy.Reports.Html;

/// <summary>
/// The one way this library writes HTML: interpolated strings whose literal parts are the code's markup and whose values
/// are escaped, unless a value is <see cref="Markup"/> or an <see cref="IHtmlContent"/> (which writes through this writer
/// in turn). The document streams to a <see cref="TextWriter"/> in chunks of about <see cref="ChunkSize"/> characters.
/// </summary>
/// <remarks>
/// <para>
/// <c>writer.Line($"&lt;h1&gt;{title}&lt;/h1&gt;")</c> escapes <c>title</c> whether it is a <see cref="string"/> or a
/// <see cref="Model.Text"/> (in <see cref="Language"/>); numbers and dates are written invariantly (<c>{year}</c>,
/// <c>{ratio:0.##}</c>, <c>{date}</c> as <c>yyyy-MM-dd</c>). The handler accepts no other type: anything else does not
/// compile, and a string never goes in unescaped. Escaping serves text and quoted attributes alike, so markup writes
/// every attribute value in double quotes.
/// </para>
/// <para>
/// <see cref="Fragment"/> builds a piece of markup to place later (a status chip, a table cell). The writer hands text to
/// its output only between top-level calls, when no interpolated string is being filled, so a fragment is always whole
/// in the buffer when it is taken; a part that is written alone (<see cref="Write{T}(T)"/>) may be flushed between its
/// own top-level calls, which is how a long chart streams.
/// </para>
/// <para>One instance writes one document, from one thread.</para>
/// </remarks>
internal sealed partial class HtmlWriter
{
    /// <summary>How many characters the writer gathers before it hands them to its output and flushes it.</summary>
    public const int ChunkSize = 16 * 1024;

    private readonly StringBuilder _buffer = new(ChunkSize + 1024);
    private readonly TextWriter _output;
    private int _open;

    /// <summary>Starts a document.</summary>
    /// <param name="output">Where the document goes; flushed after each chunk.</param>
    /// <param name="language">The language in which <see cref="Model.Text"/> values are written.</param>
    public HtmlWriter(TextWriter output, string language)
    {
        _output = output;
        Language = language;
    }

    /// <summary>The language in which <see cref="Model.Text"/> values are written (with <see cref="Model.Text.Get"/>'s fallback).</summary>
    public string Language { get; }

    /// <summary>Writes markup.</summary>
    /// <param name="html">Literal markup with escaped values.</param>
    public void Write([InterpolatedStringHandlerArgument("")] ref InterpolatedStringHandler html)
    {
        Close(ref html);
        FlushWhenFull();
    }

    /// <summary>Writes markup and a line feed.</summary>
    /// <param name="html">Literal markup with escaped values.</param>
    public void Line([InterpolatedStringHandlerArgument("")] ref InterpolatedStringHandler html)
    {
        Close(ref html);
        _buffer.Append('\n');
        FlushWhenFull();
    }

    /// <summary>Writes a part that writes itself; its own writes may be flushed one by one, so a long part streams.</summary>
    /// <typeparam name="T">The kind of part.</typeparam>
    /// <param name="content">The part.</param>
    public void Write<T>(T content)
        where T : IHtmlContent
    {
        content.WriteTo(this);
        FlushWhenFull();
    }

    /// <summary>Builds markup to place later, as <c>{fragment}</c> in another interpolated string.</summary>
    /// <param name="html">Literal markup with escaped values.</param>
    /// <returns>The markup; nothing of it is written.</returns>
    public Markup Fragment([InterpolatedStringHandlerArgument("")] ref InterpolatedStringHandler html)
    {
        var start = html.Start;
        Close(ref html);
        var markup = _buffer.ToString(start, _buffer.Length - start);
        _buffer.Length = start;

        // The writer built it: every value in it was escaped or was markup already.
        return Markup.Raw(markup);
    }

    /// <summary>Hands what is gathered to the output and flushes it: at the end of the document.</summary>
    /// <exception cref="InvalidOperationException">An interpolated string is still being filled (a programming error).</exception>
    public void Flush()
    {
        if (_open != 0)
        {
            throw new InvalidOperationException("The document is flushed while markup is still being written.");
        }

        _output.Write(_buffer);
        _buffer.Clear();
        _output.Flush();
    }

    private void FlushWhenFull()
    {
        if (_open == 0 && _buffer.Length >= ChunkSize)
        {
            Flush();
        }
    }

    /// <summary>Where a handler starts: what is gathered; while it is open, nothing is flushed.</summary>
    private int Open()
    {
        _open++;
        return _buffer.Length;
    }

    private void Close(ref InterpolatedStringHandler html)
    {
        if (!ReferenceEquals(html.Writer, this) || html.Start > _buffer.Length)
        {
            throw new InvalidOperationException("The markup was built for another writer.");
        }

        _open--;
    }
}
