using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Testing;
using OrganizedCrimeStrategy.Tests.Checks;

namespace OrganizedCrimeStrategy.Tests.Testing;

public class StrategyAssertionsTests
{
    private static readonly Strategy Complete = CompleteStrategy.Build();

    private static readonly Strategy WithoutLead = Complete.Action(0, a => a with { Lead = null });

    [Fact]
    public void A_complete_strategy_meets_every_expectation()
    {
        var result = Complete.ShouldHaveNoFindingsAtOrAbove(Severity.Info);

        Assert.Same(result, result.ShouldPass("OCS301").ShouldScoreAtLeast(100));
        Complete.ShouldPass("OCS604");
    }

    [Fact]
    public void Findings_at_or_above_the_severity_are_listed_in_the_exception()
    {
        var error = Assert.Throws<StrategyAssertionException>(() => WithoutLead.ShouldHaveNoFindingsAtOrAbove(Severity.Warning));

        Assert.Equal(
            "Expected strategy 'UZB-NSOC' (stage adopted) to have no findings at warning or above, but found 1:\n" +
            "  - [error] OCS301 action-has-lead at '/directions/0/objectives/0/actions/0': Action 'prev.a' names no lead stakeholder.",
            error.Message.ReplaceLineEndings("\n"));
        Assert.Equal("OCS301", Assert.Single(error.Findings).RuleId);
    }

    [Fact]
    public void Findings_below_the_severity_do_not_fail_the_assertion()
    {
        var onlyInfo = Complete.Action(0, a => a with { Lead = "uk" });

        onlyInfo.ShouldHaveNoFindingsAtOrAbove(Severity.Warning);
        Assert.Throws<StrategyAssertionException>(() => onlyInfo.ShouldHaveNoFindingsAtOrAbove(Severity.Info));
    }

    [Fact]
    public void ShouldPass_fails_with_the_rules_findings()
    {
        var error = Assert.Throws<StrategyAssertionException>(() => WithoutLead.ShouldPass("OCS301"));

        Assert.StartsWith("Expected OCS301 action-has-lead to pass for strategy 'UZB-NSOC', but it failed 1 of 4 checks:", error.Message, StringComparison.Ordinal);
        Assert.Contains("/directions/0/objectives/0/actions/0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldPass_fails_for_a_rule_that_does_not_apply_or_is_off()
    {
        var drafting = Complete with { Stage = StrategyStage.Drafting };

        var notApplicable = Assert.Throws<StrategyAssertionException>(() => drafting.ShouldPass("OCS304"));
        Assert.Contains("does not apply at stage drafting (it applies from consultation)", notApplicable.Message, StringComparison.Ordinal);
        var off = Assert.Throws<StrategyAssertionException>(() => Complete.ShouldPass("OCS205", RuleSet.Create(RuleSettings.Default.Off("OCS205"))));
        Assert.Contains("switched off", off.Message, StringComparison.Ordinal);
        drafting.ShouldPass("OCS304", options: new CheckOptions { Stage = StrategyStage.Consultation });
    }

    [Fact]
    public void ShouldFail_checks_the_rule_and_optionally_the_pointer()
    {
        WithoutLead.ShouldFail("OCS301");
        WithoutLead.ShouldFail("OCS301", CompleteStrategy.PreventAction);

        var elsewhere = Assert.Throws<StrategyAssertionException>(() => WithoutLead.ShouldFail("OCS301", "/directions/1/objectives/0/actions/0"));
        Assert.Contains("failed elsewhere", elsewhere.Message, StringComparison.Ordinal);
        Assert.Single(elsewhere.Findings);
        var passed = Assert.Throws<StrategyAssertionException>(() => Complete.ShouldFail("OCS301"));
        Assert.Equal("Expected OCS301 action-has-lead to fail for strategy 'UZB-NSOC', but all 4 checks passed.", passed.Message);
        Assert.Empty(passed.Findings);
    }

    [Fact]
    public void ShouldScoreAtLeast_lists_the_findings_when_the_score_is_too_low()
    {
        var error = Assert.Throws<StrategyAssertionException>(() => WithoutLead.ShouldScoreAtLeast(99.5));

        Assert.Contains("to score at least 99.5, but it scored", error.Message, StringComparison.Ordinal);
        WithoutLead.ShouldScoreAtLeast(90);
    }

    [Fact]
    public void An_unknown_rule_id_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => Complete.ShouldPass("OCS999"));

    [Fact]
    public void The_assertions_honour_the_language_of_the_options()
    {
        var error = Assert.Throws<StrategyAssertionException>(() => WithoutLead.ShouldPass("OCS301", options: new CheckOptions { Language = "ru" }));

        Assert.Contains("не указан ответственный исполнитель", error.Message, StringComparison.Ordinal);
    }
}
