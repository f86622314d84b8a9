using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>Findings come in report order whatever order the rules report them in.</summary>
public class FindingOrderProperties
{
    /// <summary>Fails every action, last first, and the document twice: out of document order on purpose.</summary>
    private sealed class Backwards(string id, Severity severity) : Rule(
        new RuleDescriptor(id, "backwards", severity, StrategyStage.Initiation, "test", "Reports every action, last first."))
    {
        public override void Check(RuleContext context)
        {
            for (var i = context.Index.Actions.Count - 1; i >= 0; i--)
            {
                var entry = context.Index.Actions[i];
                context.Fail(entry.Pointer, entry.Pillar, $"Action {i} is reported backwards.");
            }

            context.Fail("", null, "The document, second message.");
            context.Fail("", null, "The document, first message.");
        }
    }

    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 200)]
    public void Findings_are_in_report_order(Strategy strategy, StrategyStage stage, Severity first, Severity second)
    {
        // One custom id sorts before every built-in id and one after, each at a random severity.
        var rules = RuleSet.Create(customRules: [new Backwards("AAA1", first), new Backwards("ZZZ1", second)]);

        var findings = rules.Check(strategy, new CheckOptions { Stage = stage }).Findings;

        Assert.Equal(findings.OrderBy(f => f, Finding.ReportOrder), findings);
        Assert.Equal(2 * (strategy.Actions.Count + 2), findings.Count(f => f.RuleName == "backwards"));
    }
}
