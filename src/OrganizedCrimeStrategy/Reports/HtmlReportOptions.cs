using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>What the HTML report shows: as of which date, in which language, with which thresholds and rules.</summary>
/// <remarks>Immutable; equal when all members are.</remarks>
public sealed record HtmlReportOptions
{
    /// <summary>The date of the report: measurements after it are ignored, actions ending before it and not done are overdue. The library never reads the clock; a tool passes today's date.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The BCP 47 tag of the report's language: labels, check messages and the strategy's own texts, each with fallback (labels and messages to English, texts as <see cref="Text.Get"/>). Default <c>en</c>.</summary>
    public string Language { get; init => field = string.IsNullOrWhiteSpace(value) ? ReportLabels.FallbackLanguage : value; } = ReportLabels.FallbackLanguage;

    /// <summary>The thresholds of the progress statuses.</summary>
    public ProgressThresholds Thresholds { get; init => field = value ?? ProgressThresholds.Default; } = ProgressThresholds.Default;

    /// <summary>The completeness rules; <see cref="RuleSet.Toolkit"/> when <see langword="null"/>.</summary>
    public RuleSet? RuleSet { get; init; }

    /// <summary>The stage to check completeness against; the document's own when <see langword="null"/>.</summary>
    public StrategyStage? Stage { get; init; }
}
