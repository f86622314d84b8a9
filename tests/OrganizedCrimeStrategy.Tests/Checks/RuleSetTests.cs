using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using static OrganizedCrimeStrategy.Tests.Checks.CompleteStrategy;

namespace OrganizedCrimeStrategy.Tests.Checks;

public class RuleSetTests
{
    /// <summary>A custom rule that reports a fixed number of passes and failures.</summary>
    private sealed class FixedRule(string id, Severity severity, int passes, int failures, Pillar? pillar) : Rule(
        new RuleDescriptor(id, "fixed-" + id.ToLowerInvariant(), severity, StrategyStage.Initiation, "test", "Reports fixed results."))
    {
        public override void Check(RuleContext context)
        {
            for (var i = 0; i < passes; i++)
            {
                context.Pass(pillar);
            }

            for (var i = 0; i < failures; i++)
            {
                context.Fail("/stakeholders/" + i, pillar, $"Failure {i} of {id}.");
            }
        }
    }

    /// <summary>A user's rule: every stakeholder has an acronym.</summary>
    private sealed class AcronymRule() : Rule(new RuleDescriptor("ACME001", "stakeholder-acronym", Severity.Info, StrategyStage.Drafting, "practice", "Every stakeholder has an acronym."))
    {
        public override void Check(RuleContext context)
        {
            var stakeholders = context.Strategy.Stakeholders;
            for (var i = 0; i < stakeholders.Count; i++)
            {
                if (stakeholders[i].Acronym is null)
                {
                    context.Fail("/stakeholders/" + i, null, $"Stakeholder '{stakeholders[i].Id}' has no acronym.");
                }
                else
                {
                    context.Pass();
                }
            }
        }
    }

    private static RuleSettings AllBuiltInOff() =>
        RuleSet.ToolkitRules.Aggregate(RuleSettings.Default, (settings, rule) => settings.Off(rule.Id));

    [Fact]
    public void The_toolkit_lists_the_rules_of_RULES_md_with_their_fixed_metadata()
    {
        var rules = RuleSet.ToolkitRules;

        Assert.Equal(35, rules.Count);
        Assert.Equal(["OCS001", "OCS002"], rules.Take(2).Select(r => r.Id));
        Assert.All(rules.Take(2), r => Assert.Equal((Severity.Error, StrategyStage.Initiation), (r.DefaultSeverity, r.FromStage)));
        Assert.Equal(rules.Select(r => r.Id).Order(StringComparer.Ordinal), rules.Select(r => r.Id));
        Assert.Equal(new RuleDescriptor("OCS301", "action-has-lead", Severity.Error, StrategyStage.Drafting, "practice", rules.Single(r => r.Id == "OCS301").Description), rules.Single(r => r.Id == "OCS301"));
        var ocs304 = rules.Single(r => r.Id == "OCS304");
        Assert.Equal(("action-has-resources", Severity.Warning, StrategyStage.Consultation), (ocs304.Name, ocs304.DefaultSeverity, ocs304.FromStage));
        var ocs603 = rules.Single(r => r.Id == "OCS603");
        Assert.Equal(new StageSeverity(StrategyStage.Adopted, Severity.Error), ocs603.Escalation);
        Assert.Equal(Severity.Warning, ocs603.SeverityAt(StrategyStage.Consultation));
        Assert.Equal(Severity.Error, ocs603.SeverityAt(StrategyStage.Adopted));
        Assert.Equal(["OCS001", "OCS002", "OCS605", "OCS702"], rules.Where(r => r.FromStage == StrategyStage.Initiation).Select(r => r.Id));
        Assert.Equal(["OCS304", "OCS604"], rules.Where(r => r.FromStage == StrategyStage.Consultation).Select(r => r.Id));
        Assert.Equal(
            ["OCS001", "OCS002", "OCS201", "OCS202", "OCS301", "OCS401", "OCS402", "OCS403", "OCS501", "OCS601"],
            rules.Where(r => r.DefaultSeverity == Severity.Error).Select(r => r.Id));
        Assert.Equal(
            ["OCS205", "OCS306", "OCS407", "OCS605", "OCS606", "OCS703"],
            rules.Where(r => r.DefaultSeverity == Severity.Info).Select(r => r.Id));
    }

