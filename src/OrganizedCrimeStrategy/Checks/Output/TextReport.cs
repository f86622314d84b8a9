using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Checks.Messages;

namespace OrganizedCrimeStrategy.Checks.Output;

/// <summary>
/// Writes a check result as plain text for people: the score, then the findings grouped by pillar (document-wide
/// findings first), most severe first, in the result's language.
/// </summary>
public static class TextReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(CheckResult result, TextWriter writer)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(writer);
        var messages = MessageFormatter.For(result.Language);
        writer.WriteLine(messages.Format("report.title", ("strategy", result.StrategyId)));
        writer.WriteLine(messages.Format("report.stage", ("stage", messages.Format("stage." + Model.FormatNames.Of(result.Stage)))));
        writer.WriteLine(ReportText.Score(messages, result.Score));
        writer.WriteLine(ReportText.Counts(messages, result));
        if (result.Findings.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine(messages.Format("report.noFindings"));
        }

        foreach (var (pillar, findings) in ReportText.Groups(result))
        {
            if (pillar is { } p)
            {
                var score = result.ScoreOf(p);
                writer.WriteLine();
                writer.WriteLine(
                    $"{messages.Format("report.pillar", ("pillar", ReportText.Pillar(messages, p)))} ({messages.Format("report.pillarScore", ("score", ReportText.Number(score.Value)), ("passed", ReportText.Count(score.Checks.Passed)), ("applicable", ReportText.Count(score.Checks.Applicable)))})");
            }
            else if (findings.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine(messages.Format("report.general"));
            }

            foreach (var finding in findings)
            {
                writer.WriteLine($"  [{ReportText.Severity(messages, finding.Severity)}] {finding.RuleId} {finding.RuleName} {ReportText.Location(messages, finding.Pointer)}");
                writer.WriteLine($"      {finding.Message}");
            }
        }
    }

    /// <summary>Renders the report as a string.</summary>
    /// <param name="result">The check result.</param>
    /// <returns>The text, with <c>\n</c> line ends.</returns>
    public static string Render(CheckResult result)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(result, writer);
        return writer.ToString();
    }
}
