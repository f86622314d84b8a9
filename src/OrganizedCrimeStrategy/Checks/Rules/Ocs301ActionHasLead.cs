using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS301 action-has-lead: every action names a lead stakeholder.</summary>
internal sealed class Ocs301ActionHasLead() : ElementRule(new RuleDescriptor(
    "OCS301", "action-has-lead", Severity.Error, StrategyStage.Drafting, "practice",
    "Every action names a lead stakeholder."), ElementKind.Actions)
{
    public override void Action(RuleContext context, in ActionSlot entry)
    {
        if (entry.Action.Lead is not null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS301", ("action", entry.Action.Id));
        }
    }
}
