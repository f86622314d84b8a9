using System.Globalization;
using System.Text;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Testing;

/// <summary>
/// Assertions for users' own test suites, in the style of FluentValidation's test helper:
/// <c>strategy.ShouldHaveNoFindingsAtOrAbove(Severity.Warning)</c>, <c>strategy.ShouldPass("OCS301")</c>,
/// <c>strategy.ShouldFail("OCS205")</c>. Each throws a <see cref="StrategyAssertionException"/> with a readable list
/// of findings when the expectation does not hold, and returns the <see cref="CheckResult"/> so assertions chain.
/// </summary>
/// <remarks>
/// The overloads on <see cref="Strategy"/> check with the given ruleset (default <see cref="RuleSet.Toolkit"/>)
/// and options (default: the document's stage, English); the overloads on
/// <see cref="CheckResult"/> assert on a result already computed.
/// </remarks>
public static class StrategyAssertions
{
    /// <summary>Asserts that no finding is at <paramref name="severity"/> or more severe.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="severity">The least severity that fails the assertion.</param>
    /// <param name="ruleSet">The ruleset; <see cref="RuleSet.Toolkit"/> when <see langword="null"/>.</param>
    /// <param name="options">The stage and language.</param>
    /// <returns>The check result.</returns>
    /// <exception cref="StrategyAssertionException">Some finding is that severe.</exception>
    public static CheckResult ShouldHaveNoFindingsAtOrAbove(this Strategy strategy, Severity severity, RuleSet? ruleSet = null, CheckOptions? options = null) =>
        Check(strategy, ruleSet, options).ShouldHaveNoFindingsAtOrAbove(severity);

    /// <summary>Asserts that no finding is at <paramref name="severity"/> or more severe.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="severity">The least severity that fails the assertion.</param>
    /// <returns>The same result.</returns>
    /// <exception cref="StrategyAssertionException">Some finding is that severe.</exception>
    public static CheckResult ShouldHaveNoFindingsAtOrAbove(this CheckResult result, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(result);
        var findings = result.FindingsAtOrAbove(severity).ToArray();
        if (findings.Length > 0)
        {
            throw Failure(
                $"Expected strategy '{result.StrategyId}' (stage {FormatNames.Of(result.Stage)}) to have no findings at {FormatNames.Of(severity)} or above, but found {findings.Length}:",
                findings);
        }

        return result;
    }

    /// <summary>Asserts that the rule <paramref name="ruleId"/> applies and every element it checks passes.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="ruleId">The rule's id, such as <c>OCS301</c>.</param>
    /// <param name="ruleSet">The ruleset; <see cref="RuleSet.Toolkit"/> when <see langword="null"/>.</param>
    /// <param name="options">The stage and language.</param>
    /// <returns>The check result.</returns>
    /// <exception cref="StrategyAssertionException">The rule failed, does not apply at the stage, or is off.</exception>
    /// <exception cref="ArgumentException">The ruleset has no such rule.</exception>
    public static CheckResult ShouldPass(this Strategy strategy, string ruleId, RuleSet? ruleSet = null, CheckOptions? options = null) =>
        Check(strategy, ruleSet, options).ShouldPass(ruleId);

    /// <summary>Asserts that the rule <paramref name="ruleId"/> applies and every element it checks passes.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The same result.</returns>
    /// <exception cref="StrategyAssertionException">The rule failed, does not apply at the stage, or is off.</exception>
    /// <exception cref="ArgumentException">The result has no such rule.</exception>
    public static CheckResult ShouldPass(this CheckResult result, string ruleId)
    {
        var outcome = OutcomeOf(result, ruleId);
        switch (outcome.Status)
        {
            case RuleStatus.Passed:
                return result;
            case RuleStatus.Failed:
                var findings = result.Findings.Where(f => f.RuleId == ruleId).ToArray();
                throw Failure($"Expected {Describe(outcome)} to pass for strategy '{result.StrategyId}', but it failed {findings.Length} of {outcome.Checks.Applicable} checks:", findings);
            default:
                throw new StrategyAssertionException($"Expected {Describe(outcome)} to pass for strategy '{result.StrategyId}', but {WhyNotRun(outcome, result)}.");
        }
    }

    /// <summary>Asserts that the rule <paramref name="ruleId"/> fails, at <paramref name="pointer"/> when one is given.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="pointer">The JSON Pointer a finding of the rule must have, or <see langword="null"/> for any.</param>
    /// <param name="ruleSet">The ruleset; <see cref="RuleSet.Toolkit"/> when <see langword="null"/>.</param>
    /// <param name="options">The stage and language.</param>
    /// <returns>The check result.</returns>
    /// <exception cref="StrategyAssertionException">The rule passed, failed elsewhere, does not apply, or is off.</exception>
    /// <exception cref="ArgumentException">The ruleset has no such rule.</exception>
    public static CheckResult ShouldFail(this Strategy strategy, string ruleId, string? pointer = null, RuleSet? ruleSet = null, CheckOptions? options = null) =>
        Check(strategy, ruleSet, options).ShouldFail(ruleId, pointer);

