using System.Globalization;
using System.Text;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>Escaping and formatting for the HTML report: every document text goes through <see cref="Escape"/>.</summary>
internal static class Html
{
    /// <summary>
    /// Escapes text for HTML content and quoted attribute values: <c>&amp; &lt; &gt; " '</c> become entities, and control
    /// characters that HTML does not allow (C0 except tab, line feed and carriage return; DEL; C1) become U+FFFD.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = true;
        foreach (var c in text)
        {
            if (NeedsWork(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ when IsForbiddenControl(c) => builder.Append('\uFFFD'),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number for SVG geometry: invariant, at most two decimals.</summary>
    public static string Svg(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static bool NeedsWork(char c) => c is '&' or '<' or '>' or '"' or '\'' || IsForbiddenControl(c);

    private static bool IsForbiddenControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007F' && c <= '\u009F');
}
