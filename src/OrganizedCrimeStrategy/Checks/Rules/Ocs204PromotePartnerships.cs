using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS204 promote-partnerships: the promote pillar has an action with a partner that is civil society, private
/// sector, academia, an international organization or a regional body.
/// </summary>
internal sealed class Ocs204PromotePartnerships() : Rule(new RuleDescriptor(
    "OCS204", "promote-partnerships", Severity.Warning, StrategyStage.Drafting, "seed (\"partnerships and cooperation at all levels\")",
    "The promote pillar has an action with a partner from civil society, the private sector, academia, an international organization or a regional body."))
{
    public override void Check(RuleContext context)
    {
        foreach (var entry in context.Index.ActionSlots)
        {
            if (entry.Pillar != Pillar.Promote)
            {
                continue;
            }

            foreach (var partner in entry.Action.Partners)
            {
                if (context.Index.FindStakeholder(partner)?.Kind is StakeholderKind.CivilSociety or StakeholderKind.PrivateSector
                    or StakeholderKind.Academia or StakeholderKind.InternationalOrganization or StakeholderKind.RegionalBody)
                {
                    context.Pass(Pillar.Promote);
                    return;
                }
            }
        }

        context.FailWith(RuleHelpers.DirectionsPointer, Pillar.Promote, "OCS204");
    }
}
