using System.Buffers;
using System.Globalization;
using System.Text;

namespace OrganizedCrimeStrategy.Reports.Html;

/// <summary>Escaping and invariant formatting for HTML: what <see cref="HtmlWriter"/> does to every value it is given.</summary>
internal static class HtmlText
{
    /// <summary>What escaping changes: the five characters that end a text or a quoted attribute, and the control characters HTML forbids.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(Specials());

    /// <summary>
    /// Escapes text for HTML content and quoted attribute values alike: <c>&amp; &lt; &gt; " '</c> become entities, and
    /// control characters that HTML does not allow (C0 except tab, line feed and carriage return; DEL; C1) become U+FFFD.
    /// </summary>
    /// <param name="text">The text; <see langword="null"/> is empty.</param>
    /// <returns>The escaped text (the same instance when nothing needs escaping).</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAny(Special))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        Escape(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/>, escaped as <see cref="Escape(string?)"/> says.</summary>
    public static void Escape(StringBuilder builder, ReadOnlySpan<char> text)
    {
        for (var next = text.IndexOfAny(Special); next >= 0; next = text.IndexOfAny(Special))
        {
            builder.Append(text[..next]);
            _ = text[next] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append('\uFFFD'),
            };
            text = text[(next + 1)..];
        }

        builder.Append(text);
    }

    /// <summary>A date as the report writes it: <c>2026-07-01</c>, whatever the culture.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Specials()
    {
        var chars = new StringBuilder("&<>\"'");
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c >= '\u007F')
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
