using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS302 action-has-deadline: every action has an end date.</summary>
internal sealed class Ocs302ActionHasDeadline() : ElementRule(new RuleDescriptor(
    "OCS302", "action-has-deadline", Severity.Warning, StrategyStage.Drafting, "practice",
    "Every action has an end date."), ElementKind.Actions)
{
    public override void Action(RuleContext context, in ActionSlot entry)
    {
        if (entry.Action.End is not null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS302", ("action", entry.Action.Id));
        }
    }
}