    /// <summary>Asserts that the rule <paramref name="ruleId"/> fails, anywhere.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The same result.</returns>
    /// <exception cref="StrategyAssertionException">The rule passed, does not apply, or is off.</exception>
    /// <exception cref="ArgumentException">The result has no such rule.</exception>
    public static CheckResult ShouldFail(this CheckResult result, string ruleId) => result.ShouldFail(ruleId, null);

    /// <summary>Asserts that the rule <paramref name="ruleId"/> fails, at <paramref name="pointer"/> when one is given.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="pointer">The JSON Pointer a finding of the rule must have, or <see langword="null"/> for any.</param>
    /// <returns>The same result.</returns>
    /// <exception cref="StrategyAssertionException">The rule passed, failed elsewhere, does not apply, or is off.</exception>
    /// <exception cref="ArgumentException">The result has no such rule.</exception>
    public static CheckResult ShouldFail(this CheckResult result, string ruleId, string? pointer)
    {
        var outcome = OutcomeOf(result, ruleId);
        var where = pointer is null ? string.Empty : $" at '{pointer}'";
        switch (outcome.Status)
        {
            case RuleStatus.Passed:
                throw new StrategyAssertionException($"Expected {Describe(outcome)} to fail{where} for strategy '{result.StrategyId}', but all {outcome.Checks.Applicable} checks passed.");
            case RuleStatus.Failed:
                var findings = result.Findings.Where(f => f.RuleId == ruleId).ToArray();
                if (pointer is null || findings.Any(f => f.Pointer == pointer))
                {
                    return result;
                }

                throw Failure($"Expected {Describe(outcome)} to fail{where} for strategy '{result.StrategyId}', but it failed elsewhere:", findings);
            default:
                throw new StrategyAssertionException($"Expected {Describe(outcome)} to fail{where} for strategy '{result.StrategyId}', but {WhyNotRun(outcome, result)}.");
        }
    }

    /// <summary>Asserts that the score is at least <paramref name="minimum"/>.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="minimum">The least acceptable score, 0 to 100.</param>
    /// <param name="ruleSet">The ruleset; <see cref="RuleSet.Toolkit"/> when <see langword="null"/>.</param>
    /// <param name="options">The stage and language.</param>
    /// <returns>The check result.</returns>
    /// <exception cref="StrategyAssertionException">The score is lower.</exception>
    public static CheckResult ShouldScoreAtLeast(this Strategy strategy, double minimum, RuleSet? ruleSet = null, CheckOptions? options = null) =>
        Check(strategy, ruleSet, options).ShouldScoreAtLeast(minimum);

    /// <summary>Asserts that the score is at least <paramref name="minimum"/>.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="minimum">The least acceptable score, 0 to 100.</param>
    /// <returns>The same result.</returns>
    /// <exception cref="StrategyAssertionException">The score is lower.</exception>
    public static CheckResult ShouldScoreAtLeast(this CheckResult result, double minimum)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimum, 100);
        if (result.Score.Value < minimum)
        {
            throw Failure(
                string.Create(CultureInfo.InvariantCulture, $"Expected strategy '{result.StrategyId}' to score at least {minimum:0.#}, but it scored {result.Score}; findings:"),
                result.Findings);
        }

        return result;
    }

    private static CheckResult Check(Strategy strategy, RuleSet? ruleSet, CheckOptions? options)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return (ruleSet ?? RuleSet.Toolkit).Check(strategy, options);
    }

    private static RuleOutcome OutcomeOf(CheckResult result, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return result.OutcomeOf(ruleId) ?? throw new ArgumentException($"The ruleset has no rule '{ruleId}'.", nameof(ruleId));
    }

    private static string Describe(RuleOutcome outcome) => $"{outcome.Rule.Id} {outcome.Rule.Name}";

    private static string WhyNotRun(RuleOutcome outcome, CheckResult result) => outcome.Status == RuleStatus.Off
        ? "it is switched off"
        : $"it does not apply at stage {FormatNames.Of(result.Stage)} (it applies from {FormatNames.Of(outcome.Rule.FromStage)})";

    private static StrategyAssertionException Failure(string headline, IReadOnlyCollection<Finding> findings)
    {
        var message = new StringBuilder(headline);
        foreach (var finding in findings)
        {
            message.AppendLine();
            message.Append("  - [").Append(FormatNames.Of(finding.Severity)).Append("] ").Append(finding.RuleId).Append(' ').Append(finding.RuleName)
                .Append(" at '").Append(finding.Pointer).Append("': ").Append(finding.Message);
        }

        return new StrategyAssertionException(message.ToString(), findings);
    }
}
