using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Checks.Rules;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>Rules judged together in one walk report exactly what each reports when it runs alone.</summary>
public class SharedWalkProperties
{
    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 200)]
    public void A_rule_judged_in_the_shared_walk_reports_what_it_reports_alone(Strategy strategy, StrategyStage stage)
    {
        var result = RuleSet.Toolkit.Check(strategy, new CheckOptions { Stage = stage });
        var walkers = ToolkitRuleList.All.OfType<ElementRule>().ToList();
        Assert.True(walkers.Count >= 10);

        foreach (var rule in walkers)
        {
            var outcome = result.Rules.Single(o => o.Rule.Id == rule.Descriptor.Id);
            if (outcome.Status == RuleStatus.NotApplicable)
            {
                continue;
            }

            var tally = new RuleTally();
            rule.Check(new RuleContext(strategy, stage, MessageFormatter.English, tally));

            Assert.Equal(new CheckCounts(tally.Applicable, tally.Passed), outcome.Checks);
            Assert.Equal(
                tally.Failures.Select(f => (f.Pointer, f.Pillar, f.Message)).Order(),
                result.Findings.Where(f => f.RuleId == rule.Descriptor.Id).Select(f => (f.Pointer, f.Pillar, f.Message)).Order());
        }
    }
}
