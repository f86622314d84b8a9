using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>What became of one rule in a check.</summary>
public enum RuleStatus
{
    /// <summary>The rule applied and every element it checked passed (including when it had nothing to check).</summary>
    Passed,

    /// <summary>The rule applied and at least one check failed.</summary>
    Failed,

    /// <summary>The strategy has not reached the rule's stage: the rule neither passes nor fails.</summary>
    NotApplicable,

    /// <summary>The user's settings switched the rule off.</summary>
    Off,
}

/// <summary>One rule's outcome in a check: its status, effective severity and counts.</summary>
/// <param name="Rule">The rule's metadata.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Severity">The effective severity (after settings and stage).</param>
/// <param name="Checks">How many elements it checked and how many passed; zero when not applicable or off.</param>
public sealed record RuleOutcome(RuleDescriptor Rule, RuleStatus Status, Severity Severity, CheckCounts Checks);

/// <summary>
/// The result of checking one strategy against a ruleset: the score overall and per pillar, each rule's outcome,
/// and the findings in report order (<see cref="Finding.ReportOrder"/>).
/// </summary>
/// <remarks>
/// Immutable; two results are equal when all their members are. Write it out with the formats in
/// the writers of <c>OrganizedCrimeStrategy.Checks.Output</c>: text, JSON, SARIF or Markdown.
/// </remarks>
public sealed record CheckResult
{
    /// <summary>The id of the strategy checked.</summary>
    public required string StrategyId { get; init; }

    /// <summary>The stage the strategy was checked against.</summary>
    public required StrategyStage Stage { get; init; }

    /// <summary>The language the messages are in: the tag of the message file used for the caller's tag (<c>ru</c> for <c>ru-RU</c>, <c>en</c> when there is none).</summary>
    public required string Language { get; init; }

    /// <summary>The score over every applicable rule, each counting once (<see cref="Score"/>).</summary>
    public required Score Score { get; init; }

    /// <summary>The score of each pillar, in the order prevent, pursue, protect, promote.</summary>
    public required EquatableArray<PillarScore> Pillars { get; init; }

    /// <summary>Each rule of the ruleset with its outcome, in ruleset order.</summary>
    public required EquatableArray<RuleOutcome> Rules { get; init; }

    /// <summary>Every failed check, most severe first.</summary>
    public required EquatableArray<Finding> Findings { get; init; }

    /// <summary>The score of one pillar.</summary>
    /// <param name="pillar">The pillar.</param>
    /// <returns>Its score (<see cref="Score.Empty"/> when the result has none for it).</returns>
    public Score ScoreOf(Pillar pillar)
    {
        foreach (var entry in Pillars)
        {
            if (entry.Pillar == pillar)
            {
                return entry.Score;
            }
        }

        return Score.Empty;
    }

    /// <summary>The outcome of one rule.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The outcome, or <see langword="null"/> when the ruleset has no such rule.</returns>
    public RuleOutcome? OutcomeOf(string ruleId)
    {
        foreach (var outcome in Rules)
        {
            if (string.Equals(outcome.Rule.Id, ruleId, StringComparison.Ordinal))
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>The findings at <paramref name="severity"/> or more severe.</summary>
    /// <param name="severity">The least severity to include.</param>
    /// <returns>The findings, in report order.</returns>
    public IEnumerable<Finding> FindingsAtOrAbove(Severity severity) => Findings.Where(f => f.Severity >= severity);
}
