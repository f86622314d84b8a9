using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS306 national-ownership: an action's lead is not a donor or an international organization. One check per
/// action whose lead names a stakeholder (an action without a lead is OCS301's concern).
/// </summary>
internal sealed class Ocs306NationalOwnership() : ElementRule(new RuleDescriptor(
    "OCS306", "national-ownership", Severity.Info, StrategyStage.Drafting, "practice",
    "An action's lead is a national body, not a donor or an international organization."), ElementKind.Actions)
{
    public override void Action(RuleContext context, in ActionSlot entry)
    {
        if (entry.Action.Lead is not { } lead || context.Index.FindStakeholder(lead) is not { } stakeholder)
        {
            return;
        }

        if (stakeholder.Kind is StakeholderKind.Donor or StakeholderKind.InternationalOrganization)
        {
            context.FailWith(
                entry.Pointer + "/lead",
                entry.Pillar,
                "OCS306",
                ("action", entry.Action.Id),
                ("lead", lead),
                ("kind", context.Messages.Format("kind." + FormatNames.Of(stakeholder.Kind))));
        }
        else
        {
            context.Pass(entry.Pillar);
        }
    }
}
