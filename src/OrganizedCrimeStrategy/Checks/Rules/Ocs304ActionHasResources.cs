using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS304 action-has-resources: every action has a budget or a funding source.</summary>
internal sealed class Ocs304ActionHasResources() : ElementRule(new RuleDescriptor(
    "OCS304", "action-has-resources", Severity.Warning, StrategyStage.Consultation, "practice",
    "Every action has a budget or a funding source."), ElementKind.Actions)
{
    public override void Action(RuleContext context, in ActionSlot entry)
    {
        if (entry.Action.Budget is not null || entry.Action.FundingSource is not null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS304", ("action", entry.Action.Id));
        }
    }
}