    [Fact]
    public void Each_rule_counts_once_with_its_weight_times_the_share_of_its_checks_that_pass()
    {
        var ruleSet = RuleSet.Create(AllBuiltInOff(), [
            new FixedRule("E1", Severity.Error, passes: 2, failures: 1, Pillar.Prevent),
            new FixedRule("W1", Severity.Warning, passes: 1, failures: 1, pillar: null),
            new FixedRule("I1", Severity.Info, passes: 0, failures: 2, Pillar.Promote),
            new FixedRule("I2", Severity.Info, passes: 0, failures: 0, Pillar.Promote),
        ]);

        var result = ruleSet.Check(Build());

        // Weight 3 + 2 + 1 + 1 = 7; earned 3 x 2/3 + 2 x 1/2 + 1 x 0 + 1 x 1 (nothing to check, nothing missing) = 4.
        Assert.Equal(7, result.Score.Weight);
        Assert.Equal(4, result.Score.EarnedWeight, 12);
        Assert.Equal(100.0 * 4 / 7, result.Score.Value, 12);
        Assert.Equal(["E1", "W1", "I1", "I2"], result.Score.Rules.Select(r => r.RuleId));
        Assert.Equal([3, 2, 1, 1], result.Score.Rules.Select(r => r.Weight));
        Assert.Equal(new CheckCounts(7, 3), result.Score.Checks);
        Assert.Equal(new CheckCounts(3, 2), result.Score.Errors);
        Assert.Equal(new CheckCounts(2, 1), result.Score.Warnings);
        Assert.Equal(new CheckCounts(2, 0), result.Score.Infos);

        // A pillar takes the rules that checked something in it, over those checks only.
        Assert.Equal(100.0 * 2 / 3, result.ScoreOf(Pillar.Prevent).Value, 12);
        Assert.Equal(["E1"], result.ScoreOf(Pillar.Prevent).Rules.Select(r => r.RuleId));
        Assert.Equal(0, result.ScoreOf(Pillar.Promote).Value);
        Assert.Equal(["I1"], result.ScoreOf(Pillar.Promote).Rules.Select(r => r.RuleId));
        Assert.Equal(100, result.ScoreOf(Pillar.Pursue).Value);
        Assert.Equal(0, result.ScoreOf(Pillar.Pursue).Checks.Applicable);
        Assert.Empty(result.ScoreOf(Pillar.Pursue).Rules);
        Assert.Equal(4, result.Findings.Count);
        Assert.Equal(RuleStatus.Off, result.OutcomeOf("OCS301")!.Status);
    }

    [Fact]
    public void A_rule_that_checks_many_elements_weighs_no_more_than_one_that_checks_one()
    {
        var ruleSet = RuleSet.Create(AllBuiltInOff(), [
            new FixedRule("E1", Severity.Error, passes: 1, failures: 0, pillar: null),
            new FixedRule("I1", Severity.Info, passes: 0, failures: 100_000, pillar: null),
        ]);

        var result = ruleSet.Check(Build());

        Assert.Equal(75, result.Score.Value);
        Assert.Equal(new CheckCounts(100_001, 1), result.Score.Checks);
        Assert.Equal("75 (1 of 100001 checks pass)", result.Score.ToString());
    }

    [Fact]
    public void A_document_with_no_applicable_check_scores_100()
    {
        var result = RuleSet.Create(AllBuiltInOff()).Check(Build());

        Assert.Equal(100, result.Score.Value);
        Assert.Equal(0, result.Score.Checks.Applicable);
        Assert.All(result.Rules, r => Assert.Equal(RuleStatus.Off, r.Status));
    }

    [Fact]
    public void A_rule_can_be_turned_off_or_given_another_severity()
    {
        var broken = Build().Action(0, a => a with { Lead = null });

        var byDefault = RuleSet.Toolkit.Check(broken);
        var asInfo = RuleSet.Create(RuleSettings.Default.WithSeverity("OCS301", Severity.Info)).Check(broken);
        var off = RuleSet.Create(RuleSettings.Default.Off("OCS301")).Check(broken);

        Assert.Equal(Severity.Error, Assert.Single(byDefault.Findings).Severity);
        Assert.Equal(Severity.Info, Assert.Single(asInfo.Findings).Severity);
        Assert.Equal(Severity.Info, asInfo.OutcomeOf("OCS301")!.Severity);
        Assert.True(asInfo.Score.Value > byDefault.Score.Value);
        Assert.Empty(off.Findings);
        Assert.Equal(RuleStatus.Off, off.OutcomeOf("OCS301")!.Status);
        Assert.Equal(100, off.Score.Value);
    }

    [Fact]
    public void A_severity_setting_also_replaces_a_stage_escalation()
    {
        var broken = Build(StrategyStage.Adopted) with { Consultations = [] };

        var result = RuleSet.Create(RuleSettings.Default.WithSeverity("OCS603", Severity.Info)).Check(broken);

        Assert.Equal(Severity.Info, Assert.Single(result.Findings).Severity);
    }

