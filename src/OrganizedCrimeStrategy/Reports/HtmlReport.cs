using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>
/// Writes a strategy's monitoring report as one self-contained HTML file: the header (title, country, stage, period,
/// as-of date), a scorecard, the completeness score and findings by pillar, a coverage matrix of stakeholders by pillar,
/// an action timeline by pillar with overdue actions marked, indicator progress bars and trend sparklines, and the
/// monitoring, consultation and adoption milestones.
/// </summary>
/// <remarks>
/// <para>
/// The file needs nothing else: no script at all, no external style, font, image or request; the stylesheet is inline
/// (with print rules) and every chart is inline SVG with <c>role="img"</c>, an <c>aria-label</c> and a <c>&lt;title&gt;</c>.
/// Every text of the document is HTML-escaped (the report is written with one HTML builder that escapes every value it
/// is given), so a title holding markup shows as text; the stylesheet is the embedded file <c>Reports/report.css</c>. The page has one <c>h1</c>,
/// headings in order, tables with <c>th scope</c>, and each section an <c>id</c>: <c>summary</c>, <c>scorecard</c>,
/// <c>completeness</c>, <c>coverage</c>, <c>timeline</c>, <c>indicators</c>, <c>milestones</c>.
/// </para>
/// <para>
/// The output depends only on the strategy and the options (no clock, no culture of the machine): the same inputs give
/// the same bytes. Labels come from <see cref="ReportLabels"/>, check messages from the ruleset in the same language.
/// </para>
/// </remarks>
public static class HtmlReport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The ids of the report's sections, in page order.</summary>
    public static IReadOnlyList<string> SectionIds { get; } = ["summary", "scorecard", "completeness", "coverage", "timeline", "indicators", "milestones"];

    /// <summary>Writes the report as it is produced: the writer gets it in chunks of some kilobytes, each followed by a flush.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="writer">Where to write the HTML, with <c>\n</c> line ends; left open.</param>
    /// <param name="options">The as-of date, language, thresholds and rules.</param>
    public static void Write(Strategy strategy, TextWriter writer, HtmlReportOptions options)
    {
        Guard.Against.Null(strategy);
        Guard.Against.Null(writer);
        Guard.Against.Null(options);
        new HtmlReportWriter(strategy, options, writer).Write();
    }

    /// <summary>Writes the report as UTF-8 (no byte order mark) as it is produced, in chunks of some kilobytes.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="stream">Where to write the HTML; left open.</param>
    /// <param name="options">The as-of date, language, thresholds and rules.</param>
    public static void Write(Strategy strategy, Stream stream, HtmlReportOptions options)
    {
        Guard.Against.Null(strategy);
        Guard.Against.Null(stream);
        Guard.Against.Null(options);
        using var writer = new StreamWriter(stream, Utf8, HtmlWriter.ChunkSize, leaveOpen: true);
        new HtmlReportWriter(strategy, options, writer).Write();
    }

    /// <summary>Renders the report as a string.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="options">The as-of date, language, thresholds and rules.</param>
    /// <returns>The HTML document, with <c>\n</c> line ends.</returns>
    public static string Render(Strategy strategy, HtmlReportOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(strategy, writer, options);
        return writer.ToString();
    }
}
