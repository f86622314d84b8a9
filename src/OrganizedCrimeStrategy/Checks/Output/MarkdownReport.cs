using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Output;

/// <summary>
/// Writes a check result as GitHub-flavoured Markdown for pull requests and reports: a heading, a score table
/// (overall and per pillar), then one table of findings per group (document-wide, then each pillar), most severe first.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="headingLevel">The level of the top heading, 1 to 5 (the groups use one level more).</param>
    public static void Write(CheckResult result, TextWriter writer, int headingLevel = 2)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(writer);
        Guard.Against.OutOfRange(headingLevel, nameof(headingLevel), 1, 5);
        var messages = MessageFormatter.For(result.Language);
        var heading = new string('#', headingLevel);
        writer.WriteLine($"{heading} {Escape(messages.Format("report.title", ("strategy", result.StrategyId)))}");
        writer.WriteLine();
        writer.WriteLine($"**{Escape(ReportText.Score(messages, result.Score))}**  ");
        writer.WriteLine($"{Escape(messages.Format("report.stage", ("stage", messages.Format("stage." + FormatNames.Of(result.Stage)))))}  ");
        writer.WriteLine(Escape(ReportText.Counts(messages, result)));
        writer.WriteLine();
        writer.WriteLine($"| {messages.Format("report.column.pillar")} | {messages.Format("report.column.score")} | {messages.Format("report.column.checks")} |");
        writer.WriteLine("|---|---:|---:|");
        writer.WriteLine($"| {messages.Format("report.overall")} | {ReportText.Number(result.Score.Value)} | {result.Score.Checks.Passed} / {result.Score.Checks.Applicable} |");
        foreach (var entry in result.Pillars)
        {
            writer.WriteLine($"| {ReportText.Pillar(messages, entry.Pillar)} | {ReportText.Number(entry.Score.Value)} | {entry.Score.Checks.Passed} / {entry.Score.Checks.Applicable} |");
        }

        if (result.Findings.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine(Escape(messages.Format("report.noFindings")));
            return;
        }

        foreach (var (pillar, findings) in ReportText.Groups(result))
        {
            if (findings.Count == 0)
            {
                continue;
            }

            writer.WriteLine();
            writer.WriteLine($"{heading}# {Escape(pillar is { } p ? messages.Format("report.pillar", ("pillar", ReportText.Pillar(messages, p))) : messages.Format("report.general"))}");
            writer.WriteLine();
            writer.WriteLine($"| {messages.Format("report.column.severity")} | {messages.Format("report.column.rule")} | {messages.Format("report.column.location")} | {messages.Format("report.column.message")} |");
            writer.WriteLine("|---|---|---|---|");
            foreach (var finding in findings)
            {
                var location = finding.Pointer.Length == 0 ? Escape(messages.Format("report.document")) : $"`{finding.Pointer.Replace("`", "\\`", StringComparison.Ordinal)}`";
                writer.WriteLine($"| {ReportText.Severity(messages, finding.Severity)} | {finding.RuleId} `{finding.RuleName}` | {location} | {Escape(finding.Message)} |");
            }
        }
    }

    /// <summary>Renders the report as a string.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="headingLevel">The level of the top heading.</param>
    /// <returns>The Markdown, with <c>\n</c> line ends.</returns>
    public static string Render(CheckResult result, int headingLevel = 2)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(result, writer, headingLevel);
        return writer.ToString();
    }

    /// <summary>Escapes the characters that Markdown would read as markup, and keeps a cell on one line.</summary>
    internal static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                case '\n':
                    builder.Append(' ');
                    break;
                case '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