    [Fact]
    public void Custom_rules_run_beside_the_built_in_ones_and_report_in_the_same_shape()
    {
        var ruleSet = RuleSet.Create(customRules: [new AcronymRule()]);

        var result = ruleSet.Check(Build());

        Assert.Equal(36, ruleSet.Rules.Count);
        Assert.Equal("ACME001", ruleSet.Rules[^1].Id);
        Assert.All(result.Findings, f => Assert.Equal(("ACME001", "stakeholder-acronym", Severity.Info), (f.RuleId, f.RuleName, f.Severity)));
        Assert.Equal(["/stakeholders/1", "/stakeholders/2", "/stakeholders/3", "/stakeholders/4", "/stakeholders/5"], result.Findings.Select(f => f.Pointer));
        Assert.Equal(new CheckCounts(6, 1), result.OutcomeOf("ACME001")!.Checks);
        Assert.True(result.Score.Value < 100);
        var severe = RuleSet.Create(RuleSettings.Default.WithSeverity("ACME001", Severity.Error), [new AcronymRule()]).Check(Build());
        Assert.All(severe.Findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void A_custom_rule_may_not_take_a_built_in_id()
    {
        var error = Assert.Throws<ArgumentException>(() => RuleSet.Create(customRules: [new FixedRule("OCS301", Severity.Error, 1, 0, null)]));

        Assert.Contains("OCS301", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_custom_rules_may_not_share_an_id() =>
        Assert.Throws<ArgumentException>(() => RuleSet.Create(customRules: [new FixedRule("X1", Severity.Error, 1, 0, null), new FixedRule("X1", Severity.Info, 1, 0, null)]));

    [Fact]
    public void Settings_may_only_name_rules_the_ruleset_has()
    {
        Assert.Throws<ArgumentException>(() => RuleSet.Create(RuleSettings.Default.Off("OCS999")));
        Assert.Equal(RuleStatus.Off, RuleSet.Create(RuleSettings.Default.Off("X1"), [new FixedRule("X1", Severity.Error, 1, 0, null)]).Check(Build()).OutcomeOf("X1")!.Status);
    }

    [Fact]
    public void A_strategy_with_integrity_problems_is_checked_without_failing()
    {
        // The model can hold dangling references and repeated ids (the reader reports them); the checks must still run.
        var strategy = Build().Action(0, a => a with { Lead = "nobody", Partners = ["ghost"] }).Action(3, a => a with { Partners = ["ngo", "nobody"] })
            with { Stakeholders = [.. Build().Stakeholders, new Stakeholder { Id = "mia", Name = "Duplicate", Kind = StakeholderKind.Donor }] };
        Assert.NotEmpty(strategy.FindIntegrityProblems());

        var result = RuleSet.Toolkit.Check(strategy);

        Assert.Equal(RuleStatus.Passed, result.OutcomeOf("OCS301")!.Status);
        Assert.Equal(3, result.OutcomeOf("OCS306")!.Checks.Applicable);
    }

    [Fact]
    public void A_rule_descriptor_rejects_a_malformed_id()
    {
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("1abc", "n", Severity.Info, StrategyStage.Drafting, "s", "d"));
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("a b", "n", Severity.Info, StrategyStage.Drafting, "s", "d"));
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("OK1", " ", Severity.Info, StrategyStage.Drafting, "s", "d"));
    }

    [Fact]
    public void One_ruleset_checks_many_strategies_concurrently_with_the_same_results()
    {
        var strategies = StrategyGenerators().Concat(RuleTests.Cases.Values.Select(c => c.Break(Build()))).ToArray();
        var ruleSet = RuleSet.Create(RuleSettings.Default.WithSeverity("OCS205", Severity.Warning));
        var sequential = strategies.Select(s => ruleSet.Check(s with { }, new CheckOptions { Language = "ru" })).ToArray();

        var concurrent = new CheckResult[strategies.Length];
        Parallel.For(0, strategies.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % strategies.Length;
            var result = ruleSet.Check(strategies[k] with { }, new CheckOptions { Language = "ru" });
            Assert.Equal(sequential[k], result);
            concurrent[k] = result;
        });

        Assert.Equal(sequential, concurrent);
    }

    private static IEnumerable<Strategy> StrategyGenerators() =>
        Tests.Generators.StrategyGenerators.Strategy().Sample(50, 40);
}
