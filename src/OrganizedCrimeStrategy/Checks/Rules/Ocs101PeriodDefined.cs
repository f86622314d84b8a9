using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS101 period-defined: the strategy has a period with start and end.</summary>
internal sealed class Ocs101PeriodDefined() : Rule(new RuleDescriptor(
    "OCS101", "period-defined", Severity.Warning, StrategyStage.Drafting, "practice",
    "The strategy has a period with a start and an end date."))
{
    public override void Check(RuleContext context)
    {
        // The model's Period always has both dates, so the period's presence is the whole check.
        if (context.Strategy.Period is not null)
        {
            context.Pass();
        }
        else
        {
            context.FailWith(RuleHelpers.Root, null, "OCS101");
        }
    }
}
