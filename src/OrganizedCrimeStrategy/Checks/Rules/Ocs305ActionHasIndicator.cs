using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS305 action-has-indicator: every action has at least one indicator.</summary>
internal sealed class Ocs305ActionHasIndicator() : ElementRule(new RuleDescriptor(
    "OCS305", "action-has-indicator", Severity.Warning, StrategyStage.Drafting, "seed, practice",
    "Every action has at least one indicator."), ElementKind.Actions)
{
    public override void Action(RuleContext context, in ActionSlot entry)
    {
        if (entry.Action.Indicators.Count > 0)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS305", ("action", entry.Action.Id));
        }
    }
}
