using System.Globalization;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

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
/// Every text of the document is HTML-escaped, so a title holding markup shows as text. The page has one <c>h1</c>,
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
    /// <summary>The ids of the report's sections, in page order.</summary>
    public static IReadOnlyList<string> SectionIds { get; } = ["summary", "scorecard", "completeness", "coverage", "timeline", "indicators", "milestones"];

    /// <summary>Writes the report.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="writer">Where to write the HTML.</param>
    /// <param name="options">The as-of date, language, thresholds and rules.</param>
    public static void Write(Strategy strategy, TextWriter writer, HtmlReportOptions options)
    {
        Guard.Against.Null(strategy);
        Guard.Against.Null(writer);
        Guard.Against.Null(options);
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
